// libharu errors without setjmp/longjmp: the handler records the first error, C++ callers check and throw.
#pragma once

#include "core/error.hpp"

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brief::pdf {

/// The first error libharu reported for one document; `code` stays HPDF_OK until then.
/// Later errors are ignored: the first is the cause, the rest are its consequences.
struct HaruErrorLog {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

/// The handler to pass as HPDF_New(record_haru_error, &log): it records into the HaruErrorLog
/// given as user data and returns, so libharu's call fails with a status and C++ unwinds normally
/// (a longjmp out of the handler would skip destructors).
void HPDF_STDCALL record_haru_error(HPDF_STATUS code, HPDF_STATUS detail, void* log);

/// "libharu error 0x1017 (detail 0)" plus libharu's name for the common codes.
std::string describe_haru_error(HPDF_STATUS code, HPDF_STATUS detail);

/// Throws brief::Error("libharu failed while <doing>: ...") when `status` is not HPDF_OK.
void check(HPDF_Doc doc, HPDF_STATUS status, std::string_view doing);

/// The brief::Error for a libharu call that returned nothing (a null object): names the error
/// libharu recorded in the document.
Error haru_error(HPDF_Doc doc, std::string_view doing);

} // namespace brief::pdf
