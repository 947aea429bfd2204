// Front matter: splitting, every key, and each kind of bad input with its position.
#include "read/articles.hpp"
#include "read/front_matter.hpp"

#include <catch2/catch.hpp>

using namespace brief;

namespace {

Diagnostics read(const std::string& text, std::optional<Article>& out) {
    Diagnostics d;
    out = read_article(text, "a.md", d);
    return d;
}

const Diagnostic& first_error(const Diagnostics& d) {
    for (const auto& x : d.all())
        if (x.severity == Severity::error) return x;
    FAIL("no error");
    throw;
}

} // namespace

TEST_CASE("every key is read and the body's lines keep their file numbers") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\noutlet: O\nauthor: A\ndate: 2018-11-23\nurl: https://x.org/\n"
                        "retrieved: 2018-11-24\nprovenance: p.txt\nlanguage: en\n---\n\nBody text.\n", a);
    REQUIRE(a);
    CHECK_FALSE(d.has_errors());
    CHECK(a->source.title == "T");
    CHECK(a->source.outlet == "O");
    CHECK(a->source.author == "A");
    CHECK(a->source.date == "2018-11-23");
    CHECK(a->source.url == "https://x.org/");
    CHECK(a->source.retrieved == "2018-11-24");
    CHECK(a->source.provenance == "p.txt");
    CHECK(std::get<Paragraph>(a->blocks.at(0).node).pos.line == 12);
}

TEST_CASE("a missing title is an error at the front matter") {
    std::optional<Article> a;
    const auto d = read("---\noutlet: O\n---\nBody\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).message == "the front matter has no title");
    CHECK(first_error(d).where.line == 2);
}

TEST_CASE("an unparsable date names its line and key and shows the right form") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\n\ndate: 23/11/2018\n---\n", a);
    CHECK_FALSE(a);
    const auto& e = first_error(d);
    CHECK(e.where.line == 4);
    CHECK(e.where.column == 7);
    CHECK(e.message == "'date' is not a date: '23/11/2018'");
    CHECK(e.hint.find("2018-11-23") != std::string::npos);
}

TEST_CASE("a list where text belongs is an error naming the key") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\nauthor: [A, B]\n---\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).message == "'author' must be text, not a list");
    CHECK(first_error(d).where.line == 3);
}

TEST_CASE("unknown keys warn and the article is still read") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\nsection: Money\n---\nx\n", a);
    REQUIRE(a);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].message == "unknown key 'section' (ignored)");
    CHECK(d.all()[0].where.line == 3);
}

TEST_CASE("front matter that is never closed is an error") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\nBody without a fence\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).message == "front matter opened here is never closed");
}

TEST_CASE("a file without front matter is an error with an example") {
    std::optional<Article> a;
    const auto d = read("Just text.\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).hint.find("title:") != std::string::npos);
}

TEST_CASE("tabs in YAML are an error with a position") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\nauthor:\n\t- x\n---\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).where.line >= 3);
}

TEST_CASE("a non-web url is dropped with a warning") {
    std::optional<Article> a;
    const auto d = read("---\ntitle: T\nurl: javascript:alert(1)\n---\n", a);
    REQUIRE(a);
    CHECK(a->source.url.empty());
    CHECK(d.warning_count() == 1);
}

TEST_CASE("bytes: BOM dropped, CRLF normalised, Latin-1 and UTF-16 rejected with a position") {
    std::optional<Article> a;
    auto d = read("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\nBody\r\n", a);
    REQUIRE(a);
    CHECK(a->source.title == "T");
    d = read("---\ntitle: T\n---\ncaf\xE9\n", a);
    CHECK_FALSE(a);
    CHECK(first_error(d).where.line == 4);
    CHECK(first_error(d).where.column == 4);
    CHECK(first_error(d).hint.find("iconv") != std::string::npos);
    d = read(std::string("\xFF\xFE-\0-\0-\0", 8), a);
    CHECK_FALSE(a);
    CHECK(first_error(d).message.find("UTF-16") != std::string::npos);
}

TEST_CASE("control characters are removed with one warning at the first") {
    std::optional<Article> a;
    const auto d = read(std::string("---\ntitle: T\n---\nA\x01 B\x02\n", 21), a);
    REQUIRE(a);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].where.line == 4);
    CHECK(d.all()[0].where.column == 2);
}
