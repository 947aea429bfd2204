// page_content: rects, pictures, text runs and marks of a page through ContentStream.
#include "write/pdf/page_content.hpp"

#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/pages.hpp"

#include <algorithm>
#include <stdexcept>

namespace brief::pdf {

namespace {

/// The page's marked content: each change of tag ends the sequence open and begins the next, an
/// MCID for tagged content (numbered from 0 in the order painted), `/Artifact` for the rest.
class Marking {
  public:
    Marking(ContentStream& out, const Structure* tree, std::vector<int>& marked)
        : out_(out), tree_(tree), marked_(marked) {}

    void to(int tag) {
        if (tree_ == nullptr) tag = -1;
        if (open_ && tag == tag_) return;
        end();
        if (tag < 0) {
            out_.begin_marked("Artifact", -1);
        } else {
            if (static_cast<std::size_t>(tag) >= tree_->slots()) throw std::logic_error("page_content: a tag names no slot");
            out_.begin_marked(tree_->elements()[static_cast<std::size_t>(tree_->owner(tag))].type,
                              static_cast<int>(marked_.size()));
            marked_.push_back(tag);
        }
        open_ = true;
        tag_ = tag;
    }
    void end() {
        if (open_) out_.end_marked();
        open_ = false;
    }

  private:
    ContentStream& out_;
    const Structure* tree_;
    std::vector<int>& marked_;
    bool open_ = false;
    int tag_ = -1;
};

/// What text cannot draw: the box of a character no font has, the line through struck text.
void marks(ContentStream& out, double base, const Run& run) {
    if (run.placeholder) { // an open box the size of a capital
        const double w = run.width * 0.8, h = run.size * 0.68;
        out.stroke_rect(PdfRect{run.x + run.width * 0.1, base, run.x + run.width * 0.1 + w, base + h}, run.color, 0.5);
    } else if (run.strike) {
        out.fill_rect(PdfRect{run.x, base + run.size * 0.28, run.x + run.width, base + run.size * 0.28 + 0.5}, run.color);
    }
}

/// The page's pictures, each named X1, X2, ... by its first use on the page.
void pictures(ContentStream& out, Marking& marking, const Page& page, double height, std::vector<std::size_t>& used) {
    for (const auto& image : page.images) {
        if (!shown(image)) continue;
        marking.to(image.tag);
        auto at = static_cast<std::size_t>(std::find(used.begin(), used.end(), image.picture) - used.begin());
        if (at == used.size()) used.push_back(image.picture);
        const PdfRect box{image.x, height - (image.y + image.h), image.x + image.w, height - image.y};
        out.image(image_name(at), box);
    }
}

} // namespace

bool shown(const PlacedImage& image) { return image.w > 0 && image.h > 0; }

PageContent page_content(const Page& page, double height, const std::vector<std::vector<ShapedGlyph>>& glyphs,
                         const Structure* tree) {
    PageContent result;
    ContentStream out;
    Marking marking(out, tree, result.marked);
    for (const auto& r : page.rects) {
        const PdfRect box{r.x, height - (r.y + r.h), r.x + r.w, height - r.y};
        marking.to(-1);
        if (r.stroke) out.stroke_rect(box, r.color, 0.5);
        else out.fill_rect(box, r.color);
    }
    pictures(out, marking, page, height, result.pictures);
    marking.end();
    std::vector<std::string> names; // of result.faces, in the same order
    std::size_t next = 0;
    for_each_run(page, [&](const Line& line, const Run& run) {
        if (run.placeholder) return;
        if (next == 0) out.begin_text();
        const auto at = static_cast<std::size_t>(std::find(result.faces.begin(), result.faces.end(), run.face) -
                                                 result.faces.begin());
        if (at == result.faces.size()) {
            result.faces.push_back(run.face);
            names.push_back(font_name(at));
        }
        if (next >= glyphs.size()) throw std::logic_error("page_content: fewer shaped runs than text runs");
        marking.to(run.tag);
        out.text(names[at], run.size, run.color, run.x, height - line.baseline + run.rise, glyphs[next++], run.text);
    });
    marking.end();
    if (next > 0) out.end_text();
    for_each_run(page, [&](const Line& line, const Run& run) {
        if (!run.placeholder && !run.strike) return;
        marking.to(-1);
        marks(out, height - line.baseline + run.rise, run);
    });
    marking.end();
    result.operators = out.take();
    return result;
}

} // namespace brief::pdf
