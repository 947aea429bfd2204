// Each node kind as WordprocessingML, golden document.xml and footnotes.xml, and footnote numbering.
#include "parts.hpp"

#include "doc/text.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace brief;
using test::DocxParts;

namespace {

const char* document = "/word/document.xml";
const char* footnotes = "/word/footnotes.xml";

/// The paragraphs of the article body: everything after the byline up to the Sources heading.
std::vector<pugi::xml_node> body_paragraphs(const DocxParts& parts) {
    std::vector<pugi::xml_node> out;
    bool in_body = false;
    for (auto p : parts.part(document).child("w:body").children("w:p")) {
        const std::string style = p.child("w:pPr").child("w:pStyle").attribute("w:val").value();
        if (style == "Byline") in_body = true;
        else if (style == "Heading1" && in_body) break;
        else if (in_body) out.push_back(p);
    }
    return out;
}

std::string style_of(pugi::xml_node p) { return p.child("w:pPr").child("w:pStyle").attribute("w:val").value(); }

/// The text a paragraph shows: w:t contents, w:tab as a tab, w:br as a line feed.
std::string text_of(pugi::xml_node p) {
    std::string out;
    auto nodes = p.select_nodes(".//w:t | .//w:tab | .//w:br");
    nodes.sort(); // a union comes back in no particular order
    for (auto n : nodes) {
        const std::string name = n.node().name();
        out += name == "w:t" ? n.node().text().get() : name == "w:tab" ? "\t" : "\n";
    }
    return out;
}

std::size_t count(pugi::xml_node root, const char* xpath) { return root.select_nodes(xpath).size(); }

} // namespace

