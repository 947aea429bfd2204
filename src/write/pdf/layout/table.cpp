// Tables and figures in the flow: column widths, rows of cells, repeated header rows, pictures.
#include "write/pdf/layout/builder.hpp"

#include "core/utf8.hpp"
#include "write/pdf/layout/paragraph.hpp"

#include <algorithm>
#include <numeric>

namespace brief::pdf {

namespace {

/// A cell's narrowest and widest sensible widths (CSS 2.1 §17.5.2.2's minimum and maximum cell
/// widths): its widest word, and its whole text on one line (each hard break ends a line).
struct Extent {
    double min = 0;
    double max = 0;
};

/// A character's advance in thousandths of an em: from `face`, or the first fallback that has it
/// (as setting the cell will draw it), or the width of the box drawn for a missing character.
double advance(FontMetrics& metrics, FaceId face, char32_t c) {
    if (const double a = metrics.advance_if_drawn(face, c); a >= 0) return a;
    for (int i = 0; i < metrics.fallback_count(); ++i)
        if (metrics.has_glyph(metrics.fallback(i), c)) return metrics.advance(metrics.fallback(i), c);
    return 600;
}

Extent measure(const std::vector<Span>& spans, FontMetrics& metrics) {
    Extent e;
    double line = 0, word = 0;
    const auto end_word = [&] { e.min = std::max(e.min, word), word = 0; };
    for (const Span& s : spans) {
        if (s.hard_break) {
            end_word();
            e.max = std::max(e.max, line), line = 0;
            continue;
        }
        if (s.style.picture >= 0) {
            word += s.style.picture_width, line += s.style.picture_width;
            continue;
        }
        const FaceId face = metrics.face(s.style.key);
        for (std::size_t i = 0; i < s.text.size();) {
            const Decoded d = decode_utf8(s.text, i);
            i += d.length;
            const double w = advance(metrics, face, d.code) * s.style.size / 1000.0;
            if (d.code == ' ') end_word();
            else word += w;
            line += w;
            // CJK breaks between any two characters, an address after its punctuation
            if (is_cjk(d.code) || (s.style.url && std::u32string_view(U"/.-?&=_#").find(d.code) != std::u32string_view::npos))
                end_word();
        }
    }
    end_word();
    e.max = std::max(e.max, line);
    return e;
}

/// One table set at one size: each cell's spans and notes, and the columns' extents.
struct Measured {
    std::vector<std::vector<std::vector<Span>>> rows; ///< the header first
    std::vector<const Note*> notes;
    std::vector<Extent> columns;
};

/// The columns' widths in `room`: the widest when they fit, else each column's minimum plus a
/// share of what is left in proportion to what it would like more (CSS 2.1's automatic layout);
/// empty when even the minimums do not fit.
std::vector<double> column_widths(const std::vector<Extent>& columns, double room) {
    double min = 0, max = 0;
    for (const auto& c : columns) min += c.min, max += c.max;
    std::vector<double> out;
    if (min > room + 0.01) return out;
    // a table close to the measure is stretched to it: a ragged right edge a few points short reads as an error
    const double target = max <= room && max < room * 0.66 ? max : room;
    for (const auto& c : columns) {
        if (max <= target) out.push_back(max > 0 ? c.max * target / max : target / static_cast<double>(columns.size()));
        else out.push_back(c.min + (c.max - c.min) * (target - min) / std::max(max - min, 0.01));
    }
    return out;
}

/// When even the smallest type leaves the columns' minimums wider than `room`: the narrow columns
/// keep their minimum and the widest are cut to one common width (their words then break where
/// they must), so one long word does not starve every other column.
std::vector<double> capped_minimums(const std::vector<Extent>& columns, double room) {
    std::vector<double> mins;
    for (const auto& c : columns) mins.push_back(c.min);
    std::vector<double> sorted = mins;
    std::sort(sorted.begin(), sorted.end());
    double cap = room / static_cast<double>(sorted.size()), below = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const double share = (room - below) / static_cast<double>(sorted.size() - i);
        if (sorted[i] > share) {
            cap = share;
            break;
        }
        below += sorted[i];
    }
    for (auto& m : mins) m = std::min(m, cap);
    return mins;
}

Align align_of(ColumnAlign a) {
    return a == ColumnAlign::center ? Align::center : a == ColumnAlign::right ? Align::right : Align::left;
}

} // namespace

