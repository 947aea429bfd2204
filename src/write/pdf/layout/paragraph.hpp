// Setting a paragraph: spans → items → breaks → lines of positioned runs.
#pragma once

#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/layout/items.hpp"
#include "write/pdf/layout/page.hpp"
#include "write/pdf/layout/spans.hpp"

#include <vector>

namespace brief::pdf {

/// A run and what it links to or anchors (page placement turns these into LinkAreas and Anchors).
struct SetRun {
    Run run;
    std::string uri;
    std::string dest;
    std::string anchor;
    int note = 0; ///< the note this run marks
};

/// One set line; run x positions are relative to the line's left edge.
struct SetLine {
    std::vector<SetRun> runs;
    double width = 0;        ///< natural width of what is on it
    bool hyphenated = false; ///< ends with a hyphen layout added
    std::vector<int> notes;  ///< notes marked on this line, in order
};

enum class Align { justify, left, center, right };

struct ParaOptions {
    double width = 400;
    double indent = 0; ///< first line
    Align align = Align::justify;
    bool hyphenate = true;
    bool hyphenate_ragged = false; ///< hyphenate ragged text too (table cells), not only justified
    /// Left to right whatever the first strong character (UAX #9 P2 would pick): for text brief
    /// writes in a left-to-right briefing, an attribution note or a source that starts with an
    /// Arabic outlet's name.
    bool left_to_right = false;
};

/// Sets `spans` as a paragraph. Justified text uses optimum fit with hyphenation; ragged text uses
/// the same algorithm with stretch at line ends (so lines are of even length) and no hyphens.
std::vector<SetLine> set_paragraph(const std::vector<Span>& spans, const ParaOptions& options, FontMetrics& metrics,
                                   const Hyphenator& hyphenator, const MissingGlyph& missing);

/// Sets verbatim text (code): one line per source line, never justified; a line wider than
/// `width` wraps at the last character that fits.
std::vector<SetLine> set_verbatim(const std::string& text, const SpanStyle& style, double width, FontMetrics& metrics,
                                  const MissingGlyph& missing);

} // namespace brief::pdf