TEST_CASE("docx: paragraphs, first paragraph unindented and the rest Body Text") {
    const DocxParts parts(test::docx_briefing("First.\n\nSecond.\n\nThird.\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 3);
    CHECK(style_of(ps[0]) == "FirstParagraph");
    CHECK(style_of(ps[1]) == "BodyText");
    CHECK(text_of(ps[2]) == "Third.");
}

TEST_CASE("docx: a right-to-left paragraph is bidi, its Hebrew runs rtl in the language their script suggests") {
    const DocxParts parts(test::docx_briefing("First in English.\n\n\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D **world**.\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 2);
    CHECK(count(ps[0], "w:pPr/w:bidi") == 0);
    CHECK(count(ps[1], "w:pPr/w:bidi") == 1);
    const auto rtl = ps[1].select_nodes("w:r[w:rPr/w:rtl]");
    REQUIRE(rtl.size() == 1);
    CHECK(std::string(rtl.first().node().child("w:rPr").child("w:lang").attribute("w:bidi").value()) == "he");
    // schema order (§17.3.2.28): rtl before lang
    CHECK(std::string(rtl.first().node().child("w:rPr").first_child().name()) == "w:rtl");
    CHECK(count(ps[1], "w:r[not(w:rPr/w:rtl)]") == 2); // "world" and "." stay left to right
}

TEST_CASE("docx: headings inside an article are Heading 2-6 by the source's outline, level 2 bookmarked for the contents") {
    const DocxParts parts(test::docx_briefing("# Top\n\n## Second\n\n#### Fourth\n\n# Again\n\n##### Fifth\n\nText.\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 6);
    CHECK(style_of(ps[0]) == "Heading2");
    CHECK(style_of(ps[1]) == "Heading3");
    CHECK(style_of(ps[2]) == "Heading4"); // one below its parent: no level skipped
    CHECK(style_of(ps[3]) == "Heading2");
    CHECK(style_of(ps[4]) == "Heading3");
    CHECK(style_of(ps[5]) == "FirstParagraph");
    CHECK(ps[0].child("w:bookmarkStart"));
    CHECK_FALSE(ps[1].child("w:bookmarkStart"));
    // The cached TOC result lists the article, both level-2 headings and the Sources.
    const auto doc = parts.part(document);
    CHECK(count(doc, ".//w:p[w:pPr/w:pStyle/@w:val='TOC1']") == 2);
    CHECK(count(doc, ".//w:p[w:pPr/w:pStyle/@w:val='TOC2']") == 2);
    for (auto link : doc.select_nodes(".//w:p[w:pPr/w:pStyle/@w:val='TOC2']/w:hyperlink")) {
        const std::string anchor = link.node().attribute("w:anchor").value();
        CHECK(count(doc, (".//w:bookmarkStart[@w:name='" + anchor + "']").c_str()) == 1);
    }
}

TEST_CASE("docx: block quotes use Quote, nested quotes indent more") {
    const DocxParts parts(test::docx_briefing("> Outer\n>\n> > Inner\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 2);
    CHECK(style_of(ps[0]) == "Quote");
    CHECK(style_of(ps[1]) == "Quote");
    CHECK_FALSE(ps[0].child("w:pPr").child("w:ind"));
    CHECK(ps[1].child("w:pPr").child("w:ind").attribute("w:left").as_int() > 0);
    // A quote inside a list item keeps the Quote style and sits further in than the item's text.
    const DocxParts in_list(test::docx_briefing("- item\n\n  > quoted\n"));
    const auto qs = body_paragraphs(in_list);
    REQUIRE(qs.size() == 2);
    CHECK(style_of(qs[1]) == "Quote");
    CHECK(qs[1].child("w:pPr").child("w:ind").attribute("w:left").as_int() > 400);
}

TEST_CASE("docx: lists are numbered, nested lists use ilvl, ordered lists restart at their start") {
    const DocxParts parts(test::docx_briefing("- a\n  - b\n- c\n\ntext\n\n3. three\n4. four\n\ntext\n\n1. one\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 8);
    auto num = [](pugi::xml_node p) { return p.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").as_int(); };
    auto ilvl = [](pugi::xml_node p) { return p.child("w:pPr").child("w:numPr").child("w:ilvl").attribute("w:val").as_int(); };
    CHECK(style_of(ps[0]) == "ListParagraph");
    CHECK(ilvl(ps[0]) == 0);
    CHECK(ilvl(ps[1]) == 1);
    CHECK(num(ps[0]) == num(ps[2]));
    CHECK(num(ps[0]) != num(ps[1]));
    CHECK(num(ps[4]) == num(ps[5]));
    CHECK(num(ps[4]) != num(ps[7]));
    const auto numbering = parts.part("/word/numbering.xml");
    auto start_of = [&](int id) {
        const auto n = numbering.find_child_by_attribute("w:num", "w:numId", std::to_string(id).c_str());
        return n.child("w:lvlOverride").child("w:startOverride").attribute("w:val").as_int();
    };
    CHECK(start_of(num(ps[4])) == 3);
    CHECK(start_of(num(ps[7])) == 1);
    CHECK_FALSE(numbering.find_child_by_attribute("w:num", "w:numId", std::to_string(num(ps[0])).c_str()).child("w:lvlOverride"));
    CHECK(count(numbering, "w:abstractNum[w:lvl/w:numFmt/@w:val='bullet']") == 1);
    // Nesting deeper than Word's nine levels stays at the last level.
    std::string deep;
    for (int i = 0; i < 12; ++i) deep += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- level\n";
    const DocxParts deep_parts(test::docx_briefing(deep));
    int deepest = 0;
    for (const auto& p : body_paragraphs(deep_parts)) deepest = std::max(deepest, ilvl(p));
    CHECK(deepest == 8);
    CHECK(count(numbering, "w:abstractNum[w:lvl/w:numFmt/@w:val='decimal']") == 1);
}

TEST_CASE("docx: code blocks are Source Code paragraphs, one per line, spaces kept") {
    const DocxParts parts(test::docx_briefing("```\nfirst\n  indented\n\n\tlast\n```\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 4);
    for (const auto& p : ps) CHECK(style_of(p) == "SourceCode");
    CHECK(text_of(ps[1]) == "  indented");
    CHECK(std::string(ps[1].select_node(".//w:t").node().attribute("xml:space").value()) == "preserve");
    CHECK(text_of(ps[2]).empty());
    CHECK(text_of(ps[3]) == "\tlast");
}

TEST_CASE("docx: a thematic break is a paragraph with a bottom border") {
    const DocxParts parts(test::docx_briefing("Before.\n\n***\n\nAfter.\n"));
    const auto ps = body_paragraphs(parts);
    REQUIRE(ps.size() == 3);
    CHECK(std::string(ps[1].child("w:pPr").child("w:pBdr").child("w:bottom").attribute("w:val").value()) == "single");
    CHECK(style_of(ps[2]) == "FirstParagraph");
}

TEST_CASE("docx: inline formatting is direct for emphasis, strong and strike, a style for code") {
    const DocxParts parts(test::docx_briefing("*em* **strong** ~~gone~~ `code` ***both***\n"));
    const auto p = body_paragraphs(parts).at(0);
    CHECK(count(p, "w:r[w:rPr/w:i and w:t='em']") == 1);
    CHECK(count(p, "w:r[w:rPr/w:b and w:t='strong']") == 1);
    CHECK(count(p, "w:r[w:rPr/w:strike and w:t='gone']") == 1);
    CHECK(count(p, "w:r[w:rPr/w:rStyle/@w:val='VerbatimChar' and w:t='code']") == 1);
    const auto both = p.select_node("w:r[w:t='both']/w:rPr").node();
    REQUIRE(both);
    std::string order;
    for (auto c : both.children()) order += std::string(c.name()) + " ";
    CHECK(order == "w:b w:bCs w:i w:iCs ");
}

TEST_CASE("docx: text keeps edge spaces with xml:space and soft breaks become spaces") {
    const DocxParts parts(test::docx_briefing("one\ntwo *three* four\n"));
    const auto p = body_paragraphs(parts).at(0);
    CHECK(text_of(p) == "one two three four");
    for (auto t : p.select_nodes(".//w:t")) {
        const std::string text = t.node().text().get();
        const bool edges = text.front() == ' ' || text.back() == ' ';
        CHECK(edges == (std::string(t.node().attribute("xml:space").value()) == "preserve"));
    }
    CHECK(count(p, "w:r") == 3); // adjacent text of one format shares a run
}

TEST_CASE("docx: hard line breaks are w:br") {
    const DocxParts parts(test::docx_briefing("up\\\ndown\n"));
    const auto p = body_paragraphs(parts).at(0);
    CHECK(text_of(p) == "up\ndown");
    CHECK(count(p, "w:r/w:br") == 1);
}

TEST_CASE("docx: links are hyperlinks to external relationships, with the Hyperlink style") {
    const DocxParts parts(test::docx_briefing("See [the site](https://example.org/a?b=1&c=2 \"A title\") and <mailto:x@example.org>.\n"));
    const auto p = body_paragraphs(parts).at(0);
    const auto links = p.select_nodes("w:hyperlink");
    REQUIRE(links.size() == 2);
    const auto first = links[0].node();
    CHECK(std::string(first.attribute("w:tooltip").value()) == "A title");
    CHECK(count(first, "w:r[w:rPr/w:rStyle/@w:val='Hyperlink']") == 1);
    const auto rels = parts.part("/word/_rels/document.xml.rels");
    const auto rel = rels.find_child_by_attribute("Relationship", "Id", first.attribute("r:id").value());
    CHECK(std::string(rel.attribute("Target").value()) == "https://example.org/a?b=1&c=2");
    CHECK(std::string(rel.attribute("TargetMode").value()) == "External");
}

TEST_CASE("docx: images show their alt text") {
    Diagnostics d;
    const Briefing b = test::briefing_from_body("Look: ![A chart of sales](chart.png)\n", d);
    const DocxParts parts(b);
    CHECK(text_of(body_paragraphs(parts).at(0)) == "Look: A chart of sales");
}

TEST_CASE("docx: notes are real footnotes, an author note's line breaks stay inside it") {
    const DocxParts parts(test::docx_briefing("Claim.[^a]\n\n[^a]: First part.\n\n    Second part with [a link](https://example.org/n).\n"));
    const auto p = body_paragraphs(parts).at(0);
    const auto ref = p.select_node("w:r[w:rPr/w:rStyle/@w:val='FootnoteReference']/w:footnoteReference").node();
    REQUIRE(ref);
    const auto notes = parts.part(footnotes);
    const auto note = notes.find_child_by_attribute("w:footnote", "w:id", ref.attribute("w:id").value());
    REQUIRE(note);
    CHECK(count(note, "w:p/w:r/w:footnoteRef") == 1);
    CHECK(text_of(note.child("w:p")) == " First part.\nSecond part with a link.");
    // The link inside the note is a relationship of footnotes.xml.
    const auto link = note.select_node(".//w:hyperlink").node();
    REQUIRE(link);
    const auto rel = parts.part("/word/_rels/footnotes.xml.rels").find_child_by_attribute("Relationship", "Id", link.attribute("r:id").value());
    CHECK(std::string(rel.attribute("Target").value()) == "https://example.org/n");
    // The separators come first.
    CHECK(std::string(notes.first_child().attribute("w:type").value()) == "separator");
    CHECK(notes.first_child().attribute("w:id").as_int() == -1);
    CHECK(notes.first_child().next_sibling().attribute("w:id").as_int() == 0);
    CHECK(count(parts.part("/word/settings.xml"), "w:footnotePr/w:footnote") == 2);
}

TEST_CASE("docx: the byline carries the attribution note's reference right after it") {
    const DocxParts parts(test::docx_briefing("Text.\n"));
    const auto by = parts.part(document).select_node(".//w:p[w:pPr/w:pStyle/@w:val='Byline']").node();
    REQUIRE(by);
    CHECK(text_of(by).rfind("Test Outlet", 0) == 0);
    CHECK(std::string(by.last_child().last_child().name()) == "w:footnoteReference");
    CHECK(by.last_child().last_child().attribute("w:id").as_int() == 1);
}

TEST_CASE("docx: footnote ids in document order are 1..N, each with one footnote, N the model's count") {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    int model_notes = 0;
    for (const auto& part : b.front) visit_notes(part.blocks, [&](const Note&) { ++model_notes; });
    for (const auto& a : b.articles) visit_notes(a, [&](const Note&) { ++model_notes; });
    REQUIRE(!b.front.empty()); // the key points' notes come first
    const DocxParts parts(b);
    const auto refs = parts.part(document).select_nodes(".//w:footnoteReference");
    REQUIRE(static_cast<int>(refs.size()) == model_notes);
    int expected = 1;
    for (const auto& r : refs) CHECK(r.node().attribute("w:id").as_int() == expected++);
    const auto notes = parts.part(footnotes);
    CHECK(count(notes, "w:footnote[not(@w:type)]") == refs.size());
    for (int id = 1; id <= model_notes; ++id)
        CHECK(count(notes, ("w:footnote[@w:id='" + std::to_string(id) + "']/w:p/w:r/w:footnoteRef").c_str()) == 1);
}

TEST_CASE("docx: a note cited inside a note gets its own footnote, ids still in document order") {
    const DocxParts parts(test::docx_briefing("Claim.[^a] Later.[^c]\n\n[^a]: See also[^b].\n[^b]: Inner.\n[^c]: Last.\n"));
    const auto refs = parts.part(document).select_nodes(".//w:footnoteReference");
    REQUIRE(refs.size() == 4);
    for (std::size_t i = 0; i < refs.size(); ++i) CHECK(refs[i].node().attribute("w:id").as_int() == static_cast<int>(i + 1));
    const auto notes = parts.part(footnotes);
    CHECK(text_of(notes.find_child_by_attribute("w:footnote", "w:id", "2")) == " See also3.");
    CHECK(text_of(notes.find_child_by_attribute("w:footnote", "w:id", "3")) == " Inner.");
    CHECK(count(notes, ".//w:footnoteReference") == 0);
}

TEST_CASE("docx: golden document.xml and footnotes.xml of every node kind") {
    const DocxParts parts(test::docx_briefing(test::read_test_file("golden/read/kinds.md")));
    test::check_golden("docx/kinds.document.xml", parts.pretty(document));
    test::check_golden("docx/kinds.footnotes.xml", parts.pretty(footnotes));
}

TEST_CASE("docx: golden parts of a small briefing with a credited source") {
    const DocxParts parts(test::docx_briefing("The WSJ reported it.\n\n- a point\n"));
    test::check_golden("docx/small.document.xml", parts.pretty(document));
    test::check_golden("docx/small.footnotes.xml", parts.pretty(footnotes));
}

TEST_CASE("docx: an article in another language says so on its runs, the document's language in the defaults") {
    Briefing b = test::docx_briefing("Un texte *en* français.\n");
    b.meta.language = "en";
    b.articles.at(0).source.language = "fr_FR";
    const DocxParts parts(b);
    std::size_t french = 0, runs = 0;
    for (const auto& r : parts.part("/word/document.xml").select_nodes("//w:body//w:r[w:t]")) {
        ++runs;
        if (std::string(r.node().select_node("w:rPr/w:lang").node().attribute("w:val").value()) == "fr-FR") ++french;
    }
    CHECK(runs >= 4); // title, byline, the paragraph's three runs (the contents and sources say nothing)
    CHECK(french >= 4);
    CHECK(std::string(parts.part("/word/styles.xml").select_node("//w:docDefaults//w:lang").node().attribute("w:val").value()) == "en");

    b.articles.at(0).source.language = "en";
    const DocxParts same(b);
    CHECK_FALSE(same.part("/word/document.xml").select_node("//w:body//w:r/w:rPr/w:lang"));
}
