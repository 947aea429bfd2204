// Each node kind's XHTML, notes and their asides, headings below the title, link targets.
#include "core/diagnostics.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "unzip.hpp"
#include "write/epub/chapters.hpp"
#include "write/epub/xhtml.hpp"

#include <catch2/catch.hpp>

namespace brief {

namespace {

/// The article chapter made from one Markdown body (front matter: "Test article", "Test Outlet").
std::string chapter_of(const std::string& markdown) {
    Diagnostics d;
    Briefing b = test::briefing_from_body(markdown, d);
    REQUIRE(b.articles.size() == 1);
    return epub::make_article_chapter(b, b.articles[0], 1).xhtml;
}

/// What the body blocks became: the chapter between the byline and the first note aside.
std::string body_of(const std::string& markdown) {
    const std::string x = chapter_of(markdown);
    const std::size_t byline = x.find("class=\"byline\"");
    REQUIRE(byline != std::string::npos);
    const std::size_t start = x.find("</p>", byline) + 4;
    const std::size_t end = x.find("<aside", start);
    REQUIRE(end != std::string::npos);
    return x.substr(start, end - start);
}

} // namespace

TEST_CASE("paragraphs, emphasis, strong, strike and code spans") {
    CHECK(body_of("Plain *em* **strong** ~~gone~~ `a<b` end.\n") ==
          "<p>Plain <em>em</em> <strong>strong</strong> <s>gone</s> <code>a&lt;b</code> end.</p>");
    CHECK(body_of("One.\n\nTwo.\n") == "<p>One.</p><p>Two.</p>");
}

TEST_CASE("a right-to-left paragraph says dir=rtl, and its language where the chapter's is left to right") {
    CHECK(body_of("English.\n\n\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world.\n\n123 \xD9\x82\xD8\xA7\xD9\x84.\n") ==
          "<p>English.</p><p dir=\"rtl\" lang=\"he\" xml:lang=\"he\">\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world.</p>"
          "<p dir=\"rtl\" lang=\"ar\" xml:lang=\"ar\">123 \xD9\x82\xD8\xA7\xD9\x84.</p>");
}

TEST_CASE("headings go below the article's h1 without skipping a level") {
    CHECK(body_of("# One\n\n## Two\n\n#### Four\n\n# Again\n") ==
          "<h2 id=\"s1\">One</h2><h3 id=\"s2\">Two</h3><h4 id=\"s3\">Four</h4><h2 id=\"s4\">Again</h2>");
    CHECK(body_of("### Starts deep\n") == "<h2 id=\"s1\">Starts deep</h2>");
    CHECK(body_of("# a\n\n## b\n\n### c\n\n#### d\n\n##### e\n\n###### f\n") ==
          "<h2 id=\"s1\">a</h2><h3 id=\"s2\">b</h3><h4 id=\"s3\">c</h4><h5 id=\"s4\">d</h5><h6 id=\"s5\">e</h6><h6 id=\"s6\">f</h6>");
}

TEST_CASE("headings with text are the chapter's sections, for the nav") {
    Diagnostics d;
    const Briefing b = test::briefing_from_body("# One\n\n## Two *em*[^x]\n\n#\n\n[^x]: Note.\n", d);
    const auto sections = epub::make_article_chapter(b, b.articles[0], 1).sections;
    REQUIRE(sections.size() == 2);
    CHECK((sections[0].level == 2 && sections[0].id == "s1" && sections[0].text == "One"));
    CHECK((sections[1].level == 3 && sections[1].id == "s2" && sections[1].text == "Two em"));
}

TEST_CASE("block quotes nest") {
    CHECK(body_of("> Quoted.\n>\n> > Inner.\n") == "<blockquote><p>Quoted.</p><blockquote><p>Inner.</p></blockquote></blockquote>");
}

TEST_CASE("ordered lists keep their start, bullet lists nest, loose items keep paragraphs") {
    CHECK(body_of("3. three\n4. four\n") == "<ol start=\"3\"><li>three</li><li>four</li></ol>");
    CHECK(body_of("1. one\n") == "<ol><li>one</li></ol>");
    CHECK(body_of("- a\n  - b\n") == "<ul><li>a<ul><li>b</li></ul></li></ul>");
    CHECK(body_of("- a\n\n- b\n") == "<ul><li><p>a</p></li><li><p>b</p></li></ul>");
}

TEST_CASE("code blocks are pre/code with their language and no final newline") {
    CHECK(body_of("```c++ extra\nif (a < b)\n  x = \"&\";\n```\n") ==
          "<pre><code class=\"language-c\">if (a &lt; b)\n  x = \"&amp;\";</code></pre>");
    CHECK(body_of("    indented\n") == "<pre><code>indented</code></pre>");
}

TEST_CASE("thematic breaks, soft and hard line breaks") {
    CHECK(body_of("a\n\n---\n\nb\n") == "<p>a</p><hr/><p>b</p>");
    CHECK(body_of("soft\nbreak\n") == "<p>soft break</p>");
    CHECK(body_of("hard  \nbreak\n") == "<p>hard<br/>break</p>");
}

TEST_CASE("links keep their targets and titles, images show their alt text") {
    CHECK(body_of("[site](https://example.org/a?b=1&c=2 \"The title\") <mailto:x@example.org>\n") ==
          "<p><a href=\"https://example.org/a?b=1&amp;c=2\" title=\"The title\">site</a> "
          "<a href=\"mailto:x@example.org\">mailto:x@example.org</a></p>");
    CHECK(body_of("See ![a chart & more](chart.png).\n") == "<p>See <span class=\"image-alt\">a chart &amp; more</span>.</p>");
}

TEST_CASE("raw HTML in an article is text, never markup") {
    const std::string body = body_of("Hi <script>alert(1)</script> there.\n\n<div onclick=\"x()\">block</div>\n");
    CHECK(body.find("<script") == std::string::npos);
    CHECK(body.find("<div") == std::string::npos);
    CHECK(body.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("notes: noterefs with only the number, one aside per note with a back link") {
    const std::string x = chapter_of("Text[^a] and more.\n\n[^a]: The *note*.\n");
    // The attribution note is 1, cited right after the byline.
    CHECK(x.find("<p class=\"byline\">Test Outlet<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n1\" id=\"r1\">1</a></p>") != std::string::npos);
    CHECK(x.find("<p>Text<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n2\" id=\"r2\">2</a> and more.</p>") != std::string::npos);
    CHECK(x.find("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"n2\"><p><a href=\"#r2\" role=\"doc-backlink\" "
                 "aria-label=\"Back to the reference of note 2\">2</a> The <em>note</em>.</p></aside></section>") != std::string::npos);
    CHECK(x.find("id=\"n1\"><p><a href=\"#r1\" role=\"doc-backlink\" aria-label=\"Back to the reference of note 1\">1</a> Test Outlet. ") != std::string::npos);
}

TEST_CASE("a note cited inside a link gets its reference after the link, not inside it") {
    const std::string body = body_of("[text[^x]](https://example.org)\n\n[^x]: Inside.\n");
    CHECK(body == "<p><a href=\"https://example.org\">text</a><a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n2\" id=\"r2\">2</a></p>");
}

TEST_CASE("credits and nested notes use the model's numbers, asides in number order") {
    const std::string x = chapter_of("The WSJ said[^a] so.\n\n[^a]: Nested[^b].\n[^b]: Inner.\n");
    CHECK(x.find("WSJ<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n2\" id=\"r2\">2</a>") != std::string::npos);
    CHECK(x.find("said<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n3\" id=\"r3\">3</a>") != std::string::npos);
    CHECK(x.find("Nested<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n4\" id=\"r4\">4</a>") != std::string::npos);
    const std::size_t n1 = x.find("id=\"n1\""), n2 = x.find("id=\"n2\""), n3 = x.find("id=\"n3\""), n4 = x.find("id=\"n4\"");
    REQUIRE(n4 != std::string::npos);
    CHECK((n1 < n2 && n2 < n3 && n3 < n4));
    CHECK(x.find("The Wall Street Journal, as credited by Test Outlet in") != std::string::npos);
}

TEST_CASE("notes of a later article keep the numbers the model gave them") {
    Diagnostics d;
    const Briefing b = test::make_briefing({{"a.md", "---\ntitle: A\n---\nOne[^x].\n\n[^x]: X.\n"},
                                            {"b.md", "---\ntitle: B\n---\nTwo[^y].\n\n[^y]: Y.\n"}},
                                           d);
    REQUIRE(b.articles.size() == 2);
    const std::string x = epub::make_article_chapter(b, b.articles[1], 2).xhtml;
    CHECK(x.find("href=\"#n3\" id=\"r3\">3</a></p>") != std::string::npos); // B's attribution
    CHECK(x.find("Two<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n4\" id=\"r4\">4</a>") != std::string::npos);
    CHECK(x.find("id=\"n1\"") == std::string::npos);
}

TEST_CASE("an article in another language marks brief's own words with the briefing's language") {
    Diagnostics d;
    const Briefing b = test::make_briefing({{"de.md", "---\ntitle: Titel\nlanguage: de\n---\nText[^x] im WSJ.\n\n[^x]: Eigene Notiz.\n"}}, d);
    const std::string x = epub::make_article_chapter(b, b.articles[0], 1).xhtml;
    CHECK(x.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"de\" xml:lang=\"de\">") != std::string::npos);
    CHECK(x.find("<p class=\"byline\" lang=\"en\" xml:lang=\"en\">") != std::string::npos);
    CHECK(x.find("id=\"n1\" lang=\"en\"") != std::string::npos);                        // attribution
    CHECK(x.find("id=\"n3\" lang=\"en\"") != std::string::npos);                        // WSJ credit
    CHECK(x.find("id=\"n2\"><p>") != std::string::npos);                                // the author's own note
}

TEST_CASE("title page and sources chapter") {
    Diagnostics d;
    const Briefing b = test::make_briefing({{"a.md", "---\ntitle: A\noutlet: Outlet A\nurl: https://a.example/x\n---\nSaid the WSJ.\n"}}, d);
    const std::string title = epub::make_title_page(b).xhtml;
    CHECK(title.find("<p class=\"marking\">UNCLASSIFIED</p><h1 id=\"title\" class=\"title\">Test Briefing</h1>") != std::string::npos);
    CHECK(title.find("<p class=\"issuer\">Test Unit</p><p class=\"date\">26 November 2018</p>") != std::string::npos);
    CHECK(title.find("<p class=\"coverage\">1 report: Outlet A. Credited: The Wall Street Journal.</p>") != std::string::npos);
    const std::string sources = epub::make_sources_chapter(b).xhtml;
    CHECK(sources.find("<ol class=\"sources\"><li>Outlet A. “A.” Author not stated. Date not stated. <a href=\"https://a.example/x\">https://a.example/x</a>.</li>"
                       "<li>The Wall Street Journal. Secondary source credited by the articles. <a href=\"https://www.wsj.com/\">https://www.wsj.com/</a>.</li></ol>") !=
          std::string::npos);
}

TEST_CASE("link targets become valid URLs") {
    CHECK(epub::href_for("https://example.org/a?x=1&y=<2>") == "https://example.org/a?x=1&y=%3C2%3E");
    CHECK(epub::href_for("https://example.org/a b#f#g") == "https://example.org/a%20b#f%23g");
    CHECK(epub::href_for("https://example.org/%7Efine/%zz") == "https://example.org/%7Efine/%25zz");
    CHECK(epub::href_for("https://[::1]:8080/p[1]") == "https://[::1]:8080/p%5B1%5D");
    CHECK(epub::href_for("https://例え.jp/日本") == "https://例え.jp/日本");
    CHECK(epub::href_for("mailto:a@example.org?subject=Hi%20there") == "mailto:a@example.org?subject=Hi%20there");
}

TEST_CASE("a chapter of every node kind (golden)") {
    test::check_golden("epub/kinds.xhtml", test::indented_xml(chapter_of(test::read_test_file("golden/read/kinds.md"))));
}

} // namespace brief
