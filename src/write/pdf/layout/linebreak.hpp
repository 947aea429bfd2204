// Optimum-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981).
#pragma once

#include "write/pdf/layout/items.hpp"

#include <cstddef>
#include <vector>

namespace brief::pdf {

/// TeX's parameters, tuned for few hyphens (issue 16): on the benchmark corpus TeX's plain values
/// (pretolerance 100, tolerance 200, \hyphenpenalty 50) hyphenated every sixth line. Noto Serif's
/// space (0.26 em) is narrower than Computer Modern's (0.33 em), so the same gap in ems is a
/// larger glue ratio and a larger badness here: the tolerances are higher, and a hyphen costs
/// as much as a line whose spaces reach about half an em (badness 800).
struct BreakParams {
    double pretolerance = 300;   ///< first pass, without hyphenation (spaces up to ~0.44 em)
    double tolerance = 1000;     ///< second pass, with hyphenation (spaces up to ~0.54 em)
    double line_penalty = 10;
    double hyphen_penalty = 800;         ///< every flagged break: the hyphenator's and the text's own hyphens
    double emergency_hyphen_penalty = 50; ///< the same in the last passes (TeX's \hyphenpenalty): a paragraph
                                          ///< that needs them is better hyphenated than gappy
    double flagged_demerits = 10000;     ///< two hyphenated lines in a row (\doublehyphendemerits, plain TeX's)
    double final_hyphen_demerits = 5000; ///< a hyphen on the next-to-last line
    double fitness_demerits = 10000;     ///< adjacent lines of very different tightness (\adjdemerits, plain TeX's)
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
