// XHTML for the model: the content-document skeleton, one exhaustive visit per node family, notes.
#include "write/epub/xhtml.hpp"

#include "core/url.hpp"
#include "core/utf8.hpp"
#include "doc/text.hpp"
#include "write/xml.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace brief::epub {

namespace {

/// "n7" for the aside, "r7" for the reference: note numbers are unique in the briefing, so the
/// ids are unique in every file and stable across formats.
std::string note_id(const Note& n) { return "n" + std::to_string(n.number); }
std::string ref_id(const Note& n) { return "r" + std::to_string(n.number); }

/// Code blocks keep their line ends, but the last one would show as an empty line in <pre>.
std::string_view without_final_newline(std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    return text;
}

/// From this many columns a table's text is smaller (the stylesheet's table.dense): eight
/// columns of ordinary words do not fit a phone's width at the body size.
constexpr std::size_t dense_columns = 8;

/// The cell class of a column alignment (the stylesheet's rules); empty for none (left).
const char* align_class(ColumnAlign a) {
    switch (a) {
    case ColumnAlign::none: return "";
    case ColumnAlign::left: return "align-left";
    case ColumnAlign::center: return "align-center";
    case ColumnAlign::right: return "align-right";
    }
    return "";
}

/// Whether the text holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, NKo and their
/// presentation forms): such a cell takes its direction from its text (HTML §3.2.6.4 dir=auto),
/// so an Arabic cell reads and aligns right to left in a left-to-right table.
bool has_rtl(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        i += d.length;
        if ((d.code >= 0x0590 && d.code <= 0x08FF) || (d.code >= 0xFB1D && d.code <= 0xFDFF) || (d.code >= 0xFE70 && d.code <= 0xFEFF))
            return true;
    }
    return false;
}

/// "Table 3" (or "Figure 2") in a label span, then ". " and the caption when there is one: the
/// same label the PDF and DOCX print, so a reference to "Table 3" finds it in every format.
void caption(XhtmlWriter& writer, pugi::xml_node parent, const char* kind, int number, const Inlines& text) {
    const std::string label = std::string(kind) + " " + std::to_string(number);
    xml::set_attr(xml::add_element(parent, "span", text.empty() ? label : label + "."), "class", "label");
    if (text.empty()) return;
    xml::add_text(parent, " ");
    writer.inlines(parent, text);
}

/// A GFM task box as cmark-gfm writes it, a disabled checkbox opening the item, named for
/// assistive technology (WCAG 2.1 §4.1.2; axe's "label" rule, which Ace runs).
void add_task_box(pugi::xml_node li, bool done) {
    xml::set_attr(li, "class", "task");
    auto box = li.append_child("input");
    xml::set_attr(box, "type", "checkbox");
    if (done) xml::set_attr(box, "checked", "checked");
    xml::set_attr(box, "disabled", "disabled");
    xml::set_attr(box, "aria-label", done ? "done" : "not done");
    xml::add_text(li, " ");
}

} // namespace

std::string picture_file(const Picture& picture) {
    return "images/" + picture.id + (picture.media_type == "image/png" ? ".png" : ".jpg");
}

std::string href_for(std::string_view url) { return encode_url(url); }

pugi::xml_node start_xhtml(pugi::xml_document& doc, std::string_view title, std::string_view language) {
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    // EPUB 3.3 §6.1.2: XHTML content documents use the HTML syntax's doctype, or none.
    doc.append_child(pugi::node_doctype).set_value("html");
    auto html = doc.append_child("html");
    xml::set_attr(html, "xmlns", xhtml_ns);
    xml::set_attr(html, "xmlns:epub", ops_ns);
    set_language(html, language);
    auto head = html.append_child("head");
    xml::add_element(head, "title", title);
    auto css = head.append_child("link");
    xml::set_attr(css, "rel", "stylesheet");
    xml::set_attr(css, "type", "text/css");
    xml::set_attr(css, "href", "style.css");
    return html.append_child("body");
}

void XhtmlWriter::blocks(pugi::xml_node parent, const Blocks& list) {
    for (const auto& b : list) block(parent, b);
}

void XhtmlWriter::inlines(pugi::xml_node parent, const Inlines& list) {
    for (const auto& in : list) inline_node(parent, in);
}

void XhtmlWriter::block(pugi::xml_node parent, const Block& b) {
    std::visit(overloaded{
                   [&](const Paragraph& p) { paragraph(parent, p); },
                   [&](const Heading& h) { heading(parent, h); },
                   [&](const BlockQuote& q) { blocks(parent.append_child("blockquote"), q.children); },
                   [&](const List& l) { list(parent, l); },
                   [&](const CodeBlock& c) {
                       auto code = parent.append_child("pre").append_child("code");
                       const std::string lang = c.info.empty() ? std::string() : slug(c.info.substr(0, c.info.find(' ')));
                       if (!lang.empty()) xml::set_attr(code, "class", "language-" + lang);
                       xml::add_text(code, without_final_newline(c.text));
                   },
                   [&](const ThematicBreak&) { parent.append_child("hr"); },
                   [&](const Table& t) { table(parent, t); },
                   [&](const Figure& f) { figure(parent, f); },
               },
               b.node);
}

