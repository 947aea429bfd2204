// styles.xml, settings.xml and fontTable.xml generated from the Style, so the DOCX looks like the PDF.
#pragma once

#include "style/style.hpp"
#include "write/docx/wordml.hpp"

#include <string>

namespace brief::docx {

/// Style ids of the briefing's own parts (cover, contents, running head, sources).
namespace sid {
inline constexpr const char* title = "Title";
inline constexpr const char* subtitle = "Subtitle";
inline constexpr const char* classification = "Classification";
inline constexpr const char* cover_meta = "CoverMeta";
inline constexpr const char* byline = "Byline";
inline constexpr const char* toc_heading = "TOCHeading";
inline constexpr const char* toc1 = "TOC1";
inline constexpr const char* toc2 = "TOC2";
inline constexpr const char* header = "Header";
inline constexpr const char* footer = "Footer";
inline constexpr const char* marking = "Marking";
inline constexpr const char* bibliography = "Bibliography";
} // namespace sid

/// The width between the left and right margins, in twips.
int text_width(const Style& style);

/// The size of table cell text, points: a point below the body text, never below the notes'.
double table_text_size(const Style& style);

/// A table cell's left and right margins (the table style's tblCellMar), twips.
inline constexpr int table_cell_margin = 108;

/// styles.xml (§17.7): document defaults and every paragraph and character style the writer uses.
pugi::xml_document write_styles(const Style& style, const std::string& language);

/// settings.xml (§17.15): footnote separators named in w:footnotePr, hyphenation, no rsids.
pugi::xml_document write_settings();

/// fontTable.xml (§17.8): the style's three families with their generic kind.
pugi::xml_document write_font_table(const Style& style);

} // namespace brief::docx
