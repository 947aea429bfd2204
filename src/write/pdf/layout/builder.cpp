// FlowBuilder: one exhaustive visit over the block nodes; widows, orphans and kept headings.
#include "write/pdf/layout/builder.hpp"

#include "write/pdf/layout/paragraph.hpp"

#include "core/utf8.hpp"
#include "doc/text.hpp"

namespace brief::pdf {

SpanStyle FlowBuilder::body_style() const {
    SpanStyle s;
    s.key = FaceKey{Family::body, false, false};
    s.size = context_.style.sizes.body;
    s.color = context_.style.colors.text;
    return s;
}

SpanStyle FlowBuilder::heading_style(double size) const {
    SpanStyle s;
    s.key = FaceKey{Family::heading, true, false};
    s.size = size;
    s.color = context_.style.colors.heading;
    return s;
}

void FlowBuilder::skip(double height) {
    flow_.items.emplace_back(VSkip{height, !keep_next_});
}

void FlowBuilder::page_break() {
    flow_.items.emplace_back(VPageBreak{});
    keep_next_ = false;
    indent_next_ = false;
}

void FlowBuilder::push(std::vector<SetLine> set, double x, double size, double leading, const std::string& role,
                       bool keep) {
    const std::size_t n = set.size();
    for (std::size_t i = 0; i < n; ++i) {
        VLine v;
        v.line = std::move(set[i]);
        v.x = x;
        v.height = leading;
        v.baseline = baseline(size, leading);
        v.role = role;
        // A page may break before line i only if it leaves two lines above and below (no
        // orphans, no widows): before line 0 unless kept with what precedes.
        v.break_before = i == 0 ? !keep_next_ : (!keep && i >= 2 && i + 2 <= n);
        flow_.items.emplace_back(std::move(v));
    }
    if (n > 0) keep_next_ = false;
}

void FlowBuilder::lines(const std::vector<Span>& spans, const ParaOptions& options, Indent indent, double leading,
                        const std::string& role, bool keep) {
    ParaOptions o = options;
    o.width = context_.width - indent.left - indent.right;
    auto set = set_paragraph(spans, o, context_.metrics, hyphenator(), context_.missing);
    const double size = spans.empty() ? context_.style.sizes.body : spans.front().style.size;
    push(std::move(set), indent.left, size, leading, role, keep);
}

std::vector<int> FlowBuilder::set_notes(const std::vector<const Note*>& notes) {
    std::vector<int> numbers;
    for (const Note* n : notes) {
        if (flow_.notes.count(n->number) != 0) continue;
        numbers.push_back(n->number);
        auto it = note_elems_.find(n->number);
        if (it == note_elems_.end()) { // cited where no mark was tagged: the note where it is
            const int note = structure().add("Note", parent_);
            structure().at(note).id = note_anchor(n->number);
            it = note_elems_.emplace(n->number, note).first;
        }
        for (int inner : set_notes(note_lines(*n, it->second))) numbers.push_back(inner);
    }
    return numbers;
}

/// The lines of note `n` at the foot of the page, tagged into its Note element `elem`: its number
/// a Lbl holding the Link back to the mark, then its text. Returns the notes its text cites.
std::vector<const Note*> FlowBuilder::note_lines(const Note& n, int elem) {
    const auto& sizes = context_.style.sizes;
    const double hang = sizes.footnote * 2;
    std::vector<const Note*> nested;
    SpanStyle s = body_style();
    s.size = sizes.footnote;
    const int back = structure().add("Link", structure().add("Lbl", elem));
    structure().at(back).alt = "Back to the mark of note " + std::to_string(n.number);
    auto spans = flatten(n.content, s, SpanContext{&context_.style, &nested, context_.pictures});
    tag(spans, elem);
    ParaOptions o;
    o.width = context_.width - hang;
    o.left_to_right = n.kind != NoteKind::author || left_to_right_; // an attribution or credit brief writes
    auto set = set_paragraph(spans, o, context_.metrics, hyphenator(), context_.missing);
    if (set.empty()) set.emplace_back();
    SetRun num;
    const std::string label = std::to_string(n.number) + ".";
    num.run = Run{-hang, 0, context_.metrics.face(s.key), s.size, s.color, label + " ",
                  text_width(context_.metrics, context_.metrics.face(s.key), s.size, label)};
    num.run.tag = structure().slot(back);
    num.anchor = note_anchor(n.number);
    num.dest = mark_anchor(n.number);
    set.front().runs.insert(set.front().runs.begin(), num);
    auto& out = flow_.notes[n.number];
    for (auto& line : set) {
        VLine v;
        v.line = std::move(line);
        v.x = hang;
        v.height = sizes.footnote_leading;
        v.baseline = baseline(s.size, v.height);
        v.role = "note";
        out.push_back(std::move(v));
    }
    return nested;
}

int FlowBuilder::open(const std::string& type) {
    parent_ = structure().add(type, parent_);
    return parent_;
}

void FlowBuilder::close() { parent_ = structure().at(parent_).parent; }

std::string FlowBuilder::heading_type(int level) {
    while (!heading_levels_.empty() && heading_levels_.back() >= level) heading_levels_.pop_back();
    heading_levels_.push_back(level);
    const auto depth = static_cast<char>(std::min<std::size_t>(6, heading_levels_.size() + 1));
    return std::string{'H', static_cast<char>('0' + depth)};
}

void FlowBuilder::blocks(const Blocks& list, Indent indent) {
    for (const auto& b : list) block(b, indent);
}

void FlowBuilder::block(const Block& b, Indent indent) {
    std::visit(overloaded{
                   [&](const Paragraph& p) { paragraph(p, indent); },
                   [&](const Heading& h) { heading(h, indent); },
                   [&](const BlockQuote& q) { quote(q, indent); },
                   [&](const List& l) { list(l, indent); },
                   [&](const CodeBlock& c) { code(c, indent); },
                   [&](const ThematicBreak&) { rule(indent); },
                   [&](const Table& t) { table(t, indent); },
                   [&](const Figure& f) { figure(f, indent); },
               },
               b.node);
}

void FlowBuilder::paragraph(const Paragraph& p, Indent indent) {
    const auto& sizes = context_.style.sizes;
    std::vector<const Note*> notes;
    auto spans = flatten(p.content, body_style(), SpanContext{&context_.style, &notes, context_.pictures});
    if (spans.empty()) return;
    tag(spans, open("P"));
    close();
    if (sizes.paragraph_space > 0 && !flow_.items.empty()) skip(sizes.paragraph_space);
    ParaOptions o;
    o.indent = indent_next_ ? sizes.paragraph_indent : 0;
    o.left_to_right = left_to_right_;
    const std::size_t first = flow_.items.size();
    lines(spans, o, indent, sizes.leading, "body");
    set_notes(notes);
    cite_nested(first, notes);
    indent_next_ = true;
}

void FlowBuilder::cite_nested(std::size_t first, const std::vector<const Note*>& notes) {
    for (std::size_t i = first; i < flow_.items.size(); ++i) {
        auto* v = std::get_if<VLine>(&flow_.items[i]);
        if (v == nullptr) continue;
        std::vector<int> expanded;
        for (int n : v->line.notes) {
            expanded.push_back(n);
            for (const Note* note : notes)
                if (note->number == n) {
                    std::vector<const Note*> nested;
                    flatten(note->content, body_style(), SpanContext{&context_.style, &nested, context_.pictures});
                    for (const Note* x : nested) expanded.push_back(x->number);
                }
        }
        v->line.notes = expanded;
    }
}

void FlowBuilder::heading(const Heading& h, Indent indent) {
    const auto& sizes = context_.style.sizes;
    // the outline's first level (Markdown's shallowest heading) large, every deeper one smaller
    const double size = h.level <= 1 ? sizes.heading2 : sizes.heading3;
    std::vector<const Note*> notes;
    auto spans = flatten(h.content, heading_style(size), SpanContext{&context_.style, &notes, context_.pictures});
    tag(spans, open(heading_type(h.level)));
    close();
    if (!heading_prefix_.empty() && !spans.empty()) {
        const std::string anchor = heading_prefix_ + std::to_string(sections_.size() + 1);
        if (spans.front().style.anchor.empty()) spans.front().style.anchor = anchor;
        sections_.push_back(Bookmark{plain_text(h.content), spans.front().style.anchor, h.level});
    }
    skip(sizes.leading * 0.9);
    ParaOptions o;
    o.align = Align::left;
    o.hyphenate = false;
    const std::size_t first = flow_.items.size();
    lines(spans, o, indent, size * 1.25, "heading", true);
    set_notes(notes);
    cite_nested(first, notes);
    keep_with_next();
    skip(sizes.leading * 0.35);
    no_indent();
}

void FlowBuilder::quote(const BlockQuote& q, Indent indent) {
    const double em = context_.style.sizes.body;
    skip(context_.style.sizes.leading * 0.4);
    no_indent();
    open("BlockQuote");
    blocks(q.children, Indent{indent.left + 2 * em, indent.right + 2 * em});
    close();
    skip(context_.style.sizes.leading * 0.4);
    no_indent();
}

void FlowBuilder::marker(std::size_t first_item, const std::string& text, int tag, std::optional<double> right) {
    for (std::size_t i = first_item; i < flow_.items.size(); ++i) {
        auto* v = std::get_if<VLine>(&flow_.items[i]);
        if (v == nullptr) continue;
        const SpanStyle s = body_style();
        const FaceId face = face_for(text);
        const double w = text_width(context_.metrics, face, s.size, text);
        const double gap = s.size * 0.5;
        SetRun r;
        r.run = Run{right ? *right + gap : -gap - w, 0, face, s.size, s.color, text + " ", w};
        r.run.tag = tag;
        v->line.runs.insert(v->line.runs.begin(), r);
        return;
    }
}

/// The body face, or the first fallback that has every character of `text` (a task box: U+2610).
FaceId FlowBuilder::face_for(const std::string& text) const {
    const FaceId body = context_.metrics.face(body_style().key);
    const auto has_all = [&](FaceId f) {
        for (std::size_t i = 0; i < text.size();) {
            const Decoded d = decode_utf8(text, i);
            i += d.length;
            if (!context_.metrics.has_glyph(f, d.code)) return false;
        }
        return true;
    };
    if (has_all(body)) return body;
    for (int i = 0; i < context_.metrics.fallback_count(); ++i)
        if (has_all(context_.metrics.fallback(i))) return context_.metrics.fallback(i);
    return body;
}

void FlowBuilder::list(const List& l, Indent indent) {
    const auto& sizes = context_.style.sizes;
    const double em = sizes.body;
    const int last = l.start + static_cast<int>(l.items.size()) - 1;
    const double hang = l.ordered ? std::max(1.8 * em, 0.6 * em * static_cast<double>(std::to_string(last).size() + 1) + em)
                                  : 1.4 * em;
    skip(sizes.leading * 0.3);
    open("L");
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        if (i > 0 && !l.tight) skip(sizes.leading * 0.4);
        const std::size_t first = flow_.items.size();
        no_indent();
        const int item = open("LI");
        const int label = structure().add("Lbl", item);
        open("LBody");
        // A right-to-left item (its first paragraph's first strong character) hangs from the right.
        const auto* para = l.items[i].children.empty() ? nullptr : std::get_if<Paragraph>(&l.items[i].children.front().node);
        const bool rtl = !left_to_right_ && para != nullptr && starts_right_to_left(plain_text(para->content));
        blocks(l.items[i].children, rtl ? Indent{indent.left, indent.right + hang} : Indent{indent.left + hang, indent.right});
        close();
        close();
        const Task task = l.items[i].task;
        // GFM task items: a ballot box, empty or checked (U+2610, U+2611), in place of the bullet
        const std::string mark = task == Task::open ? "\u2610" : task == Task::done ? "\u2611"
                                 : l.ordered ? std::to_string(l.start + static_cast<int>(i)) + "." : "\u2022";
        if (rtl) marker(first, mark, structure().slot(label), context_.width - indent.left - indent.right - hang);
        else marker(first, mark, structure().slot(label));
    }
    close();
    skip(sizes.leading * 0.3);
    no_indent();
}