/// Article headings go below the chapter's h1 (Markdown `#` becomes h2), and never more than one
/// level deeper than the heading before: skipped levels break outline navigation (WCAG 2.1
/// technique H42; Ace reports them as "heading-order").
void XhtmlWriter::heading(pugi::xml_node parent, const Heading& h) {
    const int level = std::clamp(std::min(h.level + 1, last_heading_ + 1), 2, 6);
    last_heading_ = level;
    const std::string name = "h" + std::to_string(level);
    auto out = parent.append_child(name.c_str());
    const std::string id = "s" + std::to_string(++heading_count_);
    xml::set_attr(out, "id", id);
    inlines(out, h.content);
    std::string text = plain_text(h.content);
    if (text.find_first_not_of(" \t\n") != std::string::npos) sections_.push_back({level, id, std::move(text)});
}

/// HTML has no align attribute on cells any more (HTML §16 obsolete features; EPUBCheck rejects
/// it as RSC-005): each cell names its column's alignment as a class the stylesheet sets.
void XhtmlWriter::table(pugi::xml_node parent, const Table& t) {
    auto out = parent.append_child("table");
    if (t.number > 0) xml::set_attr(out, "id", "table-" + std::to_string(t.number));
    if (t.columns.size() >= dense_columns) xml::set_attr(out, "class", "dense");
    // HTML §4.9.2: the caption is the table's first child, and its accessible name.
    if (t.number > 0) caption(*this, out.append_child("caption"), "Table", t.number, t.caption);
    table_row(out.append_child("thead"), t, t.header, "th");
    if (t.rows.empty()) return; // as cmark-gfm: no empty tbody
    auto body = out.append_child("tbody");
    for (const auto& r : t.rows) table_row(body, t, r, "td");
}

void XhtmlWriter::table_row(pugi::xml_node group, const Table& t, const TableRow& row, const char* cell_name) {
    auto tr = group.append_child("tr");
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        auto cell = tr.append_child(cell_name);
        // HTML §4.9.10 scope: a header cell of the first row heads its column.
        if (cell_name == std::string_view("th")) xml::set_attr(cell, "scope", "col");
        const char* cls = align_class(i < t.columns.size() ? t.columns[i] : ColumnAlign::none);
        if (*cls != '\0') xml::set_attr(cell, "class", cls);
        if (has_rtl(plain_text(row.cells[i].content))) xml::set_attr(cell, "dir", "auto");
        inlines(cell, row.cells[i].content);
    }
}

/// `<figure><img/><figcaption>Figure N. caption</figcaption></figure>`; a figure whose picture
/// is not in the book (only in notes, where pictures are not shown) is its alt text.
void XhtmlWriter::figure(pugi::xml_node parent, const Figure& f) {
    const Picture* picture = picture_of(f.image);
    if (picture == nullptr) {
        inlines(parent.append_child("p"), Inlines{Inline{f.image}});
        return;
    }
    auto out = parent.append_child("figure");
    xml::set_attr(out, "id", "figure-" + std::to_string(f.number));
    auto img = out.append_child("img");
    xml::set_attr(img, "src", picture_file(*picture));
    xml::set_attr(img, "alt", f.image.alt);
    caption(*this, out.append_child("figcaption"), "Figure", f.number, f.caption);
}

const Picture* XhtmlWriter::picture_of(const Image& i) const {
    if (pictures_ == nullptr || i.picture.empty()) return nullptr;
    for (const auto& p : *pictures_)
        if (p.id == i.picture) return &p;
    return nullptr;
}

/// An inline picture sits in the line at the text's height; an image that was not embedded
/// (missing, remote, refused) shows its alt text.
void XhtmlWriter::image(pugi::xml_node parent, const Image& i) {
    if (const Picture* picture = picture_of(i)) {
        auto img = parent.append_child("img");
        xml::set_attr(img, "src", picture_file(*picture));
        xml::set_attr(img, "alt", i.alt);
        xml::set_attr(img, "class", "inline");
        if (!i.title.empty()) xml::set_attr(img, "title", i.title);
    } else if (!i.alt.empty()) {
        xml::set_attr(xml::add_element(parent, "span", i.alt), "class", "image-alt");
    }
}

// A right-to-left paragraph says so (HTML's dir, which CSS's direction follows), and its
// language where the chapter's is written left to right (WCAG 2.1 §3.1.2 Language of Parts).
void XhtmlWriter::paragraph(pugi::xml_node parent, const Paragraph& p) {
    auto node = parent.append_child("p");
    const std::string text = plain_text(p.content);
    if (starts_right_to_left(text)) {
        xml::set_attr(node, "dir", "rtl");
        if (!right_to_left_language(language_))
            if (const std::string guess = script_language(text); !guess.empty()) epub::set_language(node, guess);
    }
    inlines(node, p.content);
}

