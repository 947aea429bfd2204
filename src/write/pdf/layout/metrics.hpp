// The font-metrics interface layout measures text through: faces by role, advances, coverage.
#pragma once

#include <cstdint>

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
    /// True when `face` has a glyph for `c`.
    virtual bool has_glyph(FaceId face, char32_t c) = 0;
    /// Advance width of `c` in `face`, in 1/1000 em (0 for a character without a glyph).
    virtual double advance(FaceId face, char32_t c) = 0;
    /// The advance of `c` when `face` has a glyph for it, else -1: the one question layout asks of
    /// every character it sets, answered in one call where has_glyph and advance would take two.
    virtual double advance_if_drawn(FaceId face, char32_t c) { return has_glyph(face, c) ? advance(face, c) : -1; }
    /// Ascent above and descent below the baseline in 1/1000 em (descent is positive).
    virtual double ascent(FaceId face) = 0;
    virtual double descent(FaceId face) = 0;
};

} // namespace brief::pdf
