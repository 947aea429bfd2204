// Tables, figures, inline pictures, task boxes and captions as WordprocessingML, and the media parts.
#include "parts.hpp"

#include "core/diagnostics.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "support/pictures.hpp"
#include "write/docx/docx.hpp"
#include "write/docx/drawing.hpp"
#include "write/docx/package.hpp"
#include "write/docx/styles.hpp"
#include "write/docx/table_layout.hpp"
#include "write/xml.hpp"
#include "write/render_options.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

using namespace brief;
using test::DocxParts;

namespace {

const char* document = "/word/document.xml";

using test::picture_markdown;
using test::table_markdown;
using test::with_pictures;

std::string text_of(pugi::xml_node node) {
    std::string out;
    auto nodes = node.select_nodes(".//w:t | .//w:instrText");
    nodes.sort(); // a union comes back in no particular order
    for (auto t : nodes) out += t.node().text().get();
    return out;
}

std::string attr(pugi::xml_node root, const char* xpath) { return root.select_node(xpath).attribute().value(); }
std::size_t count(pugi::xml_node root, const char* xpath) { return root.select_nodes(xpath).size(); }

} // namespace

TEST_CASE("docx: a table is a w:tbl in the table style across the text width, one grid column per column") {
    const DocxParts parts(with_pictures(table_markdown));
    const auto tbl = parts.part(document).select_node("//w:tbl").node();
    REQUIRE(tbl);
    CHECK(attr(tbl, "w:tblPr/w:tblStyle/@w:val") == "BriefTable");
    CHECK(attr(tbl, "w:tblPr/w:tblW/@w:type") == "pct");
    CHECK(attr(tbl, "w:tblPr/w:tblW/@w:w") == "5000");
    CHECK(attr(tbl, "w:tblPr/w:tblLook/@w:firstRow") == "1");
    CHECK(attr(tbl, "w:tblPr/w:tblCaption/@w:val") == "Table 1. Cells in four alignments");
    CHECK(count(tbl, "w:tblGrid/w:gridCol") == 4);
    int total = 0;
    for (int i = 1; i <= 4; ++i) {
        const std::string col = std::to_string(i);
        const std::string width = attr(tbl, ("w:tblGrid/w:gridCol[" + col + "]/@w:w").c_str());
        total += std::stoi(width);
        for (const char* row : {"w:tr[1]", "w:tr[2]", "w:tr[3]"})
            CHECK(width == attr(tbl, (std::string(row) + "/w:tc[" + col + "]/w:tcPr/w:tcW/@w:w").c_str()));
    }
    CHECK(total == docx::text_width(test::shipped_style("default")));
    // The column with the long address is the widest.
    CHECK(std::stoi(attr(tbl, "w:tblGrid/w:gridCol[4]/@w:w")) > std::stoi(attr(tbl, "w:tblGrid/w:gridCol[2]/@w:w")));
    CHECK(attr(tbl, "w:tr[2]/w:tc[3]/w:tcPr/w:tcW/@w:type") == "dxa");
    CHECK(count(tbl, "w:tr") == 3);
    CHECK(count(tbl, "w:tr/w:tc") == 12); // the short row padded
}

namespace {

/// A table of `columns` columns whose every cell holds `text`.
Table table_of(std::size_t columns, std::size_t rows, const std::vector<std::string>& texts) {
    Table t;
    t.columns.assign(columns, ColumnAlign::none);
    auto row = [&] {
        TableRow r;
        for (std::size_t i = 0; i < columns; ++i) r.cells.push_back({Inlines{Inline{Text{texts[i % texts.size()], {}}}}, {}});
        return r;
    };
    t.header = row();
    for (std::size_t i = 0; i < rows; ++i) t.rows.push_back(row());
    return t;
}

int sum(const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0); }

} // namespace

