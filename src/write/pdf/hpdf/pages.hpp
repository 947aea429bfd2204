// OwnPages: the pages as objects of brief's own, each its dictionary and content stream, the kids of libharu's page tree.
#pragma once

#include "write/pdf/hpdf/own_objects.hpp"

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// The names a page's resources give the k-th (from 0) of its fonts and of its images: F1, F2...
/// and X1, X2... (its content stream's operators use them, page_content.hpp).
std::string font_name(std::size_t k);
std::string image_name(std::size_t k);

/// What a page's resources name: its fonts font_name(0), font_name(1)... and its images
/// image_name(0)... in the order given, each by its object's number.
struct PageResources {
    std::vector<std::uint32_t> fonts;
    std::vector<std::uint32_t> images;
};

/// The document's pages, written as bytes: libharu made each page a dictionary, a content stream,
/// its length and its resources, copied the page's compressed operators into its own memory and
/// wrote them all back a piece at a time on every save (a tenth of a watch rebuild's PDF). Every
/// page is tagged: /StructParents is its index (the key the structure tree's parent tree gives
/// it, structure.hpp) and /Tabs /S.
class OwnPages {
  public:
    /// `count` pages of `width` by `height` points, their objects reserved in `own` and listed in
    /// order as the kids of `doc`'s page tree (libharu's root, whose own count of its kids is
    /// replaced by `count`). Throws brief::Error when libharu fails.
    OwnPages(HPDF_Doc doc, OwnObjects& own, std::size_t count, double width, double height);

    /// Page i's object number.
    [[nodiscard]] std::uint32_t number(std::size_t i) const { return numbers_.at(i); }
    /// Every page's object number, in order.
    [[nodiscard]] const std::vector<std::uint32_t>& numbers() const { return numbers_; }

    /// Writes page i once: `flate` (its operators, zlib-compressed) as its content stream, its
    /// resources, and the annotations numbered `annots` as its /Annots.
    void write(std::size_t i, std::string_view flate, const PageResources& resources,
               const std::vector<std::uint32_t>& annots);

  private:
    OwnObjects& own_;
    std::vector<std::uint32_t> numbers_;
    std::uint32_t parent_ = 0;
    std::string media_box_; ///< "/MediaBox [...]\n", the same for every page
    std::string entries_;   ///< room for a page's entries as it is written
};

} // namespace brief::pdf
