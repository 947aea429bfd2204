// Bidi levels and line-break opportunities of text (the ICU wrapper).
#pragma once

#include "core/utf8.hpp" // is_rtl_char: whether a paragraph needs bidi_levels at all

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// The embedding level of each character of a paragraph (UAX #9: even left to right, odd right
/// to left), the paragraph's own level set by its first strong character (P2, P3; 0 without one),
/// or 0 when `left_to_right`, given as `paragraph_level`.
std::vector<std::uint8_t> bidi_levels(std::u32string_view text, std::uint8_t& paragraph_level, bool left_to_right = false);

/// The character that shows `c` in right-to-left text (UAX #9 rule L4: "(" for ")", "«" for "»"),
/// `c` itself when it has no mirror.
char32_t bidi_mirror(char32_t c);

/// True for characters a font rightly draws with no advance: combining marks (Mn, Me), format
/// characters (Cf) and the other default-ignorable ones.
bool draws_without_advance(char32_t c);

/// True for characters of scripts written without spaces whose words a dictionary finds (Thai,
/// Lao, Khmer, Myanmar).
bool needs_dictionary_breaks(char32_t c);

/// The indexes i of `text` (1 .. size-1) before which a line may break (UAX #14, with ICU's
/// dictionaries for Thai, Lao, Khmer and Myanmar).
std::vector<std::size_t> line_break_opportunities(std::u32string_view text);

} // namespace brief::pdf
