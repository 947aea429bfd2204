// The metadata sources of a page, each on a small page: JSON-LD, Open Graph and article: meta,
// <meta name=author>, <time datetime>, the canonical link, <html lang>, <h1> and <title>; their
// order of trust; and nothing guessed when the page is silent.
#include "import/metadata.hpp"

#include <catch2/catch.hpp>

using namespace brief;
using namespace brief::importer;

namespace {

PageMeta meta_of(const std::string& html) { return read_page_meta(parse_html(html)); }

const char* json_ld_page = R"(<!doctype html><html lang="de"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Not the article"},
 {"@type":["NewsArticle"],"headline":"Ld headline","datePublished":"2019-11-20T06:35:39Z",
  "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
  "publisher":{"@type":"Organization","name":"The Ld Times"},"articleBody":"Body as stated."}]}</script>
<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
<meta property="article:published_time" content="2001-01-01">
<meta name="author" content="Meta Author">
<link rel="canonical" href="https://example.org/story">
<title>Title element</title></head><body><h1>Heading one</h1><p>Text.</p></body></html>)";

} // namespace

TEST_CASE("JSON-LD is trusted first, inside @graph, with every author and the publisher's name") {
    const PageMeta m = meta_of(json_ld_page);
    CHECK(m.title.value == "Ld headline");
    CHECK(m.title.from == "JSON-LD headline");
    CHECK(m.author.value == "Ann Lee, Bo Chan");
    CHECK(m.date.value == "2019-11-20");
    CHECK(m.date.from == "JSON-LD datePublished");
    CHECK(m.outlet.value == "The Ld Times");
    CHECK(m.url.value == "https://example.org/story");
    CHECK(m.url.from == "canonical link");
    CHECK(m.language.value == "de");
    CHECK(m.stated_body == "Body as stated.");
}

TEST_CASE("without JSON-LD: Open Graph, article: meta, meta author, then <h1> and <title>") {
    PageMeta m = meta_of(R"(<html><head><meta property="og:title" content="OG title">
        <meta property="og:site_name" content="OG Site"><meta property="og:locale" content="en_GB">
        <meta property="article:published_time" content="2018-11-25T10:00:00+01:00">
        <meta name="author" content="Meta Author"></head><body><h1>Heading</h1></body></html>)");
    CHECK(m.title.value == "OG title");
    CHECK(m.outlet.from == "og:site_name");
    CHECK(m.date.value == "2018-11-25");
    CHECK(m.author.value == "Meta Author");
    CHECK(m.language.value == "en-GB");
    m = meta_of("<html><head><title>Only the title</title></head><body><h1> The  heading </h1></body></html>");
    CHECK(m.title.value == "The heading");
    CHECK(m.title.from == "<h1>");
    m = meta_of("<html><head><title>Only the title</title></head><body><p>x</p></body></html>");
    CHECK(m.title.from == "<title>");
}

TEST_CASE("<time datetime> gives the date when nothing better does, and a bad date is left out") {
    CHECK(meta_of(R"(<body><time datetime="2017-03-04T10:00">March 4</time></body>)").date.value == "2017-03-04");
    CHECK(meta_of(R"(<body><time datetime="2017-02-30">?</time></body>)").date.value.empty());
    CHECK(meta_of(R"(<head><script type="application/ld+json">{"@type":"Article","datePublished":"yesterday"}</script></head>)")
              .date.value.empty());
}

TEST_CASE("a page that states nothing gets no fields: nothing is guessed") {
    const PageMeta m = meta_of("<p>Just a paragraph of text, with nothing about itself.</p>");
    CHECK(m.title.value.empty());
    CHECK(m.author.value.empty());
    CHECK(m.date.value.empty());
    CHECK(m.outlet.value.empty());
    CHECK(m.url.value.empty());
    CHECK(m.language.value.empty());
}

TEST_CASE("broken or absurdly nested JSON-LD and author addresses are passed over") {
    CHECK(meta_of(R"(<script type="application/ld+json">{"@type":"Article","headline":</script>)").title.value.empty());
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    CHECK(meta_of("<script type=\"application/ld+json\">" + deep + "</script>").title.value.empty());
    CHECK(meta_of(R"(<meta name="author" content="https://facebook.com/someone">)").author.value.empty());
    CHECK(meta_of(R"x(<link rel="canonical" href="javascript:alert(1)">)x").url.value.empty());
}

TEST_CASE("loose dates and bylines as pages print them") {
    CHECK(parse_loose_date("Published: Sun, November 25, 2018") == "2018-11-25");
    CHECK(parse_loose_date("25 Nov 2018, 10:43") == "2018-11-25");
    CHECK(parse_loose_date("2018-11-25T10:00:00Z") == "2018-11-25");
    CHECK(parse_loose_date("Published: Monday, November 18th, 2019 at 11:08 a.m.") == "2019-11-18");
    CHECK_FALSE(parse_loose_date("November 2018").has_value());
    CHECK_FALSE(parse_loose_date("February 30, 2019").has_value());
    CHECK(byline_name("Money | By Bruce West") == "Bruce West");
    CHECK(byline_name("By Jane Doe, Reuters") == "Jane Doe");
    CHECK(byline_name("Stand by me") == "");
    CHECK(byline_name("Passers-by said it was loud") == "");
    CHECK(byline_name("Powered by Vortex") == "");
    CHECK(byline_name("By Jeff Foust Monday, November 18, 2019") == "Jeff Foust");
    CHECK(byline_name("By FEDERICA LUSIARDI - 2019-04-10") == "FEDERICA LUSIARDI");
    CHECK(byline_name("By DANICA KIRKA and JILL LAWLESS") == "DANICA KIRKA and JILL LAWLESS");
    CHECK(byline_name("By Louis Jacobson on Monday") == "Louis Jacobson");
    CHECK(byline_name("By Theresa May") == "Theresa May");
    CHECK(byline_name("By Ann O\xE2\x80\x99" "Brien \xE2\x80\xA2 Reuters") == "Ann O\xE2\x80\x99" "Brien");
}

TEST_CASE("the site's name after the title is cut off") {
    CHECK(meta_of(R"(<meta property="og:title" content="Bridge closes — The Daily"><meta property="og:site_name" content="The Daily">)")
              .title.value == "Bridge closes");
    CHECK(meta_of(R"(<title>Bridge closes | The Daily</title><meta property="og:site_name" content="The Daily">)").title.value ==
          "Bridge closes");
    CHECK(meta_of(R"(<title>The Daily</title><meta property="og:site_name" content="The Daily">)").title.value == "The Daily");
}
