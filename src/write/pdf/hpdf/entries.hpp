// Dictionary entries brief writes as bytes into libharu's objects: references, text strings, and the hook that writes them.
#pragma once

#include <hpdf.h>

#include <optional>
#include <string>
#include <string_view>

namespace brief::pdf {

/// "12 0 R": a reference to the indirect libharu object `obj` (its number is fixed once it is in
/// the cross-reference table).
std::string reference(const void* obj);

/// `utf8` as a PDF text string (ISO 32000-1 7.9.2.2), cleaned of what PDF text may not hold:
/// a literal when printable ASCII, else UTF-16BE in hex with a byte-order mark.
std::string text_literal(std::string_view utf8);
/// text_literal(utf8) onto the end of `out`.
void append_text_literal(std::string& out, std::string_view utf8);

/// Makes `bytes` (whole entries, such as "/S /P\n/P 12 0 R\n") part of `dict` when libharu writes
/// it, after the entries libharu holds itself, between the dictionary's << and >>. The bytes are
/// copied into libharu's memory and freed with the dictionary; `dict` must have no writer of its
/// own. Building small dictionaries through libharu's object API (a value object a number, a
/// list per array) was most of the time their PDF objects took. Throws brief::Error when out of
/// memory.
void set_entries(HPDF_Doc doc, HPDF_Dict dict, std::string_view bytes);

/// Adds `bytes` after the entries set_entries gave `dict` (or gives them, when it gave none).
/// Throws brief::Error when out of memory, or when `dict` has a writer that is not set_entries'.
void add_entries(HPDF_Doc doc, HPDF_Dict dict, std::string_view bytes);

/// The bytes set_entries gave `dict` when they are the whole dictionary (no entries libharu holds,
/// no stream, no other hook), so the dictionary is "<<\n", the bytes and ">>"; else nothing.
std::optional<std::string_view> only_entries(HPDF_Dict dict);

} // namespace brief::pdf
