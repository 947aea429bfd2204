// Font discovery through fontconfig: the only file that calls it, behind one mutex and two caches.
#include "write/pdf/fonts/fontconfig.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>
#include <utility>

namespace brief::pdf {
namespace {

// Fontconfig's configuration and caches are not documented as thread-safe for concurrent
// queries, so every call goes through this one lock, which also guards the caches below.
std::mutex& fontconfig_lock() {
    static std::mutex lock;
    return lock;
}

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FontSetDeleter {
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;
using FontSet = std::unique_ptr<FcFontSet, FontSetDeleter>;

const FcChar8* fc_str(const std::string& s) { return reinterpret_cast<const FcChar8*>(s.c_str()); }

bool same_family(std::string_view a, std::string_view b);

// Names that mean "whatever the system configures" rather than one family.
bool is_generic(const std::string& family) {
    static const char* const generic[] = {"serif", "sans-serif", "sans", "monospace", "mono"};
    return std::any_of(std::begin(generic), std::end(generic),
                       [&](const char* g) { return same_family(family, g); });
}

// Weight and slant may be stored as integers or (for ranges) doubles depending on the font.
std::optional<double> number_of(const FcPattern* p, const char* object) {
    int i = 0;
    if (FcPatternGetInteger(p, object, 0, &i) == FcResultMatch) return i;
    double d = 0;
    if (FcPatternGetDouble(p, object, 0, &d) == FcResultMatch) return d;
    return std::nullopt;
}

std::optional<std::string> string_of(const FcPattern* p, const char* object, int n = 0) {
    FcChar8* s = nullptr;
    if (FcPatternGetString(p, object, n, &s) != FcResultMatch || s == nullptr) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(s));
}

bool bool_of(const FcPattern* p, const char* object) {
    FcBool b = FcFalse;
    return FcPatternGetBool(p, object, 0, &b) == FcResultMatch && b == FcTrue;
}

// A family name as fontconfig compares it: ASCII lower case, without blanks.
std::string squeezed(std::string_view name) {
    std::string out;
    for (unsigned char c : name)
        if (c != ' ') out += static_cast<char>(std::tolower(c));
    return out;
}

bool same_family(std::string_view a, std::string_view b) { return squeezed(a) == squeezed(b); }

// The font's own spelling of `family` (any of its names, ignoring case and blanks as fontconfig
// does), or its first name when any family will do; nullopt when it is another family.
std::optional<std::string> family_match(const FcPattern* font, const std::string& family, bool any) {
    for (int n = 0;; ++n) {
        auto name = string_of(font, FC_FAMILY, n);
        if (!name) return std::nullopt;
        if (any || same_family(*name, family)) return name;
    }
}

// The PDF embeds glyf-based TrueType (FontFile2 under a CIDFontType2), one face of a file: no
// CFF outlines, no variable-font named instances (index with high bits set).
bool embeddable(const FcPattern* font) {
    auto format = string_of(font, FC_FONTFORMAT);
    int index = 0;
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    return format == "TrueType" && !bool_of(font, FC_VARIABLE) && (index >> 16) == 0 &&
           string_of(font, FC_FILE).has_value();
}

bool face_matches(const FcPattern* font, bool bold, bool italic) {
    double weight = number_of(font, FC_WEIGHT).value_or(FC_WEIGHT_REGULAR);
    double slant = number_of(font, FC_SLANT).value_or(FC_SLANT_ROMAN);
    return (weight >= FC_WEIGHT_DEMIBOLD) == bold && (slant != FC_SLANT_ROMAN) == italic;
}

// The request: family, face, and a preference for glyf TrueType so such files sort first when
// a family is installed in several formats.
Pattern request_for(const std::string& family, bool bold, bool italic) {
    Pattern p(FcPatternCreate());
    FcPatternAddString(p.get(), FC_FAMILY, fc_str(family));
    FcPatternAddInteger(p.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(p.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcPatternAddInteger(p.get(), FC_WIDTH, FC_WIDTH_NORMAL);
    FcPatternAddString(p.get(), FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
    FcPatternAddBool(p.get(), FC_VARIABLE, FcFalse);
    FcPatternAddBool(p.get(), FC_SCALABLE, FcTrue);
    FcConfigSubstitute(nullptr, p.get(), FcMatchPattern);
    FcDefaultSubstitute(p.get());
    return p;
}

// Walks fontconfig's ranking of every installed font and keeps the first that is the family
// asked for (fontconfig ranks substitutes after it), in the face asked for, and loadable.
std::optional<FontFile> lookup_ranked(const std::string& family, bool bold, bool italic) {
    if (FcInit() != FcTrue) return std::nullopt;
    Pattern request = request_for(family, bold, italic);
    FcResult result = FcResultNoMatch;
    FontSet sorted(FcFontSort(nullptr, request.get(), FcFalse, nullptr, &result));
    if (!sorted) return std::nullopt;
    const bool any = is_generic(family);
    for (int i = 0; i < sorted->nfont; ++i) {
        const FcPattern* font = sorted->fonts[i];
        auto name = family_match(font, family, any);
        if (!name || !face_matches(font, bold, italic) || !embeddable(font)) continue;
        int index = 0;
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        return FontFile{*string_of(font, FC_FILE), index, *name, bold, italic};
    }
    return std::nullopt;
}

// Every installed font, listed once per process with what lookup_ranked's filters read, and
// which of them carry each family name (squeezed), in list order.
struct Listed {
    FontSet fonts;
    std::unordered_map<std::string, std::vector<int>> by_family;
};

const Listed& listed() {
    static const Listed made = [] {
        Listed l;
        if (FcInit() != FcTrue) return l;
        Pattern all(FcPatternCreate());
        FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_FONTFORMAT,
                                                FC_VARIABLE, FC_CHARSET, FC_COLOR, nullptr);
        l.fonts.reset(FcFontList(nullptr, all.get(), objects));
        FcObjectSetDestroy(objects);
        for (int i = 0; l.fonts && i < l.fonts->nfont; ++i)
            for (int n = 0; auto name = string_of(l.fonts->fonts[i], FC_FAMILY, n); ++n) {
                auto& carriers = l.by_family[squeezed(*name)];
                if (carriers.empty() || carriers.back() != i) carriers.push_back(i);
            }
        return l;
    }();
    return made;
}

const FcFontSet* installed_fonts() { return listed().fonts.get(); }

// The one installed font that passes lookup_ranked's filters for a named family, found without
// ranking them all: when exactly one font passes, it is the one the ranking would give first;
// nullopt when none or several do (lookup_ranked decides).
std::optional<FontFile> lookup_unique(const std::string& family, bool bold, bool italic) {
    const Listed& all = listed();
    if (!all.fonts || is_generic(family)) return std::nullopt;
    const auto carriers = all.by_family.find(squeezed(family));
    if (carriers == all.by_family.end()) return std::nullopt;
    std::optional<FontFile> found;
    for (const int i : carriers->second) {
        const FcPattern* font = all.fonts->fonts[i];
        auto name = family_match(font, family, false);
        if (!name || !face_matches(font, bold, italic) || !embeddable(font)) continue;
        if (found) return std::nullopt;
        int index = 0;
        FcPatternGetInteger(font, FC_INDEX, 0, &index);
        found = FontFile{*string_of(font, FC_FILE), index, *name, bold, italic};
    }
    return found;
}

std::vector<Coverage::Page> pages_of(const FcCharSet* charset) {
    std::vector<Coverage::Page> pages;
    FcChar32 map[FC_CHARSET_MAP_SIZE];
    FcChar32 next = 0;
    for (FcChar32 base = FcCharSetFirstPage(charset, map, &next); base != FC_CHARSET_DONE;
         base = FcCharSetNextPage(charset, map, &next)) {
        Coverage::Page page{static_cast<char32_t>(base), {}};
        std::copy(std::begin(map), std::end(map), page.bits.begin());
        if (std::any_of(page.bits.begin(), page.bits.end(), [](std::uint32_t w) { return w != 0; }))
            pages.push_back(page);
    }
    return pages; // FcCharSetNextPage walks pages in increasing order
}

// The cmap of an installed font as fontconfig's cache holds it; nullopt for a file it does not list.
std::optional<Coverage> listed_coverage(const FontFile& font) {
    const FcFontSet* fonts = installed_fonts();
    for (int i = 0; fonts != nullptr && i < fonts->nfont; ++i) {
        const FcPattern* f = fonts->fonts[i];
        int index = 0;
        FcPatternGetInteger(f, FC_INDEX, 0, &index);
        FcCharSet* charset = nullptr;
        if (index == font.index && string_of(f, FC_FILE) == font.path &&
            FcPatternGetCharSet(f, FC_CHARSET, 0, &charset) == FcResultMatch)
            return Coverage(pages_of(charset));
    }
    return std::nullopt;
}

// Reads the file's cmap through fontconfig's FreeType query (works for any file, cached or not).
Coverage query_coverage(const FontFile& font) {
    if (FcInit() != FcTrue) return {};
    int count = 0;
    Pattern pattern(FcFreeTypeQuery(fc_str(font.path), static_cast<unsigned>(font.index), nullptr, &count));
    if (!pattern) return {};
    FcCharSet* charset = nullptr;
    if (FcPatternGetCharSet(pattern.get(), FC_CHARSET, 0, &charset) != FcResultMatch) return {};
    return Coverage(pages_of(charset));
}

// The families preferred for a script, before any other that has the character: Arabic from a
// Naskh whose ligatures extract as their letters (DejaVu's lam-alef does not), symbols and emoji
// (any plane) from Symbola.
std::vector<std::string_view> preferred_families(char32_t c) {
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
        (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        return {"Noto Naskh Arabic", "Amiri"};
    if ((c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF)) return {"Symbola"};
    return {};
}

// How well an installed font suits a character the style's fonts lack (lower is better): a
// preferred family of its script, then Noto in the style's kind (serif or sans), then any Noto,
// then the rest; the face asked for before another.
std::tuple<int, int, std::string, std::string, int> fallback_rank(const FcPattern* font, char32_t c, bool bold,
                                                                  bool italic, bool serif) {
    const std::string family = string_of(font, FC_FAMILY).value_or("");
    const auto preferred = preferred_families(c);
    int kind = 4;
    for (std::size_t i = 0; i < preferred.size(); ++i)
        if (same_family(family, preferred[i])) kind = std::min(kind, static_cast<int>(i) - 10);
    if (kind == 4 && family.rfind(serif ? "Noto Serif" : "Noto Sans", 0) == 0) kind = 1;
    if (kind == 4 && family.rfind("Noto", 0) == 0) kind = 2;
    int index = 0;
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    return {kind, face_matches(font, bold, italic) ? 0 : 1, family, string_of(font, FC_FILE).value_or(""), index};
}

// The best installed font for `c` by fallback_rank, among those brief can embed (glyf TrueType,
// no colour bitmaps) whose charset has it; the same answer whatever was asked before.
std::optional<FontFile> lookup_for(char32_t c, bool bold, bool italic, bool serif) {
    const FcFontSet* fonts = installed_fonts();
    if (fonts == nullptr) return std::nullopt;
    const FcPattern* best = nullptr;
    std::tuple<int, int, std::string, std::string, int> best_rank;
    for (int i = 0; i < fonts->nfont; ++i) {
        const FcPattern* font = fonts->fonts[i];
        FcCharSet* charset = nullptr;
        if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch ||
            FcCharSetHasChar(charset, static_cast<FcChar32>(c)) != FcTrue || !embeddable(font) || bool_of(font, FC_COLOR))
            continue;
        auto rank = fallback_rank(font, c, bold, italic, serif);
        if (best == nullptr || rank < best_rank) best = font, best_rank = std::move(rank);
    }
    if (best == nullptr) return std::nullopt;
    const bool is_bold = number_of(best, FC_WEIGHT).value_or(FC_WEIGHT_REGULAR) >= FC_WEIGHT_DEMIBOLD;
    const bool is_italic = number_of(best, FC_SLANT).value_or(FC_SLANT_ROMAN) != FC_SLANT_ROMAN;
    return FontFile{std::get<3>(best_rank), std::get<4>(best_rank), std::get<2>(best_rank), is_bold, is_italic};
}

} // namespace

bool FontFile::is_collection() const {
    if (path.size() < 4) return false;
    std::string ext = path.substr(path.size() - 4);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".ttc" || ext == ".otc";
}

void list_installed_fonts() { installed_fonts(); }

std::optional<FontFile> find_font(const std::string& family, bool bold, bool italic) {
    static std::map<std::tuple<std::string, bool, bool>, std::optional<FontFile>> cache;
    std::lock_guard guard(fontconfig_lock());
    auto key = std::make_tuple(family, bold, italic);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    auto found = lookup_unique(family, bold, italic);
    if (!found) found = lookup_ranked(family, bold, italic);
    cache.emplace(std::move(key), found);
    return found;
}

std::optional<FontFile> find_font_for(char32_t c, bool bold, bool italic, bool serif) {
    static std::map<std::tuple<char32_t, bool, bool, bool>, std::optional<FontFile>> cache;
    std::lock_guard guard(fontconfig_lock());
    auto key = std::make_tuple(c, bold, italic, serif);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    auto found = lookup_for(c, bold, italic, serif);
    cache.emplace(key, found);
    return found;
}

std::optional<FontFile> find_font_ranked(const std::string& family, bool bold, bool italic) {
    std::lock_guard guard(fontconfig_lock());
    return lookup_ranked(family, bold, italic);
}

Coverage read_coverage(const FontFile& font) {
    std::lock_guard guard(fontconfig_lock());
    return query_coverage(font);
}

Coverage coverage_of(const FontFile& font) {
    static std::map<std::pair<std::string, int>, Coverage> cache;
    std::lock_guard guard(fontconfig_lock());
    auto key = std::make_pair(font.path, font.index);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    Coverage coverage = listed_coverage(font).value_or(Coverage());
    if (coverage.size() == 0) coverage = query_coverage(font);
    cache.emplace(std::move(key), coverage);
    return coverage;
}

Coverage::Coverage(std::vector<Page> pages)
    : pages_(std::make_shared<const std::vector<Page>>(std::move(pages))) {}

bool Coverage::has(char32_t c) const {
    if (!pages_) return false;
    const char32_t base = c & ~char32_t{0xFF};
    auto it = std::lower_bound(pages_->begin(), pages_->end(), base,
                               [](const Page& p, char32_t b) { return p.base < b; });
    if (it == pages_->end() || it->base != base) return false;
    const unsigned offset = c & 0xFF;
    return (it->bits[offset / 32] >> (offset % 32)) & 1U;
}

bool Coverage::has_all(std::u32string_view text) const {
    return std::all_of(text.begin(), text.end(), [this](char32_t c) { return has(c); });
}

std::size_t Coverage::size() const {
    std::size_t n = 0;
    if (!pages_) return n;
    for (const Page& p : *pages_)
        for (std::uint32_t w : p.bits) n += static_cast<std::size_t>(std::popcount(w));
    return n;
}

} // namespace brief::pdf
