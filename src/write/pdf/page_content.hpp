// page_content: one laid-out page as content-stream operators, made without libharu (so on any thread).
#pragma once

#include "write/pdf/layout/page.hpp"

#include <string>
#include <vector>

namespace brief::pdf {

/// A page's operators and the faces its text uses, in order of first use: the page's resources
/// must name them F1, F2, ... in that order (libharu's HPDF_Page_GetLocalFontName numbers fonts
/// the same way when asked in that order).
struct PageContent {
    std::string operators;
    std::vector<FaceId> faces;
};

/// Rules and banners, one text object, then placeholder boxes and strike lines. `units` holds
/// the advance (1/1000 em, as the embedded fonts' W arrays give it) of each text run of the page
/// in reading order, placeholders left out. `height` turns layout's top-down y into PDF's.
PageContent page_content(const Page& page, double height, const std::vector<int>& units);

} // namespace brief::pdf
