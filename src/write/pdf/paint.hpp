// paint_pdf: laid-out pages turned into a PDF through the libharu wrapper.
#pragma once

#include "core/bytes.hpp"
#include "write/pdf/fontset.hpp"
#include "write/pdf/hpdf/fixes.hpp"
#include "write/pdf/layout/page.hpp"

#include <map>
#include <memory>

namespace brief {
class Leftovers;
class Memo;
}

namespace brief::pdf {

/// What the PDF says about itself besides its pages.
struct PaintInfo {
    DocumentInfo info;
    bool pdfa = false;   ///< PDF/A-1a and PDF/UA-1 (fixes.hpp make_pdfa); else PDF/UA-1 alone
    /// What the trailer /ID is derived from, besides a fingerprint of every page's content
    /// stream and link that painting adds: the same briefing gives the same id.
    std::string id_seed;
    int threads = 1;     ///< threads for compressing page contents (the bytes do not depend on it)
    /// Pages painted by earlier runs (watch keeps them), or nullptr. A page that paints what a
    /// kept one painted, with the same font set, is not shaped, made or compressed again.
    Memo* memo = nullptr;
    /// Where the file's start is handed while the rest is saved (save_document), or nullptr.
    EarlyBytes* early = nullptr;
};

class HaruDocument;

/// The libharu document painting fills, made before the layout is done.
class PaintStart {
  public:
    /// With `leftovers`, the document is not freed here but left there (freeing a large
    /// briefing's libharu objects one by one takes a twentieth of its run), and so are the
    /// laid-out Document painting was given and what painting kept of it.
    explicit PaintStart(Leftovers* leftovers = nullptr);
    ~PaintStart();
    PaintStart(const PaintStart&) = delete;
    PaintStart& operator=(const PaintStart&) = delete;

  private:
    friend Bytes paint_pdf(Document doc, FontSet& fonts, PaintInfo info, PaintStart& start);
    std::unique_ptr<HaruDocument> pdf_;
    std::unique_ptr<Document> painted_; ///< the layout painting was given, once painted
    Leftovers* leftovers_ = nullptr;
};

/// Paints every page (rects, then pictures, then text, then placeholder boxes), adds destinations
/// for anchors, borderless link annotations, the outline and the document information, applies
/// the fonts (cid_font.hpp: the runs shaped by `fonts`, subsets of the glyphs shown), the /ID and
/// PDF/A when asked, and returns the saved bytes. Each picture the
/// pages show is embedded once, as one image XObject every page showing it names (hpdf/images.hpp;
/// with `pdfa`, without soft masks or CMYK). Throws brief::Error when a PlacedImage names no
/// picture of `doc.pictures`.
/// Takes the document and info by value: painted pages are freed as painting goes. Paints into
/// `start`'s document, after the faces it loads.
Bytes paint_pdf(Document doc, FontSet& fonts, PaintInfo info, PaintStart& start);
Bytes paint_pdf(Document doc, FontSet& fonts, PaintInfo info);

} // namespace brief::pdf
