// set_paragraph and set_verbatim: items broken into lines, then each line's runs placed.
#include "write/pdf/layout/paragraph.hpp"

#include "core/utf8.hpp"
#include "write/pdf/layout/linebreak.hpp"

#include <algorithm>
#include <cmath>

namespace brief::pdf {

namespace {

/// Fills the new run `r` from piece `p` in place (a run built aside and moved in cost a third of
/// adding a piece).
void start_run(SetRun& r, const Piece& p, double x, double width) {
    const SpanStyle& s = *p.style;
    r.run.x = x;
    r.run.rise = s.rise;
    r.run.face = p.face;
    r.run.size = s.size;
    r.run.color = s.color;
    r.run.text = p.text;
    r.run.width = width;
    r.run.placeholder = p.placeholder;
    r.run.strike = s.strike;
    r.run.picture = s.picture;
    r.run.tag = s.tag;
    if (!s.uri.empty()) r.uri = s.uri;
    if (!s.dest.empty()) r.dest = s.dest;
    if (!s.anchor.empty()) r.anchor = s.anchor;
    r.note = s.note;
}

/// An anchor names where its run starts: a piece of the same anchored span joins its run (apart,
/// each piece of a key point's sentence was a run of its own, and a ligature across two pieces
/// came apart: "traf fic"), a piece with another anchor starts one.
bool can_join(const SetRun& last, const Piece& p, double x) {
    const SpanStyle& s = *p.style;
    return !last.run.placeholder && !p.placeholder && last.run.picture < 0 && s.picture < 0 && last.run.face == p.face && last.run.size == s.size &&
           last.run.rise == s.rise && last.uri == s.uri && last.dest == s.dest && last.note == s.note &&
           last.anchor == s.anchor && last.run.strike == s.strike && last.run.tag == s.tag &&
           std::abs(last.run.x + last.run.width - x) < 0.01 &&
           last.run.color == s.color;
}

/// Adds piece `p` at `x` to the line: onto its last run when they can join (and `may_join`), else
/// as a new run.
void add_piece(SetLine& line, const Piece& p, double x, double width, bool may_join = true) {
    if (may_join && !line.runs.empty() && can_join(line.runs.back(), p, x)) {
        line.runs.back().run.text += p.text;
        line.runs.back().run.width += width;
    } else {
        start_run(line.runs.emplace_back(), p, x, width);
    }
}

/// The glue ratio that makes items [start, end) (and the break's own width) exactly `width` wide:
/// the breaker's ratio may count emergency stretch, which is not real glue (TeX's
/// \emergencystretch only lowers badness). An overfull line shrinks no more than its glue allows.
double fit_ratio(const ItemList& list, std::size_t start, std::size_t end, double width) {
    double natural = 0, stretch = 0, shrink = 0;
    bool fil = false;
    for (std::size_t i = start; i < end; ++i) {
        const Item& it = list.items[i];
        if (it.type == Item::Type::penalty) continue;
        natural += it.width;
        if (it.type == Item::Type::glue) stretch += it.stretch, shrink += it.shrink, fil = fil || it.fil;
    }
    if (list.items[end].type == Item::Type::penalty) natural += list.items[end].width;
    // A paragraph's last line (parfillskip) is ragged, unless the breaker shrank it to fit.
    if (fil && natural <= width) return 0;
    // A line that would need its spaces more than four times their stretch (a URL that could not be
    // broken better) is set with natural spaces instead: a ragged line reads better than a gappy one.
    if (natural < width) return stretch > 0 && (width - natural) / stretch <= 4 ? (width - natural) / stretch : 0;
    return shrink > 0 ? std::max(-1.0, (width - natural) / shrink) : 0;
}

/// The items [start, end) in the order they are shown from left to right: the line's levels
/// reordered by UAX #9 rule L2 (from the highest level down to the lowest odd one, every run of
/// items at that level or higher reversed). Logical order when the paragraph has no levels.
std::vector<std::size_t> visual_order(const ItemList& list, std::size_t start, std::size_t end) {
    std::vector<std::size_t> order(end - start);
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = start + i;
    if (list.levels.empty()) return order;
    std::uint8_t highest = 0, lowest_odd = 255;
    for (const std::size_t i : order) {
        highest = std::max(highest, list.levels[i]);
        if (list.levels[i] % 2 == 1) lowest_odd = std::min(lowest_odd, list.levels[i]);
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level)
        for (std::size_t a = 0; a < order.size();) {
            if (list.levels[order[a]] < level) {
                ++a;
                continue;
            }
            std::size_t b = a;
            while (b < order.size() && list.levels[order[b]] >= level) ++b;
            std::reverse(order.begin() + static_cast<std::ptrdiff_t>(a), order.begin() + static_cast<std::ptrdiff_t>(b));
            a = b;
        }
    return order;
}

/// Places the items of one line from `start` to `end` (exclusive) with glue ratio `r`, in visual
/// order; the words of right-to-left text are never joined into one run (each is shaped on its own).
SetLine place_line(const ItemList& list, std::size_t start, std::size_t end, double r) {
    SetLine line;
    line.runs.reserve((end - start) / 2 + 1); // a word and its space, or fewer runs when they join
    double x = 0;
    bool after_rtl = false;
    for (const std::size_t i : visual_order(list, start, end)) {
        const Item& it = list.items[i];
        if (it.type == Item::Type::box) {
            const bool rtl = !list.levels.empty() && list.levels[i] % 2 == 1;
            if (it.piece >= 0) add_piece(line, list.pieces[static_cast<std::size_t>(it.piece)], x, it.width, !rtl && !after_rtl);
            after_rtl = rtl;
            x += it.width;
        } else if (it.type == Item::Type::glue) {
            if (it.space && !line.runs.empty()) line.runs.back().run.text += ' ';
            x += it.width + (it.fil ? 0 : (r >= 0 ? r * it.stretch : r * it.shrink));
        }
    }
    const Item& last = list.items[end];
    if (last.type == Item::Type::penalty && last.flagged && last.piece >= 0) {
        // the hyphen layout adds is no part of the text: a run of its own, an artifact
        SetRun& hyphen = line.runs.emplace_back();
        start_run(hyphen, list.pieces[static_cast<std::size_t>(last.piece)], x, last.width);
        hyphen.run.tag = -1;
        x += last.width;
        line.hyphenated = true;
    } else if (last.type == Item::Type::glue && last.space && !line.runs.empty()) {
        line.runs.back().run.text += ' '; // the space the line ends at, so text read in order keeps its words
    }
    line.width = x;
    for (const auto& run : line.runs)
        if (run.note != 0) line.notes.push_back(run.note);
    return line;
}

/// The width in points of boxes [from, to] (penalties between them skipped) shaped as one text:
/// each stretch of pieces in one face and size shaped whole, as painting will.
double shaped_width(const ItemList& list, std::size_t from, std::size_t to, FontMetrics& metrics) {
    double width = 0;
    std::string text;
    std::vector<ShapedGlyph> glyphs;
    const Piece* run = nullptr;
    auto flush = [&] {
        if (run == nullptr) return;
        glyphs.clear();
        metrics.shape(run->face, text, glyphs);
        for (const ShapedGlyph& g : glyphs) width += g.advance * run->style->size / 1000.0;
        text.clear();
        run = nullptr;
    };
    for (std::size_t i = from; i <= to; ++i) {
        const Item& it = list.items[i];
        if (it.type != Item::Type::box) continue;
        const Piece* p = it.piece >= 0 ? &list.pieces[static_cast<std::size_t>(it.piece)] : nullptr;
        if (p == nullptr || p->placeholder || p->style->picture >= 0) {
            flush();
            width += it.width;
            continue;
        }
        if (run != nullptr && (run->face != p->face || run->style->size != p->style->size)) flush();
        run = p;
        text += p->text;
    }
    flush();
    return width;
}

bool inside_word(const ItemList& list, std::size_t at) {
    return at > 0 && at + 1 < list.items.size() && list.items[at].type == Item::Type::penalty &&
           list.items[at - 1].type == Item::Type::box && list.items[at + 1].type == Item::Type::box;
}

/// Where a line starts or ends inside a word (a hyphenation point, a URL's break), the word's part
/// on the line is shaped on its own (a ligature or a kerning pair across the break comes apart),
/// and the last box of the part takes the difference from the widths measured for the whole word.
void reshape_edges(ItemList& list, std::size_t start, std::size_t end, bool starts_inside, FontMetrics& metrics) {
    auto reshape = [&](std::size_t from, std::size_t to) {
        double measured = 0;
        for (std::size_t i = from; i <= to; ++i)
            if (list.items[i].type == Item::Type::box) measured += list.items[i].width;
        list.items[to].width += shaped_width(list, from, to, metrics) - measured;
    };
    if (starts_inside) {
        std::size_t to = start;
        while (to + 1 < end && list.items[to + 1].type != Item::Type::glue) ++to;
        while (to > start && list.items[to].type != Item::Type::box) --to;
        if (list.items[to].type == Item::Type::box) reshape(start, to);
    }
    if (inside_word(list, end)) {
        std::size_t from = end - 1;
        while (from > start && list.items[from - 1].type != Item::Type::glue) --from;
        while (from < end && list.items[from].type != Item::Type::box) ++from;
        if (from < end) reshape(from, end - 1); // again when one part spans the line: no change then
    }
}

std::size_t skip_discardable(const ItemList& list, std::size_t s) {
    while (s < list.items.size() && list.items[s].type != Item::Type::box &&
           !(list.items[s].type == Item::Type::penalty && list.items[s].penalty <= -infinite_penalty))
        ++s;
    return s;
}

void align(SetLine& line, Align a, double width) {
    double shift = 0;
    if (a == Align::center) shift = (width - line.width) / 2;
    if (a == Align::right) shift = width - line.width;
    for (auto& r : line.runs) r.run.x += shift;
}

} // namespace

std::vector<SetLine> set_paragraph(const std::vector<Span>& spans, const ParaOptions& options, FontMetrics& metrics,
                                   const Hyphenator& hyphenator, const MissingGlyph& missing) {
    const bool justify = options.align == Align::justify;
    ItemOptions io;
    io.indent = options.indent;
    io.line_width = options.width;
    io.hyphenate = (justify || options.hyphenate_ragged) && options.hyphenate;
    io.justify = justify;
    io.left_to_right = options.left_to_right;
    ItemList list = build_items(spans, io, metrics, hyphenator, missing);
    BreakParams bp;
    const double em = spans.empty() ? 10 : spans.front().style.size;
    if (!justify) bp.ragged_stretch = 3 * em;
    bp.emergency_stretch = 1.5 * em;
    const auto breaks = break_lines(list.items, {options.width}, bp);
    std::vector<SetLine> lines;
    std::size_t start = 0;
    bool starts_inside = false;
    const bool rtl = list.paragraph_level % 2 == 1; // set from the right: aligned and indented there
    for (const auto& b : breaks) {
        reshape_edges(list, start, b.at, starts_inside, metrics);
        starts_inside = inside_word(list, b.at);
        SetLine line = place_line(list, start, b.at, justify ? fit_ratio(list, start, b.at, options.width) : 0);
        if (!justify) align(line, rtl && options.align == Align::left ? Align::right : options.align, options.width);
        else if (rtl && line.width < options.width - 0.01) align(line, Align::right, options.width); // a ragged last line
        lines.push_back(std::move(line));
        start = skip_discardable(list, b.at + 1);
    }
    return lines;
}

std::vector<SetLine> set_verbatim(const std::string& text, const SpanStyle& style, double width, FontMetrics& metrics,
                                  const MissingGlyph& missing) {
    std::vector<SetLine> lines;
    std::string source = text;
    if (!source.empty() && source.back() == '\n') source.pop_back();
    std::size_t from = 0;
    while (from <= source.size()) {
        std::size_t nl = source.find('\n', from);
        if (nl == std::string::npos) nl = source.size();
        std::string row;
        for (char c : source.substr(from, nl - from)) row += c == '\t' ? std::string(4, ' ') : std::string(1, c);
        ItemOptions io;
        io.line_width = 0;
        io.hyphenate = false;
        io.justify = false;
        io.finish = false;
        // verbatim: every character is its own box so spaces keep their width and position
        double x = 0;
        SetLine line;
        for (std::size_t i = 0; i < row.size();) {
            const Decoded d = decode_utf8(row, i);
            std::string ch = row.substr(i, d.length);
            i += d.length;
            std::vector<Span> one{Span{ch == " " ? std::string("\xC2\xA0") : ch, style, false, {}}};
            const ItemList l = build_items(one, io, metrics, Hyphenator{}, missing);
            const double w = l.items.empty() ? 0 : l.items.front().width;
            if (x + w > width && x > 0) {
                line.width = x;
                lines.push_back(std::move(line));
                line = SetLine{};
                x = 0;
            }
            if (!l.items.empty()) {
                const Piece& p = l.pieces.front();
                add_piece(line, Piece{p.text, p.face, &style, p.placeholder}, x, w);
            }
            x += w;
        }
        line.width = x;
        lines.push_back(std::move(line));
        from = nl + 1;
    }
    return lines;
}

} // namespace brief::pdf
