// A build with watch's cache (BuildCache) after each kind of edit gives the bytes of a fresh build, and reuses what did not change.
#include "app/run.hpp"
#include "core/files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace brief;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void append(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::app) << text; }

void replace_first(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = slurp(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write_file_atomic(file, text);
}

/// Builds `dir`/a (in `style` when given) with the cache into `dir`/watched and without one into `dir`/fresh; checks
/// every format has the same bytes; returns the cached build's report.
BuildReport build_both(const fs::path& dir, BuildCache& cache, const std::string& what, const std::string& style = "") {
    BuildOptions options;
    options.input.inputs = {dir / "a"};
    options.input.style = style;
    options.quiet = true;
    options.out_dir = dir / "watched";
    std::ostringstream err;
    const BuildReport watched = build_briefing(options, &cache, err);
    options.out_dir = dir / "fresh";
    const BuildReport fresh = build_briefing(options, nullptr, err);
    INFO(what << ": " << err.str());
    REQUIRE(watched.exit_code == 0);
    REQUIRE(fresh.exit_code == 0);
    CHECK(watched.warnings == fresh.warnings); // said again, though what found them was kept
    for (const char* f : {"briefing.pdf", "briefing.epub", "briefing.docx", "briefing.xml"}) {
        INFO(f);
        CHECK(slurp(dir / "watched" / f) == slurp(dir / "fresh" / f));
    }
    return watched;
}

/// A fresh folder (`name` and the process id) holding a copy of the seed's articles as a/, with
/// the date of the builds fixed.
fs::path copy_of_articles(const std::string& name) {
    ::setenv("SOURCE_DATE_EPOCH", "1543190400", 1);
    const fs::path dir = fs::temp_directory_path() / (name + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(BRIEF_SOURCE_DIR) / "articles", dir / "a", fs::copy_options::recursive);
    return dir;
}

} // namespace

TEST_CASE("a cached build after each kind of edit has a fresh build's bytes, and reuses what did not change") {
    const fs::path dir = copy_of_articles("brief-cache-");
    const fs::path first = dir / "a" / "us-government-campaign-against-huawei-intensifies.md";
    const fs::path middle = dir / "a" / "us-government-reportedly-urges-allies-to-ditch-chinas-huawei.md";
    const fs::path last = dir / "a" / "usa-urges-allies-to-shun-huawei-technologies.md";
    BuildCache cache;
    const BuildReport start = build_both(dir, cache, "the first build");
    CHECK(start.remade > 0);
    CHECK(start.reused < start.remade); // only what one build asks for twice (a running head on every page)

    replace_first(last, "US officials", "US officials, who asked not to be named,");
    const BuildReport sentence = build_both(dir, cache, "a sentence changed in the last article");
    CHECK(sentence.reused > 0); // the other articles' layouts and pages, their sentences
    CHECK(sentence.remade < start.remade);

    append(first, "\nAnother report came in.[^late]\n\n[^late]: A note added after the first build.\n");
    build_both(dir, cache, "a footnote added to the first article (every later note renumbered)");

    std::string pages;
    for (int i = 0; i < 40; ++i)
        pages += "\nA paragraph added after the first build, long enough to fill a line or two of the page it is on.\n";
    append(first, pages);
    build_both(dir, cache, "the first article grown by pages (every later page number moved)");


    replace_first(middle, " allies", " partners");
    build_both(dir, cache, "a word replaced in the middle article");

    append(dir / "a" / "zz-new.md", "---\ntitle: A late report\noutlet: Late Wire\n---\nUS officials warned allies about Huawei.\n\n"
           "Quoted in Hindi, हिंदी, and in Thai, ตำรวจ: clusters drawn in ActualText spans.\n");
    build_both(dir, cache, "a new article");

    // A title no font can show (a private-use character): the article and the contents warn on
    // every build, the cached ones too.
    append(dir / "a" / "zz-odd.md", "---\ntitle: \"Odd \xee\x80\x80 title\"\n---\nBody text.\n");
    CHECK(build_both(dir, cache, "a title no font can show").warnings >= 2);
    replace_first(last, "US officials", "American officials");
    CHECK(build_both(dir, cache, "another article changed beside it").warnings >= 2);
    fs::remove(dir / "a" / "zz-odd.md");

    fs::remove(dir / "a" / "zz-new.md");
    fs::remove(middle);
    build_both(dir, cache, "two articles deleted");
    fs::remove_all(dir);
}

TEST_CASE("an article's kept pages, all moved on by whole pages, are each found as the page it is") {
    // With running feet that show the page number alone, an article moved on by k pages has on
    // its page j the feet its page j + k had: were its pages' contents kept by the article's
    // layout alone, not by which of its pages each is, page j would be given page j + k's.
    const fs::path dir = copy_of_articles("brief-cache-moved-");
    std::string style = slurp(fs::path(BRIEF_SOURCE_DIR) / "styles" / "default.yaml");
    const auto at = style.find("foot_right: \"Page {page} of {pages}\"");
    REQUIRE(at != std::string::npos);
    style.replace(at, std::string("foot_right: \"Page {page} of {pages}\"").size(), "foot_right: \"Page {page}\"");
    write_file_atomic(dir / "page-only.yaml", style);
    const std::string page_only = (dir / "page-only.yaml").string();
    std::string paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs += "\nA paragraph added to move what follows, long enough to fill a line or two of its page.\n";
    const fs::path first = dir / "a" / "us-government-campaign-against-huawei-intensifies.md";
    const fs::path last = dir / "a" / "us-campaign-to-block-huawei-5g-hardware-expands.md"; // last in order
    append(last, paragraphs + paragraphs + paragraphs);
    BuildCache cache;
    const BuildReport before = build_both(dir, cache, "the last article grown by pages", page_only);
    append(first, paragraphs);
    const BuildReport after = build_both(dir, cache, "the first article grown by pages", page_only);
    CHECK(after.reused > 0);
    int pages_before = 0, pages_after = 0;
    for (const auto& w : before.written) pages_before += w.pages;
    for (const auto& w : after.written) pages_after += w.pages;
    CHECK(pages_after > pages_before); // the last article was moved on
    fs::remove_all(dir);
}