TEST_CASE("docx: table layout: preferred widths when they fit, shared out to the full width") {
    const auto layout = docx::layout_table(table_of(2, 1, {"ab", "abcdef"}), 9000, 10, 100);
    REQUIRE(layout.widths.size() == 2);
    CHECK(sum(layout.widths) == 9000);
    CHECK(layout.widths[0] < layout.widths[1]);
    CHECK(layout.size == 10);
}

TEST_CASE("docx: table layout: minimums kept, the rest shared by what each column still wants") {
    const std::string prose = "a long sentence of many short words that wants a wide column to sit on one line";
    const auto layout = docx::layout_table(table_of(3, 2, {"Amount", prose, "Unbreakable"}), 6000, 10, 100);
    CHECK(sum(layout.widths) == 6000);
    CHECK(layout.widths[1] > layout.widths[0] + layout.widths[2]);
    // "Unbreakable" (11 characters, bold in the header) keeps its width.
    CHECK(layout.widths[2] >= static_cast<int>(11 * 1.2 * 10 * 20 * 0.55) + 200);
    CHECK(layout.size == 10);
    CHECK(layout.margin == 100);
}

TEST_CASE("docx: table layout: a crowded table gets narrower cell margins, then smaller text, never below 7 pt") {
    const auto eight = docx::layout_table(table_of(8, 3, {"Quantity"}), 9000, 9.5, 108);
    CHECK(eight.margin == 54);
    CHECK(eight.size == 9.5);
    const auto fourteen = docx::layout_table(table_of(14, 3, {"Total", "1,234"}), 9000, 9.5, 108);
    CHECK(sum(fourteen.widths) == 9000);
    CHECK(fourteen.margin == 54);
    CHECK(fourteen.size == 8);
    // At that size each word, bold in the header, fits its column.
    CHECK(fourteen.widths[0] >= 5 * 1.2 * fourteen.size * 20 * 0.55 + 108);
    const auto forty = docx::layout_table(table_of(40, 1, {"Reference"}), 9000, 9.5, 108);
    CHECK(forty.size == 7);
    CHECK(sum(forty.widths) == 9000);
}

TEST_CASE("docx: table layout: wide characters count double, a long address may break") {
    const auto cjk = docx::layout_table(table_of(2, 1, {"abcd", "東京都庁"}), 9000, 10, 0);
    CHECK(cjk.widths[1] == Approx(2 * cjk.widths[0]).margin(4));
    const auto url = docx::layout_table(table_of(2, 1, {"https://example.org/" + std::string(200, 'x'), "short words here"}), 4000, 10, 0);
    CHECK(url.margin == 0);
    CHECK(url.size == 10); // the address breaks rather than shrink the table
}

TEST_CASE("docx: the header row repeats on every page and is bold, cells align by column") {
    const DocxParts parts(with_pictures(table_markdown));
    const auto tbl = parts.part(document).select_node("//w:tbl").node();
    CHECK(count(tbl, "w:tr[1]/w:trPr/w:tblHeader") == 1);
    CHECK(count(tbl, "w:tr/w:trPr/w:tblHeader") == 1);
    CHECK(count(tbl, "w:tr[1]/w:tc/w:p/w:r/w:rPr/w:b") == 4);
    CHECK(count(tbl, "w:tr[2]//w:b") == 0);
    for (const char* row : {"w:tr[1]", "w:tr[3]"}) {
        const std::string r = row;
        CHECK(attr(tbl, (r + "/w:tc[1]/w:p/w:pPr/w:jc/@w:val").c_str()) == "left");
        CHECK(attr(tbl, (r + "/w:tc[2]/w:p/w:pPr/w:jc/@w:val").c_str()) == "center");
        CHECK(attr(tbl, (r + "/w:tc[3]/w:p/w:pPr/w:jc/@w:val").c_str()) == "right");
        CHECK(count(tbl, (r + "/w:tc[4]/w:p/w:pPr/w:jc").c_str()) == 0);
    }
    CHECK(text_of(tbl.select_node("w:tr[3]/w:tc[1]").node()) == "中文表格");
    CHECK(text_of(tbl.select_node("w:tr[3]/w:tc[2]").node()) == "العربية");
    CHECK(count(tbl, "w:tr[3]/w:tc[4]/w:p") == 1); // an empty cell still ends with a paragraph
}

