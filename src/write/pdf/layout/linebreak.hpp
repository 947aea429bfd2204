// Optimum-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981).
#pragma once

#include "write/pdf/layout/items.hpp"

#include <cstddef>
#include <vector>

namespace brief::pdf {

/// TeX's parameters, with TeX's plain defaults where they exist.
struct BreakParams {
    double pretolerance = 100;   ///< first pass, without hyphenation
    double tolerance = 200;      ///< second pass, with hyphenation
    double line_penalty = 10;
    double flagged_demerits = 3000;      ///< two hyphenated lines in a row (\doublehyphendemerits)
    double final_hyphen_demerits = 5000; ///< a hyphen on the next-to-last line
    double fitness_demerits = 100;       ///< adjacent lines of very different tightness
    int max_hyphens = 2;                 ///< hard limit on consecutive hyphenated lines
    double ragged_stretch = 0;           ///< stretch at every line end (ragged right) in points
    double emergency_stretch = 0;        ///< extra stretch per line in the last pass (TeX's \emergencystretch)
};

/// Where a line ends: at item `at` (a glue or penalty, not part of either line), with the
/// adjustment ratio of its glue (positive stretches, negative shrinks).
struct LineBreak {
    std::size_t at = 0;
    double ratio = 0;
};

/// The best breaks of `items` into lines of `widths` (the last width repeats). Tries a first pass
/// without hyphenation, then with, then an emergency pass that always finds breaks (lines may be
/// loose, or overfull only when a box is wider than the line). The last break is the final item.
std::vector<LineBreak> break_lines(const std::vector<Item>& items, const std::vector<double>& widths,
                                   const BreakParams& params);

} // namespace brief::pdf
