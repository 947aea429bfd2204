// paint_pdf: laid-out pages turned into a PDF through the libharu wrapper.
#pragma once

#include "core/bytes.hpp"
#include "write/pdf/fontset.hpp"
#include "write/pdf/hpdf/fixes.hpp"
#include "write/pdf/layout/page.hpp"

namespace brief::pdf {

/// What the PDF says about itself besides its pages.
struct PaintInfo {
    DocumentInfo info;
    bool pdfa = false;   ///< PDF/A-1b (fixes.hpp make_pdfa)
    /// What the trailer /ID is derived from, besides a fingerprint of every page's content
    /// stream and link that painting adds: the same briefing gives the same id.
    std::string id_seed;
    int threads = 1;     ///< threads for compressing page contents (the bytes do not depend on it)
};

/// Paints every page (rects, then text, then placeholder boxes), adds destinations for anchors,
/// borderless link annotations, the outline and the document information, applies libharu's
/// fixes (ToUnicode, /ID, PDF/A when asked) and returns the saved bytes.
/// Takes the document and info by value: painted pages are freed as painting goes.
Bytes paint_pdf(Document doc, const FontSet& fonts, PaintInfo info);

} // namespace brief::pdf
