// Font discovery through fontconfig: the TrueType file for a family and face, and which characters it covers.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// One face of an installed font: a .ttf (`index` 0), or face `index` inside a .ttc collection.
struct FontFile {
    std::string path;   ///< absolute path of the .ttf or .ttc file
    int index = 0;      ///< face index inside a .ttc collection; 0 for a .ttf
    std::string family; ///< the family name as the font spells it (e.g. "Noto Serif")
    bool bold = false;  ///< the face's weight is semibold or heavier
    bool italic = false; ///< the face is italic or oblique

    /// True when the file is a TrueType collection.
    [[nodiscard]] bool is_collection() const;
    friend bool operator==(const FontFile&, const FontFile&) = default;
};

/// The TrueType file for `family` in the face asked for, via fontconfig; nullopt when the family
/// is not installed (fontconfig's substitute for a missing family is detected and refused), when
/// that family has no face of that weight and slant (the caller picks the fallback, e.g. regular),
/// or when the only match is not a glyf TrueType font (the PDF embeds it as FontFile2) (OpenType CFF, Type 1,
/// variable fonts). The generic names "serif", "sans-serif" and "monospace" accept whatever
/// family fontconfig configures for them. Thread-safe; answers are cached for the process.
/// When exactly one installed font passes these tests (found in one listing of the installed
/// fonts), it is the answer without ranking them all; otherwise find_font_ranked decides.
std::optional<FontFile> find_font(const std::string& family, bool bold, bool italic);

/// An installed font that has `c`, for text whose fonts lack it: the family preferred for its
/// script when installed (Noto Naskh Arabic or Amiri for Arabic, Symbola for symbols and emoji),
/// else a Noto family of the kind asked for (`serif` or sans), else any Noto, else any font; in
/// the face asked for when the family has it; only fonts the PDF can embed (glyf TrueType, no
/// colour bitmaps). Ties go by family name and file, so the answer never depends on what was
/// asked before. nullopt when no installed font has `c`. Thread-safe; cached for the process.
std::optional<FontFile> find_font_for(char32_t c, bool bold, bool italic, bool serif);

/// Reads fontconfig's configuration and lists the installed fonts, once per process (find_font
/// does it on first use otherwise): about 8 ms, which a caller can spend on another thread while
/// it reads its input. Thread-safe.
void list_installed_fonts();

/// find_font's answer from fontconfig's full ranking of the installed fonts (FcFontSort): the
/// first font of the family, in the face asked for, with glyf outlines. Not cached.
std::optional<FontFile> find_font_ranked(const std::string& family, bool bold, bool italic);

/// The code points a font file has glyphs for (its cmap, as fontconfig reads it). Cheap to copy
/// (shares its immutable table); a default-constructed Coverage covers nothing.
class Coverage {
  public:
    Coverage() = default;
    /// True when the font maps `c` to a glyph.
    [[nodiscard]] bool has(char32_t c) const;
    /// True when the font has every code point of the UTF-32 text.
    [[nodiscard]] bool has_all(std::u32string_view text) const;
    /// How many code points the font covers.
    [[nodiscard]] std::size_t size() const;

    /// A block of 256 code points starting at `base` (a multiple of 256), one bit per code point.
    struct Page {
        char32_t base = 0;
        std::array<std::uint32_t, 8> bits{};
    };
    /// Builds a coverage from pages sorted by base (used by coverage_of).
    explicit Coverage(std::vector<Page> pages);

  private:
    std::shared_ptr<const std::vector<Page>> pages_; // sorted by base, no empty pages; may be null
};

/// The coverage of one face of a font file: fontconfig's cached charset for an installed font,
/// else the file read through FreeType (read_coverage); an empty coverage when fontconfig cannot
/// read the file. Thread-safe; cached per path and index.
Coverage coverage_of(const FontFile& font);

/// The coverage of one face read from the file itself (FcFreeTypeQuery), never from the cache.
Coverage read_coverage(const FontFile& font);

} // namespace brief::pdf
