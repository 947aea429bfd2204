// HaruDocument: libharu calls checked one by one; strings written the way PDF readers expect.
#include "write/pdf/hpdf/hpdf.hpp"

#include "core/utf8.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/interpose.hpp"
#include "write/pdf/hpdf/save.hpp"
#include "write/pdf/hpdf/streams.hpp"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cstdio>

namespace brief::pdf {

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
    if (!libharu_byte_loops_replaced) throw Error("brief was linked without its libharu byte loops");
    doc_ = HPDF_New(record_haru_error, &log_);
    if (doc_ == nullptr) throw Error("libharu could not create a document (out of memory)");
    try {
        ok(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "turning on compression");
    } catch (...) {
        HPDF_Free(doc_);
        throw;
    }
}

HaruDocument::~HaruDocument() { HPDF_Free(doc_); }

HPDF_Page HaruDocument::add_page(double width, double height) {
    HPDF_Page page = HPDF_AddPage(doc_);
    if (page == nullptr) throw haru_error(doc_, "adding a page");
    ok(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), "sizing a page");
    ok(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), "sizing a page");
    return page;
}

std::string HaruDocument::font_resource(HPDF_Page page, HPDF_Font font) {
    const char* name = HPDF_Page_GetLocalFontName(page, font);
    if (name == nullptr) throw haru_error(doc_, "adding a font to a page's resources");
    return name;
}

void HaruDocument::set_content(HPDF_Page page, std::string_view flate) {
    ok(set_flate_data(static_cast<HPDF_PageAttr>(page->attr)->contents, flate), "writing a page's content");
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

namespace {

/// A link annotation's entries on `page` at `r` doing `action` (its /Dest or /A entry).
std::string link_entries(HPDF_Page page, const PdfRect& r, std::string_view action) {
    std::string e = "/Type /Annot\n/Subtype /Link\n/Rect [";
    for (const double v : {r.left, r.bottom, r.right, r.top}) {
        append_number(e, v);
        e += ' ';
    }
    e.back() = ']';
    e += "\n/Border [0 0 0]\n/F 4\n/P ";
    e += reference(page);
    e += '\n';
    e += action;
    return e;
}

} // namespace

std::string HaruDocument::link(HPDF_Page page, const PdfRect& r, HPDF_Page to, double top) {
    // [page /XYZ left top null]: keep the reader's zoom (ISO 32000-1 12.3.2.2, table 151); a
    // direct array, as PDF/A's validators want it (pdfa.cpp)
    std::string dest = "/Dest [";
    dest += reference(to);
    dest += " /XYZ 0 ";
    append_number(dest, top);
    dest += " null]\n";
    return link_entries(page, r, dest);
}

std::string HaruDocument::link(HPDF_Page page, const PdfRect& r, const std::string& uri) {
    std::string action = "/A << /Type /Action /S /URI /URI ";
    action += text_literal(ascii_uri(uri)); // printable ASCII: a literal string
    action += " >>\n";
    return link_entries(page, r, action);
}

void HaruDocument::annotate(HPDF_Page page, const std::vector<std::uint32_t>& annots) {
    if (annots.empty()) return;
    auto list = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
    if (list == nullptr) {
        list = HPDF_Array_New(doc_->mmgr);
        if (list == nullptr) throw haru_error(doc_, "adding a link");
        ok(HPDF_Dict_Add(page, "Annots", list), "adding a link");
    }
    for (const std::uint32_t a : annots) own_objects().refer(list, a);
}

HPDF_Outline HaruDocument::outline(HPDF_Outline parent, const std::string& title, HPDF_Destination dest) {
    HPDF_Outline o = HPDF_CreateOutline(doc_, parent, "-", nullptr);
    if (o == nullptr) throw haru_error(doc_, "adding a bookmark");
    // UTF-16BE with a byte-order mark: a PDF text string any reader decodes (ISO 32000-1 7.9.2.2)
    const std::string text = "\xFE\xFF" + utf16be(title);
    HPDF_Binary b = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(text.data())),
                                    static_cast<HPDF_UINT>(text.size()));
    if (b == nullptr) throw haru_error(doc_, "adding a bookmark");
    ok(HPDF_Dict_Add(o, "Title", b), "titling a bookmark");
    ok(HPDF_Outline_SetDestination(o, dest), "linking a bookmark");
    return o;
}

void HaruDocument::show_outlines() { ok(HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE), "showing bookmarks"); }

OwnObjects& HaruDocument::own_objects() {
    if (own_ == nullptr) own_ = std::make_unique<OwnObjects>(doc_);
    return *own_;
}

Bytes HaruDocument::save(EarlyBytes* early, const std::function<void()>& own_written) {
    return save_document(doc_, early, own_.get(), own_written);
}

} // namespace brief::pdf
