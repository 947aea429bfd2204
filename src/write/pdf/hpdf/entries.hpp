// Dictionary entries brief writes as bytes: references, numbers and text strings.
#pragma once

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace brief::pdf {

/// The object number of the indirect libharu object `obj` (fixed once it is in the
/// cross-reference table).
std::uint32_t object_number(const void* obj);
/// "12 0 R" for object number `number`, onto the end of `out`.
void append_reference(std::string& out, std::uint32_t number);
/// `n` in decimal onto the end of `out`.
void append_decimal(std::string& out, std::size_t n);

/// `utf8` as a PDF text string (ISO 32000-1 7.9.2.2), cleaned of what PDF text may not hold:
/// a literal when printable ASCII, else UTF-16BE in hex with a byte-order mark.
std::string text_literal(std::string_view utf8);
/// text_literal(utf8) onto the end of `out`.
void append_text_literal(std::string& out, std::string_view utf8);

} // namespace brief::pdf
