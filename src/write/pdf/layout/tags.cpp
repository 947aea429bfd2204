// Structure's bookkeeping, and spans tagged as text, Link, Lbl and Note, and Figure elements.
#include "write/pdf/layout/tags.hpp"

namespace brief::pdf {

int Structure::add(const std::string& type, int parent) {
    const int index = static_cast<int>(elems_.size());
    StructElem& e = elems_.emplace_back();
    e.type = type;
    e.parent = parent;
    if (parent >= 0) at(parent).kids.push_back(index);
    else roots_.push_back(index);
    return index;
}

int Structure::slot(int elem) {
    const int index = static_cast<int>(slots_.size());
    slots_.push_back(elem);
    at(elem).kids.push_back(-1 - index);
    return index;
}

int Structure::text_slot(int elem) {
    const auto& kids = at(elem).kids;
    return !kids.empty() && kids.back() < 0 ? -1 - kids.back() : slot(elem);
}

namespace {

/// Spans from `from` that link to the same place as spans[from] (and mark no note): one Link.
std::size_t link_end(const std::vector<Span>& spans, std::size_t from) {
    const SpanStyle& s = spans[from].style;
    std::size_t to = from + 1;
    while (to < spans.size() && spans[to].style.note == 0 && spans[to].style.uri == s.uri &&
           spans[to].style.dest == s.dest)
        ++to;
    return to;
}

/// What a link's annotation says (/Contents): its text, and where it goes when that is an address.
std::string describe_link(const std::vector<Span>& spans, std::size_t from, std::size_t to) {
    std::string text;
    for (std::size_t i = from; i < to; ++i)
        text += spans[i].style.picture >= 0 ? spans[i].style.alt : spans[i].text;
    const std::string& uri = spans[from].style.uri;
    if (uri.empty()) return text.empty() ? "Link within the briefing" : text;
    return text.empty() || text == uri ? "Link to " + uri : text + " (link to " + uri + ")";
}

void figure(Span& span, int parent, Structure& tree) {
    const int f = tree.add("Figure", parent);
    tree.at(f).alt = span.style.alt.empty() ? "Picture" : span.style.alt;
    span.style.tag = tree.slot(f);
}

} // namespace

void tag_spans(std::vector<Span>& spans, int elem, Structure& tree, std::map<int, int>& notes) {
    for (std::size_t i = 0; i < spans.size();) {
        SpanStyle& s = spans[i].style;
        if (s.note != 0) {
            const int label = tree.add("Lbl", elem);
            const int link = tree.add("Link", label);
            tree.at(link).alt = "Note " + std::to_string(s.note);
            s.tag = tree.slot(link);
            if (!notes.count(s.note)) {
                const int note = tree.add("Note", elem);
                tree.at(note).id = note_anchor(s.note);
                notes[s.note] = note;
            }
            ++i;
        } else if (!s.uri.empty() || !s.dest.empty()) {
            const std::size_t end = link_end(spans, i);
            const int link = tree.add("Link", elem);
            tree.at(link).alt = describe_link(spans, i, end);
            for (; i < end; ++i) {
                if (spans[i].style.picture >= 0) figure(spans[i], link, tree);
                else spans[i].style.tag = tree.text_slot(link);
            }
        } else if (s.picture >= 0) {
            figure(spans[i++], elem, tree);
        } else {
            s.tag = tree.text_slot(elem);
            ++i;
        }
    }
}

} // namespace brief::pdf
