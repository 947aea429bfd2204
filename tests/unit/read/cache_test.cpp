// ArticleCache: unchanged files are not parsed again, and a cached read gives the model a fresh read gives.
#include "core/files.hpp"
#include "doc/dump.hpp"
#include "read/articles.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace brief;
namespace fs = std::filesystem;

namespace {

void write_article(const fs::path& file, const std::string& title, const std::string& body) {
    write_file_atomic(file, "---\ntitle: " + title + "\noutlet: Outlet\n---\n" + body + "\n");
}

std::string read_dump(const fs::path& dir, ArticleCache* cache, std::string* diagnostics = nullptr) {
    ReadOptions options;
    options.cache = cache;
    options.threads = 2;
    Diagnostics d;
    const Briefing b = read_briefing({dir}, options, d);
    if (diagnostics != nullptr)
        for (const auto& x : d.all()) *diagnostics += format_diagnostic(x) + "\n";
    return dump_briefing(b);
}

std::string dump_article(const Article& article) {
    Briefing b;
    b.articles.push_back(article);
    return dump_briefing(b);
}

} // namespace

TEST_CASE("ArticleCache parses only the files whose bytes changed, with the same result as a fresh read") {
    const auto dir = fs::temp_directory_path() / ("brief-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_article(dir / "a.md", "A", "Alpha text.");
    write_article(dir / "b.md", "B", "Beta text with a note[^1].\n\n[^1]: The note.");
    write_article(dir / "c.md", "C", "Gamma <b>raw</b> text."); // a warning, kept with the cached article
    ArticleCache cache;

    std::string first_diagnostics, again_diagnostics;
    const std::string first = read_dump(dir, &cache, &first_diagnostics);
    CHECK(cache.parsed() == 3);
    CHECK(read_dump(dir, &cache, &again_diagnostics) == first);
    CHECK(cache.parsed() == 0);
    CHECK(again_diagnostics == first_diagnostics);
    CHECK_FALSE(first_diagnostics.empty());

    write_article(dir / "b.md", "B", "Beta text, edited.");
    const std::string edited = read_dump(dir, &cache);
    CHECK(cache.parsed() == 1);
    CHECK(edited == read_dump(dir, nullptr));
    CHECK(edited.find("edited") != std::string::npos);

    write_article(dir / "d.md", "D", "Delta.");
    fs::remove(dir / "a.md");
    const std::string changed = read_dump(dir, &cache);
    CHECK(cache.parsed() == 1);
    CHECK(changed == read_dump(dir, nullptr));
    CHECK(changed.find("Alpha") == std::string::npos);

    // Same size, other bytes: parsed again (the hash, not the size, decides).
    write_article(dir / "d.md", "D", "Omega.");
    CHECK(read_dump(dir, &cache).find("Omega") != std::string::npos);
    CHECK(cache.parsed() == 1);
    fs::remove_all(dir);
}

TEST_CASE("Under watch, ArticleCache reads again only the files said changed or whose stamp changed") {
    const auto dir = fs::temp_directory_path() / ("brief-cache-watch-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_article(dir / "a.md", "A", "Alpha text.");
    write_article(dir / "b.md", "B", "Beta text.");
    write_article(dir / "c.md", "C", "Gamma text.");
    ArticleCache cache;
    cache.trust_watch();
    const std::string first = read_dump(dir, &cache);
    CHECK(cache.read() == 3);
    CHECK(read_dump(dir, &cache) == first);
    CHECK(cache.read() == 0); // nothing said, no stamp changed: nothing read
    CHECK(cache.parsed() == 0);

    cache.changed({dir / "." / "b.md"}); // named as inotify might, not as the listing does
    CHECK(read_dump(dir, &cache) == first);
    CHECK(cache.read() == 1); // read, found the same bytes: not parsed
    CHECK(cache.parsed() == 0);

    // Written anew without a word from watch (a missed event): the stamp tells.
    write_article(dir / "c.md", "C", "Gamma, edited.");
    const std::string edited = read_dump(dir, &cache);
    CHECK(cache.read() == 1);
    CHECK(cache.parsed() == 1);
    CHECK(edited == read_dump(dir, nullptr));

    cache.changed_all();
    CHECK(read_dump(dir, &cache) == edited);
    CHECK(cache.read() == 3);
    CHECK(cache.parsed() == 0);
    fs::remove_all(dir);
}

TEST_CASE("Copies ArticleCache prepares ahead are taken once, for the result they copy, and read as a fresh read") {
    const auto dir = fs::temp_directory_path() / ("brief-cache-copies-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_article(dir / "a.md", "A", "Alpha text with a note[^1].\n\n[^1]: The note.");
    write_article(dir / "b.md", "B", "Beta text.");
    ArticleCache cache;
    cache.trust_watch();
    const std::string first = read_dump(dir, &cache);
    const std::string a = ArticleCache::key_of(dir / "a.md");
    const auto stored = cache.unchanged(a, stamp_file(dir / "a.md"));
    REQUIRE(stored != nullptr);
    CHECK_FALSE(cache.take_copy(a, stored)); // none prepared yet

    cache.prepare_copies(2);
    auto copy = cache.take_copy(a, stored);
    REQUIRE(copy);
    REQUIRE(copy->article);
    CHECK(dump_article(*copy->article) == dump_article(*stored->article));
    copy->article->blocks.clear(); // a copy: what is stored stays whole
    CHECK_FALSE(stored->article->blocks.empty());
    CHECK_FALSE(cache.take_copy(a, stored)); // taken once

    cache.prepare_copies(2);
    CHECK_FALSE(cache.take_copy(a, std::make_shared<const ReadArticle>())); // not a copy of that result
    CHECK(read_dump(dir, &cache) == first); // the run takes the prepared copies
    cache.prepare_copies(2);
    write_article(dir / "b.md", "B", "Beta text, edited.");
    cache.changed({dir / "b.md"});
    const std::string edited = read_dump(dir, &cache);
    CHECK(edited == read_dump(dir, nullptr));
    CHECK(edited.find("edited") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("An article read under ArticleCache carries the key of its file as read: kept while the bytes are, new when they change") {
    const auto dir = fs::temp_directory_path() / ("brief-cache-as-read-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    write_article(dir / "a.md", "A", "Alpha text.");
    write_article(dir / "b.md", "B", "Beta text.");
    const auto keys = [&](ArticleCache* cache) {
        ReadOptions options;
        options.cache = cache;
        Diagnostics d;
        std::vector<std::uint64_t> out;
        for (const Article& a : read_briefing({dir}, options, d).articles) out.push_back(a.as_read);
        return out;
    };
    CHECK(keys(nullptr) == std::vector<std::uint64_t>{0, 0}); // none taken without a cache
    ArticleCache cache;
    const auto first = keys(&cache);
    CHECK(first[0] != 0);
    CHECK(first[1] != 0);
    CHECK(first[0] != first[1]);
    CHECK(keys(&cache) == first);
    write_article(dir / "b.md", "B", "Beta text, edited.");
    const auto edited = keys(&cache);
    CHECK(edited[0] == first[0]);
    CHECK(edited[1] != first[1]);
    // the same bytes under another name: another key (the article names its file)
    fs::copy_file(dir / "a.md", dir / "c.md");
    const auto copied = keys(&cache);
    CHECK(copied[2] != copied[0]);
    fs::remove_all(dir);
}
