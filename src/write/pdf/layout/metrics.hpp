// The font-metrics interface layout measures text through: faces by role, advances, coverage.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace brief::pdf {

/// Which of the style's three families a piece of text is set in.
enum class Family : std::uint8_t { body, heading, mono };

/// A face asked for by role: family and shape.
struct FaceKey {
    Family family = Family::body;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const FaceKey&, const FaceKey&) = default;
};

/// A face the metrics know, numbered from 0 in the order they were first asked for. Painting maps
/// the same numbers to loaded fonts, so a laid-out page names its fonts only by FaceId.
using FaceId = int;

/// One glyph of shaped text (HarfBuzz's glyph info and position), in 1/1000 em.
struct ShapedGlyph {
    std::uint32_t glyph = 0;   ///< glyph id in the face
    std::uint32_t cluster = 0; ///< byte offset in the shaped text of the first character it draws
    double advance = 0;        ///< how far the pen moves after it, kerning included
    double dx = 0, dy = 0;     ///< where it is drawn, from the pen (marks, cursive attachment)
    int width = 0;             ///< its advance without kerning, rounded: what the PDF's W array says
    /// The bytes of the shaped text it stands for (copy and search get them back; length 0: none):
    /// a ligature its letters, in a cluster of several glyphs each glyph its own character (the
    /// one the font's cmap gives that glyph) and the glyph no character maps to the rest.
    std::uint32_t text_at = 0;
    std::uint32_t text_length = 0;
    bool nominal = false; ///< the glyph is the cmap's glyph for its text, a single character
    /// Set on each glyph of a cluster whose glyphs cannot give its text back in order through the
    /// font's ToUnicode CMap (a pre-base vowel sign drawn before its consonant, Thai sara am drawn
    /// as two glyphs of which one is another character's): the cluster's length in bytes from
    /// `cluster`, for the painter to wrap its glyphs in an ActualText span (ISO 32000-1 14.9.4).
    std::uint16_t actual_length = 0;
};

/// The text of the cluster `g` is drawn in an ActualText span for, in `text` (the shaped text),
/// or empty when it is drawn in none (or the cluster does not lie in `text`).
inline std::string_view actual_text(const ShapedGlyph& g, std::string_view text) {
    return g.actual_length > 0 && g.cluster + std::size_t{g.actual_length} <= text.size() ? text.substr(g.cluster, g.actual_length)
                                                                                           : std::string_view();
}

/// Shaped texts by their text, found from a string_view without copying it (C++20's
/// heterogeneous lookup): the caches of FontSet and SharedMetrics.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ShapeCache = std::unordered_map<std::string, std::vector<ShapedGlyph>, TextHash, std::equal_to<>>;

/// What layout knows about fonts. Widths are in 1/1000 em (multiply by size / 1000 for points).
/// Implemented by the paint side from the real TrueType files and by a fake in the tests.
class FontMetrics {
  public:
    virtual ~FontMetrics() = default;
    /// The face that sets text of `key` (a missing bold or italic may give the regular face).
    virtual FaceId face(const FaceKey& key) = 0;
    /// The fallback faces, in the order the style lists them (families not installed are left out).
    virtual int fallback_count() = 0;
    virtual FaceId fallback(int index) = 0;
    /// The face that draws `c` in text of `key` whose own face lacks it, -1 when none can: by
    /// default the first fallback that has it; FontSet then asks fontconfig for an installed font.
    virtual FaceId fallback_for(const FaceKey& key, char32_t c);
    /// True when `face` has a glyph for `c`.
    virtual bool has_glyph(FaceId face, char32_t c) = 0;
    /// Advance width of `c` in `face`, in 1/1000 em (0 for a character without a glyph).
    virtual double advance(FaceId face, char32_t c) = 0;
    /// The advance of `c` when `face` has a glyph for it, else -1: the one question layout asks of
    /// every character it sets, answered in one call where has_glyph and advance would take two.
    virtual double advance_if_drawn(FaceId face, char32_t c) { return has_glyph(face, c) ? advance(face, c) : -1; }
    /// Appends the glyphs of `utf8` shaped in `face` (one run: one face, script and direction)
    /// to `out`. By default one glyph per character, its id the code point, its advance advance():
    /// what fake metrics give. The paint side's metrics shape with HarfBuzz (kerning, ligatures).
    virtual void shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out);
    /// Ascent above and descent below the baseline in 1/1000 em (descent is positive).
    virtual double ascent(FaceId face) = 0;
    virtual double descent(FaceId face) = 0;
};

} // namespace brief::pdf