void FlowBuilder::code(const CodeBlock& c, Indent indent) {
    const auto& sizes = context_.style.sizes;
    SpanStyle s = body_style();
    s.key = FaceKey{Family::mono, false, false};
    s.size = sizes.code;
    s.verbatim = true;
    s.tag = structure().slot(structure().add("Code", parent_));
    const double pad = sizes.code * 0.8;
    const double width = context_.width - indent.left - indent.right - 2 * pad;
    auto set = set_verbatim(c.text, s, width, context_.metrics, context_.missing);
    skip(sizes.leading * 0.4);
    const std::size_t first = flow_.items.size();
    const double leading = sizes.code * 1.3;
    push(std::move(set), indent.left + pad, sizes.code, leading, "code", false);
    for (std::size_t i = first; i < flow_.items.size(); ++i) {
        auto& v = std::get<VLine>(flow_.items[i]);
        v.rects.push_back(Rect{indent.left, 0, context_.width - indent.left - indent.right, leading,
                               Color{0xF2, 0xF2, 0xF0}});
    }
    skip(sizes.leading * 0.4);
    no_indent();
}

void FlowBuilder::rule(Indent indent) {
    const double w = (context_.width - indent.left - indent.right) / 4;
    VLine v;
    v.height = context_.style.sizes.leading * 1.5;
    v.role = "rule";
    v.rects.push_back(Rect{indent.left + (context_.width - indent.left - indent.right - w) / 2, v.height / 2, w, 0.5,
                           context_.style.colors.rule});
    flow_.items.emplace_back(std::move(v));
    no_indent();
}

} // namespace brief::pdf
