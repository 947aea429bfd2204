// font_program: the subset TrueType program of a face libharu has loaded, written by brief from the font file.
#pragma once

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include <string>

namespace brief::pdf {

/// The font program libharu 2.3.0's HPDF_TTFontDef_SaveFontData writes for the TrueType face
/// `def`, byte for byte: its thirteen tables in libharu's order, the glyphs not marked as used
/// emptied (loca rewritten), the subset tag in front of the family and full names, libharu's
/// checksums. Read from the font file with pread, whole tables at a time (libharu reads and
/// writes two or four bytes per call), and touching nothing of libharu's but `def`'s fields,
/// so different faces may be written on different threads at once. Its size is the /Length1.
/// Throws brief::Error when the face is not a TrueType-outline font loaded from a file, or the
/// file is shorter than its table directory says.
std::string font_program(HPDF_FontDef def);

} // namespace brief::pdf
