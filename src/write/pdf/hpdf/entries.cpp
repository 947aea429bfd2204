// add_entries: libharu's write and free hooks of a dictionary, given the bytes brief wrote for it; references and text strings.
#include "write/pdf/hpdf/entries.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
#include <hpdf_mmgr.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace brief::pdf {

namespace {

/// libharu's writer of a dictionary's own entries, kept in libharu memory at `attr` (a length,
/// then the bytes).
HPDF_STATUS write_entries(HPDF_Dict dict, HPDF_Stream stream) {
    const auto* at = static_cast<const unsigned char*>(dict->attr);
    std::size_t size = 0;
    std::memcpy(&size, at, sizeof size);
    return HPDF_Stream_Write(stream, at + sizeof size, static_cast<HPDF_UINT>(size));
}

void free_entries(HPDF_Dict dict) {
    if (dict->attr != nullptr) HPDF_FreeMem(dict->mmgr, dict->attr);
    dict->attr = nullptr;
}

/// The bytes set_entries gave `dict`, empty when none.
std::string_view entries_of(HPDF_Dict dict) {
    if (dict->write_fn != write_entries || dict->attr == nullptr) return {};
    const auto* at = static_cast<const char*>(dict->attr);
    std::size_t size = 0;
    std::memcpy(&size, at, sizeof size);
    return {at + sizeof size, size};
}

/// Gives `dict` the bytes `head` then `tail` as its entries, in one block of libharu's memory;
/// the entries it had (which `head` may view) are freed once copied.
void put_entries(HPDF_Doc doc, HPDF_Dict dict, std::string_view head, std::string_view tail) {
    const std::size_t size = head.size() + tail.size();
    auto* at = static_cast<unsigned char*>(HPDF_GetMem(doc->mmgr, static_cast<HPDF_UINT>(sizeof size + size)));
    if (at == nullptr) throw haru_error(doc, "writing a dictionary's entries");
    std::memcpy(at, &size, sizeof size);
    if (!head.empty()) std::memcpy(at + sizeof size, head.data(), head.size());
    if (!tail.empty()) std::memcpy(at + sizeof size + head.size(), tail.data(), tail.size());
    if (dict->write_fn == write_entries) free_entries(dict);
    dict->attr = at;
    dict->write_fn = write_entries;
    dict->free_fn = free_entries;
}

} // namespace

void append_decimal(std::string& out, std::size_t n) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void append_reference(std::string& out, std::uint32_t number) {
    append_decimal(out, number);
    out += " 0 R";
}

std::string reference(const void* obj) {
    std::string out;
    append_reference(out, static_cast<const HPDF_Obj_Header*>(obj)->obj_id & 0x00FFFFFF);
    return out;
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

void add_entries(HPDF_Doc doc, HPDF_Dict dict, std::string_view bytes) {
    if (dict->write_fn != nullptr && dict->write_fn != write_entries)
        throw Error("libharu: a dictionary with a writer of its own cannot take brief's entries");
    put_entries(doc, dict, entries_of(dict), bytes);
}

} // namespace brief::pdf
