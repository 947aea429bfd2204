// decode_text: byte-order marks, encodings, line ends and forbidden characters.
#include "read/decode.hpp"

#include "core/utf8.hpp"

namespace brief {

namespace {

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

/// Line and column (1-based, columns in bytes) of a byte offset.
bool looks_like_utf16(std::string_view raw) {
    if (has_prefix(raw, "\xFF\xFE") || has_prefix(raw, "\xFE\xFF")) return true;
    const auto first_line = raw.substr(0, std::min<std::size_t>(raw.find('\n'), 200));
    return first_line.size() >= 2 && first_line.find('\0') != std::string_view::npos;
}

} // namespace

std::optional<std::string> decode_text(std::string_view raw, const std::string& file, Diagnostics& diagnostics) {
    if (has_prefix(raw, "\xEF\xBB\xBF")) raw.remove_prefix(3);
    if (looks_like_utf16(raw)) {
        diagnostics.error({file, 1, 1}, "the file is UTF-16 (or UTF-32), not UTF-8",
                          "convert it: iconv -f UTF-16 -t UTF-8 '" + file + "' > fixed.md");
        return std::nullopt;
    }
    std::string text = normalise_line_ends(raw);
    if (const auto bad = find_invalid_utf8(text); bad != std::string::npos) {
        diagnostics.error(locate(text, bad, file), "the file is not valid UTF-8 (byte 0x" +
                              [&] { const char* hex = "0123456789ABCDEF"; const auto b = static_cast<unsigned char>(text[bad]);
                                    return std::string{hex[b >> 4], hex[b & 15]}; }() + ")",
                          "if it is Latin-1, convert it: iconv -f LATIN1 -t UTF-8 '" + file + "' > fixed.md");
        return std::nullopt;
    }
    std::size_t first_forbidden = std::string::npos;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (is_plain_ascii(static_cast<unsigned char>(text[i]))) { // never forbidden
            ++i;
            continue;
        }
        const auto d = decode_utf8(text, i);
        if (is_forbidden_char(d.code)) {
            if (first_forbidden == std::string::npos) first_forbidden = i;
            ++count;
        }
        i += d.length;
    }
    if (count == 0) return text;
    diagnostics.warn(locate(text, first_forbidden, file),
                     std::to_string(count) + " control or non-character code point(s) removed",
                     "they cannot appear in XML or PDF text");
    return clean_text(text);
}

} // namespace brief
