// PaintedPage: a page's compressed content stream and the glyphs it shows, kept by watch under a key of what the page paints.
#pragma once

#include "write/pdf/fontset.hpp"
#include "write/pdf/hpdf/cid_font.hpp"
#include "write/pdf/layout/page.hpp"
#include "write/pdf/page_content.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace brief::pdf {

/// One glyph a page shows, as ShownGlyphs::add reads it: its face, id, width and text, and for a
/// glyph with no text of its own in an ActualText cluster the cluster's text (its stand-in). The
/// texts are strings (ShownGlyph, kept) or views into the page's runs (while a page is read).
template <class Text>
struct BasicShownGlyph {
    FaceId face = 0;
    std::uint32_t glyph = 0;
    int width = 0;
    bool nominal = false;
    Text text;
    Text cluster; ///< empty unless `text` is and ShapedGlyph::actual_length names a cluster
    friend auto operator<=>(const BasicShownGlyph&, const BasicShownGlyph&) = default;
};

using ShownGlyph = BasicShownGlyph<std::string>;

/// A page as painting makes it: its content (operators deflated) and each distinct glyph its
/// text shows. ShownGlyphs keeps the same whatever order glyphs come in and however often, so
/// adding a kept page's distinct glyphs records what shaping the page again would.
struct PaintedPage {
    PageContent content;
    std::vector<ShownGlyph> shown;
};

/// A fingerprint of everything page_content and shaping read of `page`: its lines and runs
/// (their faces by font file), rects, pictures, the structure types its tags name in `tree`,
/// and the page height. Pages with the same key paint the same content. The lines a kept layout
/// set (Page::laid_key) are taken by that key, which stands for them and for the structure they
/// name: a rebuild reads only the lines added since (the running heads), not the page's
/// thousands of runs (a tenth of a watch rebuild's processor time went to reading them).
std::uint64_t page_key(const Page& page, double height, const Structure* tree, FontSet& fonts);

/// Records `g` as shown in `shown`, as adding the glyph with the run's text it came from would.
void record_shown(ShownGlyphs& shown, const ShownGlyph& g);

/// The distinct glyphs of a page's text runs: `glyphs[i]` is the shaping of the i-th run that is
/// not a placeholder, in reading order (as page_content takes them).
std::vector<ShownGlyph> distinct_shown(const Page& page, const std::vector<std::vector<ShapedGlyph>>& glyphs);

} // namespace brief::pdf
