// A readable view of laid-out pages: the golden files of the layout tests.
#pragma once

#include "write/pdf/layout/page.hpp"

#include <string>

namespace brief::pdf {

/// One line per page item, numbers with two decimals, in page order:
///   page 2 notes 1,2 marks 1,2
///     line 97.15 body [72.00 "The "] [95.10 "U.S. "] ... -
///     rect 72.00 80.00 120.00 0.50 8A8A8A
///     link 72.00 88.10 30.00 12.00 -> https://...
///     anchor note-1 700.00
/// `runs` false prints each line's text without positions (for long documents).
std::string dump_document(const Document& doc, bool runs = true);

/// The text of a line as drawn (runs joined, placeholders as U+FFFD).
std::string line_text(const Line& line);

} // namespace brief::pdf
