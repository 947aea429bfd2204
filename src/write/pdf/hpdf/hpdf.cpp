// HaruDocument: libharu calls checked one by one; strings written the way PDF readers expect.
#include "write/pdf/hpdf/hpdf.hpp"

#include "core/utf8.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <cstdio>

namespace brief::pdf {

namespace {

HPDF_Rect to_haru(const PdfRect& r) {
    return HPDF_Rect{static_cast<HPDF_REAL>(r.left), static_cast<HPDF_REAL>(r.bottom), static_cast<HPDF_REAL>(r.right),
                     static_cast<HPDF_REAL>(r.top)};
}

float channel(std::uint8_t v) { return static_cast<float>(v) / 255.0F; }

/// UTF-16BE with a byte-order mark: a PDF text string any reader decodes (ISO 32000-1 7.9.2.2).
std::string utf16be(const std::string& utf8) {
    std::string out = "\xFE\xFF";
    auto unit = [&](unsigned u) {
        out += static_cast<char>((u >> 8) & 0xFF);
        out += static_cast<char>(u & 0xFF);
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decode_utf8(utf8, i);
        i += d.length;
        if (d.code >= 0x10000) {
            const unsigned v = static_cast<unsigned>(d.code) - 0x10000;
            unit(0xD800 + (v >> 10));
            unit(0xDC00 + (v & 0x3FF));
        } else {
            unit(static_cast<unsigned>(d.code));
        }
    }
    return out;
}

} // namespace

double glyph_width(HPDF_Font font, char32_t c) {
    return static_cast<double>(HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(c)));
}
double font_ascent(HPDF_Font font) { return static_cast<double>(HPDF_Font_GetAscent(font)); }
double font_descent(HPDF_Font font) { return -static_cast<double>(HPDF_Font_GetDescent(font)); }

std::string ascii_uri(const std::string& uri) {
    std::string out;
    for (const unsigned char c : uri) {
        if (c > 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

HaruDocument::HaruDocument() {
    doc_ = HPDF_New(record_haru_error, &log_);
    if (doc_ == nullptr) throw Error("libharu could not create a document (out of memory)");
    try {
        ok(HPDF_UseUTFEncodings(doc_), "enabling UTF-8");
        ok(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "choosing the UTF-8 encoder");
        ok(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "turning on compression");
    } catch (...) {
        HPDF_Free(doc_);
        throw;
    }
}

HaruDocument::~HaruDocument() { HPDF_Free(doc_); }

HPDF_Font HaruDocument::load_font(const std::string& path, int index) {
    const bool collection = path.size() > 4 && (path.ends_with(".ttc") || path.ends_with(".TTC"));
    const char* name = collection
                           ? HPDF_LoadTTFontFromFile2(doc_, path.c_str(), static_cast<HPDF_UINT>(index), HPDF_TRUE)
                           : HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
    if (name == nullptr) throw haru_error(doc_, "loading the font " + path);
    HPDF_Font font = HPDF_GetFont(doc_, name, "UTF-8");
    if (font == nullptr) throw haru_error(doc_, "preparing the font " + path);
    return font;
}

HPDF_Page HaruDocument::add_page(double width, double height) {
    HPDF_Page page = HPDF_AddPage(doc_);
    if (page == nullptr) throw haru_error(doc_, "adding a page");
    ok(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), "sizing a page");
    ok(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), "sizing a page");
    return page;
}

void HaruDocument::begin_text(HPDF_Page page) {
    ok(HPDF_Page_BeginText(page), "starting text");
    text_font_ = nullptr;
}

void HaruDocument::text(HPDF_Page page, HPDF_Font font, double size, const Color& color, double x, double y,
                        const std::string& utf8) {
    const bool same_color = color.r == text_color_.r && color.g == text_color_.g && color.b == text_color_.b;
    if (text_font_ == nullptr || !same_color) {
        ok(HPDF_Page_SetRGBFill(page, channel(color.r), channel(color.g), channel(color.b)), "setting a colour");
        text_color_ = color;
    }
    if (font != text_font_ || size != text_size_) {
        ok(HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(size)), "choosing a font");
        text_font_ = font;
        text_size_ = size;
    }
    // Inside one text object libharu moves by Td relative to the last start (ISO 32000-1 9.4.2).
    ok(HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), utf8.c_str()), "drawing text");
}

