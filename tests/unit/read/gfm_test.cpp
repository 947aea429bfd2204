// The GFM extensions in the reader: tables (ragged rows, captions), task items, figures, outline.
#include "doc/dump.hpp"
#include "doc/passes.hpp"
#include "read/markdown.hpp"

#include "../../support/fixtures.hpp"
#include "../../support/golden.hpp"

#include <catch2/catch.hpp>

using namespace brief;

namespace {

Briefing read_body(const std::string& md, Diagnostics& d) {
    Briefing b;
    Article a;
    a.file = "gfm.md";
    a.blocks = read_markdown(md, "gfm.md", 1, d);
    b.articles.push_back(std::move(a));
    outline_headings(b);
    number_tables_and_figures(b);
    return b;
}

template <class T> std::vector<const T*> all(const Blocks& blocks) {
    std::vector<const T*> out;
    for (const auto& b : blocks)
        if (const auto* x = std::get_if<T>(&b.node)) out.push_back(x);
    return out;
}

} // namespace

TEST_CASE("tables, task items, figures and the outline in one golden dump") {
    Diagnostics d;
    const Briefing b = read_body(test::read_test_file("golden/read/gfm.md"), d);
    test::check_golden("read/gfm.dump", dump_briefing(b));
}

TEST_CASE("a table's rows have as many cells as its header, whatever was written") {
    Diagnostics d;
    const Briefing b = read_body("| a | b | c |\n|---|:-:|--:|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n", d);
    const auto tables = all<Table>(b.articles[0].blocks);
    REQUIRE(tables.size() == 1);
    const Table& t = *tables[0];
    CHECK(t.columns == std::vector<ColumnAlign>{ColumnAlign::none, ColumnAlign::center, ColumnAlign::right});
    CHECK(t.header.cells.size() == 3);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells.size() == 3);
    CHECK(t.rows[0].cells[1].content.empty());
    CHECK(t.rows[1].cells.size() == 3);
    CHECK(t.number == 0); // not captioned: not numbered
}

TEST_CASE("a Table: paragraph after (or else before) a table is its caption, once") {
    Diagnostics d;
    const Briefing b = read_body("Table: before\n\n| a |\n|---|\n| 1 |\n\nTable: after\n", d);
    const auto tables = all<Table>(b.articles[0].blocks);
    REQUIRE(tables.size() == 1);
    REQUIRE(tables[0]->caption.size() == 1);
    CHECK(std::get<Text>(tables[0]->caption[0].node).text == "after");
    const auto paragraphs = all<Paragraph>(b.articles[0].blocks);
    REQUIRE(paragraphs.size() == 1); // "Table: before" stays a paragraph
}

TEST_CASE("an image alone in its paragraph is a figure captioned by its title, else its alt") {
    Diagnostics d;
    const Briefing b = read_body("![alt one](a.png)\n\n![alt two](b.png \"Title two\")\n\nSome ![x](c.png) text.\n", d);
    const auto figures = all<Figure>(b.articles[0].blocks);
    REQUIRE(figures.size() == 2);
    CHECK(std::get<Text>(figures[0]->caption[0].node).text == "alt one");
    CHECK(std::get<Text>(figures[1]->caption[0].node).text == "Title two");
    CHECK(figures[1]->number == 2);
    CHECK(all<Paragraph>(b.articles[0].blocks).size() == 1);
}

TEST_CASE("an image without a description is a warning at its position") {
    Diagnostics d;
    read_body("Text\n\n![](a.png)\n", d);
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].where.line == 3);
    CHECK(d.all()[0].message.find("without a description") != std::string::npos);
}

TEST_CASE("headings keep the source's hierarchy, no level skipped") {
    Diagnostics d;
    const Briefing b = read_body("## a\n\n#### b\n\n# c\n\n## d\n\n###### e\n\n## f\n", d);
    std::vector<int> levels;
    for (const auto* h : all<Heading>(b.articles[0].blocks)) levels.push_back(h->level);
    CHECK(levels == std::vector<int>{1, 2, 1, 2, 3, 2});
}

TEST_CASE("links keep a valid address: percent-encoded, or dropped without a host") {
    Diagnostics d;
    const Blocks blocks = read_markdown("<http://example.com/?search=](uri)> [x](http://../) [y](<https://e.org/a b>)\n", "a.md", 1, d);
    const auto& p = std::get<Paragraph>(blocks.at(0).node);
    std::vector<std::string> urls;
    for (const auto& in : p.content)
        if (const auto* l = std::get_if<Link>(&in.node)) urls.push_back(l->url);
    CHECK(urls == std::vector<std::string>{"http://example.com/?search=%5D(uri)", "https://e.org/a%20b"});
    CHECK(d.warning_count() == 1);
    CHECK(d.all()[0].message.find("no valid host") != std::string::npos);
}
