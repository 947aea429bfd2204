// What layout hands to painting: pages of positioned glyph runs, rules, links and anchors.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/pdf/layout/metrics.hpp"
#include "write/pdf/layout/structure.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace brief::pdf {

/// Text drawn in one face at one size, starting at `x` on the baseline of its line. `text` may end
/// in a space (kept so text extraction sees words); `width` is the ink advance without it.
struct Run {
    double x = 0;
    double rise = 0; ///< raised above the baseline (note marks), in points
    FaceId face = 0;
    double size = 0;
    Color color;
    std::string text;
    double width = 0;
    bool placeholder = false; ///< a character no font has: painted as a small open box
    bool strike = false;      ///< struck through (GFM ~~text~~)
    /// An inline picture in the line (index in Document::pictures), `width` wide and `size` tall,
    /// standing on the baseline; place() turns it into a PlacedImage. -1 for text.
    int picture = -1;
    int tag = -1; ///< the content slot of its page's part's Structure; -1: an artifact
};

/// A set line: its runs sit on the baseline `baseline`, measured from the top of the page.
struct Line {
    double baseline = 0;
    std::vector<Run> runs;
    bool hyphenated = false; ///< ends with a hyphen layout added (not one of the text's)
    std::string role;        ///< "body", "note", "heading", ... for the dump and tests
};

/// A filled rectangle (rules, the marking banner, placeholder boxes): always an artifact. y is the top, from the page top.
struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    Color color;
    bool stroke = false; ///< an outline of line width 0.5 instead of a fill
};

/// A picture drawn into a box; y is the box's top, from the page top. `picture` is the picture's
/// index in Document::pictures. The box keeps the picture's proportions (layout scales it).
struct PlacedImage {
    double x = 0, y = 0, w = 0, h = 0;
    std::size_t picture = 0;
    int tag = -1; ///< as Run::tag
};

/// A clickable area: to `uri` when it is set, else to the anchor named `dest`.
struct LinkArea {
    double x = 0, y = 0, w = 0, h = 0; ///< y is the top, from the page top
    std::string uri;
    std::string dest;
    int tag = -1; ///< the slot of its Link element (Run::tag)
};

/// A named place links can go to (note marks, notes, articles), at height `y` from the page top.
struct Anchor {
    std::string name;
    double y = 0;
};

struct Page {
    /// The lines a kept layout set (shared with watch's memo, never changed), painted before
    /// `lines`; null when the page was not kept. line_groups gives both.
    std::shared_ptr<const std::vector<Line>> kept_lines;
    std::vector<Line> lines;
    std::vector<Rect> rects;
    std::vector<PlacedImage> images; ///< painted after the rects, before the text
    std::vector<LinkArea> links;
    std::vector<Anchor> anchors;
    std::vector<int> notes; ///< numbers of the notes whose text starts on this page
    std::vector<int> marks; ///< numbers of the notes whose mark is on this page
    /// The part (Document::parts) whose slots the page's tags name; -1: everything is an artifact.
    int part = -1;
    /// With watch's memo, a key of what layout set on a page it kept (keep_laid): its kept lines
    /// and the structure of its part are whatever that key laid out, and page_key need not read
    /// them. 0: no such key.
    std::uint64_t laid_key = 0;
};

/// A page's lines in painting order, in two groups: the kept ones, then its own.
inline std::array<std::span<const Line>, 2> line_groups(const Page& page) {
    return {page.kept_lines != nullptr ? std::span<const Line>(*page.kept_lines) : std::span<const Line>(),
            std::span<const Line>(page.lines)};
}

/// Calls `f(line, run)` for each run of `page`, in painting order (line_groups, then each line's).
template <class F>
void for_each_run(const Page& page, F&& f) {
    for (const auto lines : line_groups(page))
        for (const Line& line : lines)
            for (const Run& run : line.runs) f(line, run);
}

/// One bookmark of the outline: a title and the anchor it opens.
struct Bookmark {
    std::string title;
    std::string dest;
    int level = 0; ///< 0 at the top, 1 under the one before
};

/// The whole laid-out briefing.
struct Document {
    double width = 0, height = 0;
    /// The briefing's pictures (PlacedImage::picture indexes them); null when none is shown.
    const std::vector<Picture>* pictures = nullptr;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    /// The structure tree, part by part in reading order (the cover, the contents, each article,
    /// the sources): the document's root holds each part's top elements. Shared with watch's
    /// memo, which keeps each part's layout, and never changed.
    std::vector<std::shared_ptr<const Structure>> parts;
    std::string lang; ///< the briefing's language, a BCP 47 tag ("" when unknown)
};

} // namespace brief::pdf
