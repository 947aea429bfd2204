// Pictures in WordprocessingML: DrawingML inline drawings, their sizes in EMU, their media parts.
#pragma once

#include "doc/model.hpp"
#include "write/docx/ooxml.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brief::docx {

/// English Metric Units (DrawingML, ISO/IEC 29500-1 §20.1.2.1): 914400 to the inch, 12700 to
/// the point.
inline constexpr std::int64_t emu_per_inch = 914400;
inline constexpr std::int64_t emu_per_point = 12700;

/// A drawing's size in EMU.
struct Extent {
    std::int64_t cx = 0;
    std::int64_t cy = 0;
    bool operator==(const Extent&) const = default;
};

/// The picture's size as its file states it: pixels at its dpi, or at 96 dpi (the CSS pixel,
/// which Word assumes too) when the file gives none.
Extent natural_extent(const Picture& picture);

/// `size` scaled down, proportions kept, to fit `max_cx` by `max_cy`; never scaled up.
Extent fit_extent(Extent size, std::int64_t max_cx, std::int64_t max_cy);

/// `size` scaled to the height `cy`, proportions kept (an inline picture at the text's height).
Extent at_height(Extent size, std::int64_t cy);

/// The media part of a picture, relative to word/: "media/picture-1.png".
std::string media_target(const Picture& picture);

/// The pictures the document shows, from any of its parts (the body, the footnotes): a media
/// part per picture used, a relationship per picture in each part that shows it (added on first
/// use, so ids follow reading order), drawing ids unique in the document (§20.4.2.5 docPr id),
/// and the limits a picture is fitted to.
class Media {
  public:
    struct Limits {
        std::int64_t width = 0;  ///< EMU: the text width
        std::int64_t height = 0; ///< EMU: the tallest a figure may be, its caption kept on the page
        std::int64_t line = 0;   ///< EMU: the height of an inline picture
    };
    Media(const std::vector<Picture>& pictures, Limits limits);
    Media(const Media&) = delete;
    Media& operator=(const Media&) = delete;

    /// The picture an image shows, or nullptr when it was not embedded (alt text instead).
    [[nodiscard]] const Picture* find(const Image& image) const;
    /// Appends the picture's drawing to `run` of the part whose relationships are `rels`: an
    /// inline picture `height` EMU tall (the limits' line when -1), or with `height` 0 a figure
    /// fitted to the limits.
    void add_drawing(pugi::xml_node run, Relationships& rels, const Picture& picture, std::string_view alt, std::int64_t height);
    /// The pictures used, in order of first use: each becomes one media part.
    [[nodiscard]] const std::vector<const Picture*>& used() const { return used_; }
    /// Drawings added so far (each has the next id).
    [[nodiscard]] int drawings() const { return drawings_; }
    /// Counts `picture` used and `n` drawings added, as add_drawing did before.
    void add_used(const Picture& picture);
    void add_drawings(int n) { drawings_ += n; }
    /// The index of `picture` in the pictures (it is one of them).
    [[nodiscard]] std::size_t index_of(const Picture& picture) const { return static_cast<std::size_t>(&picture - pictures_.data()); }
    [[nodiscard]] const Picture& picture(std::size_t index) const { return pictures_.at(index); }

  private:
    const std::vector<Picture>& pictures_;
    Limits limits_;
    std::vector<const Picture*> used_;
    int drawings_ = 0;
};

} // namespace brief::docx
