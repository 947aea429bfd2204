// paint_pdf: page contents, pictures, fonts, outline and metadata (libharu's objects); then brief's own (pages, links, the structure tree, written while libharu's are saved); bytes.
#include "write/pdf/paint.hpp"

#include "core/error.hpp"
#include "core/fingerprint.hpp"
#include "core/parallel.hpp"
#include "core/deflate.hpp"
#include "write/pdf/hpdf/cid_font.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/hpdf.hpp"
#include "write/pdf/hpdf/images.hpp"
#include "write/pdf/hpdf/pages.hpp"
#include "write/pdf/hpdf/streams.hpp"
#include "write/pdf/hpdf/structure.hpp"
#include "core/leftovers.hpp"
#include "core/memo.hpp"
#include "write/pdf/page_cache.hpp"
#include "write/pdf/page_content.hpp"
#include "write/pdf/shape/subset.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <latch>

#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace brief::pdf {

namespace {

/// `n` as sixteen hexadecimal digits.
std::string hex(std::uint64_t n) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(n));
    return buf;
}

/// The faces `contents` use, in the order they first appear, page by page (each page's in its
/// own order of first use).
std::vector<FaceId> faces_shown(const std::vector<std::shared_ptr<const PageContent>>& contents) {
    std::vector<FaceId> out;
    for (const auto& page : contents)
        for (const FaceId face : page->faces)
            if (std::find(out.begin(), out.end(), face) == out.end()) out.push_back(face);
    return out;
}

/// Painting state: the wrapper, the fonts, the pages and destinations made so far.
class Painter {
  public:
    Painter(Document& doc, FontSet& fonts, HaruDocument& pdf) : doc_(doc), fonts_(fonts), pdf_(pdf) {}

