// The content writer: one exhaustive visit per node family, blocks to paragraphs and inlines to runs.
#include "write/docx/wordml.hpp"

#include "core/utf8.hpp"

#include "doc/text.hpp"
#include "write/xml.hpp"

#include <algorithm>

namespace brief::docx {

namespace {

/// The deepest list level WordprocessingML numbers (ilvl 0-8, §17.9.3); deeper nesting and
/// quotes indent no further.
constexpr int max_level = 8;

/// Appends text to the run's last <w:t> when the run has nothing after it, so adjacent text of
/// one format stays one run; returns false when a new run is needed.
bool extend_run(pugi::xml_node run, std::string_view text) {
    auto t = run.last_child();
    if (std::string_view(t.name()) != "w:t" || text.find_first_of("\t\n") != std::string_view::npos) return false;
    std::string joined = std::string(t.text().get()) + std::string(text);
    t.remove_children();
    xml::add_text(t, joined);
    t.remove_attribute("xml:space");
    if (!joined.empty() && (joined.front() == ' ' || joined.back() == ' ')) t.append_attribute("xml:space") = "preserve";
    return true;
}

} // namespace

// ---- inlines --------------------------------------------------------------------------------

InlineWriter::InlineWriter(Relationships& rels, NoteHandler on_note, Media* media)
    : rels_(rels), on_note_(std::move(on_note)), media_(media) {}

void InlineWriter::write(pugi::xml_node target, const Inlines& inlines, const RunProps& format) {
    RunProps f = format;
    if (f.lang.empty()) f.lang = language_;
    for (const auto& in : inlines) write(target, in, f);
}

void InlineWriter::write(pugi::xml_node target, const Inline& in, const RunProps& format) {
    std::visit(overloaded{
                   [&](const Text& t) { text(target, t.text, format); },
                   [&](const Emph& e) {
                       RunProps f = format;
                       f.italic = true;
                       write(target, e.children, f);
                   },
                   [&](const Strong& s) {
                       RunProps f = format;
                       f.bold = true;
                       write(target, s.children, f);
                   },
                   [&](const Strike& s) {
                       RunProps f = format;
                       f.strike = true;
                       write(target, s.children, f);
                   },
                   [&](const Code& c) {
                       RunProps f = format;
                       f.style = sid::verbatim; // one rStyle per run: code inside a link is shown as code
                       text(target, c.text, f);
                   },
                   [&](const Link& l) { link(target, l, format); },
                   [&](const Image& i) { image(target, i, format); },
                   [&](const SoftBreak&) { text(target, " ", format); },
                   [&](const LineBreak&) { add_run(target, "\n", format); },
                   [&](const Note& n) { on_note_(target, n); },
               },
               in.node);
}

void InlineWriter::text(pugi::xml_node target, std::string_view text, const RunProps& plain) {
    if (text.empty()) return;
    RunProps format = plain;
    if (has_right_to_left(text)) { // §17.3.2.30: the run is laid out right to left, in its own language
        format.rtl = true;
        format.lang_bidi = language_.empty() ? script_language(text) : language_;
    }
    if (last_run_ && target.last_child() == last_run_ && last_format_ == format && extend_run(last_run_, text)) return;
    last_run_ = add_run(target, text, format);
    last_format_ = format;
}

void InlineWriter::link(pugi::xml_node target, const Link& l, RunProps format) {
    // §17.16.22: an external hyperlink names a relationship of this part (TargetMode External);
    // brief's own links ("#claim-1") name a bookmark of the document in w:anchor instead.
    auto h = target.append_child("w:hyperlink");
    if (l.url.starts_with('#')) xml::set_attr(h, "w:anchor", l.url.substr(1));
    else h.append_attribute("r:id") = rels_.hyperlink(l.url).c_str();
    if (!l.title.empty()) xml::set_attr(h, "w:tooltip", l.title);
    h.append_attribute("w:history") = "1";
    format.style = sid::hyperlink;
    write(h, l.children, format);
    if (!l.id.empty()) bookmark(target, h, l.id);
}

/// Puts the link `h` inside the bookmark `name` (§17.13.6.2), so other links can go to it. Its
/// w:id is counted from link_bookmark_base, apart from the outline's (1, 2, ...).
void InlineWriter::bookmark(pugi::xml_node target, pugi::xml_node h, const std::string& name) {
    const std::string id = std::to_string(link_bookmark_base + bookmarks_++);
    auto start = target.insert_child_before("w:bookmarkStart", h);
    start.append_attribute("w:id") = id.c_str();
    xml::set_attr(start, "w:name", name);
    target.insert_child_after("w:bookmarkEnd", h).append_attribute("w:id") = id.c_str();
}

/// An embedded picture inline at the text's height; an image not embedded shows its alt text.
void InlineWriter::image(pugi::xml_node target, const Image& i, const RunProps& format) {
    const Picture* picture = media_ != nullptr ? media_->find(i) : nullptr;
    if (picture == nullptr) {
        text(target, i.alt, format);
        return;
    }
    auto run = target.append_child("w:r");
    add_rpr(run, format);
    media_->add_drawing(run, rels_, *picture, i.alt, picture_height_);
}

// ---- outline ----------------------------------------------------------------------------------

void Outline::mark(pugi::xml_node paragraph, int level, const std::string& text) {
    const std::string id = std::to_string(entries_.size() + 1);
    std::string name = "_Toc" + std::string(6 - std::min<std::size_t>(6, id.size()), '0') + id;
    entries_.push_back({level, text, name});
    // §17.13.6.2: bookmarkStart and bookmarkEnd pair by w:id; the TOC's hyperlinks use w:name.
    auto ppr = paragraph.child("w:pPr");
    auto start = ppr ? paragraph.insert_child_after("w:bookmarkStart", ppr) : paragraph.prepend_child("w:bookmarkStart");
    start.append_attribute("w:id") = id.c_str();
    xml::set_attr(start, "w:name", name);
    paragraph.append_child("w:bookmarkEnd").append_attribute("w:id") = id.c_str();
}

// ---- blocks -----------------------------------------------------------------------------------

BlockWriter::BlockWriter(const BlockContext& context, InlineWriter& inlines, Numbering& numbering, Outline& outline)
    : context_(context), inlines_(inlines), numbering_(numbering), outline_(outline) {}

void BlockWriter::write(pugi::xml_node body, const Blocks& blocks) {
    after_paragraph_ = false;
    for (const auto& b : blocks) block(body, b);
}

void BlockWriter::block(pugi::xml_node body, const Block& b) {
    std::visit(overloaded{
                   [&](const Paragraph& p) { paragraph(body, p); },
                   [&](const Heading& h) { heading(body, h); },
                   [&](const BlockQuote& q) { quote(body, q); },
                   [&](const List& l) { list(body, l); },
                   [&](const CodeBlock& c) { code(body, c); },
                   [&](const ThematicBreak&) { rule(body); },
                   [&](const Table& t) { table(body, t); },
                   [&](const Figure& f) { figure(body, f); },
               },
               b.node);
}

ParaProps BlockWriter::paragraph_props() {
    ParaProps props;
    if (pending_num_ != 0) {
        props.style = sid::list_paragraph;
        props.num_id = pending_num_;
        props.ilvl = std::min(list_depth_ - 1, max_level);
        pending_num_ = 0;
    } else if (quote_depth_ > 0) {
        // Quote indents one step; each nested quote (or an enclosing list item) adds to it.
        props.style = sid::quote;
        const int step = twips(context_.style.sizes.paragraph_indent * 2);
        const int list = list_depth_ > 0 ? list_indent(std::min(list_depth_ - 1, max_level)) : 0;
        if (quote_depth_ > 1 || list_depth_ > 0) props.indent_left = step * std::min(quote_depth_, max_level) + list;
    } else if (list_depth_ > 0) {
        props.style = sid::list_paragraph; // a later paragraph of an item: aligned with its text
        props.indent_left = list_indent(std::min(list_depth_ - 1, max_level));
    } else {
        props.style = after_paragraph_ ? sid::body_text : sid::first_paragraph;
    }
    return props;
}

void BlockWriter::paragraph(pugi::xml_node body, const Paragraph& p) {
    ParaProps props = paragraph_props();
    props.bidi = starts_right_to_left(plain_text(p.content));
    auto para = add_paragraph(body, props);
    task_box(para);
    inlines_.write(para, p.content);
    after_paragraph_ = true;
}

/// A GFM task item's box, ☐ or ☒ and a space, opening the item's first paragraph.
void BlockWriter::task_box(pugi::xml_node paragraph) {
    if (pending_task_ == Task::none) return;
    RunProps symbol;
    symbol.font = symbol_font;
    add_run(paragraph, pending_task_ == Task::done ? "\u2612 " : "\u2610 ", symbol);
    pending_task_ = Task::none;
}

void BlockWriter::heading(pugi::xml_node body, const Heading& h) {
    // The article title is Heading 1; an article's outline (its levels 1-5, outline_headings)
    // continues below it as Heading 2-6, so Word's navigation pane shows the source's hierarchy.
    static const char* const styles[] = {sid::heading2, sid::heading3, sid::heading4, sid::heading5, sid::heading6};
    const int level = std::clamp(h.level, 1, 5) + 1;
    ParaProps props;
    props.style = styles[level - 2];
    auto para = add_paragraph(body, props);
    inlines_.write(para, h.content);
    if (level == 2) outline_.mark(para, 2, plain_text(h.content));
    after_paragraph_ = false;
}

void BlockWriter::quote(pugi::xml_node body, const BlockQuote& q) {
    ++quote_depth_;
    after_paragraph_ = false;
    for (const auto& b : q.children) block(body, b);
    --quote_depth_;
    after_paragraph_ = false;
}

void BlockWriter::list(pugi::xml_node body, const List& l) {
    const int num_id = numbering_.add_list(l.ordered, list_depth_, l.start);
    ++list_depth_;
    for (const auto& item : l.items) {
        pending_num_ = num_id;
        pending_task_ = item.task;
        // An item that opens with something other than a paragraph still shows its number.
        if (item.children.empty() || !std::holds_alternative<Paragraph>(item.children.front().node))
            task_box(add_paragraph(body, paragraph_props()));
        for (const auto& b : item.children) block(body, b);
    }
    pending_num_ = 0;
    pending_task_ = Task::none;
    --list_depth_;
    after_paragraph_ = false;
}

void BlockWriter::code(pugi::xml_node body, const CodeBlock& c) {
    // One paragraph per line keeps page breaks possible inside long listings.
    std::string_view text = c.text;
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        ParaProps props;
        props.style = sid::source_code;
        if (list_depth_ > 0) props.indent_left = list_indent(std::min(list_depth_ - 1, max_level));
        auto para = add_paragraph(body, props);
        if (end > start) add_run(para, text.substr(start, end - start));
        if (end >= text.size()) break;
        start = end + 1;
    }
    after_paragraph_ = false;
}

void BlockWriter::rule(pugi::xml_node body) {
    // A short centred rule: a paragraph with a bottom border, indented from both margins.
    ParaProps props;
    props.border_bottom = context_.style.colors.rule.hex();
    props.indent_left = context_.text_width / 3;
    props.indent_right = context_.text_width / 3;
    props.space_before = twips(context_.style.sizes.leading / 2);
    props.space_after = twips(context_.style.sizes.leading);
    props.line_auto = 120;
    add_paragraph(body, props);
    after_paragraph_ = false;
}

} // namespace brief::docx
