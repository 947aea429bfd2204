// Tables, figures, inline pictures and task boxes as XHTML, and the pictures in the package.
#include "core/diagnostics.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "support/pictures.hpp"
#include "unzip.hpp"
#include "write/epub/chapters.hpp"
#include "write/epub/epub.hpp"

#include <catch2/catch.hpp>

namespace brief {

namespace {

using test::picture_markdown;
using test::table_markdown;
using test::with_pictures;

std::string chapter_of(const Briefing& b) { return epub::make_article_chapter(b, b.articles.at(0), 1).xhtml; }

/// The chapter between the byline and the first aside: what the blocks became.
std::string body_of(const Briefing& b) {
    const std::string x = chapter_of(b);
    const std::size_t start = x.find("</p>", x.find("class=\"byline\"")) + 4;
    return x.substr(start, x.find("<aside", start) - start);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Bytes epub_of(const Briefing& b) {
    Diagnostics d;
    RenderOptions options;
    options.timestamp = 1543190400;
    return write_epub(b, test::shipped_style("default"), options, d);
}

} // namespace

TEST_CASE("tables: caption with the number, header cells with scope, alignment classes, a body") {
    const std::string body = body_of(with_pictures(table_markdown));
    CHECK(has(body, "<table id=\"table-1\"><caption><span class=\"label\">Table 1.</span> Cells in <em>four</em> alignments</caption>"));
    CHECK(has(body, "<thead><tr><th scope=\"col\" class=\"align-left\">Left</th><th scope=\"col\" class=\"align-center\">Centre</th>"
                    "<th scope=\"col\" class=\"align-right\">Right</th><th scope=\"col\">None</th></tr></thead>"));
    // The short row is padded by the reader: four cells, the last empty.
    CHECK(has(body, "<tr><td class=\"align-left\">中文表格</td><td class=\"align-center\" dir=\"auto\">العربية</td><td class=\"align-right\">42</td><td/></tr>"));
    CHECK(has(body, "<a href=\"https://example.org/a/very/long/path/that/goes/on/and/on?with=query&amp;and=more\">"));
    CHECK_FALSE(has(body, "align=\""));
    CHECK_FALSE(has(body, "Table: ")); // the caption paragraph is not repeated as text
}

TEST_CASE("tables: a footnote in a cell is a noteref with its aside") {
    const std::string x = chapter_of(with_pictures(table_markdown));
    CHECK(has(x, "<td class=\"align-center\">b<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n2\" id=\"r2\">2</a></td>"));
    CHECK(has(x, "id=\"n2\"><p><a href=\"#r2\" role=\"doc-backlink\" aria-label=\"Back to the reference of note 2\">2</a> A note in a cell.</p></aside>"));
}

TEST_CASE("tables: without a caption no number and no label, without body rows no tbody") {
    const std::string body = body_of(with_pictures("| a | b |\n|---|---|\n\n| c |\n|---|\n| d |\n\nTable: Now numbered\n"));
    CHECK(has(body, "<table><thead><tr><th scope=\"col\">a</th><th scope=\"col\">b</th></tr></thead></table>"));
    CHECK(has(body, "<table id=\"table-1\"><caption><span class=\"label\">Table 1.</span> Now numbered</caption>"));
    CHECK(has(body, "<tbody><tr><td>d</td></tr></tbody></table>"));
}

TEST_CASE("tables: eight columns or more are dense (smaller text)") {
    const std::string body = body_of(with_pictures("|1|2|3|4|5|6|7|\n|-|-|-|-|-|-|-|\n\n|1|2|3|4|5|6|7|8|\n|-|-|-|-|-|-|-|-|\n"));
    CHECK(has(body, "<table><thead>"));
    CHECK(has(body, "<table class=\"dense\"><thead>"));
}

TEST_CASE("figures: img from images/ with its alt text and a numbered figcaption") {
    const std::string body = body_of(with_pictures(picture_markdown));
    CHECK(has(body, "<figure id=\"figure-1\"><img src=\"images/picture-1.png\" alt=\"A red and blue chart\"/>"
                    "<figcaption><span class=\"label\">Figure 1.</span> Sales by region</figcaption></figure>"));
}

TEST_CASE("inline pictures are img in the line, an image not embedded shows its alt text") {
    const std::string body = body_of(with_pictures(picture_markdown));
    CHECK(has(body, "<p>Inline <img src=\"images/picture-2.jpg\" alt=\"logo\" class=\"inline\"/> picture and "
                    "<span class=\"image-alt\">missing</span>.</p>"));
}

TEST_CASE("a picture in a note is shown in its aside") {
    const std::string x = chapter_of(with_pictures("Text[^p].\n\n[^p]: See ![the logo](photo.jpg).\n"));
    CHECK(has(x, "</a> See <img src=\"images/picture-2.jpg\" alt=\"the logo\" class=\"inline\"/>.</p></aside>"));
}

TEST_CASE("task items open with a disabled, labelled checkbox, plain items have none") {
    const std::string body = body_of(with_pictures(picture_markdown));
    CHECK(has(body, "<ul><li class=\"task\"><input type=\"checkbox\" disabled=\"disabled\" aria-label=\"not done\"/> open task</li>"
                    "<li class=\"task\"><input type=\"checkbox\" checked=\"checked\" disabled=\"disabled\" aria-label=\"done\"/> done task</li>"
                    "<li>plain item</li></ul>"));
}

TEST_CASE("pictures: stored in the container once, listed in the manifest with their media types") {
    Briefing b = with_pictures(picture_markdown + std::string("\nAgain ![logo](photo.jpg).\n"));
    const Bytes book = epub_of(b);
    const auto entries = test::read_zip(book);
    int pngs = 0, jpegs = 0;
    for (const auto& e : entries) {
        if (e.name == "EPUB/images/picture-1.png") {
            ++pngs;
            CHECK(e.data == b.pictures[0].bytes);
            CHECK(e.method == 0);
        } else if (e.name == "EPUB/images/picture-2.jpg") {
            ++jpegs;
            CHECK(e.data == b.pictures[1].bytes);
        }
    }
    CHECK((pngs == 1 && jpegs == 1));
    const std::string opf = test::zip_entry(book, "EPUB/package.opf");
    CHECK(has(opf, "<item id=\"picture-1\" href=\"images/picture-1.png\" media-type=\"image/png\"/>"));
    CHECK(has(opf, "<item id=\"picture-2\" href=\"images/picture-2.jpg\" media-type=\"image/jpeg\"/>"));
    CHECK(has(opf, "<meta property=\"schema:accessMode\">visual</meta>"));
    CHECK(has(opf, "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"));
}

TEST_CASE("a book without pictures claims a textual access mode only") {
    Diagnostics d;
    const std::string opf = test::zip_entry(epub_of(test::briefing_from_body("Just text.\n", d)), "EPUB/package.opf");
    CHECK_FALSE(has(opf, "visual"));
    CHECK_FALSE(has(opf, "images/"));
}

TEST_CASE("the chapter of a table, a figure, pictures and tasks (golden)") {
    test::check_golden("epub/tables.xhtml", test::indented_xml(chapter_of(with_pictures(std::string(table_markdown) + "\n" + picture_markdown))));
}

} // namespace brief