    /// Frees what is painted as it goes (page contents, the /ID seed): a large briefing's pages
    /// and its libharu streams are then not all held at once.
    Bytes run(PaintInfo info) {
        fonts_.begin_painting();
        marked_.resize(doc_.parts.size());
        annotations_.resize(doc_.parts.size());
        for (std::size_t p = 0; p < doc_.parts.size(); ++p) {
            marked_[p].resize(doc_.parts[p]->slots());
            annotations_[p].resize(doc_.parts[p]->slots());
        }
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) destinations(i);
        embed_pictures(info.pdfa, info.threads);
        contents(info.threads, info.memo);
        for (std::size_t i = 0; i < doc_.pages.size(); ++i)
            for_each_link(i, [this](const Page&, const LinkArea& l) { fingerprint_.add(l.uri); });
        outline();
        write_fonts(info.threads, info.memo);
        info.id_seed += hex(fingerprint_.value());
        if (info.pdfa) {
            make_pdfa(pdf_.raw(), PdfaInfo{info.info, info.id_seed});
        } else {
            set_metadata(pdf_.raw(), info.info);
            set_document_id(pdf_.raw(), info.id_seed);
        }
        std::string().swap(info.id_seed);
        // objects of brief's own from here on (OwnObjects), numbered after every libharu object
        pages_.emplace(pdf_.raw(), pdf_.own_objects(), doc_.pages.size(), doc_.width, doc_.height);
        for (const Pointed& p : pointed_) pdf_.point(p.item, pages_->number(p.page), p.top);
        pointed_.clear();
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) write_page(i);
        return tag_and_save(info.threads, info.early);
    }

  private:
    Document& doc_;
    FontSet& fonts_;
    HaruDocument& pdf_;
    std::map<FaceId, HPDF_Dict> loaded_;
    std::vector<FaceId> load_order_;
    std::map<FaceId, ShownGlyphs> shown_; ///< what the pages show of each face
    std::optional<OwnPages> pages_; ///< made once libharu makes no more objects
    /// Each page's content, painted, until its page is written.
    std::vector<std::shared_ptr<const PageContent>> painted_;
    /// An outline item and where it goes, until the pages have numbers.
    struct Pointed {
        HPDF_Outline item = nullptr;
        std::size_t page = 0;
        double top = 0;
    };
    std::vector<Pointed> pointed_;
    std::vector<HPDF_Image> images_; ///< per Document::pictures index: its XObject, null when unused
    /// Where an anchor is: the index of its page, and its top in PDF space.
    struct Target {
        std::size_t page = 0;
        double top = 0;
    };
    std::unordered_map<std::string, Target> dests_; ///< looked up, never walked: a large briefing has thousands
    Fingerprint fingerprint_; ///< of what the pages show, for the /ID
    /// A link annotation: its object's number, and its entries until its element is written.
    struct MadeLink {
        std::uint32_t number = 0;
        std::string entries;
        bool written = false;
    };
    std::vector<MadeLink> links_;
    /// Where each part's slots were painted: per part, per slot, its (page, MCID)s in painting
    /// order, and its link annotations (page, index in links_).
    std::vector<std::vector<std::vector<std::pair<std::size_t, int>>>> marked_;
    std::vector<std::vector<std::vector<std::pair<std::size_t, std::size_t>>>> annotations_;

    double y(double from_top) const { return doc_.height - from_top; }

    /// A font object for each face the pages' contents use, in the order they first appear;
    /// filled by write_fonts once every page is drawn.
    void load_fonts(const std::vector<std::shared_ptr<const PageContent>>& contents) {
        for (const FaceId face : faces_shown(contents)) {
            loaded_[face] = new_cid_font(pdf_.raw());
            load_order_.push_back(face);
        }
    }

    /// What the pages show of `face`, empty at first. Called under the lock of the fonts while
    /// pages are painted.
    ShownGlyphs& shown_of(FaceId face) {
        auto it = shown_.find(face);
        if (it == shown_.end()) it = shown_.emplace(face, ShownGlyphs(fonts_.typeface(face).info().glyph_count)).first;
        return it->second;
    }

    /// Each font's glyphs, subset programs made on `threads` threads, the objects written,
    /// their streams compressed. With a memo, a face showing the glyphs it showed in an earlier
    /// run gets that run's program, and streams that run compressed are not compressed again.
    void write_fonts(int threads, Memo* memo) {
        std::vector<CidFontData> data(load_order_.size());
        for (std::size_t i = 0; i < data.size(); ++i) {
            data[i].info = fonts_.typeface(load_order_[i]).info();
            data[i].glyphs = shown_of(load_order_[i]).shown(); // empty when no glyph of it was shown
        }
        shown_.clear();
        parallel_for(data.size(), threads, [&](std::size_t i) {
            std::vector<std::uint32_t> glyphs;
            for (const auto& [g, _] : data[i].glyphs) glyphs.push_back(g);
            data[i].program = subset_of(load_order_[i], glyphs, memo);
        });
        std::vector<HPDF_Dict> streams;
        for (std::size_t i = 0; i < data.size(); ++i) {
            const CidFontStreams s = write_cid_font(pdf_.raw(), loaded_.at(load_order_[i]), data[i]);
            streams.insert(streams.end(), {s.program, s.cid_set, s.to_unicode});
            std::string().swap(data[i].program);
        }
        compress_streams(streams, threads, stream_data, memo);
    }

    /// subset_font of the face, or with a memo the program an earlier run made of the same font
    /// file's same glyphs. Called on several threads at once: the typefaces are opened before.
    std::string subset_of(FaceId face, const std::vector<std::uint32_t>& glyphs, Memo* memo) {
        if (memo == nullptr) return subset_font(fonts_.typeface(face), glyphs);
        const FontFile& file = fonts_.file(face);
        Fingerprint f;
        f.add(file.path).add(file.index).add(glyphs.size());
        for (const std::uint32_t g : glyphs) f.add(std::size_t{g});
        return *memo->get<std::string>("pdf font subset", f.value(), [&] { return subset_font(fonts_.typeface(face), glyphs); });
    }

    /// The pictures the pages show, in order of first use (page by page), each checked against
    /// Document::pictures.
    std::vector<std::size_t> pictures_shown() const {
        std::vector<std::size_t> out;
        std::vector<bool> seen(doc_.pictures != nullptr ? doc_.pictures->size() : 0);
        for (const auto& page : doc_.pages)
            for (const auto& image : page.images) {
                if (!shown(image)) continue;
                if (image.picture >= seen.size())
                    throw Error("layout placed picture " + std::to_string(image.picture) + " of " +
                                std::to_string(seen.size()));
                if (!seen[image.picture]) out.push_back(image.picture);
                seen[image.picture] = true;
            }
        return out;
    }

    /// One image XObject per picture shown, however many pages show it, added in order of first
    /// use; the samples are prepared and compressed on `threads` threads beforehand (the bytes do
    /// not depend on the count). Each picture's id joins the fingerprint of the /ID.
    void embed_pictures(bool pdfa, int threads) {
        const std::vector<std::size_t> used = pictures_shown();
        if (used.empty()) return;
        const std::vector<Picture>& pictures = *doc_.pictures;
        std::vector<ImageStreams> made(used.size());
        parallel_for(made.size(), threads, [&](std::size_t i) { made[i] = image_streams(pictures[used[i]], pdfa); });
        images_.assign(pictures.size(), nullptr);
        for (std::size_t i = 0; i < used.size(); ++i) {
            fingerprint_.add(pictures[used[i]].id);
            images_[used[i]] = add_image(pdf_.raw(), made[i]);
            std::string().swap(made[i].data); // libharu holds its copy
            std::string().swap(made[i].smask);
        }
    }

    /// Page i's anchors, each kept where it is first seen.
    void destinations(std::size_t i) {
        for (const auto& a : doc_.pages[i].anchors) dests_.try_emplace(a.name, Target{i, y(std::max(0.0, a.y))});
    }

    /// Every page's content, made and compressed on `threads` threads; then a font object for
    /// each face they use (load_fonts), and each content kept for its page (write_page); painted
    /// pages' lines are freed. Shaping through the font set and recording the
    /// glyphs shown are the steps that must not run twice at once; they are held under a lock
    /// (what ShownGlyphs keeps does not depend on the order of the pages). With a memo, each page
    /// is found by page_key, or made and kept with its distinct glyphs, which are then recorded as
    /// shown (after the threads, in page order): the fonts are those painting every page gives.
    void contents(int threads, Memo* memo) {
        std::vector<std::shared_ptr<const PageContent>> made(doc_.pages.size());
        std::vector<std::shared_ptr<const PaintedPage>> kept(memo != nullptr ? made.size() : 0);
        std::mutex fonts;
        parallel_for(made.size(), threads, [&](std::size_t i) {
            Page& page = doc_.pages[i];
            if (memo == nullptr) {
                std::vector<std::vector<ShapedGlyph>> glyphs;
                {
                    const std::lock_guard<std::mutex> hold(fonts);
                    glyphs = shape_page(page, true);
                }
                made[i] = std::make_shared<const PageContent>(painted(page, glyphs));
            } else {
                const std::uint64_t key = page_key(page, doc_.height, part_of(page), fonts_);
                kept[i] = memo->get<PaintedPage>("pdf page", key, [&] {
                    std::vector<std::vector<ShapedGlyph>> glyphs;
                    {
                        const std::lock_guard<std::mutex> hold(fonts);
                        glyphs = shape_page(page, false); // the page keeps its own distinct glyphs
                    }
                    return PaintedPage{painted(page, glyphs), distinct_shown(page, glyphs)};
                });
                made[i] = std::shared_ptr<const PageContent>(kept[i], &kept[i]->content); // shared, not copied
            }
            std::vector<Line>().swap(page.lines); // only anchors and links are read later
            page.kept_lines.reset();
            std::vector<Rect>().swap(page.rects);
        });
        for (const auto& page : kept) // after the threads, not under their lock (waiting on it cost more)
            for (const ShownGlyph& g : page->shown) record_shown(shown_of(g.face), g);
        kept.clear();
        load_fonts(made);
        for (std::size_t i = 0; i < made.size(); ++i) {
            fingerprint_.add(made[i]->fingerprint);
            for (std::size_t m = 0; m < made[i]->marked.size(); ++m)
                marked_.at(static_cast<std::size_t>(doc_.pages[i].part)).at(static_cast<std::size_t>(made[i]->marked[m]))
                    .emplace_back(i, static_cast<int>(m));
        }
        painted_ = std::move(made);
    }

    /// A page's content, its operators compressed and fingerprinted.
    PageContent painted(const Page& page, const std::vector<std::vector<ShapedGlyph>>& glyphs) const {
        PageContent out = page_content(page, doc_.height, glyphs, part_of(page));
        out.operators = deflate(out.operators);
        out.fingerprint = Fingerprint().add(out.operators).value();
        return out;
    }

    /// The structure the page's tags name, null when it has none.
    const Structure* part_of(const Page& page) const {
        return page.part >= 0 ? doc_.parts.at(static_cast<std::size_t>(page.part)).get() : nullptr;
    }

    /// The shaped glyphs of each text run of a page; with `record`, recorded as shown (each
    /// distinct word once: recording it again would change nothing, ShownGlyphs keeping the same
    /// choice whatever the order and however often a text is added).
    std::vector<std::vector<ShapedGlyph>> shape_page(const Page& page, bool record) {
        std::vector<std::vector<ShapedGlyph>> out;
        std::vector<FontSet::Segment> fresh;
        for_each_run(page, [&](const Line&, const Run& run) {
            if (run.placeholder) return;
            fresh.clear();
            fonts_.shape_run(run.face, run.text, out.emplace_back(), fresh);
            if (record)
                for (const auto& seg : fresh) shown_of(run.face).add(seg.text, *seg.glyphs);
        });
        return out;
    }

    /// Page i, its content and resources as page_content named them (fonts and images by their
    /// objects' numbers) and its link annotations; its content is freed.
    void write_page(std::size_t i) {
        const PageContent& made = *painted_.at(i);
        PageResources resources;
        for (const FaceId face : made.faces) resources.fonts.push_back(object_number(loaded_.at(face)));
        for (const std::size_t picture : made.pictures) resources.images.push_back(object_number(images_.at(picture)));
        pages_->write(i, made.operators, resources, links(i));
        painted_[i].reset();
    }

    /// Calls `each(page, link)` for page i's links that have an element: a link layout left
    /// untagged (none should be) is not made, as every annotation must be in the structure tree.
    template <class Each>
    void for_each_link(std::size_t i, Each each) const {
        const Page& page = doc_.pages[i];
        for (const auto& l : page.links)
            if (page.part >= 0 && l.tag >= 0) each(page, l);
    }

    /// Page i's link annotations, objects of brief's own, each kept for its Link element, which
    /// writes it (tag); returns their numbers.
    std::vector<std::uint32_t> links(std::size_t i) {
        std::vector<std::uint32_t> listed;
        for_each_link(i, [&](const Page& page, const LinkArea& l) {
            const PdfRect r{l.x, y(l.y + l.h), l.x + l.w, y(l.y)};
            MadeLink made;
            if (!l.uri.empty()) {
                made.entries = HaruDocument::link(pages_->number(i), r, l.uri);
            } else if (auto it = dests_.find(l.dest); it != dests_.end()) {
                made.entries = HaruDocument::link(pages_->number(i), r, pages_->number(it->second.page), it->second.top);
            } else {
                return;
            }
            made.number = pdf_.own_objects().reserve();
            listed.push_back(made.number);
            annotations_.at(static_cast<std::size_t>(page.part)).at(static_cast<std::size_t>(l.tag)).emplace_back(i, links_.size());
            links_.push_back(std::move(made));
        });
        return listed;
    }

    /// The file: the structure tree (tag) written while libharu saves its objects, on two of
    /// `threads` threads, as it touches only objects of brief's own, which the save writes last,
    /// once the tree is done. The bytes are the same on one thread, where the tree comes first.
    Bytes tag_and_save(int threads, EarlyBytes* early) {
        pdf_.own_objects().expect(own_bytes_expected());
        StructureWriter tree(pdf_.raw(), pdf_.own_objects(), pages_->numbers(), doc_.lang.empty() ? "und" : doc_.lang);
        std::latch tagged(1);
        Bytes out;
        parallel_for(2, threads, [&](std::size_t i) {
            if (i == 1) {
                out = pdf_.save(early, [&tagged] { tagged.wait(); });
                return;
            }
            try { // the tree first: on one thread the save, which waits for it, comes after
                tag(tree);
            } catch (...) {
                tagged.count_down();
                throw;
            }
            tagged.count_down();
        });
        return out;
    }

    /// About how many bytes the objects of brief's own still to be written take: the links (their
    /// entries, and the tree's /StructParent and /Contents), the elements, the parent tree.
    std::size_t own_bytes_expected() const {
        std::size_t bytes = 0;
        for (const MadeLink& l : links_) bytes += l.entries.size() + 160;
        for (const auto& part : doc_.parts) bytes += part->elements().size() * 112;
        return bytes + (doc_.pages.size() + links_.size()) * 16;
    }

    /// The structure tree: under the Document element, each part's elements in reading order,
    /// each slot's marked content and annotations where the slot stands among its element's kids.
    /// A link no element took (none should be) is written without its entries for the tree.
    void tag(StructureWriter& tree) {
        for (std::size_t p = 0; p < doc_.parts.size(); ++p)
            for (const int root : doc_.parts[p]->roots()) element(tree, p, root);
        tree.finish();
        for (MadeLink& l : links_)
            if (!l.written) write_link(l, "");
        links_.clear();
    }

    /// The link's object: its entries and `more`.
    void write_link(MadeLink& l, std::string_view more) {
        pdf_.own_objects().set_dictionary(l.number, l.entries, more);
        l.written = true;
        std::string().swap(l.entries);
    }

    void element(StructureWriter& tree, std::size_t part, int index) {
        const StructElem& e = doc_.parts[part]->elements()[static_cast<std::size_t>(index)];
        const std::string_view alt = e.type == "Link" ? std::string_view() : std::string_view(e.alt); // a Link's is its annotations'
        tree.open(e.type, ElementInfo{alt, e.lang, e.id, e.scope});
        for (const int kid : e.kids) {
            if (kid >= 0) {
                element(tree, part, kid);
                continue;
            }
            const auto slot = static_cast<std::size_t>(-1 - kid);
            for (const auto& [page, mcid] : marked_[part][slot]) tree.content(page, mcid);
            for (const auto& [page, link] : annotations_[part][slot]) {
                MadeLink& l = links_[link];
                write_link(l, tree.annotation(page, l.number, e.alt));
            }
        }
        tree.close();
    }

    void outline() {
        std::vector<HPDF_Outline> parents;
        for (const auto& b : doc_.bookmarks) {
            auto it = dests_.find(b.dest);
            if (it == dests_.end()) continue;
            parents.resize(static_cast<std::size_t>(b.level));
            HPDF_Outline parent = b.level > 0 && !parents.empty() ? parents.back() : nullptr;
            parents.push_back(pdf_.outline(parent, b.title));
            pointed_.push_back(Pointed{parents.back(), it->second.page, it->second.top});
        }
        if (!parents.empty()) pdf_.show_outlines();
    }
};

} // namespace

PaintStart::PaintStart(Leftovers* leftovers) : pdf_(std::make_unique<HaruDocument>()), leftovers_(leftovers) {}

PaintStart::~PaintStart() {
    if (leftovers_ == nullptr) return;
    leftovers_->keep(std::move(pdf_));
    if (painted_ != nullptr) leftovers_->keep(std::move(painted_));
}

Bytes paint_pdf(Document doc, FontSet& fonts, PaintInfo info, PaintStart& start) {
    start.painted_ = std::make_unique<Document>(std::move(doc));
    auto painter = std::make_unique<Painter>(*start.painted_, fonts, *start.pdf_);
    Bytes out = painter->run(std::move(info));
    // its maps of thousands of anchors and slots freed later, as the libharu document is
    if (start.leftovers_ != nullptr) start.leftovers_->keep(std::move(painter));
    return out;
}

Bytes paint_pdf(Document doc, FontSet& fonts, PaintInfo info) {
    PaintStart start;
    return paint_pdf(std::move(doc), fonts, std::move(info), start);
}

} // namespace brief::pdf