TEST_CASE("docx: a footnote in a cell is a real footnote, a URL in a cell a hyperlink") {
    const DocxParts parts(with_pictures(table_markdown));
    const auto tbl = parts.part(document).select_node("//w:tbl").node();
    CHECK(attr(tbl, "w:tr[2]/w:tc[2]//w:footnoteReference/@w:id") == "2");
    CHECK(text_of(parts.part("/word/footnotes.xml").find_child_by_attribute("w:footnote", "w:id", "2")) == " A note in a cell.");
    CHECK(count(tbl, "w:tr[2]/w:tc[4]/w:p/w:hyperlink") == 1);
}

TEST_CASE("docx: the table's caption comes first, kept with it, with a SEQ Table field and its number") {
    const DocxParts parts(with_pictures(table_markdown + std::string("\n| x |\n|---|\n| y |\n\n| z |\n|---|\n\nTable: Z\n")));
    const auto body = parts.part(document).child("w:body");
    const auto tbl = body.select_node("w:tbl").node();
    const auto caption = tbl.previous_sibling("w:p");
    CHECK(attr(caption, "w:pPr/w:pStyle/@w:val") == "Caption");
    CHECK(count(caption, "w:pPr/w:keepNext") == 1);
    CHECK(text_of(caption) == "Table  SEQ Table \\* ARABIC 1. Cells in four alignments");
    CHECK(count(caption, "w:r/w:fldChar") == 3);
    // an uncaptioned table has no caption and no number; the next captioned one is Table 2
    const auto gap = body.select_nodes("w:tbl")[1].node().previous_sibling();
    CHECK(gap.name() == std::string("w:p")); // an empty paragraph: two adjacent w:tbl would be one table to Word
    CHECK(gap.previous_sibling().name() == std::string("w:tbl"));
    const auto third = body.select_nodes("w:tbl")[2].node().previous_sibling("w:p");
    CHECK(text_of(third) == "Table  SEQ Table \\* ARABIC 2. Z");
}

