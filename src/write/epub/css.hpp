// The EPUB stylesheet, generated from the typed Style so the e-book looks like the PDF's family.
#pragma once

#include "core/diagnostics.hpp"
#include "style/style.hpp"

#include <string>

namespace brief::epub {

/// WCAG 2.1 contrast ratio of two sRGB colours (§1.4.3, "contrast ratio"): 1 to 21.
double contrast_ratio(Color a, Color b);

/// `color` moved towards `toward` (black or white) just far enough to reach `ratio` against
/// `background`; unchanged when it already does.
Color with_contrast(Color color, Color background, double ratio, Color toward);

/// The stylesheet: font-family stacks with the style's fallbacks and a generic family, sizes in em
/// of the reader's text size, line heights without units, no page widths. The style's colours
/// apply only when the reading system says its background is light (prefers-color-scheme); dark
/// and night modes get lightened headings and links and keep their own text colour. The marking
/// banner carries its own colours and always has at least 4.5:1 contrast (a warning says when the
/// style's had to be changed). Style::extra_css is appended last, so it can override anything.
std::string make_stylesheet(const Style& style, Diagnostics& diagnostics);

} // namespace brief::epub
