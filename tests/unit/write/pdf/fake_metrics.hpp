// A fake FontMetrics for layout tests: fixed advances, so positions are easy to check by hand.
#pragma once

#include "write/pdf/layout/metrics.hpp"

#include <vector>

namespace brief::pdf::fake {

/// Faces: 0 body, 1 body bold, 2 body italic, 3 body bold italic, 4 heading, 5 heading bold,
/// 6 mono, 7 the one fallback (it alone has CJK). Every character is 500 wide (0.5 em), spaces
/// 250, 'i', 'l', '.', ',' 250, 'm' and 'w' 800; the main faces lack CJK, and no face has U+2603.
class FakeMetrics : public FontMetrics {
  public:
    FaceId face(const FaceKey& key) override {
        switch (key.family) {
        case Family::body: return (key.bold ? 1 : 0) + (key.italic ? 2 : 0);
        case Family::heading: return key.bold ? 5 : 4;
        case Family::mono: return 6;
        }
        return 0;
    }
    int fallback_count() override { return 1; }
    FaceId fallback(int) override { return 7; }
    bool has_glyph(FaceId face, char32_t c) override {
        if (c == 0x2603 || c > 0xFFFF) return false;
        const bool cjk = c >= 0x3000 && c <= 0x9FFF;
        return face == 7 ? true : !cjk;
    }
    double advance(FaceId face, char32_t c) override {
        if (!has_glyph(face, c)) return 0;
        if (face == 6) return 600;
        if (c >= 0x3000 && c <= 0x9FFF) return 1000;
        switch (c) {
        case ' ': case 'i': case 'l': case '.': case ',': return 250;
        case 'm': case 'w': return 800;
        default: return 500;
        }
    }
    double ascent(FaceId) override { return 900; }
    double descent(FaceId) override { return 250; }
};

} // namespace brief::pdf::fake
