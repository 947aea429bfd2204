// Block decisions on small pages: the article's paragraphs kept in order, the chrome around and
// inside it dropped, links kept only as absolute http(s) addresses.
#include "import/extract.hpp"
#include "import/import.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace brief;
using namespace brief::importer;

namespace {

const std::string prose =
    "The council voted on Tuesday to close the old bridge, citing a report that found cracks in two of its piers, "
    "and said repairs would take at least a year.";

std::string page(const std::string& article_inner) {
    return R"(<html><head><title>Bridge closes</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header class="site-header"><a href="/">The Daily</a></header>
<div class="sidebar"><ul><li><a href="/a">Most read one</a></li><li><a href="/b">Most read two</a></li></ul></div>
<article class="story">)" + article_inner + R"(</article>
<footer><p>Copyright The Daily, all rights reserved, every year since it began.</p></footer></body></html>)";
}

std::string body_of(const std::string& html, const std::string& title = "") {
    Diagnostics d;
    const HtmlDocument doc = parse_html(html);
    const auto leaves = collect_leaves(doc, "https://example.org/news/bridge.html");
    return plain_text(extract_article(doc, leaves, ExtractHints{title, ""}).blocks);
}

} // namespace

TEST_CASE("the article's paragraphs are kept in order and the page's menus, sidebar and footer dropped") {
    const std::string body = body_of(page("<h1>Bridge closes</h1><p>" + prose + "</p><h2>What next</h2><p>" + prose +
                                          " Drivers will detour.</p>"),
                                     "Bridge closes");
    CHECK(body == prose + "\n\nWhat next\n\n" + prose + " Drivers will detour.");
}

TEST_CASE("share bars, related links, captions and labels inside the article are dropped") {
    const std::string inner = "<div class=\"share-bar\"><p>Share this article on your favourite networks today</p></div>"
                              "<p>" + prose + "</p><figure><img src=x.jpg><figcaption>The bridge in 1990, seen from the "
                              "river bank.</figcaption></figure><p>Advertisement</p>"
                              "<ul class=\"links\"><li><a href=\"/x\">Another story about a bridge somewhere</a></li>"
                              "<li><a href=\"/y\">And another story about roads</a></li></ul>"
                              "<div class=\"related-stories\"><p>Related: the bridge's long history in pictures.</p></div>"
                              "<p>" + prose + "</p>";
    const std::string body = body_of(page(inner));
    CHECK(body == prose + "\n\n" + prose);
}

TEST_CASE("links keep http(s) addresses, relative ones resolved, and other schemes keep only their text") {
    const HtmlDocument doc = parse_html("<body><p>" + prose + " <a href=\"/x\">rel</a> <a href=\"javascript:alert(1)\">js</a> "
                                        "<a href=\"data:text/html,hi\">data</a> <a href=\"https://a.example/b\">abs</a></p></body>");
    const auto leaves = collect_leaves(doc, "https://example.org/news/bridge.html");
    REQUIRE(leaves.size() == 1);
    std::vector<std::string> urls;
    for (const Span& s : leaves[0].block.spans)
        if (!s.url.empty()) urls.push_back(s.url);
    CHECK(urls == std::vector<std::string>{"https://example.org/x", "https://a.example/b"});
    CHECK(resolve_url("../up.html", "https://e.org/a/b/c.html") == "https://e.org/a/b/../up.html");
    CHECK(resolve_url("//cdn.e.org/x", "https://e.org/") == "https://cdn.e.org/x");
    CHECK(resolve_url("mailto:a@b.c", "https://e.org/").empty());
    CHECK(resolve_url("/x", "").empty());
}

TEST_CASE("scripts, styles, hidden elements and forms' controls never reach the text") {
    const std::string body = body_of("<body><article><p>" + prose + "<script>var x = 'script text';</script></p>"
                                     "<style>p { color: red }</style><p hidden>Hidden text, not for readers at all.</p>"
                                     "<p style=\"display: none\">Also hidden from everyone who reads.</p>"
                                     "<button>Click the button now please</button><p>" + prose + "</p></article></body>");
    CHECK(body == prose + "\n\n" + prose);
}

