// page_content: one laid-out page as content-stream operators, made without libharu (so on any thread).
#pragma once

#include "write/pdf/layout/page.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace brief::pdf {

/// A page's operators, the faces its text uses and the pictures it shows (Document::pictures
/// indices), each in order of first use: the operators name them font_name(k) and image_name(k)
/// (hpdf/pages.hpp), and the page's resources (PageResources) list them in those orders.
struct PageContent {
    std::string operators;
    std::vector<FaceId> faces;
    std::vector<std::size_t> pictures;
    std::vector<int> marked; ///< the slot (Run::tag) of each MCID of the page, MCID 0 first
    std::uint64_t fingerprint = 0; ///< of the operators once compressed (the painter's, for the /ID)
};

/// True when `image` is painted: a box with no width or height shows nothing and is left out
/// (its matrix would be singular, ISO 32000-1 8.3.4).
bool shown(const PlacedImage& image);

/// Rules and banners, pictures, one text object, then placeholder boxes and strike lines. `glyphs`
/// holds the shaped glyphs of each text run of the page in reading order, placeholders left out.
/// `height` turns layout's top-down y into PDF's. Everything painted is marked content: what is
/// tagged with a slot of `tree` (the page's part's structure) gets an MCID and its element's
/// type, the rest (rules, banners, running heads, placeholder boxes, strike lines; everything
/// when `tree` is null) is an /Artifact.
PageContent page_content(const Page& page, double height, const std::vector<std::vector<ShapedGlyph>>& glyphs,
                         const Structure* tree = nullptr);

} // namespace brief::pdf
