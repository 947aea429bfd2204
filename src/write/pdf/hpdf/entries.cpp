// References and text strings as PDF bytes.
#include "write/pdf/hpdf/entries.hpp"

#include "core/utf8.hpp"

#include <hpdf_objects.h>

#include <algorithm>
#include <charconv>

namespace brief::pdf {

void append_decimal(std::string& out, std::size_t n) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void append_reference(std::string& out, std::uint32_t number) {
    append_decimal(out, number);
    out += " 0 R";
}

std::uint32_t object_number(const void* obj) {
    return static_cast<const HPDF_Obj_Header*>(obj)->obj_id & 0x00FFFFFF;
}

std::string text_literal(std::string_view utf8) {
    std::string out;
    append_text_literal(out, utf8);
    return out;
}

void append_text_literal(std::string& out, std::string_view utf8) {
    std::string cleaned; // only when the text needs it
    const std::string_view text = first_unclean(utf8) == std::string_view::npos ? utf8 : (cleaned = clean_text(utf8));
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (!ascii) {
        out += "<FEFF";
        out += utf16be_hex(text);
        out += '>';
        return;
    }
    out += '(';
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        out += c;
    }
    out += ')';
}

} // namespace brief::pdf