TEST_CASE("the JSON-LD articleBody drops blocks it does not hold, when it holds most of what was kept") {
    const std::string twice = prose + " " + prose;
    const std::string stated = twice + " " + twice + " Drivers will detour around the river for a year.";
    const HtmlDocument doc = parse_html("<body><article><p>" + twice + "</p><p>Sign up for our newsletter, it is free and "
                                        "arrives every morning before breakfast.</p><p>" + twice +
                                        "</p><p>Drivers will detour around the river for a year.</p></article></body>");
    const auto leaves = collect_leaves(doc, "");
    const Extracted e = extract_article(doc, leaves, ExtractHints{"", stated});
    CHECK(plain_text(e.blocks) == twice + "\n\n" + twice + "\n\nDrivers will detour around the river for a year.");
    REQUIRE(e.dropped.size() == 1);
    CHECK(e.dropped[0].starts_with("Sign up"));
}

TEST_CASE("lists, quotes and headings keep their kind, and emphasis and line breaks their place") {
    const HtmlDocument doc = parse_html("<body><article><p>" + prose + "</p><ol><li>First <em>point</em> made "
                                        "here.</li><li>Second point made here.</li></ol><blockquote><p>A quoted line, "
                                        "said by somebody.<br>And its second line.</p></blockquote><h2>Sub</h2><p>" +
                                        prose + "</p></article></body>");
    const auto leaves = collect_leaves(doc, "");
    const Extracted e = extract_article(doc, leaves, ExtractHints{});
    REQUIRE(e.blocks.size() == 6);
    CHECK(e.blocks[1].kind == BlockKind::item);
    CHECK(e.blocks[1].ordered);
    CHECK(e.blocks[1].spans[1].emph);
    CHECK(e.blocks[3].kind == BlockKind::quote);
    CHECK(e.blocks[3].spans[1].line_break);
    CHECK(e.blocks[4].kind == BlockKind::heading);
    CHECK(e.blocks[4].level == 2);
}

TEST_CASE("a page of menus and scripts has no article: an error naming the file, no article") {
    Diagnostics d;
    const auto a = import_page("<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>", "menu.html",
                               1 << 20, d);
    CHECK_FALSE(a.has_value());
    REQUIRE(d.has_errors());
    CHECK(format_diagnostic(d.all().back()).starts_with("menu.html: error: no article text found"));
}

TEST_CASE("a list of other stories that outscores a short post loses to the container with the title") {
    std::string cards;
    for (int i = 0; i < 6; ++i)
        cards += "<div class=\"card\"><h3>Other story " + std::to_string(i) + "</h3><p>" + prose + " More, and more, and more.</p></div>";
    const std::string html = "<body><div class=\"post\"><h1>Bridge closes</h1><p>" + prose + "</p><p>" + prose +
                             "</p></div><div class=\"more\"><h2>You may like</h2>" + cards + "</div></body>";
    CHECK(body_of(html, "Bridge closes") == prose + "\n\n" + prose);
}

TEST_CASE("an article cut in two by a wide figure keeps both parts (the same tag and class)") {
    const std::string part = "<p>" + prose + "</p><p>" + prose + "</p><p>" + prose + "</p><p>" + prose + "</p>";
    const std::string html = "<body><section><div class=\"body-text\">" + part + "</div></section><figure><img src=x>"
                             "</figure><section><div><div class=\"body-text\">" + part + part + "</div></div></section></body>";
    const std::string body = body_of(html);
    CHECK(std::count(body.begin(), body.end(), '\n') == 2 * 11);
}

TEST_CASE("datelines, credits and calls to action inside the article are dropped") {
    const std::string body = body_of(page("<p>Posted on March 30, 2015 by Admin</p><p>Nov 18, 2019 at 9:24 pm ET</p><p>" +
                                          prose + "</p><p>The bridge at dawn (Image: GETTY)</p><p>Get our daily newsletter"
                                          "</p><p>Tags:</p><p>" + prose + "</p><h3>Related</h3>"));
    CHECK(body == prose + "\n\n" + prose);
}
