// Cover page, contents entries with dot leaders, and running heads and feet.
#include "write/pdf/layout/cover.hpp"

#include "doc/dates.hpp"
#include "doc/text.hpp"
#include "core/fingerprint.hpp"
#include "core/memo.hpp"
#include "core/parallel.hpp"
#include "write/pdf/layout/document.hpp"
#include "write/pdf/layout/shared_metrics.hpp"
#include "write/pdf/layout/tags.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace brief::pdf {

Frame frame_of(const Style& style) {
    const auto& pg = style.page;
    Frame f;
    f.left = pg.margin_inner;
    f.top = pg.margin_top;
    f.width = pg.width - pg.margin_inner - pg.margin_outer;
    f.height = pg.height - pg.margin_top - pg.margin_bottom;
    f.note_skip = style.sizes.leading * 1.1;
    f.rule_length = f.width * 0.3;
    f.rule_color = style.colors.rule;
    return f;
}

namespace {

/// `spans` set ragged (or centred), unhyphenated, in lines of `width`.
std::vector<SetLine> set_plain(const std::vector<Span>& spans, Align align, double width, const LayoutContext& cx) {
    ParaOptions o;
    o.width = width;
    o.align = align;
    o.hyphenate = false;
    return set_paragraph(spans, o, cx.metrics, Hyphenator{}, cx.missing);
}

/// Places set lines of text of `size` on the page from `top` down, `leading` apart; returns the
/// top of the next line.
double place_lines(Page& page, const std::vector<SetLine>& lines, double size, double left, double top, double leading,
                   const char* role) {
    for (const auto& line : lines) {
        VLine v;
        v.line = line;
        v.height = leading;
        v.baseline = FlowBuilder::baseline(size, leading);
        v.role = role;
        place(v, left, top, page);
        top += leading;
    }
    return top;
}

/// Sets spans ragged (or centred) and places them with the first line's top at `top`; returns the
/// top of what follows.
double set_at(Page& page, const std::vector<Span>& spans, Align align, double left, double top, double width,
              double leading, const LayoutContext& cx, const char* role = "cover") {
    const double size = spans.empty() ? 10 : spans.front().style.size;
    return place_lines(page, set_plain(spans, align, width, cx), size, left, top, leading, role);
}

SpanStyle style_of(FaceKey key, double size, Color color) {
    SpanStyle s;
    s.key = key;
    s.size = size;
    s.color = color;
    return s;
}

/// `text` in `style` as the content of a new element `type` of the cover's Sect (its one root).
std::vector<Span> tagged(const std::string& text, const SpanStyle& style, const char* type, Structure& tree) {
    auto spans = plain(text, style);
    std::map<int, int> notes; // a cover cites none
    tag_spans(spans, tree.add(type, tree.roots().front()), tree, notes);
    return spans;
}

/// A band across the page in the marking colours with the marking centred in it: said in the
/// tree (a P) when `tree` is given, else an artifact.
void banner(Page& page, const Briefing& b, const Style& style, double top, const LayoutContext& cx, Structure* tree) {
    const double h = style.marking.size * 2.4;
    page.rects.push_back(Rect{0, top, style.page.width, h, style.marking.background});
    const SpanStyle s = style_of({Family::heading, true, false}, style.marking.size, style.marking.color);
    if (b.meta.classification.empty()) return;
    const auto spans = tree != nullptr ? tagged(b.meta.classification, s, "P", *tree) : plain(b.meta.classification, s);
    set_at(page, spans, Align::center, 0, top, style.page.width, h, cx);
}

} // namespace

Page cover_page(const Briefing& b, const Style& style, FontMetrics& /*metrics*/, const LayoutContext& cx,
                Structure& tree) {
    Page page;
    tree.add("Sect", -1);
    page.anchors.push_back(Anchor{"cover", 0});
    const Frame f = frame_of(style);
    const auto& sz = style.sizes;
    const auto& c = style.colors;
    banner(page, b, style, 0, cx, &tree);
    banner(page, b, style, style.page.height - style.marking.size * 2.4, cx, nullptr);
    double y = f.top + f.height * 0.22;
    const SpanStyle kicker = style_of({Family::heading, true, false}, sz.body * 0.85, c.muted);
    y = set_at(page, tagged("BRIEFING", kicker, "P", tree), Align::left, f.left, y, f.width, sz.leading * 1.6, cx);
    y = set_at(page, tagged(b.meta.title, style_of({Family::heading, true, false}, sz.title, c.heading), "H1", tree), Align::left,
               f.left, y, f.width * 0.9, sz.title * 1.18, cx);
    y += sz.leading * 0.6;
    page.rects.push_back(Rect{f.left, y, f.width * 0.18, 2.2, c.heading});
    y += sz.leading * 1.2;
    if (!b.meta.subtitle.empty())
        y = set_at(page, tagged(b.meta.subtitle, style_of({Family::body, false, true}, sz.heading3 * 1.1, c.text), "P", tree),
                   Align::left, f.left, y, f.width * 0.85, sz.heading3 * 1.5, cx);
    double bottom = f.top + f.height * 0.78;
    const SpanStyle label = style_of({Family::heading, true, false}, sz.body * 0.8, c.muted);
    const SpanStyle value = style_of({Family::body, false, false}, sz.body, c.text);
    auto field = [&](const std::string& name, const std::string& text, const SpanStyle& look) {
        if (text.empty()) return;
        bottom = set_at(page, tagged(name, label, "P", tree), Align::left, f.left, bottom, f.width, sz.leading * 1.1, cx);
        bottom = set_at(page, tagged(text, look, "P", tree), Align::left, f.left, bottom, f.width * 0.85, sz.leading, cx);
        bottom += sz.leading * 0.5;
    };
    field("ISSUED BY", b.meta.issuer, value);
    field("DATE", b.meta.date.empty() ? "Date not stated" : long_date(b.meta.date), value);
    SpanStyle to_contents = value; // what the briefing covers opens its contents
    to_contents.dest = "contents";
    field("COVERAGE", coverage_line(b), to_contents);
    return page;
}

