// What interpose.cpp adds to the libharu functions it replaces: the cmap check its glyph lookup needs,
// and font programs written later, on several threads.
#pragma once

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace brief::pdf {

/// True when a TrueType font's format 4 segments are sorted by end code, as OpenType requires
/// (other cmap formats: true).
bool cmap_segments_sorted(HPDF_FontDef def);

/// Calls `visit` with every BMP code of the TrueType font `def` that libharu's lookup could give a
/// glyph, and the glyph (0 included), in ascending order: for a format 4 cmap, the codes of its
/// segments (which must be sorted, as load_font checks), each in the first segment whose end code
/// is at least the code, as libharu assigns them; for other formats, every code, asked of
/// HPDF_TTFontDef_GetGlyphid.
void for_each_cmap_code(HPDF_FontDef def, const std::function<void(std::uint16_t code, std::uint16_t glyph)>& visit);

/// Throws brief::Error naming `path` when the loaded font `font_name` has unsorted segments:
/// the bisecting HPDF_TTFontDef_GetGlyphid would not give libharu's answers for it.
void require_sorted_cmap(HPDF_Doc doc, const char* font_name, const std::string& path);

/// While one is alive, libharu's HPDF_TTFontDef_SaveFontData calls made on the same thread
/// (libharu writes a font's program into its FontFile2 stream when it first writes the font)
/// are recorded instead of run, so the programs can be written later on several threads with
/// font_program (font_program.hpp). libharu sets /Length1 from what the writing computes: the
/// caller sets it again after writing (font_fixes.cpp). Outside one, the interposed function
/// writes font_program's bytes into the stream.
class DeferredFontPrograms {
  public:
    struct Program {
        HPDF_FontDef def = nullptr;
        HPDF_Stream stream = nullptr;
    };
    DeferredFontPrograms();
    ~DeferredFontPrograms();
    DeferredFontPrograms(const DeferredFontPrograms&) = delete;
    DeferredFontPrograms& operator=(const DeferredFontPrograms&) = delete;
    [[nodiscard]] const std::vector<Program>& programs() const { return programs_; }
    std::vector<Program>& recorded() { return programs_; }

  private:
    std::vector<Program> programs_;
    DeferredFontPrograms* outer_;
};

/// libharu's own HPDF_TTFontDef_SaveFontData (found with dlsym), which font_program replaces:
/// for tests that compare the two.
HPDF_STATUS libharu_save_font_data(HPDF_FontDef def, HPDF_Stream stream);

} // namespace brief::pdf
