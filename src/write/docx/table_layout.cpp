// The automatic table layout for the DOCX: column minimum and preferred widths from the cells' text, shared out.
#include "write/docx/table_layout.hpp"

#include "core/utf8.hpp"
#include "doc/text.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace brief::docx {

namespace {

/// A word longer than this many characters may break inside (as the EPUB's overflow-wrap: anywhere).
constexpr double longest_word = 24;
/// The width of a character of Latin text, em (serif text averages a little over half an em).
constexpr double narrow_em = 0.55;
/// Bold header text is this much wider.
constexpr double bold_factor = 1.2;
/// The smallest cell text a table shrinks to, points.
constexpr double smallest_size = 7;

/// East Asian wide and fullwidth characters (UAX #11, the main blocks): a full em each.
bool wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// A cell's text in narrow characters: its longest word and its whole length.
struct Measure {
    double word = 0;
    double line = 0;
};

Measure measure(const Inlines& content) {
    const std::string text = plain_text(content);
    Measure m;
    double word = 0;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        i += d.length;
        const double w = wide(d.code) ? 2 : 1;
        m.line += w;
        // A space ends a word; so does a wide character, which lines may break after (UAX #14 ID).
        word = d.code == ' ' ? 0 : word + w;
        m.word = std::max(m.word, word);
        if (wide(d.code)) word = 0;
    }
    m.word = std::min(m.word, longest_word);
    return m;
}

/// Shares `width` out in proportion to `weights` (all positive), the rounding left to the last.
std::vector<int> share(const std::vector<double>& weights, int width) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int> out;
    int given = 0;
    for (std::size_t i = 0; i + 1 < weights.size(); ++i) {
        out.push_back(static_cast<int>(std::floor(width * weights[i] / total)));
        given += out.back();
    }
    out.push_back(width - given);
    return out;
}

/// The columns' measures over the header (bold) and every row.
std::vector<Measure> measure_columns(const Table& t) {
    const std::size_t n = std::max<std::size_t>(1, t.columns.size());
    std::vector<Measure> columns(n, Measure{1, 1});
    auto add_row = [&](const TableRow& row, double factor) {
        for (std::size_t i = 0; i < std::min(n, row.cells.size()); ++i) {
            const Measure m = measure(row.cells[i].content);
            columns[i] = {std::max(columns[i].word, m.word * factor), std::max(columns[i].line, m.line * factor)};
        }
    };
    add_row(t.header, bold_factor);
    for (const auto& r : t.rows) add_row(r, 1);
    return columns;
}

/// The widths with cell margins `margin` at the text size the measures were taken for, or none
/// when even the minimums do not fit.
std::optional<std::vector<int>> fit(const std::vector<double>& mins, const std::vector<double>& maxes, int width, int margin) {
    const double pad = 2.0 * margin;
    double min_total = 0, max_total = 0;
    for (std::size_t i = 0; i < mins.size(); ++i) min_total += mins[i] + pad, max_total += maxes[i] + pad;
    std::vector<double> w;
    if (max_total <= width) {
        for (double m : maxes) w.push_back(m + pad);
    } else if (min_total <= width) {
        const double left = width - min_total, wanted = max_total - min_total;
        for (std::size_t i = 0; i < mins.size(); ++i) w.push_back(mins[i] + pad + left * (maxes[i] - mins[i]) / wanted);
    } else {
        return std::nullopt;
    }
    return share(w, width);
}

} // namespace

TableLayout layout_table(const Table& t, int width, double size, int margin) {
    const double char_width = size * 20 * narrow_em; // twips a narrow character
    std::vector<double> mins, maxes;
    for (const auto& c : measure_columns(t)) mins.push_back(c.word * char_width), maxes.push_back(c.line * char_width);
    // The style's cell margins, then half of them, before the text gets smaller.
    for (const int m : {margin, margin / 2})
        if (auto widths = fit(mins, maxes, width, m)) return {std::move(*widths), size, m};
    const int half = margin / 2;
    const double text = std::accumulate(mins.begin(), mins.end(), 0.0);
    const double room = width - 2.0 * half * static_cast<double>(mins.size());
    TableLayout out{{}, std::max(smallest_size, std::floor(size * room / text * 2) / 2), half};
    for (double& m : mins) m += 2 * half;
    out.widths = share(mins, width);
    return out;
}

} // namespace brief::docx