TEST_CASE("docx: a figure is a centred picture paragraph, then its caption with a SEQ Figure field") {
    Briefing b = with_pictures(picture_markdown);
    const DocxParts parts(b);
    const auto body = parts.part(document).child("w:body");
    const auto figure = body.find_child([](pugi::xml_node p) { return std::string(p.child("w:pPr").child("w:pStyle").attribute("w:val").value()) == "Figure"; });
    REQUIRE(figure);
    const auto in = figure.select_node("w:r/w:drawing/wp:inline").node();
    REQUIRE(in);
    CHECK(attr(in, "wp:docPr/@id") == "1");
    CHECK(attr(in, "wp:docPr/@name") == "Picture 1");
    CHECK(attr(in, "wp:docPr/@descr") == "A red and blue chart");
    // 4×2 pixels at the PNG's 5906 pixels a metre (150.01 dpi).
    const double dpi = b.pictures.at(0).dpi;
    CHECK(dpi == Approx(150.0).margin(0.1));
    CHECK(attr(in, "wp:extent/@cx") == std::to_string(std::llround(4 * docx::emu_per_inch / dpi)));
    CHECK(attr(in, "wp:extent/@cy") == std::to_string(std::llround(2 * docx::emu_per_inch / dpi)));
    const std::string rid = attr(in, "a:graphic/a:graphicData/pic:pic/pic:blipFill/a:blip/@r:embed");
    const auto rels = parts.part("/word/_rels/document.xml.rels");
    const auto rel = rels.find_child_by_attribute("Relationship", "Id", rid.c_str());
    CHECK(std::string(rel.attribute("Target").value()) == "media/picture-1.png");
    CHECK(std::string(rel.attribute("Type").value()) == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
    const auto caption = figure.next_sibling("w:p");
    CHECK(attr(caption, "w:pPr/w:pStyle/@w:val") == "Caption");
    CHECK(text_of(caption) == "Figure  SEQ Figure \\* ARABIC 1. Sales by region");
}

TEST_CASE("docx: an inline picture is a drawing at the text's height in the line, a missing one its alt text") {
    const DocxParts parts(with_pictures(picture_markdown));
    const auto p = parts.part(document).select_node("//w:p[w:r/w:t='Inline ']").node();
    REQUIRE(p);
    const auto in = p.select_node("w:r/w:drawing/wp:inline").node();
    REQUIRE(in);
    CHECK(attr(in, "wp:docPr/@id") == "2");
    CHECK(attr(in, "wp:docPr/@descr") == "logo");
    // 10.5 pt body text: 133350 EMU tall; the 8×4 JPEG twice as wide.
    CHECK(attr(in, "wp:extent/@cy") == "133350");
    CHECK(attr(in, "wp:extent/@cx") == "266700");
    CHECK(text_of(p) == "Inline  picture and missing.");
}

TEST_CASE("docx: pictures are fitted to the text width and the page, never enlarged") {
    Picture p;
    p.width = 3000;
    p.height = 1000;
    p.dpi = 0; // unknown: 96 dpi
    const docx::Extent natural = docx::natural_extent(p);
    CHECK(natural == docx::Extent{3000 * docx::emu_per_inch / 96, 1000 * docx::emu_per_inch / 96});
    const docx::Extent fitted = docx::fit_extent(natural, 6 * docx::emu_per_inch, 9 * docx::emu_per_inch);
    CHECK(fitted == docx::Extent{6 * docx::emu_per_inch, 2 * docx::emu_per_inch});
    CHECK(docx::fit_extent({100, 400}, 1000, 200) == docx::Extent{50, 200}); // too tall
    CHECK(docx::fit_extent({100, 40}, 1000, 200) == docx::Extent{100, 40});  // small stays small
    CHECK(docx::at_height({200, 100}, 50) == docx::Extent{100, 50});
}

TEST_CASE("docx: media parts once each, binary in Flat OPC, typed by extension in the zip") {
    Briefing b = with_pictures(picture_markdown + std::string("\nAgain ![logo](photo.jpg).\n"));
    const DocxParts parts(b);
    const auto pkg = parts.package().child("pkg:package");
    const auto png = pkg.find_child_by_attribute("pkg:part", "pkg:name", "/word/media/picture-1.png");
    const auto jpeg = pkg.find_child_by_attribute("pkg:part", "pkg:name", "/word/media/picture-2.jpeg");
    REQUIRE(png);
    REQUIRE(jpeg);
    CHECK(std::string(png.attribute("pkg:contentType").value()) == "image/png");
    CHECK(std::string(jpeg.attribute("pkg:contentType").value()) == "image/jpeg");
    CHECK(std::string(png.attribute("pkg:compression").value()) == "store");
    CHECK(std::string(png.child_value("pkg:binaryData")).rfind("iVBORw0KGgo", 0) == 0); // the PNG signature
    CHECK(count(parts.part("/word/_rels/document.xml.rels"), "Relationship[@Target='media/picture-2.jpeg']") == 1);
    CHECK(count(parts.part(document), "//wp:docPr") == 3);
}

TEST_CASE("docx: a picture in a footnote is related from footnotes.xml, its media part shared, drawing ids unique") {
    const DocxParts parts(with_pictures("Text[^p] and ![logo](photo.jpg).\n\n[^p]: See ![the logo](photo.jpg) and ![chart](chart.png).\n"));
    const auto notes = parts.part("/word/footnotes.xml");
    const auto in = notes.select_node(".//wp:inline[wp:docPr/@descr='the logo']").node();
    REQUIRE(in);
    const std::string rid = attr(in, ".//a:blip/@r:embed");
    const auto rels = parts.part("/word/_rels/footnotes.xml.rels");
    CHECK(std::string(rels.find_child_by_attribute("Relationship", "Id", rid.c_str()).attribute("Target").value()) == "media/picture-2.jpeg");
    CHECK(count(rels, "Relationship[@Target='media/picture-2.jpeg']") == 1);
    // At the notes' text size (8 pt in the default style), not the body's.
    CHECK(attr(in, "wp:extent/@cy") == std::to_string(std::llround(test::shipped_style("default").sizes.footnote * docx::emu_per_point)));
    CHECK(count(parts.part("/word/_rels/document.xml.rels"), "Relationship[@Target='media/picture-2.jpeg']") == 1);
    // One media part per picture, whichever parts show it; docPr ids 1, 2, 3 across both parts.
    const auto pkg = parts.package().child("pkg:package");
    CHECK(count(pkg, "pkg:part[@pkg:name='/word/media/picture-2.jpeg']") == 1);
    CHECK(count(pkg, "pkg:part[@pkg:name='/word/media/picture-1.png']") == 1);
    std::vector<std::string> ids;
    for (auto root : {parts.part(document), notes})
        for (auto d : root.select_nodes(".//wp:docPr")) ids.push_back(d.node().attribute("id").value());
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"1", "2", "3"});
}

