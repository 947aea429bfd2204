// The story of the briefing: document.xml with its footnotes, numbering, header and footer.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/docx/footnotes.hpp"
#include "write/docx/ooxml.hpp"

#include <vector>

namespace brief::docx {

/// Where the document's related parts live, relative to word/ (its relationships name them).
namespace target {
inline constexpr const char* styles = "styles.xml";
inline constexpr const char* settings = "settings.xml";
inline constexpr const char* numbering = "numbering.xml";
inline constexpr const char* footnotes = "footnotes.xml";
inline constexpr const char* font_table = "fontTable.xml";
inline constexpr const char* header = "header1.xml";
inline constexpr const char* footer = "footer1.xml";
} // namespace target

/// The parts written from the briefing's content. The document's relationships name the fixed
/// parts first (styles ... footer, as `target` lists them), then every hyperlink in reading order.
struct Story {
    pugi::xml_document document, header, footer, numbering;
    Relationships document_rels;
    Footnotes footnotes;
    std::vector<const Picture*> media; ///< the pictures the document shows: one media part each
};

/// Writes the cover (marking, title, subtitle, issuer, date, coverage line), the table of contents,
/// each article (Heading 1 title, byline with its attribution note, body) and the Sources list.
void write_story(const Briefing& briefing, const Style& style, Story& story);

} // namespace brief::docx
