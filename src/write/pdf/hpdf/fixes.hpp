// Corrections to what libharu 2.3.0 writes, made through its object API before the document is saved.
#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brief::pdf {

/// A PDF text string object (ISO 32000-1 7.9.2.2) of `utf8`, characters XML forbids dropped: a
/// literal string when it is printable ASCII, else UTF-16BE with a byte-order mark. Null on failure.
void* text_string(HPDF_MMgr mmgr, std::string_view utf8);

/// The document information dictionary (ISO 32000-1 14.3.3). Empty strings are left out. Text is
/// written as PDF text strings (UTF-16BE with a byte-order mark when not plain ASCII), which
/// HPDF_SetInfoAttr does not do for UTF-8 input.
struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator;  ///< the application that made the content, e.g. "brief 0.1.0"
    std::string producer; ///< the PDF writer; empty keeps libharu's "Haru Free PDF Library 2.3.0"
    /// ISO 8601 instants, "2018-11-25T00:00:00Z" or with an offset ("...T10:00:00+01:00"), or a
    /// bare date; empty leaves the date out. Never the clock: the caller passes the run's timestamp.
    std::string created;
    std::string modified;
};

/// Writes the information dictionary (replacing what libharu put there). Throws brief::Error
/// when a date is not ISO 8601 or libharu fails.
void set_info(HPDF_Doc doc, const DocumentInfo& info);

/// set_info, and an XMP metadata stream that repeats it and says the file is PDF/UA-1
/// (pdfuaid:part 1, with dc:title), in a PDF 1.7 file: what every PDF that is not PDF/A gets.
void set_metadata(HPDF_Doc doc, const DocumentInfo& info);

/// Sets the trailer's /ID (ISO 32000-1 14.4) to two equal 16-byte strings, the MD5 of `seed`, so
/// the same content gives the same file. libharu writes no /ID unless asked for PDF/A or
/// encryption, and then takes it from the clock; call this instead.
void set_document_id(HPDF_Doc doc, std::string_view seed);

/// What make_pdfa needs besides the document: its metadata and the seed of its /ID.
struct PdfaInfo {
    DocumentInfo info;
    std::string id_seed;  ///< bytes derived from the content (e.g. a hash of the briefing)
    /// The sRGB ICC profile (version 2, as PDF/A-1 needs) embedded as the output intent:
    /// Debian's icc-profiles-free puts it here.
    std::string icc_profile = "/usr/share/color/icc/sRGB.icc";
};

/// Makes the document PDF/A-1a (ISO 19005-1; the level needs the structure tree painting writes)
/// and PDF/UA-1 without libharu's PDF/A helpers, which write
/// `SubType` for `Subtype`, a `DestOutputProfile ` key with a trailing space and a clock-based
/// /ID. Writes the information dictionary, an uncompressed XMP metadata stream that repeats it
/// exactly (6.7.3) with pdfaid part 1 conformance A, pdfuaid part 1 and the extension schema that
/// declares it, a GTS_PDFA1 output intent with the sRGB
/// profile (6.2.2), a deterministic /ID (6.1.3), PDF version 1.4. What PDF/A asks of links and
/// bookmarks, brief writes them with: the Print flag on every annotation (6.5.3,
/// HaruDocument::link) and direct destination arrays (PDFBox Preflight rejects indirect ones;
/// HaruDocument::link and point). Call once the fonts are written, before brief's own objects
/// (the pages, links and structure tree). Throws brief::Error when the profile cannot be read or
/// libharu fails.
void make_pdfa(HPDF_Doc doc, const PdfaInfo& pdfa);

/// "D:20181125100000+01'00'" for "2018-11-25T10:00:00+01:00" (ISO 32000-1 7.9.4); throws
/// brief::Error for text that is not an ISO 8601 date or date-time.
std::string pdf_date(std::string_view iso);

/// The same instant as XMP writes it (ISO 8601, seconds kept): "2018-11-25T10:00:00+01:00".
std::string xmp_date(std::string_view iso);

} // namespace brief::pdf
