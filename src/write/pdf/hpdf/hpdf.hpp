// HaruDocument: the RAII wrapper every libharu call of the PDF backend goes through (with fixes.*).
#pragma once

#include "core/bytes.hpp"
#include "style/style.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/own_objects.hpp"

#include <hpdf.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// A rectangle in PDF user space: origin bottom left, y up, points.
struct PdfRect {
    double left = 0, bottom = 0, right = 0, top = 0;
};

/// One libharu document, freed on destruction, with compressed streams (its fonts are brief's,
/// cid_font.hpp). Every call is checked:
/// a libharu failure throws brief::Error (the error handler only records, never longjmps).
class HaruDocument {
  public:
    HaruDocument();
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    /// The document, for the fixes in fixes.hpp.
    [[nodiscard]] HPDF_Doc raw() const { return doc_; }

    HPDF_Page add_page(double width, double height);

    /// The name under which `page`'s resources list `font` ("F1"...), added on first use.
    std::string font_resource(HPDF_Page page, HPDF_Font font);
    /// Makes `flate` (a zlib stream of content-stream operators, see deflate.hpp and
    /// content.hpp) the content of `page`: libharu writes it as it is, with /Filter /FlateDecode.
    void set_content(HPDF_Page page, std::string_view flate);

    /// A destination showing `page` with `top` at the top of the window, zoom unchanged.
    HPDF_Destination destination(HPDF_Page page, double top);
    /// The entries of a link annotation on `page` at `r`, without a border and printed (/F 4, as
    /// PDF/A wants), to page `to` with `top` at the top of the window (zoom unchanged; the
    /// destination written in the annotation, not an object of its own), or to an address. The
    /// annotation is an object of brief's own (OwnObjects), which annotate() lists on its page:
    /// thousands of links made through libharu's annotation calls, each with a destination
    /// object, took a tenth of a watch rebuild.
    static std::string link(HPDF_Page page, const PdfRect& r, HPDF_Page to, double top);
    static std::string link(HPDF_Page page, const PdfRect& r, const std::string& uri);
    /// Lists the annotations numbered `annots` (objects of brief's own) in `page`'s /Annots.
    void annotate(HPDF_Page page, const std::vector<std::uint32_t>& annots);

    /// An outline item under `parent` (nullptr: the top level), its title a PDF text string.
    HPDF_Outline outline(HPDF_Outline parent, const std::string& title, HPDF_Destination dest);

    /// Opens the document with the outline panel shown.
    void show_outlines();

    /// Objects brief writes whole, numbered after libharu's: made on the first call, after which
    /// no libharu object may be made.
    OwnObjects& own_objects();

    /// Writes the document to memory (HPDF_SaveToStream) and returns its bytes; `own_written`
    /// as save_document (save.hpp) calls it, before the objects of brief's own are read.
    Bytes save(EarlyBytes* early = nullptr, const std::function<void()>& own_written = {});

  private:
    HaruErrorLog log_;
    HPDF_Doc doc_ = nullptr;
    std::unique_ptr<OwnObjects> own_;

    void ok(HPDF_STATUS status, const char* doing) const { check(doc_, status, doing); }
};

/// `uri` with every byte outside printable ASCII percent-encoded (a URI is 7-bit ASCII, ISO 32000-1 12.6.4.7).
std::string ascii_uri(const std::string& uri);

} // namespace brief::pdf
