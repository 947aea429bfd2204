// subset_font: a font program cut down to the glyphs a document shows (the hb-subset wrapper).
#pragma once

#include "write/pdf/shape/typeface.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace brief::pdf {

/// The TrueType program of `face` holding only `glyphs` (and .notdef), each at its own glyph id
/// (hb-subset's retain-gids: a PDF showing glyph ids through Identity-H and CIDToGIDMap
/// /Identity needs them unchanged), without hinting and without the layout tables a PDF reader
/// never uses. The same glyphs give the same bytes. Throws brief::Error when hb-subset fails.
std::string subset_font(const Typeface& face, const std::vector<std::uint32_t>& glyphs);

} // namespace brief::pdf
