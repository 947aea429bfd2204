// The automatic table layout for the DOCX: column minimum and preferred widths from the cells' text, shared out.
#include "write/docx/table_layout.hpp"

#include "core/utf8.hpp"
#include "doc/text.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace brief::docx {

namespace {

/// A word longer than this many characters may break inside (as the EPUB's overflow-wrap: anywhere).
constexpr double longest_word = 24;
/// The width of a character of Latin text, em (serif text averages a little over half an em).
constexpr double narrow_em = 0.55;
/// Bold header text is this much wider.
constexpr double bold_factor = 1.1;
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

} // namespace

TableLayout layout_table(const Table& t, int width, double size, int padding) {
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
    const double char_width = size * 20 * narrow_em; // twips a narrow character
    const double room = width - static_cast<double>(padding * n);
    double min_total = 0, max_total = 0;
    std::vector<double> mins, maxes, wants;
    for (const auto& c : columns) {
        mins.push_back(c.word * char_width + padding);
        maxes.push_back(c.line * char_width + padding);
        wants.push_back(maxes.back() - mins.back());
        min_total += mins.back(), max_total += maxes.back();
    }
    TableLayout out{{}, size};
    if (max_total <= width) {
        out.widths = share(maxes, width);
    } else if (min_total <= width) {
        const double left = width - min_total, wanted = max_total - min_total;
        std::vector<double> w;
        for (std::size_t i = 0; i < n; ++i) w.push_back(mins[i] + left * wants[i] / wanted);
        out.widths = share(w, width);
    } else {
        out.size = std::max(smallest_size, std::floor(size * room / (min_total - padding * n) * 2) / 2);
        out.widths = share(mins, width);
    }
    return out;
}

} // namespace brief::docx
