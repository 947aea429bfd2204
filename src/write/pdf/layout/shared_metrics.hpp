// SharedMetrics: one thread's view of font metrics that several layout threads share.
#pragma once

#include "write/pdf/layout/metrics.hpp"

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace brief::pdf {

/// Answers from its own tables and asks `shared` (a FontMetrics that is not thread-safe, such as
/// FontSet) only under `lock`, so that each layout thread can have one while they all measure
/// with the same faces. Answers are `shared`'s, so the layout is the same as with `shared` itself;
/// only the order in which faces get their numbers may depend on the threads' timing (painting
/// names fonts by their pages, never by number).
class SharedMetrics : public FontMetrics {
  public:
    SharedMetrics(FontMetrics& shared, std::mutex& lock) : shared_(shared), lock_(lock) {}

    FaceId face(const FaceKey& key) override;
    int fallback_count() override;
    FaceId fallback(int index) override;
    FaceId fallback_for(const FaceKey& key, char32_t c) override;
    bool has_glyph(FaceId face, char32_t c) override;
    double advance(FaceId face, char32_t c) override;
    double advance_if_drawn(FaceId face, char32_t c) override;
    /// `shared`'s shaping, each distinct text asked once per face and thread.
    void shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out) override;
    double ascent(FaceId face) override;
    double descent(FaceId face) override;

  private:
    /// Per face, characters below U+2100 (most text): advance (-1: not asked) and coverage
    /// (-1: not asked, 0 no, 1 yes). Others are asked of `shared` every time.
    struct Tables {
        std::vector<double> advance;
        std::vector<signed char> has;
    };
    static constexpr char32_t table_size = 0x2100;
    FontMetrics& shared_;
    std::mutex& lock_;
    std::vector<std::pair<FaceKey, FaceId>> faces_;
    std::vector<Tables> tables_;
    std::vector<ShapeCache> shaped_; ///< per face, by text
    std::unordered_map<std::uint32_t, FaceId> fallback_for_; ///< answers asked before, by key and character
    int fallbacks_ = -1;
    std::vector<FaceId> fallback_faces_;

    Tables& tables(FaceId face);
    /// The face's tables when `c` is in them and they exist, else nullptr.
    const Tables* known_tables(FaceId face, char32_t c) const;
};

} // namespace brief::pdf
