// FontSet: fontconfig lookups with sensible substitutes, glyph coverage, advance widths from the files.
#include "write/pdf/fontset.hpp"

#include "core/error.hpp"
#include "write/pdf/shape/unicode.hpp"

namespace brief::pdf {

FontSet::FontSet(const Style& style, Diagnostics& diagnostics) : style_(style), diagnostics_(&diagnostics) {}

void FontSet::start_run(Diagnostics& diagnostics) {
    diagnostics_ = &diagnostics;
    said_.clear();
}

FaceId FontSet::add(const FontFile& file) {
    for (std::size_t i = 0; i < faces_.size(); ++i)
        if (faces_[i].file.path == file.path && faces_[i].file.index == file.index) return static_cast<FaceId>(i);
    faces_.push_back(Face{file, coverage_of(file), nullptr, {}, nullptr});
    return static_cast<FaceId>(faces_.size() - 1);
}

std::optional<FontFile> FontSet::find(const std::string& family, bool bold, bool italic, const char* generic) {
    for (const auto& [b, i] : {std::pair{bold, italic}, std::pair{bold, false}, std::pair{false, italic},
                               std::pair{false, false}})
        if (auto f = find_font(family, b, i)) return f;
    missing_.emplace(family, generic);
    for (const auto& [b, i] : {std::pair{bold, italic}, std::pair{false, false}})
        if (auto f = find_font(generic, b, i)) return f;
    return std::nullopt;
}

FaceId FontSet::face(const FaceKey& key) {
    for (const auto& [k, id] : by_key_)
        if (k == key) return id;
    const auto& fonts = style_.fonts;
    const std::string& family = key.family == Family::body      ? fonts.body
                                : key.family == Family::heading ? fonts.heading
                                                                : fonts.mono;
    const char* generic = key.family == Family::body ? "serif" : key.family == Family::heading ? "sans-serif" : "monospace";
    auto file = find(family, key.bold, key.italic, generic);
    if (!file) throw Error("no TrueType font found for '" + family + "' nor for fontconfig's " + generic +
                           " (install fonts-noto-core and fonts-dejavu-core)");
    const FaceId id = add(*file);
    by_key_.emplace_back(key, id);
    return id;
}

int FontSet::fallback_count() {
    if (!fallbacks_found_) {
        fallbacks_found_ = true;
        for (const auto& family : style_.fonts.fallbacks)
            if (auto f = find_font(family, false, false)) fallbacks_.push_back(add(*f));
    }
    return static_cast<int>(fallbacks_.size());
}

FaceId FontSet::fallback(int index) {
    fallback_count();
    return fallbacks_.at(static_cast<std::size_t>(index));
}

// A face that has `c` but draws it with no advance where it should have one (Symbola's musical
// symbols, drawn over the letter before) is kept only for when no other face has it.
FaceId FontSet::fallback_for(const FaceKey& key, char32_t c) {
    FaceId spare = -1;
    for (int i = 0; i < fallback_count(); ++i)
        if (has_glyph(fallback(i), c)) {
            if (sets_well(fallback(i), c)) return fallback(i);
            if (spare < 0) spare = fallback(i);
        }
    const auto file = find_font_for(c, key.bold, key.italic, key.family == Family::body);
    if (!file) return spare;
    const FaceId id = add(*file);
    return has_glyph(id, c) && (spare < 0 || sets_well(id, c)) ? id : spare;
}

bool FontSet::sets_well(FaceId face, char32_t c) { return typeface(face).advance(c) > 0 || draws_without_advance(c); }

bool FontSet::has_glyph(FaceId face, char32_t c) { return faces_.at(static_cast<std::size_t>(face)).coverage.has(c); }

double FontSet::advance(FaceId face, char32_t c) { return has_glyph(face, c) ? typeface(face).advance(c) : 0; }

const Typeface& FontSet::typeface(FaceId face) {
    Face& f = faces_.at(static_cast<std::size_t>(face));
    if (!f.typeface) f.typeface = std::make_unique<Typeface>(f.file.path, f.file.index);
    return *f.typeface;
}

FontSet::Shaped& FontSet::shaped(FaceId face, std::string_view utf8) {
    const Typeface& shaper = typeface(face);
    auto& cache = faces_[static_cast<std::size_t>(face)].shaped;
    auto it = cache.find(utf8);
    if (it == cache.end()) {
        Shaped s;
        shaper.shape(utf8, s.glyphs);
        it = cache.emplace(std::string(utf8), std::move(s)).first;
    }
    return it->second;
}

void FontSet::shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out) {
    const auto& glyphs = shaped(face, utf8).glyphs;
    out.insert(out.end(), glyphs.begin(), glyphs.end());
}

void FontSet::paint_segment(FaceId face, std::string_view utf8, std::size_t at, std::vector<ShapedGlyph>& out,
                            std::vector<Segment>& fresh) {
    Face& f = faces_[static_cast<std::size_t>(face)];
    const bool space = utf8.size() == 1 && utf8[0] == ' ';
    auto* entry = space ? f.space : nullptr;
    if (entry == nullptr) {
        auto it = f.shaped.find(utf8);
        if (it == f.shaped.end()) {
            shaped(face, utf8);
            it = f.shaped.find(utf8);
        }
        entry = &*it; // an unordered map's elements stay where they are as it grows
        if (space) f.space = entry;
    }
    Shaped& s = entry->second;
    if (s.painted != painting_) {
        s.painted = painting_;
        fresh.push_back(Segment{entry->first, &s.glyphs});
    }
    const std::size_t first = out.size();
    out.insert(out.end(), s.glyphs.begin(), s.glyphs.end());
    if (at == 0) return;
    for (std::size_t i = first; i < out.size(); ++i) {
        out[i].cluster += static_cast<std::uint32_t>(at);
        out[i].text_at += static_cast<std::uint32_t>(at);
    }
}

void FontSet::shape_run(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out, std::vector<Segment>& fresh) {
    if (typeface(face).space_in_lookups()) { // whole, but for the spaces that end it (extraction's)
        std::size_t end = utf8.size();
        while (end > 0 && utf8[end - 1] == ' ') --end;
        paint_segment(face, utf8.substr(0, end), 0, out, fresh);
        for (std::size_t at = end; at < utf8.size(); ++at) paint_segment(face, " ", at, out, fresh);
        return;
    }
    for (std::size_t at = 0; at < utf8.size();) {
        std::size_t end = at + 1; // a space alone, or a word up to the next space
        if (utf8[at] != ' ')
            while (end < utf8.size() && utf8[end] != ' ') ++end;
        paint_segment(face, utf8.substr(at, end - at), at, out, fresh);
        at = end;
    }
}

double FontSet::ascent(FaceId face) { return typeface(face).info().ascent; }
double FontSet::descent(FaceId face) { return -typeface(face).info().descent; }

void FontSet::report_missing() {
    for (const auto& [family, generic] : missing_)
        if (said_.emplace(family, generic).second)
            diagnostics_->warn({}, "the font family '" + family + "' of style '" + style_.name + "' is not installed",
                               "the PDF uses fontconfig's " + generic + " font instead");
}

const FontFile& FontSet::file(FaceId face) const { return faces_.at(static_cast<std::size_t>(face)).file; }

} // namespace brief::pdf