void HaruDocument::end_text(HPDF_Page page) { ok(HPDF_Page_EndText(page), "ending text"); }

void HaruDocument::fill_rect(HPDF_Page page, const PdfRect& r, const Color& color) {
    ok(HPDF_Page_SetRGBFill(page, channel(color.r), channel(color.g), channel(color.b)), "setting a colour");
    ok(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(r.left), static_cast<HPDF_REAL>(r.bottom),
                           static_cast<HPDF_REAL>(r.right - r.left), static_cast<HPDF_REAL>(r.top - r.bottom)),
       "drawing a rectangle");
    ok(HPDF_Page_Fill(page), "filling a rectangle");
}

void HaruDocument::stroke_rect(HPDF_Page page, const PdfRect& r, const Color& color, double line_width) {
    ok(HPDF_Page_SetRGBStroke(page, channel(color.r), channel(color.g), channel(color.b)), "setting a colour");
    ok(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(line_width)), "setting a line width");
    ok(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(r.left), static_cast<HPDF_REAL>(r.bottom),
                           static_cast<HPDF_REAL>(r.right - r.left), static_cast<HPDF_REAL>(r.top - r.bottom)),
       "drawing a rectangle");
    ok(HPDF_Page_Stroke(page), "stroking a rectangle");
}

HPDF_Destination HaruDocument::destination(HPDF_Page page, double top) {
    HPDF_Destination d = HPDF_Page_CreateDestination(page);
    if (d == nullptr) throw haru_error(doc_, "creating a destination");
    // [page /XYZ left top null]: keep the reader's zoom (ISO 32000-1 12.3.2.2, table 151).
    HPDF_Array_Clear(d);
    ok(HPDF_Array_Add(d, page), "creating a destination");
    ok(HPDF_Array_AddName(d, "XYZ"), "creating a destination");
    ok(HPDF_Array_AddNumber(d, 0), "creating a destination");
    ok(HPDF_Array_AddReal(d, static_cast<HPDF_REAL>(top)), "creating a destination");
    ok(HPDF_Array_Add(d, HPDF_Null_New(doc_->mmgr)), "creating a destination");
    return d;
}

void HaruDocument::link(HPDF_Page page, const PdfRect& r, HPDF_Destination dest) {
    HPDF_Annotation a = HPDF_Page_CreateLinkAnnot(page, to_haru(r), dest);
    if (a == nullptr) throw haru_error(doc_, "adding a link");
    ok(HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0), "removing a link border");
}

void HaruDocument::link(HPDF_Page page, const PdfRect& r, const std::string& uri) {
    const std::string ascii = ascii_uri(uri);
    HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(page, to_haru(r), ascii.c_str());
    if (a == nullptr) throw haru_error(doc_, "adding a link to " + ascii);
    ok(HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0), "removing a link border");
}

HPDF_Outline HaruDocument::outline(HPDF_Outline parent, const std::string& title, HPDF_Destination dest) {
    HPDF_Outline o = HPDF_CreateOutline(doc_, parent, "-", nullptr);
    if (o == nullptr) throw haru_error(doc_, "adding a bookmark");
    const std::string text = utf16be(title);
    HPDF_Binary b = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(text.data())),
                                    static_cast<HPDF_UINT>(text.size()));
    if (b == nullptr) throw haru_error(doc_, "adding a bookmark");
    ok(HPDF_Dict_Add(o, "Title", b), "titling a bookmark");
    ok(HPDF_Outline_SetDestination(o, dest), "linking a bookmark");
    return o;
}

void HaruDocument::show_outlines() { ok(HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE), "showing bookmarks"); }

Bytes HaruDocument::save() {
    ok(HPDF_SaveToStream(doc_), "writing the PDF");
    const HPDF_UINT32 size = HPDF_GetStreamSize(doc_);
    Bytes out(size, '\0');
    HPDF_UINT32 read = size;
    const HPDF_STATUS status = HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(out.data()), &read);
    if (status != HPDF_OK && status != HPDF_STREAM_EOF) ok(status, "reading the PDF back");
    out.resize(read);
    return out;
}

} // namespace brief::pdf
