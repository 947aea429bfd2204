// libharu errors without setjmp/longjmp: recording handler, readable messages, checks that throw.
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>

#include <cstdio>

namespace brief::pdf {
namespace {

// The codes a backend meets in practice (hpdf_error.h has the full list).
const char* haru_error_name(HPDF_STATUS code) {
    switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_FILE_IO_ERROR: return "file input/output error";
    case HPDF_FILE_OPEN_ERROR: return "cannot open file";
    case HPDF_INVALID_TTC_INDEX: return "invalid TrueType collection index";
    case HPDF_INVALID_TTC_FILE: return "invalid TrueType collection";
    case HPDF_TTF_INVALID_CMAP: return "TrueType font has no usable cmap";
    case HPDF_TTF_INVALID_FOMAT: return "not a TrueType font";
    case HPDF_TTF_MISSING_TABLE: return "TrueType font lacks a required table";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "TrueType font forbids embedding";
    case HPDF_INVALID_FONT_NAME: return "invalid font name";
    case HPDF_INVALID_ENCODING_NAME: return "invalid encoding name";
    case HPDF_PAGE_OUT_OF_RANGE: return "page out of range";
    case HPDF_PAGE_INVALID_GMODE: return "operator not allowed in this graphics mode";
    case HPDF_PAGE_FONT_NOT_FOUND: return "no font set on the page";
    case HPDF_STRING_OUT_OF_RANGE: return "text too long";
    case HPDF_INVALID_PARAMETER: return "invalid parameter";
    default: return nullptr;
    }
}

} // namespace

void HPDF_STDCALL record_haru_error(HPDF_STATUS code, HPDF_STATUS detail, void* log) {
    auto* errors = static_cast<HaruErrorLog*>(log);
    if (errors != nullptr && errors->code == HPDF_OK) {
        errors->code = code;
        errors->detail = detail;
    }
}

std::string describe_haru_error(HPDF_STATUS code, HPDF_STATUS detail) {
    char text[64];
    std::snprintf(text, sizeof text, "libharu error 0x%04lX (detail %lu)", static_cast<unsigned long>(code),
                  static_cast<unsigned long>(detail));
    std::string out = text;
    if (const char* name = haru_error_name(code)) out += std::string(": ") + name;
    return out;
}

void check(HPDF_Doc doc, HPDF_STATUS status, std::string_view doing) {
    if (status == HPDF_OK) return;
    // The document's detail belongs to this status only when it is the error it recorded.
    const bool recorded = HPDF_HasDoc(doc) && HPDF_GetError(doc) == status;
    throw Error("libharu failed while " + std::string(doing) + ": " +
                describe_haru_error(status, recorded ? HPDF_GetErrorDetail(doc) : 0));
}

Error haru_error(HPDF_Doc doc, std::string_view doing) {
    HPDF_STATUS code = HPDF_HasDoc(doc) ? HPDF_GetError(doc) : HPDF_INVALID_DOCUMENT;
    HPDF_STATUS detail = HPDF_HasDoc(doc) ? HPDF_GetErrorDetail(doc) : 0;
    return Error("libharu failed while " + std::string(doing) + ": " + describe_haru_error(code, detail));
}

} // namespace brief::pdf
