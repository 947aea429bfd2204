// The story of the briefing: document.xml with its footnotes, numbering, header and footer.
#pragma once

#include "core/bytes.hpp"
#include "core/memo.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/docx/footnotes.hpp"
#include "write/docx/ooxml.hpp"

#include <memory>
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

/// An article as written apart: its paragraphs and its footnotes as bytes, and what writing them
/// added to the rest of the story (relationships, list numbering, outline entries, pictures,
/// counts), so that a later run given the same article in the same state takes it as it is.
struct WrittenArticle {
    Bytes body, notes;
    std::vector<Relationships::Entry> rels, note_rels;
    std::vector<Numbering::Instance> lists;
    std::vector<Outline::Entry> outline;
    std::vector<std::size_t> pictures; ///< first used here, by index in the briefing's
    int drawings = 0, bookmarks = 0, note_bookmarks = 0, footnotes = 0;
};

/// The parts written from the briefing's content. The document's relationships name the fixed
/// parts first (styles ... footer, as `target` lists them), then every hyperlink in reading order.
/// Each article's paragraphs and footnotes are written apart (`articles`, in order): fragment
/// marks in `document` and in the footnotes stand where they go (xml::splice_fragments).
struct Story {
    pugi::xml_document document, header, footer, numbering;
    Relationships document_rels;
    Footnotes footnotes;
    std::vector<const Picture*> media; ///< the pictures the document shows: one media part each
    std::vector<std::shared_ptr<const WrittenArticle>> articles;
};

/// Writes the cover (marking, title, subtitle, issuer, date, coverage line), the table of contents,
/// each article (Heading 1 title, byline with its attribution note, body) and the Sources list.
/// With `memo`, an article written by an earlier run from the same article, style and pictures
/// and in the same state of the story (its relationships, counts) is taken from there.
/// `article_keys`, when given, are the articles' fingerprints (article_fingerprints).
void write_story(const Briefing& briefing, const Style& style, Story& story, Memo* memo = nullptr,
                 const std::vector<std::uint64_t>* article_keys = nullptr);

} // namespace brief::docx
