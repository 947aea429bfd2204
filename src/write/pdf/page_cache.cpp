// page_key and distinct_shown: what a kept page is found by, and what it adds to the fonts' glyphs.
#include "write/pdf/page_cache.hpp"

#include "core/fingerprint.hpp"

#include <algorithm>
#include <functional>
#include <span>
#include <unordered_set>

namespace brief::pdf {

namespace {

void add(Fingerprint& f, const Color& c) { f.add(int{c.r}).add(int{c.g}).add(int{c.b}); }

/// A tag as page_content marks it: an artifact, or the type of the element owning the slot.
void add_tag(Fingerprint& f, int tag, const Structure* tree) {
    if (tree == nullptr || tag < 0 || static_cast<std::size_t>(tag) >= tree->slots()) {
        f.add(tag < 0 || tree == nullptr ? -1 : tag); // a slot past the tree: page_content throws
        return;
    }
    f.add(tree->elements()[static_cast<std::size_t>(tree->owner(tag))].type);
}

/// A face by the font file it is (face numbers are only those of one font set).
void add_face(Fingerprint& f, FaceId face, FontSet& fonts) {
    const FontFile& file = fonts.file(face);
    f.add(file.path).add(file.index);
}

/// A glyph as shown, its texts still views into the run: what distinct_shown tells apart.
using GlyphSeen = BasicShownGlyph<std::string_view>;

struct GlyphSeenHash {
    std::size_t operator()(const GlyphSeen& g) const {
        std::size_t h = std::hash<std::string_view>()(g.text) ^ (std::hash<std::string_view>()(g.cluster) << 1);
        h ^= (std::size_t{g.glyph} << 20) ^ (static_cast<std::size_t>(g.face) << 52) ^ static_cast<std::size_t>(g.width) ^
             (std::size_t{g.nominal} << 19);
        return h;
    }
};

} // namespace

std::uint64_t page_key(const Page& page, double height, const Structure* tree, FontSet& fonts) {
    Fingerprint f;
    f.add(height).add(tree != nullptr);
    f.add(page.rects.size());
    for (const auto& r : page.rects) {
        f.add(r.x).add(r.y).add(r.w).add(r.h).add(r.stroke);
        add(f, r.color);
    }
    f.add(page.images.size());
    for (const auto& i : page.images) {
        f.add(i.x).add(i.y).add(i.w).add(i.h).add(i.picture);
        add_tag(f, i.tag, tree);
    }
    // the lines a kept layout set are known by its key; the page's own (running heads) are read
    f.add(page.laid_key);
    FaceId last = -1;
    const auto groups = line_groups(page);
    for (std::size_t g = page.laid_key != 0 ? 1 : 0; g < groups.size(); ++g) {
        f.add(groups[g].size());
        for (const Line& line : groups[g]) {
            f.add(line.baseline).add(line.runs.size());
            for (const auto& run : line.runs) {
                f.add(run.face); // the number PageContent::faces and ShownGlyph::face keep
                if (run.face != last) add_face(f, run.face, fonts); // and its file: runs mostly share a face
                f.add(run.face != last);
                last = run.face;
                f.add(run.x).add(run.rise).add(run.size).add(run.text).add(run.width);
                f.add(run.placeholder).add(run.strike).add(run.picture);
                add(f, run.color);
                add_tag(f, run.tag, tree);
            }
        }
    }
    return f.value();
}

void record_shown(ShownGlyphs& shown, const ShownGlyph& g) {
    ShapedGlyph one;
    one.glyph = g.glyph;
    one.width = g.width;
    one.nominal = g.nominal;
    if (g.cluster.empty()) {
        one.text_length = static_cast<std::uint32_t>(g.text.size());
        shown.add(g.text, std::span<const ShapedGlyph>(&one, 1));
    } else { // no text of its own: the cluster it stands in for is the whole text
        one.actual_length = static_cast<std::uint16_t>(g.cluster.size());
        shown.add(g.cluster, std::span<const ShapedGlyph>(&one, 1));
    }
}

std::vector<ShownGlyph> distinct_shown(const Page& page, const std::vector<std::vector<ShapedGlyph>>& glyphs) {
    // told apart by views into the runs' text, each distinct one copied out once (a page shows
    // thousands of glyphs and a few hundred distinct ones)
    std::unordered_set<GlyphSeen, GlyphSeenHash> seen;
    std::vector<ShownGlyph> out;
    std::size_t next = 0;
    for_each_run(page, [&](const Line&, const Run& run) {
        if (run.placeholder || next >= glyphs.size()) return;
        const std::string_view text = run.text;
        for (const ShapedGlyph& g : glyphs[next]) {
            const std::string_view mine = g.text_at < text.size() ? text.substr(g.text_at, g.text_length) : std::string_view();
            const GlyphSeen key{run.face, g.glyph, g.width, g.nominal, mine,
                                mine.empty() ? actual_text(g, text) : std::string_view()};
            if (seen.insert(key).second)
                out.push_back(ShownGlyph{key.face, key.glyph, key.width, key.nominal, std::string(key.text),
                                         std::string(key.cluster)});
        }
        ++next;
    });
    std::sort(out.begin(), out.end()); // an order that does not depend on the page's
    return out;
}

} // namespace brief::pdf