/// A table: its caption above, the header row (repeated at the top of every page the table
/// continues on), body rows kept whole on a page where they fit, thin rules in the style's colour.
/// A table too wide for the measure is set smaller (down to six tenths of the body size), then
/// with columns at their narrowest share, words broken where they must be.
void FlowBuilder::table(const Table& t, Indent indent) {
    const auto& sizes = context_.style.sizes;
    const double room = context_.width - indent.left - indent.right;
    const std::size_t n = std::max<std::size_t>(1, t.columns.size());
    // every cell's spans at one type size, and the columns' extents they ask for
    const auto measured = [&](double size) {
        const double pad = size * 0.3;
        Measured m;
        m.columns.assign(n, Extent{});
        const auto cells = [&](const TableRow& r, bool header) {
            auto& row = m.rows.emplace_back();
            for (std::size_t c = 0; c < r.cells.size() && c < n; ++c) {
                SpanStyle s = body_style();
                s.size = size;
                if (header) s.key.bold = true;
                row.push_back(flatten(r.cells[c].content, s, SpanContext{&context_.style, &m.notes, context_.pictures}));
                const Extent e = measure(row.back(), context_.metrics);
                m.columns[c].min = std::max(m.columns[c].min, e.min + 2 * pad);
                m.columns[c].max = std::max(m.columns[c].max, e.max + 2 * pad);
            }
        };
        cells(t.header, true);
        for (const auto& r : t.rows) cells(r, false);
        return m;
    };
    double size = sizes.body * 0.9;
    Measured m = measured(size);
    std::vector<double> widths = column_widths(m.columns, room);
    while (widths.empty() && size * 0.9 >= sizes.body * 0.6) {
        size *= 0.9;
        m = measured(size);
        widths = column_widths(m.columns, room);
    }
    if (widths.empty()) widths = capped_minimums(m.columns, room);
    open("Table");
    if (t.number > 0) table_caption(t, indent);
    else skip(sizes.leading * 0.5);
    tag_rows(m.rows, n);
    set_rows(t, m.rows, widths, size, indent);
    set_notes(m.notes);
    close();
    skip(sizes.leading * 0.6);
    no_indent();
}

/// The open Table's rows: the header row's cells TH (scope Column) in a THead, the others TD in a
/// TBody (a table of one row has neither), each row `columns` cells, missing cells left empty.
void FlowBuilder::tag_rows(std::vector<std::vector<std::vector<Span>>>& rows, std::size_t columns) {
    int group = rows.size() > 1 ? structure().add("THead", parent_) : parent_;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r == 1) group = structure().add("TBody", parent_);
        const int row = structure().add("TR", group);
        for (std::size_t c = 0; c < columns; ++c) {
            const int cell = structure().add(r == 0 ? "TH" : "TD", row);
            if (r == 0) structure().at(cell).scope = "Column";
            if (c < rows[r].size()) tag(rows[r][c], cell);
        }
    }
}

/// "Table 3. " or "Figure 2. " in bold, then the caption, a little smaller than the text, unbroken.
void FlowBuilder::caption(const char* kind, int number, const Inlines& text, Align align, Indent indent) {
    SpanStyle s = body_style();
    s.size = context_.style.sizes.body * 0.9;
    SpanStyle label = s;
    label.key.bold = true;
    std::vector<const Note*> notes;
    auto spans = plain(std::string(kind) + " " + std::to_string(number) + (text.empty() ? "" : ". "), label);
    for (auto& x : flatten(text, s, SpanContext{&context_.style, &notes, context_.pictures})) spans.push_back(std::move(x));
    tag(spans, open("Caption"));
    close();
    ParaOptions o;
    o.align = align;
    o.hyphenate = false;
    const std::size_t first = flow_.items.size();
    lines(spans, o, indent, s.size * 1.3, "caption", true);
    set_notes(notes);
    cite_nested(first, notes);
}

void FlowBuilder::table_caption(const Table& t, Indent indent) {
    const auto& sizes = context_.style.sizes;
    skip(sizes.leading * 0.5);
    caption("Table", t.number, t.caption, Align::left, indent);
    keep_with_next();
    skip(sizes.leading * 0.2);
}

