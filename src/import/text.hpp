// The plain-text importer: a scraped page's lines sorted into title, byline, dateline, standfirst,
// story and chrome by how they look.
#pragma once

#include "import/article.hpp"

#include <string_view>

namespace brief::importer {

/// Imports scraped text (UTF-8, LF line ends). The title is the first headline-like line (a
/// repeated copy is dropped); "By NAME" and "Published: DATE" lines at the top give the author
/// and date; a short line between the title and the story is the standfirst, kept in italics;
/// chrome is dropped by its look: short lines without final punctuation, calls to action,
/// "LABEL:" links, repeated lines, image credits, a trailing note in the outlet's own voice
/// ("our mission..."). With no headline the title is the opening words, cut with "…".
ImportedArticle import_text(std::string_view text);

} // namespace brief::importer
