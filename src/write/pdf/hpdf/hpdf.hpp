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
/// cid_font.hpp; its pages, links and structure tree objects of brief's own, OwnObjects). Every
/// call is checked:
/// a libharu failure throws brief::Error (the error handler only records, never longjmps).
class HaruDocument {
  public:
    HaruDocument();
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    /// The document, for the fixes in fixes.hpp.
    [[nodiscard]] HPDF_Doc raw() const { return doc_; }

    /// A link annotation's entries, without a border and printed (/F 4, as PDF/A wants), on page
    /// `page` (an object number, OwnPages) at `r`, to page `to` with `top` at the top of the
    /// window (zoom unchanged; the destination written in the annotation, not an object of its
    /// own), or to an address. The annotation is an object of brief's own (OwnObjects), which its
    /// page lists (OwnPages::write): thousands of links made through libharu's annotation calls,
    /// each with a destination object, took a tenth of a watch rebuild.
    static std::string link(std::uint32_t page, const PdfRect& r, std::uint32_t to, double top);
    static std::string link(std::uint32_t page, const PdfRect& r, const std::string& uri);

    /// An outline item under `parent` (nullptr: the top level), its title a PDF text string; it
    /// goes nowhere until point() says where (its page is numbered after every libharu object).
    HPDF_Outline outline(HPDF_Outline parent, const std::string& title);
    /// Makes `item` show page `page` (an object number) with `top` at the top of the window, zoom
    /// unchanged: a direct array, as PDF/A's validators want it.
    void point(HPDF_Outline item, std::uint32_t page, double top);

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
