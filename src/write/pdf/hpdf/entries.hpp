// Dictionary entries brief writes as bytes: references, text strings, and the hook that adds them to a libharu object.
#pragma once

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace brief::pdf {

/// "12 0 R": a reference to the indirect libharu object `obj` (its number is fixed once it is in
/// the cross-reference table).
std::string reference(const void* obj);
/// "12 0 R" for object number `number`, onto the end of `out`.
void append_reference(std::string& out, std::uint32_t number);
/// `n` in decimal onto the end of `out`.
void append_decimal(std::string& out, std::size_t n);

/// `utf8` as a PDF text string (ISO 32000-1 7.9.2.2), cleaned of what PDF text may not hold:
/// a literal when printable ASCII, else UTF-16BE in hex with a byte-order mark.
std::string text_literal(std::string_view utf8);
/// text_literal(utf8) onto the end of `out`.
void append_text_literal(std::string& out, std::string_view utf8);

/// Adds `bytes` (whole entries, such as "/F 4\n") to `dict` when libharu writes it, after the
/// entries libharu holds itself and any bytes added before, between the dictionary's << and >>.
/// The bytes are copied into libharu's memory and freed with the dictionary. Throws brief::Error
/// when out of memory, or when `dict` has a writer of its own.
void add_entries(HPDF_Doc doc, HPDF_Dict dict, std::string_view bytes);

} // namespace brief::pdf
