// Font discovery: families and faces resolve to loadable TrueType files, substitutes are refused, coverage is right.
#include "write/pdf/fonts/fontconfig.hpp"

#include <catch2/catch.hpp>

#include <fontconfig/fontconfig.h>

#include <future>
#include <set>
#include <string>
#include <vector>

using brief::pdf::Coverage;
using brief::pdf::coverage_of;
using brief::pdf::find_font;
using brief::pdf::FontFile;

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

TEST_CASE("each face of Noto Serif is its own TrueType file") {
    auto regular = find_font("Noto Serif", false, false);
    auto bold = find_font("Noto Serif", true, false);
    auto italic = find_font("Noto Serif", false, true);
    auto bold_italic = find_font("Noto Serif", true, true);
    REQUIRE(regular);
    REQUIRE(bold);
    REQUIRE(italic);
    REQUIRE(bold_italic);
    CHECK(ends_with(regular->path, "/NotoSerif-Regular.ttf"));
    CHECK(ends_with(bold->path, "/NotoSerif-Bold.ttf"));
    CHECK(ends_with(italic->path, "/NotoSerif-Italic.ttf"));
    CHECK(ends_with(bold_italic->path, "/NotoSerif-BoldItalic.ttf"));
    CHECK(regular->family == "Noto Serif");
    CHECK(regular->index == 0);
    CHECK_FALSE(regular->is_collection());
    CHECK((bold->bold && !bold->italic && italic->italic && !italic->bold));
}

TEST_CASE("family names match without regard to case or blanks, as fontconfig's do") {
    auto spelled = find_font("notoserif", false, false);
    REQUIRE(spelled);
    CHECK(spelled->family == "Noto Serif");
    CHECK(spelled == find_font("Noto Serif", false, false));
}

TEST_CASE("a family that is not installed gives nothing, not fontconfig's substitute") {
    CHECK_FALSE(find_font("No Such Family Brief Test", false, false));
    CHECK_FALSE(find_font("No Such Family Brief Test", true, true));
}

TEST_CASE("a face the family lacks gives nothing, so the caller picks the fallback") {
    REQUIRE(find_font("Droid Sans Fallback", false, false));
    CHECK_FALSE(find_font("Droid Sans Fallback", true, false));
    CHECK_FALSE(find_font("Droid Sans Fallback", false, true));
}

TEST_CASE("generic names take the configured family") {
    auto mono = find_font("monospace", false, false);
    REQUIRE(mono);
    CHECK_FALSE(mono->family.empty());
    CHECK(coverage_of(*mono).has(U'a'));
}

TEST_CASE("a face inside a TrueType collection carries its index") {
    auto mono = find_font("WenQuanYi Zen Hei Mono", false, false);
    REQUIRE(mono);
    CHECK(ends_with(mono->path, "/wqy-zenhei.ttc"));
    CHECK(mono->is_collection());
    CHECK(mono->index == 1);
    auto plain = find_font("WenQuanYi Zen Hei", false, false);
    REQUIRE(plain);
    CHECK(plain->index == 0);
}

TEST_CASE("coverage says which characters a font can draw") {
    auto serif = find_font("Noto Serif", false, false);
    auto cjk = find_font("Droid Sans Fallback", false, false);
    REQUIRE(serif);
    REQUIRE(cjk);
    Coverage latin = coverage_of(*serif);
    Coverage han = coverage_of(*cjk);
    CHECK(latin.has(U'A'));
    CHECK(latin.has(U'\u00e9'));  // é
    CHECK(latin.has(U'\u201c'));  // “
    CHECK(latin.has(U'\u03a9'));  // Ω
    CHECK_FALSE(latin.has(U'\u4e2d')); // 中
    CHECK(han.has(U'\u4e2d'));
    CHECK(han.has_all(U"\u4e2d\u6587"));
    CHECK_FALSE(han.has_all(U"\u4e2dA\u00e9"));
    CHECK(latin.size() > 1000);
    CHECK(han.size() > latin.size());
    CHECK_FALSE(Coverage{}.has(U'A'));
    CHECK(Coverage{}.size() == 0);
}

TEST_CASE("an unreadable font file covers nothing") {
    FontFile missing{"/nonexistent/brief-test.ttf", 0, "Missing", false, false};
    CHECK(coverage_of(missing).size() == 0);
}

TEST_CASE("lookups from several threads agree") {
    std::vector<std::future<std::optional<FontFile>>> answers;
    for (int i = 0; i < 8; ++i)
        answers.push_back(std::async(std::launch::async, [i] {
            auto font = find_font(i % 2 ? "Noto Sans" : "DejaVu Sans Mono", i % 4 >= 2, false);
            if (font) coverage_of(*font);
            return font;
        }));
    for (int i = 0; i < 8; ++i) {
        auto font = answers[static_cast<std::size_t>(i)].get();
        REQUIRE(font);
        CHECK(font == find_font(i % 2 ? "Noto Sans" : "DejaVu Sans Mono", i % 4 >= 2, false));
    }
}

TEST_CASE("every installed family and face: the listing's answer is fontconfig's ranking's, its coverage the file's") {
    std::set<std::string> families;
    {
        FcPattern* all = FcPatternCreate();
        FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, nullptr);
        FcFontSet* fonts = FcFontList(nullptr, all, objects);
        REQUIRE(fonts != nullptr);
        for (int i = 0; i < fonts->nfont; ++i) {
            FcChar8* name = nullptr;
            for (int n = 0; FcPatternGetString(fonts->fonts[i], FC_FAMILY, n, &name) == FcResultMatch; ++n)
                families.insert(reinterpret_cast<const char*>(name));
        }
        FcFontSetDestroy(fonts);
        FcObjectSetDestroy(objects);
        FcPatternDestroy(all);
    }
    REQUIRE(families.size() > 3);
    int found = 0;
    for (const std::string& family : families)
        for (const bool bold : {false, true})
            for (const bool italic : {false, true}) {
                INFO(family << (bold ? " bold" : "") << (italic ? " italic" : ""));
                const auto fast = find_font(family, bold, italic);
                CHECK(fast == brief::pdf::find_font_ranked(family, bold, italic));
                if (!fast) continue;
                ++found;
                const Coverage cached = coverage_of(*fast), read = brief::pdf::read_coverage(*fast);
                REQUIRE(cached.size() == read.size());
                int differ = 0;
                for (char32_t c = 0; c <= 0x2FFFF; ++c) differ += cached.has(c) != read.has(c);
                CHECK(differ == 0);
            }
    CHECK(found >= 4); // at least Noto Serif's four faces
}
