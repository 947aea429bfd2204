// paint_pdf: pages first (so destinations exist), then content, links, outline, fixes, bytes.
#include "write/pdf/paint.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/hpdf.hpp"

#include <map>

namespace brief::pdf {

namespace {

/// Painting state: the wrapper, the loaded fonts, the pages and destinations made so far.
class Painter {
  public:
    Painter(Document doc, const FontSet& fonts) : doc_(std::move(doc)), fonts_(fonts) {}

    /// Frees what is painted as it goes (page contents, the /ID seed): a large briefing's pages
    /// and its libharu streams are then not all held at once.
    Bytes run(PaintInfo info) {
        load_fonts();
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) pages_.push_back(pdf_.add_page(doc_.width, doc_.height));
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) destinations(i);
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) content(i);
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) links(i);
        outline();
        fix_fonts(pdf_.raw());
        if (info.pdfa) {
            make_pdfa(pdf_.raw(), PdfaInfo{info.info, info.id_seed});
        } else {
            set_info(pdf_.raw(), info.info);
            set_document_id(pdf_.raw(), info.id_seed);
        }
        std::string().swap(info.id_seed);
        return pdf_.save();
    }

  private:
    Document doc_;
    const FontSet& fonts_;
    HaruDocument pdf_;
    std::map<FaceId, HPDF_Font> loaded_;
    std::vector<HPDF_Page> pages_;
    std::map<std::string, HPDF_Destination> dests_;

    double y(double from_top) const { return doc_.height - from_top; }

    void load_fonts() {
        for (const auto& page : doc_.pages)
            for (const auto& line : page.lines)
                for (const auto& run : line.runs)
                    if (!run.placeholder && !loaded_.count(run.face)) {
                        const FontFile& f = fonts_.file(run.face);
                        loaded_[run.face] = pdf_.load_font(f.path, f.index);
                    }
    }

    void destinations(std::size_t i) {
        for (const auto& a : doc_.pages[i].anchors)
            if (!dests_.count(a.name)) dests_[a.name] = pdf_.destination(pages_[i], y(std::max(0.0, a.y)));
    }

    void content(std::size_t i) {
        const Page& page = doc_.pages[i];
        HPDF_Page p = pages_[i];
        for (const auto& r : page.rects) {
            const PdfRect box{r.x, y(r.y + r.h), r.x + r.w, y(r.y)};
            if (r.stroke) pdf_.stroke_rect(p, box, r.color, 0.5);
            else pdf_.fill_rect(p, box, r.color);
        }
        bool text = false; // one text object for all the page's text; boxes and strikes after it
        for (const auto& line : page.lines)
            for (const auto& run : line.runs)
                if (!run.placeholder) {
                    if (!text) pdf_.begin_text(p);
                    text = true;
                    pdf_.text(p, loaded_.at(run.face), run.size, run.color, run.x, y(line.baseline) + run.rise, run.text);
                }
        if (text) pdf_.end_text(p);
        for (const auto& line : page.lines)
            for (const auto& run : line.runs) marks(p, line, run);
        std::vector<Line>().swap(doc_.pages[i].lines); // painted: only anchors and links are read later
        std::vector<Rect>().swap(doc_.pages[i].rects);
    }

    /// What text cannot draw: the box of a character no font has, the line through struck text.
    void marks(HPDF_Page p, const Line& line, const Run& run) {
        const double base = y(line.baseline) + run.rise;
        if (run.placeholder) { // an open box the size of a capital
            const double w = run.width * 0.8, h = run.size * 0.68;
            pdf_.stroke_rect(p, PdfRect{run.x + run.width * 0.1, base, run.x + run.width * 0.1 + w, base + h},
                             run.color, 0.5);
        } else if (run.strike) {
            pdf_.fill_rect(p, PdfRect{run.x, base + run.size * 0.28, run.x + run.width, base + run.size * 0.28 + 0.5}, run.color);
        }
    }

    void links(std::size_t i) {
        for (const auto& l : doc_.pages[i].links) {
            const PdfRect r{l.x, y(l.y + l.h), l.x + l.w, y(l.y)};
            if (!l.uri.empty()) {
                pdf_.link(pages_[i], r, l.uri);
            } else if (auto it = dests_.find(l.dest); it != dests_.end()) {
                pdf_.link(pages_[i], r, it->second);
            }
        }
    }

    void outline() {
        std::vector<HPDF_Outline> parents;
        for (const auto& b : doc_.bookmarks) {
            auto it = dests_.find(b.dest);
            if (it == dests_.end()) continue;
            parents.resize(static_cast<std::size_t>(b.level));
            HPDF_Outline parent = b.level > 0 && !parents.empty() ? parents.back() : nullptr;
            parents.push_back(pdf_.outline(parent, b.title, it->second));
        }
        if (!parents.empty()) pdf_.show_outlines();
    }
};

} // namespace

Bytes paint_pdf(Document doc, const FontSet& fonts, PaintInfo info) {
    return Painter(std::move(doc), fonts).run(std::move(info));
}

} // namespace brief::pdf
