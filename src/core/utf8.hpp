// UTF-8: decoding, validation with positions, and the cleaning every output format shares.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace brief {

/// One decoded code point and how many bytes it took; `valid` is false for a malformed sequence
/// (then `length` is 1 and `code` is U+FFFD), so a decoder loop always moves forward.
struct Decoded {
    char32_t code = 0;
    std::size_t length = 1;
    bool valid = false;
};

/// Decodes a sequence that starts with a byte of 0x80 or more (decode_utf8's slow path).
Decoded decode_utf8_sequence(std::string_view text, std::size_t pos);

/// Decodes the code point at `pos` (which must be < text.size()). Rejects overlong forms,
/// surrogates and values past U+10FFFF. Inline for ASCII, which most text is.
inline Decoded decode_utf8(std::string_view text, std::size_t pos) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    return b0 < 0x80 ? Decoded{b0, 1, true} : decode_utf8_sequence(text, pos);
}

/// True for the bytes every output keeps as they are, and every scan can pass over: printable
/// ASCII, tab and line feed.
inline bool is_plain_ascii(unsigned char b) { return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n'; }

/// append_utf8 of a code point from U+0080 on: two to four bytes.
void append_utf8_sequence(std::string& out, char32_t code);

/// Appends the UTF-8 encoding of `code` (which must be a scalar value). Inline for ASCII, which is
/// most text: layout appends every glyph of a paragraph this way.
inline void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) out += static_cast<char>(code);
    else append_utf8_sequence(out, code);
}

/// The byte offset of the first malformed sequence, or npos when `text` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

/// The text with CRLF and lone CR line ends made LF (text without a CR is returned as it is).
std::string normalise_line_ends(std::string_view text);

/// The text as UTF-16BE bytes (surrogate pairs beyond U+FFFF; a malformed sequence as U+FFFD),
/// without a byte-order mark.
std::string utf16be(std::string_view utf8);

/// utf16be's bytes as upper-case hex digits, four a code unit (PDF hex strings, ToUnicode CMaps).
std::string utf16be_hex(std::string_view utf8);

/// The text with ASCII letters lower-cased (other bytes, UTF-8 sequences included, as they are).
std::string ascii_lower(std::string_view text);

/// True for the characters XML 1.0 allows (section 2.2, production [2] Char).
bool is_xml_char(char32_t c);

/// Characters brief never writes to any output: those XML 1.0 forbids, plus the C1 controls and
/// U+FEFF (a byte-order mark inside text). Tab and newline are kept.
bool is_forbidden_char(char32_t c);

/// is_default_ignorable's list of characters (from U+00AD, the soft hyphen, the first of them).
bool is_default_ignorable_listed(char32_t c);

/// Unicode's Default_Ignorable_Code_Point characters that are invisible by design: joiners, bidi
/// marks and controls, variation selectors, tags (UCD DerivedCoreProperties.txt). A renderer that
/// draws glyphs itself (the PDF) skips them rather than showing a missing-glyph box. Inline: the
/// characters below U+00AD, most text, take one comparison.
inline bool is_default_ignorable(char32_t c) { return c >= 0xAD && is_default_ignorable_listed(c); }

/// `text` with every forbidden character removed and malformed bytes replaced by U+FFFD. Backends
/// call it on everything they write, so one rule holds for every format.
std::string clean_text(std::string_view text);

/// Where clean_text would first change `text` (a forbidden character or a malformed byte), or
/// npos when it would return it as it is: most text, which writers then take without a copy.
std::size_t first_unclean(std::string_view text);

/// Number of code points in `text` (malformed bytes count one each).
std::size_t count_code_points(std::string_view text);

/// True for a character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, NKo, their
/// presentation forms, and the right-to-left blocks beyond the BMP): UAX #9's classes R and AL.
inline bool is_rtl_char(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
           (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
}

/// True when the first strong character of `text` is right to left (UAX #9 rules P2 and P3,
/// with letters of other scripts taken as left to right and digits, punctuation, symbols and
/// marks as neutral): the direction of a paragraph EPUB and DOCX readers should lay out.
bool starts_right_to_left(std::string_view text);

/// True when `text` has a right-to-left character.
bool has_right_to_left(std::string_view text);

/// The language a text's right-to-left script most likely is, as a BCP 47 tag, for marking a
/// passage whose language nothing states: "he" for Hebrew letters, "ar" for Arabic, "syr" for
/// Syriac, "dv" for Thaana, "nqo" for NKo; empty when it has no right-to-left character. A
/// guess (Persian and Urdu are written in Arabic letters): prefer the article's own language.
std::string script_language(std::string_view text);

/// True for a BCP 47 tag of a language written right to left ("ar", "he-IL", "fa", "ur", "yi", ...).
bool right_to_left_language(std::string_view tag);

} // namespace brief
