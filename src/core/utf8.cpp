// UTF-8 decoding (RFC 3629, section 4's well-formed byte sequences) and output cleaning.
#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace brief {

namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

} // namespace

Decoded decode_utf8_sequence(std::string_view text, std::size_t pos) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) return {b0, 1, true};
    std::size_t need = 0;
    char32_t code = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1, code = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2, code = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3, code = b0 & 0x07, min = 0x10000;
    } else {
        return {0xFFFD, 1, false};
    }
    if (pos + need >= text.size()) return {0xFFFD, 1, false};
    for (std::size_t i = 1; i <= need; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + i]);
        if (!is_continuation(b)) return {0xFFFD, 1, false};
        code = (code << 6) | (b & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0xFFFD, 1, false};
    return {code, need + 1, true};
}

void append_utf8_sequence(std::string& out, char32_t c) {
    if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t find_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // ASCII eight bytes at a time (no byte with its top bit set): most of any page
        std::uint64_t word = 0;
        if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), (word & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        const auto d = decode_utf8(text, i);
        if (!d.valid) return i;
        i += d.length;
    }
    return std::string_view::npos;
}

bool is_xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_forbidden_char(char32_t c) {
    if (c == 0x9 || c == 0xA) return false;
    if (!is_xml_char(c) || c == 0xD) return true;
    return (c >= 0x7F && c <= 0x9F) || c == 0xFEFF;
}

bool is_default_ignorable_listed(char32_t c) {
    return c == 0xAD || c == 0x34F || c == 0x61C || (c >= 0x115F && c <= 0x1160) || (c >= 0x17B4 && c <= 0x17B5) ||
           (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
           c == 0xFFA0 || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) ||
           (c >= 0xE0000 && c <= 0xE0FFF);
}

std::size_t first_unclean(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (is_plain_ascii(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const auto d = decode_utf8(text, i);
        if (!d.valid || is_forbidden_char(d.code)) return i;
        i += d.length;
    }
    return std::string_view::npos;
}

std::string clean_text(std::string_view text) {
    const std::size_t clean_until = first_unclean(text);
    if (clean_until == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    out.append(text.substr(0, clean_until));
    for (std::size_t i = clean_until; i < text.size();) {
        std::size_t run = i; // plain ASCII is kept a run at a time
        while (run < text.size() && is_plain_ascii(static_cast<unsigned char>(text[run]))) ++run;
        out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
        const auto d = decode_utf8(text, i);
        if (!d.valid) {
            append_utf8(out, 0xFFFD);
        } else if (!is_forbidden_char(d.code)) {
            out.append(text.substr(i, d.length));
        }
        i += d.length;
    }
    return out;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).length) ++n;
    return n;
}

std::string normalise_line_ends(std::string_view text) {
    if (text.find('\r') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') out += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n') out += '\n';
    }
    return out;
}

namespace {

/// Calls `unit` with each UTF-16 code unit of `utf8`, in order.
template <typename Unit> void each_utf16_unit(std::string_view utf8, Unit unit) {
    for (std::size_t at = 0; at < utf8.size();) {
        const Decoded d = decode_utf8(utf8, at);
        at += d.length;
        if (d.code < 0x10000) {
            unit(static_cast<unsigned>(d.code));
        } else {
            const unsigned v = static_cast<unsigned>(d.code) - 0x10000;
            unit(0xD800 + (v >> 10));
            unit(0xDC00 + (v & 0x3FF));
        }
    }
}

} // namespace

std::string utf16be(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() * 2);
    each_utf16_unit(utf8, [&out](unsigned u) {
        out += static_cast<char>((u >> 8) & 0xFF);
        out += static_cast<char>(u & 0xFF);
    });
    return out;
}

std::string utf16be_hex(std::string_view utf8) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(utf8.size() * 4);
    each_utf16_unit(utf8, [&out](unsigned u) {
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(u >> shift) & 0xF];
    });
    return out;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {

// Letters of left-to-right scripts, roughly: ASCII and Latin-1 letters, and everything from
// U+0100 up that is not a right-to-left script, a combining mark, general punctuation, symbols
// and arrows, CJK punctuation or a format character.
bool is_ltr_strong(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c < 0x100) return c >= 0xC0 && c != 0xD7 && c != 0xF7;
    if (is_rtl_char(c) || (c >= 0x0300 && c <= 0x036F) || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
        (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFF00 && c <= 0xFF20) || (c >= 0x1F000 && c <= 0x1FAFF))
        return false;
    return true;
}

} // namespace

bool starts_right_to_left(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        i += d.length;
        if (is_rtl_char(d.code)) return true;
        if (is_ltr_strong(d.code)) return false;
    }
    return false;
}

bool has_right_to_left(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        if (is_rtl_char(d.code)) return true;
        i += d.length;
    }
    return false;
}

bool right_to_left_language(std::string_view tag) {
    const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
    for (const char* rtl : {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"})
        if (ascii_lower(primary) == rtl) return true;
    return false;
}

std::string script_language(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        i += d.length;
        const char32_t c = d.code;
        if (!is_rtl_char(c)) continue;
        if ((c >= 0x0590 && c <= 0x05FF) || (c >= 0xFB1D && c <= 0xFB4F)) return "he";
        if (c >= 0x0700 && c <= 0x074F) return "syr";
        if (c >= 0x0780 && c <= 0x07BF) return "dv";
        if (c >= 0x07C0 && c <= 0x07FF) return "nqo";
        return "ar";
    }
    return {};
}

} // namespace brief
