// HaruDocument: libharu calls checked one by one; strings written the way PDF readers expect.
#include "write/pdf/hpdf/hpdf.hpp"

#include "core/utf8.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/interpose.hpp"
#include "write/pdf/hpdf/save.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

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

namespace {

/// A link annotation's entries on page `page` at `r` doing `action` (its /Dest or /A entry).
std::string link_entries(std::uint32_t page, const PdfRect& r, std::string_view action) {
    std::string e = "/Type /Annot\n/Subtype /Link\n/Rect [";
    for (const double v : {r.left, r.bottom, r.right, r.top}) {
        append_number(e, v);
        e += ' ';
    }
    e.back() = ']';
    e += "\n/Border [0 0 0]\n/F 4\n/P ";
    append_reference(e, page);
    e += '\n';
    e += action;
    return e;
}

} // namespace

std::string HaruDocument::link(std::uint32_t page, const PdfRect& r, std::uint32_t to, double top) {
    // [page /XYZ left top null]: keep the reader's zoom (ISO 32000-1 12.3.2.2, table 151); a
    // direct array, as PDF/A's validators want it
    std::string dest = "/Dest [";
    append_reference(dest, to);
    dest += " /XYZ 0 ";
    append_number(dest, top);
    dest += " null]\n";
    return link_entries(page, r, dest);
}

std::string HaruDocument::link(std::uint32_t page, const PdfRect& r, const std::string& uri) {
    std::string action = "/A << /Type /Action /S /URI /URI ";
    action += text_literal(ascii_uri(uri)); // printable ASCII: a literal string
    action += " >>\n";
    return link_entries(page, r, action);
}

HPDF_Outline HaruDocument::outline(HPDF_Outline parent, const std::string& title) {
    HPDF_Outline o = HPDF_CreateOutline(doc_, parent, "-", nullptr);
    if (o == nullptr) throw haru_error(doc_, "adding a bookmark");
    // UTF-16BE with a byte-order mark: a PDF text string any reader decodes (ISO 32000-1 7.9.2.2)
    const std::string text = "\xFE\xFF" + utf16be(title);
    HPDF_Binary b = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(text.data())),
                                    static_cast<HPDF_UINT>(text.size()));
    if (b == nullptr) throw haru_error(doc_, "adding a bookmark");
    ok(HPDF_Dict_Add(o, "Title", b), "titling a bookmark");
    return o;
}

void HaruDocument::point(HPDF_Outline item, std::uint32_t page, double top) {
    HPDF_Array d = HPDF_Array_New(doc_->mmgr); // direct: no object number of its own
    if (d == nullptr) throw haru_error(doc_, "linking a bookmark");
    ok(HPDF_Dict_Add(item, "Dest", d), "linking a bookmark");
    own_objects().refer(d, page);
    ok(HPDF_Array_AddName(d, "XYZ"), "linking a bookmark");
    ok(HPDF_Array_AddNumber(d, 0), "linking a bookmark");
    ok(HPDF_Array_AddReal(d, static_cast<HPDF_REAL>(top)), "linking a bookmark");
    ok(HPDF_Array_Add(d, HPDF_Null_New(doc_->mmgr)), "linking a bookmark");
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