void XhtmlWriter::list(pugi::xml_node parent, const List& l) {
    auto out = parent.append_child(l.ordered ? "ol" : "ul");
    if (l.ordered && l.start != 1) xml::set_attr(out, "start", std::to_string(l.start));
    for (const auto& item : l.items) {
        auto li = out.append_child("li");
        if (item.task != Task::none) add_task_box(li, item.task == Task::done);
        for (const auto& child : item.children) {
            // A tight list's paragraphs are bare text in their item, as CommonMark renders them.
            const auto* p = std::get_if<Paragraph>(&child.node);
            if (l.tight && p != nullptr) inlines(li, p->content);
            else block(li, child);
        }
    }
}

void XhtmlWriter::inline_node(pugi::xml_node parent, const Inline& in) {
    std::visit(overloaded{
                   [&](const Text& t) { xml::add_text(parent, t.text); },
                   [&](const Emph& e) { inlines(parent.append_child("em"), e.children); },
                   [&](const Strong& s) { inlines(parent.append_child("strong"), s.children); },
                   [&](const Strike& s) { inlines(parent.append_child("s"), s.children); },
                   [&](const Code& c) { xml::add_element(parent, "code", c.text); },
                   [&](const Link& l) { link(parent, l); },
                   [&](const Image& i) { image(parent, i); },
                   [&](const SoftBreak&) { xml::add_text(parent, " "); },
                   [&](const LineBreak&) { parent.append_child("br"); },
                   [&](const Note& n) {
                       if (in_link_) held_notes_.push_back(&n);
                       else append_noteref(parent, n);
                   },
               },
               in.node);
}

/// HTML forbids an <a> inside another <a> (HTML §4.5.1, content model: no interactive content
/// descendant), so notes cited inside a link text get their references right after the link.
std::string XhtmlWriter::internal_href(const std::string& id) const {
    if (link_files_ == nullptr) return "#" + id;
    const auto it = link_files_->find(id);
    return (it == link_files_->end() ? std::string() : it->second) + "#" + id;
}

void XhtmlWriter::link(pugi::xml_node parent, const Link& l) {
    if (in_link_) { // cannot come from Markdown; keep the text without a second anchor
        inlines(parent, l.children);
        return;
    }
    auto a = parent.append_child("a");
    xml::set_attr(a, "href", l.url.starts_with('#') ? internal_href(l.url.substr(1)) : href_for(l.url));
    if (!l.id.empty()) xml::set_attr(a, "id", l.id);
    if (!l.title.empty()) xml::set_attr(a, "title", l.title);
    in_link_ = true;
    inlines(a, l.children);
    in_link_ = false;
    for (const Note* n : held_notes_) append_noteref(parent, *n);
    held_notes_.clear();
}

void append_noteref(pugi::xml_node parent, const Note& note) {
    auto a = parent.append_child("a");
    xml::set_attr(a, "epub:type", "noteref"); // EPUB SSV 1.1 §noteref; pop-ups in reading systems
    xml::set_attr(a, "role", "doc-noteref");  // DPUB-ARIA 1.1, what assistive technology reads
    xml::set_attr(a, "href", "#" + note_id(note));
    xml::set_attr(a, "id", ref_id(note));
    xml::add_text(a, std::to_string(note.number));
}

void set_language(pugi::xml_node node, std::string_view language) {
    xml::set_attr(node, "lang", language);
    xml::set_attr(node, "xml:lang", language);
}

namespace {

void append_asides(pugi::xml_node parent, std::vector<const Note*> notes, std::string_view generated_language,
                   const std::vector<Picture>* pictures) {
    std::stable_sort(notes.begin(), notes.end(), [](const Note* a, const Note* b) { return a->number < b->number; });
    for (const Note* n : notes) {
        auto aside = parent.append_child("aside");
        xml::set_attr(aside, "epub:type", "footnote");
        xml::set_attr(aside, "role", "doc-footnote");
        xml::set_attr(aside, "id", note_id(*n));
        if (!generated_language.empty() && n->kind != NoteKind::author) set_language(aside, generated_language);
        auto p = aside.append_child("p");
        auto back = p.append_child("a");
        xml::set_attr(back, "href", "#" + ref_id(*n));
        xml::set_attr(back, "role", "doc-backlink");
        xml::set_attr(back, "aria-label", "Back to the reference of note " + std::to_string(n->number));
        xml::add_text(back, std::to_string(n->number));
        xml::add_text(p, " ");
        XhtmlWriter(pictures).inlines(p, n->content);
    }
}

} // namespace

void append_footnotes(pugi::xml_node parent, const Article& article, std::string_view generated_language,
                      const std::vector<Picture>* pictures) {
    std::vector<const Note*> notes;
    visit_notes(article, [&](const Note& n) { notes.push_back(&n); });
    append_asides(parent, std::move(notes), generated_language, pictures);
}

void append_footnotes(pugi::xml_node parent, const Blocks& blocks, const std::vector<Picture>* pictures) {
    std::vector<const Note*> notes;
    visit_notes(blocks, [&](const Note& n) { notes.push_back(&n); });
    append_asides(parent, std::move(notes), {}, pictures);
}

} // namespace brief::epub