TEST_CASE("docx: content types give binary parts a Default by extension, XML parts an Override") {
    docx::Part xml{"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "<x/>", ""};
    docx::Part png{"word/media/picture-1.png", "image/png", "", "png bytes"};
    docx::Part png2{"word/media/picture-3.png", "image/png", "", "more png bytes"};
    docx::Part jpeg{"word/media/picture-2.jpeg", "image/jpeg", "", "jpeg bytes"};
    const std::string types = xml::to_bytes(docx::content_types({xml, png, jpeg, png2}));
    CHECK(types.find("<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/><Override") != std::string::npos);
    CHECK(types.find("Extension=\"png\"", types.find("Extension=\"png\"") + 1) == std::string::npos); // once
    CHECK(types.find("PartName=\"/word/media/") == std::string::npos);
    CHECK(types.find("PartName=\"/word/document.xml\"") != std::string::npos);
}

TEST_CASE("docx: task items open with a ballot box in a symbol font") {
    const DocxParts parts(with_pictures(picture_markdown));
    const auto doc = parts.part(document);
    const auto open = doc.select_node("//w:p[w:r/w:t='open task']").node();
    const auto done = doc.select_node("//w:p[w:r/w:t='done task']").node();
    const auto plain = doc.select_node("//w:p[w:r/w:t='plain item']").node();
    REQUIRE((open && done && plain));
    CHECK(text_of(open) == "\u2610 open task");
    CHECK(text_of(done) == "\u2612 done task");
    CHECK(text_of(plain) == "plain item");
    CHECK(attr(open, "w:r[1]/w:rPr/w:rFonts/@w:ascii") == "Segoe UI Symbol");
    CHECK(count(open, "w:pPr/w:numPr") == 1);
}

TEST_CASE("docx: the table style and the caption, figure and cell styles are defined") {
    const DocxParts parts(with_pictures("x\n"));
    const auto styles = parts.part("/word/styles.xml");
    const auto table = styles.find_child_by_attribute("w:style", "w:styleId", "BriefTable");
    REQUIRE(table);
    CHECK(std::string(table.attribute("w:type").value()) == "table");
    CHECK(count(table, "w:tblPr/w:tblBorders/w:insideH") == 1);
    CHECK(count(table, "w:tblStylePr[@w:type='firstRow']/w:rPr/w:b") == 1);
    for (const char* id : {"Caption", "Figure", "TableText"}) CHECK(styles.find_child_by_attribute("w:style", "w:styleId", id));
}

TEST_CASE("docx: golden document.xml of a table, a figure, pictures and tasks") {
    const DocxParts parts(with_pictures(std::string(table_markdown) + "\n" + picture_markdown));
    test::check_golden("docx/tables.document.xml", parts.pretty(document));
}
