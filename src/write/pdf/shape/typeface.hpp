// Typeface: one face of a font file opened with HarfBuzz: shaping, nominal advances, the numbers a PDF font descriptor needs.
#pragma once

#include "write/pdf/layout/metrics.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// What a PDF font descriptor says about a face (ISO 32000-1 9.8), in 1/1000 em.
struct FaceInfo {
    std::string postscript_name; ///< the 'name' table's PostScript name (ID 6), or one made from the file name
    int ascent = 0, descent = 0; ///< 'hhea' ascender and descender (descent negative)
    int cap_height = 0;          ///< 'OS/2' capital height, the ascent when the font has none
    int bbox[4] = {0, 0, 0, 0};  ///< 'head' xMin yMin xMax yMax
    double italic_angle = 0;     ///< 'post' italic angle, degrees
    bool fixed_pitch = false;    ///< 'post' isFixedPitch
    bool italic = false;
    bool serif = true;           ///< a guess for /Flags; readers use the embedded program anyway
    unsigned glyph_count = 0;
};

/// One face of a TrueType or OpenType file (`index` inside a collection), shaped with HarfBuzz's
/// default features (kerning, standard and contextual ligatures, mark positioning, the script's
/// own shaping). Immutable once opened: shape may be called from several threads at once. The
/// file is mapped, not read. Throws brief::Error when the file cannot be opened as a font.
class Typeface {
  public:
    Typeface(const std::string& path, int index);
    ~Typeface();
    Typeface(const Typeface&) = delete;
    Typeface& operator=(const Typeface&) = delete;

    /// Appends the glyphs of `utf8` (one direction, script and language, guessed by HarfBuzz
    /// from the text) to `out`, clusters as byte offsets into `utf8` plus `cluster_base`.
    void shape(std::string_view utf8, std::vector<ShapedGlyph>& out, std::uint32_t cluster_base = 0) const;
    /// The glyph the font's cmap gives `c` (any plane), 0 when it has none.
    [[nodiscard]] std::uint32_t glyph(char32_t c) const;
    /// The advance of `c`'s glyph without kerning, in 1/1000 em (0 without a glyph).
    [[nodiscard]] double advance(char32_t c) const;
    /// The glyph's advance without kerning, in 1/1000 em, rounded: its width in a PDF W array.
    [[nodiscard]] int width(std::uint32_t glyph) const;
    /// True when a GSUB or GPOS lookup of the face involves the space glyph (as input or as
    /// context), so a word's shape may depend on the spaces around it and runs must be shaped whole.
    [[nodiscard]] bool space_in_lookups() const { return space_in_lookups_; }
    [[nodiscard]] const FaceInfo& info() const { return info_; }
    /// The hb_face_t, for the subsetter (subset.hpp), as an opaque pointer.
    [[nodiscard]] void* raw_face() const;

  private:
    struct Handles;
    /// Sets text_at, text_length and nominal of freshly shaped glyphs of `utf8`, cluster by cluster.
    void assign_text(std::string_view utf8, std::span<ShapedGlyph> glyphs, std::uint32_t base, bool rtl) const;
    static bool reads_in_order(std::span<const ShapedGlyph> glyphs, std::size_t from, std::size_t to, bool rtl);
    void assign_cluster(std::string_view utf8, std::size_t from, std::size_t to, std::span<ShapedGlyph> glyphs,
                        std::uint32_t base) const;
    std::unique_ptr<Handles> hb_;
    FaceInfo info_;
    double scale_ = 1; ///< 1000 / units per em
    bool space_in_lookups_ = false;
};

} // namespace brief::pdf
