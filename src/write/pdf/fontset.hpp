// FontSet: the style's fonts found with fontconfig and measured from their TrueType files (the real FontMetrics).
#pragma once

#include "core/diagnostics.hpp"
#include "style/style.hpp"
#include "write/pdf/fonts/fontconfig.hpp"
#include "write/pdf/layout/metrics.hpp"
#include "write/pdf/shape/typeface.hpp"

#include <map>
#include <string_view>
#include <unordered_map>
#include <memory>
#include <vector>

namespace brief::pdf {

/// The faces a briefing is set in. Faces are found on first use: a missing bold or italic falls
/// back to the family's regular face, a missing family to fontconfig's generic serif, sans-serif
/// or monospace (with a warning, given by report_missing). Widths and shapes come from the font
/// files through HarfBuzz (typeface.hpp); coverage from fontconfig.
class FontSet : public FontMetrics {
  public:
    /// Keeps a copy of `style`; warnings go to `diagnostics` (until start_run names others).
    FontSet(const Style& style, Diagnostics& diagnostics);

    /// Begins another run with this font set (watch keeps one per style, with its fonts opened
    /// and its shapes made): warnings go to `diagnostics`, and report_missing says again the
    /// families found missing before, as a new font set would.
    void start_run(Diagnostics& diagnostics);

    FaceId face(const FaceKey& key) override;
    int fallback_count() override;
    FaceId fallback(int index) override;
    /// The style's fallbacks first, then the installed font find_font_for gives (in the key's
    /// kind: serif for the body family, sans for the others).
    FaceId fallback_for(const FaceKey& key, char32_t c) override;
    bool has_glyph(FaceId face, char32_t c) override;
    /// True when `face` draws `c` with an advance, or `c` is a character drawn without one.
    bool sets_well(FaceId face, char32_t c);
    double advance(FaceId face, char32_t c) override;
    /// Shapes with HarfBuzz (typeface()); each distinct text is shaped once per face.
    void shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out) override;
    double ascent(FaceId face) override;
    double descent(FaceId face) override;

    /// The file of a face, for painting.
    [[nodiscard]] const FontFile& file(FaceId face) const;
    /// The face opened with HarfBuzz (on first use).
    const Typeface& typeface(FaceId face);
    /// A text shaped once and its glyphs (kept by the font set for as long as it lives).
    struct Segment {
        std::string_view text;
        const std::vector<ShapedGlyph>* glyphs = nullptr;
    };
    /// Starts painting a document: from now on each segment shape_run shapes is reported as
    /// fresh the first time it is painted.
    void begin_painting() { ++painting_; }
    /// The glyphs of a laid-out run's text (words and the spaces between them), as shape gives
    /// them. Where the face has no lookup involving the space glyph, each word and each space is
    /// shaped on its own (a word then costs one shaping however often it is painted, and layout
    /// has shaped it already); otherwise the run is shaped whole. The segments (words, spaces,
    /// whole runs) not painted before since begin_painting are appended to `fresh`, so that the
    /// glyphs a document shows are recorded once per distinct text, not once per run. In `out`,
    /// clusters and text offsets are byte offsets into `utf8` (in `fresh`, into each segment).
    void shape_run(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out, std::vector<Segment>& fresh);

    /// Warns once a run for each family of the style that is not installed, in the order of their
    /// names (layout threads may ask for faces in any order). Call after layout.
    void report_missing();

  private:
    /// A text's glyphs, and the painting that last reported it fresh (0: none).
    struct Shaped {
        std::vector<ShapedGlyph> glyphs;
        unsigned painted = 0;
    };
    struct Face {
        FontFile file;
        Coverage coverage;
        std::unique_ptr<Typeface> typeface; ///< opened on first measurement
        std::unordered_map<std::string, Shaped, TextHash, std::equal_to<>> shaped; ///< by text
        /// The space's entry in `shaped` once painted (half of what runs are cut into), else null.
        std::pair<const std::string, Shaped>* space = nullptr;
    };
    const Style style_;
    Diagnostics* diagnostics_;
    std::vector<Face> faces_;
    std::vector<std::pair<FaceKey, FaceId>> by_key_;
    std::vector<FaceId> fallbacks_;
    bool fallbacks_found_ = false;
    std::map<std::string, std::string> missing_; ///< families not installed, and the generic used instead
    std::map<std::string, std::string> said_;    ///< those report_missing has said this run
    unsigned painting_ = 0; ///< begin_painting's count

    /// The glyphs of `utf8` in `face`, shaped on first use.
    Shaped& shaped(FaceId face, std::string_view utf8);
    /// Appends the glyphs of `utf8` (at byte `at` of its run) to `out`, their offsets moved by
    /// `at`; reports the text in `fresh` when this painting has not painted it before.
    void paint_segment(FaceId face, std::string_view utf8, std::size_t at, std::vector<ShapedGlyph>& out,
                       std::vector<Segment>& fresh);

    FaceId add(const FontFile& file);
    std::optional<FontFile> find(const std::string& family, bool bold, bool italic, const char* generic);
};

} // namespace brief::pdf