std::vector<SetLine> contents_title(const std::vector<Span>& title, const SpanStyle& style, const LayoutContext& cx) {
    ParaOptions o;
    o.width = cx.width - 3 * style.size;
    o.align = Align::left;
    o.hyphenate = false;
    return set_paragraph(title, o, cx.metrics, Hyphenator{}, cx.missing);
}

std::vector<SetLine> contents_entry(std::vector<SetLine> lines, const std::string& number, const SpanStyle& style,
                                    const LayoutContext& cx, int tag) {
    for (auto& line : lines)
        for (auto& run : line.runs) run.run.tag = tag;
    const double em = style.size;
    const FaceId face = cx.metrics.face(style.key);
    const double number_width = text_width(cx.metrics, face, style.size, number);
    if (lines.empty()) lines.emplace_back();
    SetLine& last = lines.back();
    const double dot = em * 0.55;
    const double dot_width = text_width(cx.metrics, face, style.size, ".");
    const double stop = cx.width - number_width - em * 0.6;
    for (double x = std::ceil((last.width + em * 0.6) / dot) * dot; x + dot_width <= stop; x += dot) {
        SetRun r;
        r.run = Run{x, 0, face, style.size, style.color, ".", dot_width};
        r.dest = style.dest;
        last.runs.push_back(r);
    }
    SetRun n;
    n.run = Run{cx.width - number_width, 0, face, style.size, style.color, number, number_width};
    n.run.tag = tag;
    n.dest = style.dest;
    last.runs.push_back(n);
    return lines;
}

void running_heads(Document& doc, const Briefing& b, const Style& style, FontMetrics& metrics, int threads, Memo* memo,
                   std::uint64_t context) {
    const Frame f = frame_of(style);
    const int pages = static_cast<int>(doc.pages.size());
    const double size = style.sizes.running;
    const SpanStyle s = style_of({Family::heading, false, false}, size, style.colors.muted);
    const double head_top = f.top - style.sizes.leading * 2.1;
    const double foot_top = f.top + f.height + style.sizes.leading * 1.3;
    // Pages 2 onwards, in runs of consecutive pages, each run with its own tables in front of the
    // shared metrics: a page's head and foot depend on nothing but its number.
    const auto heads = static_cast<std::size_t>(std::max(0, pages - 1));
    const std::size_t runs = std::min(heads, static_cast<std::size_t>(std::max(1, threads)) * 4);
    std::mutex lock;
    parallel_for(runs, threads, [&](std::size_t run) {
        SharedMetrics own(metrics, lock);
        LayoutContext cx{style, own, {}, f.width};
        // Most heads and feet repeat from page to page (the title, the marking, the date): each
        // text is set once per alignment, and its lines placed on every page that shows it.
        std::map<std::pair<std::string, Align>, std::vector<SetLine>> set;
        auto lines_of = [&](const std::string& text, const SpanStyle& t, Align align, double width) -> const std::vector<SetLine>& {
            auto [it, fresh] = set.try_emplace({text, align});
            if (!fresh) return it->second;
            if (memo == nullptr) {
                it->second = set_plain(plain(text, t), align, width, cx);
                return it->second;
            }
            Fingerprint f;
            f.add(context).add(text).add(static_cast<int>(align)).add(width).add(t.size).add(t.key.bold);
            f.add(int{t.color.r}).add(int{t.color.g}).add(int{t.color.b});
            it->second = *memo->get<std::vector<SetLine>>("pdf running text", f.value(),
                                                          [&] { return set_plain(plain(text, t), align, width, cx); });
            return it->second;
        };
        for (std::size_t k = run * heads / runs; k < (run + 1) * heads / runs; ++k) {
            const int i = static_cast<int>(k) + 1;
            Page& page = doc.pages[k + 1];
            auto put = [&](const std::string& pattern, Align align, double top) {
                const std::string text = expand_running(pattern, b, i + 1, pages);
                if (text.empty()) return;
                const bool marking = !b.meta.classification.empty() && text == b.meta.classification;
                if (marking) {
                    const SpanStyle t = style_of({Family::heading, true, false}, size, style.marking.color);
                    const double w = text_width(own, own.face(t.key), size, text) + size * 1.6;
                    const double x = align == Align::right ? f.left + f.width - w : f.left;
                    page.rects.push_back(Rect{x, top + size * 0.05, w, size * 1.9, style.marking.background});
                    place_lines(page, lines_of(text, t, Align::center, w), size, x, top, size * 2, "running");
                    return;
                }
                place_lines(page, lines_of(text, s, align, f.width), size, f.left, top, size * 2, "running");
            };
            put(style.running.head_left, Align::left, head_top);
            put(style.running.head_right, Align::right, head_top);
            page.rects.push_back(Rect{f.left, head_top + size * 2.3, f.width, 0.4, style.colors.rule});
            put(style.running.foot_left, Align::left, foot_top);
            put(style.running.foot_right, Align::right, foot_top);
        }
    });
}

} // namespace brief::pdf