void FlowBuilder::set_rows(const Table& t, const std::vector<std::vector<std::vector<Span>>>& rows,
                           const std::vector<double>& widths, double size, Indent indent) {
    const double pad = size * 0.3, leading = size * 1.3, vpad = size * 0.3;
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    const Color rule = context_.style.colors.rule;
    std::shared_ptr<std::vector<VLine>> header;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<std::vector<SetLine>> cells;
        std::size_t height = 1;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            ParaOptions o;
            o.width = std::max(1.0, widths[c] - 2 * pad + 0.5); // a hair of slack: a cell measured to fit must fit
            o.align = align_of(c < t.columns.size() ? t.columns[c] : ColumnAlign::none);
            o.hyphenate_ragged = true;
            cells.push_back(set_paragraph(rows[r][c], o, context_.metrics, hyphenator(), context_.missing));
            height = std::max(height, cells.back().size());
        }
        const std::size_t first = flow_.items.size();
        for (std::size_t i = 0; i < height; ++i) {
            VLine v;
            v.x = indent.left;
            v.height = leading + (i == 0 ? vpad : 0) + (i + 1 == height ? vpad : 0);
            v.baseline = (i == 0 ? vpad : 0) + baseline(size, leading);
            v.role = r == 0 ? "table-header" : "table";
            // rows stay whole; the first body row stays with the header, the header with the caption
            v.break_before = i == 0 && r >= 2;
            double x = 0;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                if (i < cells[c].size())
                    for (auto run : cells[c][i].runs) {
                        run.run.x += x + pad;
                        v.line.runs.push_back(std::move(run));
                    }
                if (i < cells[c].size()) v.line.notes.insert(v.line.notes.end(), cells[c][i].notes.begin(), cells[c][i].notes.end());
                x += widths[c];
            }
            if (r == 0) v.rects.push_back(Rect{indent.left, 0, total, v.height, Color{0xF0, 0xF1, 0xF3}});
            if (i == 0) v.rects.push_back(Rect{indent.left, 0, total, r <= 1 ? 0.8 : 0.3, rule});
            if (r + 1 == rows.size() && i + 1 == height) v.rects.push_back(Rect{indent.left, v.height - 0.8, total, 0.8, rule});
            if (r > 0) v.header = header;
            flow_.items.emplace_back(std::move(v));
        }
        if (r == 0) header = repeated_header(first);
    }
    keep_next_ = false;
}

/// Copies of the header row's lines for the tops of later pages, as artifacts without links, note
/// marks (whose notes are set once, under their first mark) or anchors.
std::shared_ptr<std::vector<VLine>> FlowBuilder::repeated_header(std::size_t first) const {
    auto out = std::make_shared<std::vector<VLine>>();
    for (std::size_t i = first; i < flow_.items.size(); ++i) {
        VLine v = std::get<VLine>(flow_.items[i]);
        v.line.notes.clear();
        for (auto& run : v.line.runs) { // an artifact: the header is read once, where it first is
            run.anchor.clear(), run.uri.clear(), run.dest.clear();
            run.note = 0, run.run.tag = -1;
        }
        out->push_back(std::move(v));
    }
    return out;
}

/// A figure: the picture as large as the measure allows (never past its size at 150 dpi, never
/// taller than the page leaves room for with its caption), centred, its caption below; the two
/// stay together and move to the next page rather than split.
void FlowBuilder::figure(const Figure& f, Indent indent) {
    const auto& sizes = context_.style.sizes;
    const int index = picture_index(context_.pictures, f.image.picture);
    if (index < 0) return paragraph(Paragraph{Inlines{Inline{f.image}}, f.pos}, indent);
    const Picture& p = (*context_.pictures)[static_cast<std::size_t>(index)];
    const double room = context_.width - indent.left - indent.right;
    const double natural = p.width * 72.0 / 150.0;
    double w = std::min(room, natural);
    double h = w * p.height / std::max(1, p.width);
    const double tallest = context_.height > 0 ? context_.height - sizes.leading * 5 : h;
    if (h > tallest) w *= tallest / h, h = tallest;
    skip(sizes.leading * 0.6);
    VLine v;
    v.height = h + sizes.leading * 0.4;
    v.role = "figure";
    v.break_before = !keep_next_;
    const int figure = structure().add("Figure", parent_);
    structure().at(figure).alt = !f.image.alt.empty() ? f.image.alt : !f.image.title.empty() ? f.image.title : "Picture";
    v.images.push_back(PlacedImage{indent.left + (room - w) / 2, 0, w, h, static_cast<std::size_t>(index),
                                   structure().slot(figure)});
    flow_.items.emplace_back(std::move(v));
    keep_next_ = true;
    caption("Figure", f.number, f.caption, Align::center, indent);
    skip(sizes.leading * 0.6);
    no_indent();
}

} // namespace brief::pdf
