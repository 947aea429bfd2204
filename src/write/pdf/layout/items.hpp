// Boxes, glue and penalties (Knuth and Plass's items) built from styled spans.
#pragma once

#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/layout/metrics.hpp"
#include "write/pdf/layout/spans.hpp"

#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace brief::pdf {

/// A penalty of this size or more forbids a break; minus it forces one (TeX's 10000).
constexpr double infinite_penalty = 10000;

/// What a box draws: text in one face, or a placeholder box for a character no font has.
struct Piece {
    std::string text;
    FaceId face = 0;
    const SpanStyle* style = nullptr; ///< points into the span list the items were built from
    bool placeholder = false;
};

/// One item of a paragraph. Boxes have a piece; glue knows whether it is a space (drawn as a space
/// glyph in the face of `piece`); a flagged penalty adds a hyphen in the face of `piece`.
struct Item {
    enum class Type { box, glue, penalty };
    Type type = Type::box;
    double width = 0;
    double stretch = 0;
    double shrink = 0;
    bool fil = false;        ///< glue with infinite stretch (parfillskip)
    double penalty = 0;      ///< penalties only; a flagged break costs BreakParams::hyphen_penalty instead
    bool flagged = false;    ///< a break here ends the line with a hyphen
    bool hyphenation = false; ///< a discretionary break found by the hyphenator (not tried in pass 1)
    bool emergency = false;  ///< a break tried only in the last pass (inside words, after hyphens)
    bool space = false;      ///< glue that is a real space in the text
    int piece = -1;          ///< index into ItemList::pieces
};

struct ItemList {
    std::vector<Piece> pieces;
    std::vector<Item> items;
    /// The bidi embedding level (UAX #9) of each item: of a box its text's, of a space the
    /// space's. Empty when the paragraph has no right-to-left text (every level is then 0).
    std::vector<std::uint8_t> levels;
    std::uint8_t paragraph_level = 0; ///< 1 for a paragraph whose first strong character is right to left
};

/// How to turn spans into items.
struct ItemOptions {
    double indent = 0;       ///< a first-line indent box
    double line_width = 0;   ///< words wider than this may break anywhere (emergency)
    bool hyphenate = true;   ///< add the hyphenator's points
    bool justify = true;     ///< interword glue stretches and shrinks; false gives fixed spaces
    bool finish = true;      ///< end with parfillskip and a forced break
    bool left_to_right = false; ///< the paragraph runs left to right whatever its first strong character
};

/// Called once for each character no face can draw, with the span it is in.
using MissingGlyph = std::function<void(char32_t, const Span&)>;

/// Builds the items of a paragraph. `spans` must outlive the result (pieces point into it).
ItemList build_items(const std::vector<Span>& spans, const ItemOptions& options, FontMetrics& metrics,
                     const Hyphenator& hyphenator, const MissingGlyph& missing);

/// Width in points of `text` in `face` at `size` (characters without a glyph count 0).
double text_width(FontMetrics& metrics, FaceId face, double size, std::string_view text);

/// True for characters of scripts written without spaces (CJK ideographs, kana, Hangul syllables).
bool is_cjk(char32_t c);

} // namespace brief::pdf
