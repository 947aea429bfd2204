// What keeps interpose.cpp's replacements of libharu functions in the program.
#pragma once

namespace brief::pdf {

/// True; defined beside the replacements of libharu's HPDF_MemCpy and HPDF_MemSet. Nothing calls
/// them by name (libharu does, through its PLT), so a linker taking interpose.o from the static
/// library only when something refers to it would leave them out: HaruDocument reads this.
extern const bool libharu_byte_loops_replaced;

} // namespace brief::pdf
