// paint_pdf: pages first (so destinations exist), then content streams, links, outline, fixes, bytes.
#include "write/pdf/paint.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/deflate.hpp"
#include "write/pdf/hpdf/hpdf.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <map>

namespace brief::pdf {

namespace {

/// FNV-1a (64 bit) over a sequence of byte strings, each closed by its length.
class Fingerprint {
  public:
    void add(std::string_view bytes) {
        for (const unsigned char c : bytes) mix(c);
        for (std::size_t n = bytes.size(), i = 0; i < sizeof n; ++i, n >>= 8) mix(static_cast<unsigned char>(n & 0xFF));
    }
    [[nodiscard]] std::string hex() const {
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
        return buf;
    }

  private:
    std::uint64_t hash_ = 14695981039346656037ULL;
    void mix(unsigned char c) { hash_ = (hash_ ^ c) * 1099511628211ULL; }
};

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
        contents(info.threads);
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) links(i);
        outline();
        fix_fonts(pdf_.raw());
        info.id_seed += fingerprint_.hex();
        if (info.pdfa) {
            make_pdfa(pdf_.raw(), PdfaInfo{info.info, info.id_seed});
        } else {
            set_info(pdf_.raw(), info.info);
            set_document_id(pdf_.raw(), info.id_seed);
        }
        std::string().swap(info.id_seed);
        compress_fonts(pdf_.raw(), info.threads);
        return pdf_.save();
    }

  private:
    Document doc_;
    const FontSet& fonts_;
    HaruDocument pdf_;
    std::map<FaceId, HPDF_Font> loaded_;
    std::vector<HPDF_Page> pages_;
    std::map<std::string, HPDF_Destination> dests_;
    Fingerprint fingerprint_; ///< of what the pages show, for the /ID

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

    /// Every page's content, written in batches: a batch's streams are compressed on up to
    /// `threads` threads, then handed to libharu in page order.
    void contents(int threads) {
        constexpr std::size_t batch = 64;
        for (std::size_t first = 0; first < doc_.pages.size(); first += batch) {
            std::vector<std::string> streams;
            const std::size_t last = std::min(doc_.pages.size(), first + batch);
            for (std::size_t i = first; i < last; ++i) streams.push_back(content(i));
            deflate_all(streams, threads);
            for (std::size_t i = first; i < last; ++i) {
                fingerprint_.add(streams[i - first]);
                pdf_.set_content(pages_[i], streams[i - first]);
            }
        }
    }

    /// The operators of page i: rules and banners, one text object, then placeholder boxes and
    /// strike lines. Frees the page's lines and rects (only anchors and links are read later).
    std::string content(std::size_t i) {
        const Page& page = doc_.pages[i];
        ContentStream out;
        for (const auto& r : page.rects) {
            const PdfRect box{r.x, y(r.y + r.h), r.x + r.w, y(r.y)};
            if (r.stroke) out.stroke_rect(box, r.color, 0.5);
            else out.fill_rect(box, r.color);
        }
        bool text = false;
        std::map<HPDF_Font, std::string> names;
        for (const auto& line : page.lines)
            for (const auto& run : line.runs)
                if (!run.placeholder) {
                    if (!text) out.begin_text();
                    text = true;
                    HPDF_Font font = loaded_.at(run.face);
                    auto name = names.find(font);
                    if (name == names.end()) name = names.emplace(font, pdf_.font_resource(pages_[i], font)).first;
                    const int units = pdf_.use_glyphs(font, run.text);
                    out.text(name->second, run.size, run.color, run.x, y(line.baseline) + run.rise, run.text, units);
                }
        if (text) out.end_text();
        for (const auto& line : page.lines)
            for (const auto& run : line.runs) marks(out, line, run);
        std::vector<Line>().swap(doc_.pages[i].lines);
        std::vector<Rect>().swap(doc_.pages[i].rects);
        return out.take();
    }

    /// What text cannot draw: the box of a character no font has, the line through struck text.
    void marks(ContentStream& out, const Line& line, const Run& run) {
        const double base = y(line.baseline) + run.rise;
        if (run.placeholder) { // an open box the size of a capital
            const double w = run.width * 0.8, h = run.size * 0.68;
            out.stroke_rect(PdfRect{run.x + run.width * 0.1, base, run.x + run.width * 0.1 + w, base + h}, run.color, 0.5);
        } else if (run.strike) {
            out.fill_rect(PdfRect{run.x, base + run.size * 0.28, run.x + run.width, base + run.size * 0.28 + 0.5}, run.color);
        }
    }

    void links(std::size_t i) {
        for (const auto& l : doc_.pages[i].links) {
            const PdfRect r{l.x, y(l.y + l.h), l.x + l.w, y(l.y)};
            fingerprint_.add(l.uri);
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
