// The cmap check that lets libharu's glyph lookup be a binary search; interpose.cpp also replaces
// libharu's byte-by-byte HPDF_MemCpy and HPDF_MemSet.
#pragma once

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include <string>

namespace brief::pdf {

/// True when a TrueType font's format 4 segments are sorted by end code, as OpenType requires
/// (other cmap formats: true).
bool cmap_segments_sorted(HPDF_FontDef def);

/// Throws brief::Error naming `path` when the loaded font `font_name` has unsorted segments:
/// the bisecting HPDF_TTFontDef_GetGlyphid would not give libharu's answers for it.
void require_sorted_cmap(HPDF_Doc doc, const char* font_name, const std::string& path);

} // namespace brief::pdf
