// libharu functions whose definitions here take the place of the library's: its byte-at-a-time copy and clear.
#include "write/pdf/hpdf/interpose.hpp"

#include <hpdf.h>

#include <cstring>

// (save.cpp replaces one more, HPDF_Xref_WriteToStream: its fast path needs save_document's stream.)

// libharu copies and clears memory one byte at a time (hpdf_utils.c); every stream (page
// contents, font programs, pictures) passes through HPDF_MemCpy on its way into the file. These are
// the same functions, returning what libharu's return (the end of what was written). Short copies
// keep libharu's forward loop; longer ones use memmove unless they overlap onto a later address,
// where a forward byte copy repeats the source (a case libharu never asks for, kept as the loop).
extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
    if (n <= 16 || (out > in && out < in + n)) {
        for (HPDF_UINT i = 0; i < n; ++i) out[i] = in[i];
    } else {
        std::memmove(out, in, n);
    }
    return out + n;
}

extern "C" void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
    if (n != 0) std::memset(s, c, n);
    return static_cast<HPDF_BYTE*>(s) + n;
}

namespace brief::pdf {

extern const bool libharu_byte_loops_replaced = true;

} // namespace brief::pdf
