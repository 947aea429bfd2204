// A face's metrics read from its TrueType file: glyphs, advance widths, ascent and descent, as libharu computes them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace brief::pdf {

/// A 'cmap' subtable of format 4 (Microsoft OpenType spec): segments of BMP codes.
struct Format4 {
    std::vector<std::uint16_t> end_count, start_count, id_range_offset, glyph_ids;
    std::vector<std::int16_t> id_delta;
};

/// True when a format 4 subtable's end codes rise strictly, as OpenType requires (format4_glyph's
/// bisection needs it).
bool segments_sorted(std::span<const std::uint16_t> end_count);

/// Throws brief::Error naming the font file `path` when its segments are not sorted.
void require_sorted_segments(std::span<const std::uint16_t> end_count, const std::string& path);

/// The glyph of `code` in a format 4 subtable whose segments are sorted by end code, by the
/// arithmetic libharu 2.3.0 uses (HPDF_TTFontDef_GetGlyphid), except that reads past the
/// subtable answer 0. `segment` is the first segment whose end code is at least `code`.
template <class Starts, class Deltas, class Offsets, class Glyphs>
std::uint16_t format4_glyph(const Starts& start_count, const Deltas& id_delta, const Offsets& id_range_offset,
                            const Glyphs& glyph_ids, std::size_t glyph_count, std::size_t segments,
                            std::size_t segment, std::uint16_t code) {
    if (segment >= segments || start_count[segment] > code) return 0;
    if (id_range_offset[segment] == 0) return static_cast<std::uint16_t>(code + id_delta[segment]);
    const std::size_t idx = id_range_offset[segment] / 2U + (code - start_count[segment]) - (segments - segment);
    if (idx >= glyph_count) return 0;
    return static_cast<std::uint16_t>(glyph_ids[idx] + id_delta[segment]);
}

/// The metrics of one face of a TrueType file (a .ttf, or face `index` of a .ttc), the numbers
/// libharu derives from the same tables: advance = advance width * 1000 / unitsPerEm in integer
/// arithmetic; ascent and descent from 'hhea' likewise. Only the 'cmap' subtables libharu reads
/// are used (Windows Unicode BMP format 4 first, then Macintosh Roman format 0, then Unicode BMP
/// format 4), so every BMP character gets the glyph libharu will embed for it.
class TrueTypeMetrics {
  public:
    /// Reads the tables it needs from the file. Throws brief::Error naming the file when it is not
    /// a TrueType font libharu could load (no such tables, no usable cmap, unsorted segments).
    TrueTypeMetrics(const std::string& path, int index);

    /// The glyph index of a BMP character (0: none).
    [[nodiscard]] std::uint16_t glyph(char32_t c) const;
    /// Advance width of `c` in 1/1000 em, as HPDF_Font_GetUnicodeWidth gives it.
    [[nodiscard]] int advance(char32_t c) const;
    /// 'hhea' ascender and descender in 1/1000 em (descender negative, as in the font).
    [[nodiscard]] int ascent() const { return ascent_; }
    [[nodiscard]] int descent() const { return descent_; }

  private:
    std::uint16_t units_per_em_ = 1000;
    int ascent_ = 0, descent_ = 0;
    std::uint16_t glyph_count_ = 0;
    std::vector<std::uint16_t> advances_; ///< per glyph (hmtx, the last long metric repeated)
    std::vector<std::uint16_t> format0_;  ///< 256 glyphs when the cmap used is format 0
    Format4 format4_;
};

} // namespace brief::pdf
