// XHTML content documents: the document skeleton and the visitors that turn model nodes into XHTML.
#pragma once

#include "doc/model.hpp"
#include "write/epub/book.hpp"

#include <pugixml.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace brief::epub {

/// Namespaces of an EPUB content document (EPUB 3.3 §6.1 XHTML content documents).
inline constexpr const char* xhtml_ns = "http://www.w3.org/1999/xhtml";
inline constexpr const char* ops_ns = "http://www.idpf.org/2007/ops";

/// A link target as a valid URL (WHATWG URL §4.3): ASCII characters a URL may not hold as they
/// are ("<", space, a second "#") are percent-encoded; existing %XX escapes and non-ASCII stay.
/// EPUBCheck reports any other href as RSC-020.
std::string href_for(std::string_view url);

/// Where a picture goes in the container, relative to the chapters: "images/picture-1.png".
std::string picture_file(const Picture& picture);

/// Fills an empty document with the XHTML skeleton: declaration, `<!DOCTYPE html>`, `<html>` with
/// lang and xml:lang, a head with `<title>` and the book's stylesheet; returns the empty body.
pugi::xml_node start_xhtml(pugi::xml_document& doc, std::string_view title, std::string_view language);

/// The content document each link id is in: "claim-1" -> "article-2.xhtml".
using LinkFiles = std::map<std::string, std::string>;

/// Renders blocks and inlines under a parent element. Notes become noterefs (`<a epub:type="noteref">`);
/// their asides are written separately by append_footnotes. Heading levels are mapped below the
/// chapter's h1 without skipping a level, and headings get ids "s1", "s2"... for the nav, so one
/// writer serves one chapter, in reading order.
class XhtmlWriter {
  public:
    XhtmlWriter() = default;
    /// A writer that shows the briefing's embedded pictures as `<img>`; without them (the
    /// default, as in notes) an image shows its alt text.
    explicit XhtmlWriter(const std::vector<Picture>* pictures) : pictures_(pictures) {}
    /// brief's own links ("#claim-1") go to `files`' file for the id ("article-2.xhtml#claim-1");
    /// an id it does not name stays in this document ("#claim-1").
    void link_files(const LinkFiles* files) { link_files_ = files; }
    void blocks(pugi::xml_node parent, const Blocks& list);
    void inlines(pugi::xml_node parent, const Inlines& list);
    /// The language of the chapter written (its html element's): a right-to-left paragraph in a
    /// language not written right to left gets the lang its script suggests.
    void set_language(std::string language) { language_ = std::move(language); }
    /// The headings written so far, with the ids given to them.
    [[nodiscard]] const std::vector<Section>& sections() const { return sections_; }

  private:
    void block(pugi::xml_node parent, const Block& b);
    void paragraph(pugi::xml_node parent, const Paragraph& p);
    void list(pugi::xml_node parent, const List& l);
    void heading(pugi::xml_node parent, const Heading& h);
    void table(pugi::xml_node parent, const Table& t);
    void figure(pugi::xml_node parent, const Figure& f);
    void table_row(pugi::xml_node group, const Table& t, const TableRow& row, const char* cell_name);
    void image(pugi::xml_node parent, const Image& i);
    [[nodiscard]] const Picture* picture_of(const Image& i) const;
    void inline_node(pugi::xml_node parent, const Inline& in);
    void link(pugi::xml_node parent, const Link& l);
    [[nodiscard]] std::string internal_href(const std::string& id) const;

    const std::vector<Picture>* pictures_ = nullptr;
    const LinkFiles* link_files_ = nullptr;
    int last_heading_ = 1;   ///< the h-level last written; the chapter title is h1
    int heading_count_ = 0;  ///< headings written, for their ids
    bool in_link_ = false;   ///< inside an <a>, where a noteref (another <a>) may not go
    std::vector<const Note*> held_notes_; ///< notes cited inside a link, written after it
    std::vector<Section> sections_;       ///< headings with text, for the nav
    std::string language_;                ///< of the chapter (set_language)
};

/// `<a epub:type="noteref" role="doc-noteref" href="#n7" id="r7">7</a>`: only the number inside,
/// no child elements (reading systems take the link's text as the pop-up's label).
void append_noteref(pugi::xml_node parent, const Note& note);

/// One `<aside epub:type="footnote" role="doc-footnote" id="n7">` per note of the article, in
/// number order, each opening with a link back to its reference. A non-empty
/// `generated_language` is set on the attribution and credit notes (brief's words, not the
/// article's) when it differs from the document's. With `pictures`, images in notes are shown.
void append_footnotes(pugi::xml_node parent, const Article& article, std::string_view generated_language = {},
                      const std::vector<Picture>* pictures = nullptr);

/// The same for the notes of blocks alone (a FrontPart's), in the document's language.
void append_footnotes(pugi::xml_node parent, const Blocks& blocks, const std::vector<Picture>* pictures = nullptr);

/// Sets lang and xml:lang (both, as EPUB Accessibility Techniques 1.1 §3.3 asks).
void set_language(pugi::xml_node node, std::string_view language);

} // namespace brief::epub
