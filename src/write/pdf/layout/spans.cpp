// flatten: one exhaustive visit over the inline nodes, turning them into styled spans.
#include "write/pdf/layout/spans.hpp"

namespace brief::pdf {

std::string note_anchor(int number) { return "note-" + std::to_string(number); }
std::string mark_anchor(int number) { return "mark-" + std::to_string(number); }

int picture_index(const std::vector<Picture>* pictures, const std::string& id) {
    if (pictures == nullptr || id.empty()) return -1;
    for (std::size_t i = 0; i < pictures->size(); ++i)
        if ((*pictures)[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<Span> plain(const std::string& text, const SpanStyle& base) {
    return {Span{text, base, false, {}}};
}

namespace {

bool looks_like_url(const std::string& text) {
    return text.find("://") != std::string::npos || text.rfind("www.", 0) == 0 ||
           text.rfind("mailto:", 0) == 0;
}

/// Walks the inline tree with the current style.
class Flattener {
  public:
    Flattener(const SpanContext& context, std::vector<Span>& out) : context_(context), out_(out) {}

    void inlines(const Inlines& list, const SpanStyle& s) {
        for (const auto& node : list) one(node, s);
    }

  private:
    const SpanContext& context_;
    std::vector<Span>& out_;

    void text(const std::string& t, const SpanStyle& s, Pos pos) {
        if (!t.empty()) out_.push_back(Span{t, s, false, pos});
    }

    void one(const Inline& node, const SpanStyle& s) {
        std::visit(overloaded{
                       [&](const Text& t) { text(t.text, s, t.pos); },
                       [&](const Emph& e) { inlines(e.children, with_italic(s)); },
                       [&](const Strong& e) { inlines(e.children, with_bold(s)); },
                       [&](const Strike& e) {
                           SpanStyle x = s;
                           x.strike = true;
                           inlines(e.children, x);
                       },
                       [&](const Code& c) { text(c.text, code_style(s), c.pos); },
                       [&](const Link& l) { link(l, s); },
                       [&](const Image& i) { image(i, s); },
                       [&](const SoftBreak& b) { text(" ", s, b.pos); },
                       [&](const LineBreak& b) { out_.push_back(Span{"", s, true, b.pos}); },
                       [&](const Note& n) { mark(n, s); },
                   },
                   node.node);
    }

    /// A picture at the text's height (its width in proportion), or else its alt text in italics.
    void image(const Image& i, SpanStyle s) {
        const int index = picture_index(context_.pictures, i.picture);
        if (index < 0) return text(i.alt.empty() ? "[image]" : i.alt, with_italic(s), i.pos);
        const Picture& p = (*context_.pictures)[static_cast<std::size_t>(index)];
        s.picture = index;
        s.picture_width = s.size * p.width / std::max(1, p.height);
        s.alt = i.alt;
        out_.push_back(Span{"\uFFFC", s, false, i.pos});
    }

    static SpanStyle with_italic(SpanStyle s) {
        s.key.italic = !s.key.italic;
        return s;
    }
    static SpanStyle with_bold(SpanStyle s) {
        s.key.bold = true;
        return s;
    }

    SpanStyle code_style(SpanStyle s) const {
        const auto& sizes = context_.style->sizes;
        s.key = FaceKey{Family::mono, false, false};
        s.size = s.size * sizes.code / sizes.body;
        s.verbatim = true;
        return s;
    }

    void link(const Link& l, SpanStyle s) {
        // brief's own links ("#claim-1") go to an anchor of the document, as the contents' do
        if (l.url.starts_with('#')) s.dest = l.url.substr(1);
        else s.uri = l.url;
        s.color = context_.style->colors.link;
        const std::size_t first = out_.size();
        inlines(l.children, s);
        if (!l.id.empty() && first < out_.size() && out_[first].style.anchor.empty()) out_[first].style.anchor = l.id;
        for (std::size_t i = first; i < out_.size(); ++i)
            if (looks_like_url(out_[i].text)) out_[i].style.url = true;
    }

    void mark(const Note& n, SpanStyle s) {
        s.size *= 0.62;
        s.rise = s.size * 0.62;
        s.uri.clear();
        s.dest = note_anchor(n.number);
        s.anchor = mark_anchor(n.number);
        s.note = n.number;
        s.strike = false;
        s.key.italic = false;
        s.key.bold = false;
        out_.push_back(Span{std::to_string(n.number), s, false, n.pos});
        if (context_.notes != nullptr) context_.notes->push_back(&n);
    }
};

} // namespace

std::vector<Span> flatten(const Inlines& inlines, const SpanStyle& base, const SpanContext& context) {
    std::vector<Span> out;
    Flattener(context, out).inlines(inlines, base);
    return out;
}

} // namespace brief::pdf
