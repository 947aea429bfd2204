// CID fonts brief writes itself through libharu's object API: Type0 over CIDFontType2, shown by glyph id.
#pragma once

#include "write/pdf/shape/typeface.hpp"

#include <hpdf.h>

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// What one face shows in a document: the numbers of its descriptor, each glyph shown with its
/// width and the text it stands for, and the subset program (subset.hpp).
struct CidFontData {
    FaceInfo info;
    /// Per glyph shown: its W width (1/1000 em) and its text (UTF-8; a ligature's letters, a
    /// cluster's characters on its first glyph; empty: the glyph adds no text, as a mark's).
    struct Glyph {
        int width = 0;
        std::string text;
    };
    std::map<std::uint32_t, Glyph> glyphs;
    std::string program; ///< a TrueType program keeping the glyph ids (hb-subset's retain-gids)
};

/// The glyphs a face shows in a document, by glyph id, each with its width and text.
class ShownGlyphs {
  public:
    explicit ShownGlyphs(std::size_t glyph_count = 0)
        : width_(glyph_count, -1), text_(glyph_count), nominal_(glyph_count, false), stand_in_(glyph_count, false) {}
    /// Adds the glyphs of `text` shaped, each standing for the bytes ShapedGlyph::text_at and
    /// text_length give. A glyph shown for two texts keeps the one it is the cmap's glyph of (a
    /// base letter rather than the letter and the mark it stands for in one cluster), else the
    /// one that sorts first: the result does not depend on the order pages are added in. A glyph
    /// with no text of its own in an ActualText cluster gets a stand-in (its last character).
    void add(std::string_view text, std::span<const ShapedGlyph> glyphs);
    /// Every glyph shown, for CidFontData::glyphs.
    [[nodiscard]] std::map<std::uint32_t, CidFontData::Glyph> shown() const;

  private:
    std::vector<int> width_; ///< -1: not shown
    std::vector<std::string> text_;
    std::vector<bool> nominal_;
    std::vector<bool> stand_in_; ///< the text is a stand-in (ShownGlyphs::add), until a real one comes
};

/// An empty font dictionary in the document's cross-reference table, for pages to name in their
/// resources now (HPDF_Page_GetLocalFontName accepts any dictionary) and write_cid_font to fill
/// once every page is drawn. Throws brief::Error when libharu fails.
HPDF_Dict new_cid_font(HPDF_Doc doc);

/// The streams of one written font, for compress_streams: the program (whose /Length1 is set),
/// its CIDSet and its ToUnicode CMap.
struct CidFontStreams {
    HPDF_Dict program = nullptr, cid_set = nullptr, to_unicode = nullptr;
};

/// Fills `font` (from new_cid_font) as a Type0 font with the Identity-H encoding (ISO 32000-1
/// 9.7.6: 2-byte codes, each a CID) over a CIDFontType2 whose CIDs are glyph ids (CIDToGIDMap
/// /Identity, 9.7.4.2), so shaped glyphs (ligatures, contextual forms, any plane's characters)
/// can be shown. It names the font ABCDEF+PostScriptName, the tag derived from the glyphs
/// (9.6.4); writes DW as the commonest width and W for the others (9.7.4.3, runs so no array
/// passes PDF/A-1's 8191 elements); a descriptor with CapHeight, StemV, a CIDSet (ISO 19005-1
/// 6.3.5) and the program as FontFile2; and a ToUnicode CMap of bfchar entries, each glyph to its
/// text in UTF-16BE (9.10.3; at most 100 entries a block, TN 5411). The streams are left
/// uncompressed for the caller. Throws brief::Error when libharu fails.
CidFontStreams write_cid_font(HPDF_Doc doc, HPDF_Dict font, const CidFontData& data);

/// The ToUnicode CMap write_cid_font writes, as text.
std::string to_unicode_cmap(const std::map<std::uint32_t, CidFontData::Glyph>& glyphs);

} // namespace brief::pdf
