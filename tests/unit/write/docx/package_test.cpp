// Packaging: determinism, the Flat OPC envelope, the zip's first entry, properties, styles, schema order.
#include "parts.hpp"

#include "core/memo.hpp"

#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "write/docx/docx.hpp"
#include "write/docx/package.hpp"
#include "write/xml.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

using namespace brief;
using test::DocxParts;

namespace {

RenderOptions options() {
    RenderOptions o;
    o.timestamp = 1543190400; // 2018-11-26T00:00:00Z
    o.generator = "brief test";
    return o;
}

/// Checks that the children of every `element` under `root` appear in the order `order` lists
/// (names not listed fail the test too, so the list must name what the writer may write).
void check_order(pugi::xml_node root, const char* element, const std::vector<std::string>& order) {
    for (const auto& hit : root.select_nodes((std::string(".//") + element).c_str())) {
        std::ptrdiff_t last = -1;
        for (auto child : hit.node().children()) {
            const auto at = std::find(order.begin(), order.end(), child.name());
            INFO(element << " child " << child.name());
            REQUIRE(at != order.end());
            CHECK(at - order.begin() > last);
            last = at - order.begin();
        }
    }
}

} // namespace

TEST_CASE("docx: two runs give identical bytes for both packagings") {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    const Style s = test::shipped_style("default");
    const Bytes docx1 = write_docx(b, s, options(), d), docx2 = write_docx(b, s, options(), d);
    const Bytes flat1 = write_flat_xml(b, s, options(), d), flat2 = write_flat_xml(b, s, options(), d);
    CHECK(docx1 == docx2);
    CHECK(flat1 == flat2);
    CHECK(flat1.find("w:rsid") == std::string::npos);
    // The timestamp is the only clock: another one changes the bytes.
    RenderOptions later = options();
    later.timestamp += 86400;
    CHECK(write_docx(b, s, later, d) != docx1);
}

TEST_CASE("docx: the zip starts with [Content_Types].xml, which has an override per XML part") {
    Diagnostics d;
    const Bytes zip = write_docx(test::docx_briefing("Text.\n"), test::shipped_style(), options(), d);
    REQUIRE(zip.size() > 30);
    CHECK(zip.compare(0, 4, std::string("PK\x03\x04", 4)) == 0);
    const std::string name = "[Content_Types].xml";
    CHECK(zip.compare(30, name.size(), name) == 0); // local file header: the name starts at byte 30
    std::vector<docx::Part> parts(1);
    parts[0].name = "word/document.xml";
    parts[0].content_type = "application/x-test+xml";
    const auto types = docx::content_types(parts);
    const auto o = types.child("Types").child("Override");
    CHECK(std::string(o.attribute("PartName").value()) == "/word/document.xml");
    CHECK(std::string(types.child("Types").child("Default").attribute("Extension").value()) == "rels");
}

TEST_CASE("docx: Flat OPC has the mso-application instruction and one pkg:part per part") {
    const DocxParts parts(test::docx_briefing("A [link](https://example.org) and a note.[^n]\n\n[^n]: See <https://example.org/n>.\n"));
    const auto pi = parts.package().first_child().next_sibling();
    CHECK(pi.type() == pugi::node_pi);
    CHECK(std::string(pi.name()) == "mso-application");
    CHECK(std::string(pi.value()) == "progid=\"Word.Document\"");
    const auto package = parts.package().child("pkg:package");
    CHECK(std::string(package.attribute("xmlns:pkg").value()) == "http://schemas.microsoft.com/office/2006/xmlPackage");
    for (const char* name : {"/_rels/.rels", "/word/_rels/document.xml.rels", "/word/_rels/footnotes.xml.rels", "/word/document.xml",
                             "/word/footnotes.xml", "/word/styles.xml", "/word/settings.xml", "/word/numbering.xml",
                             "/word/header1.xml", "/word/footer1.xml", "/docProps/core.xml", "/docProps/app.xml"})
        CHECK(parts.has(name));
    CHECK_FALSE(parts.has("/[Content_Types].xml"));
    for (auto p : package.children("pkg:part")) {
        CHECK(p.attribute("pkg:name").value()[0] == '/');
        CHECK(std::string(p.attribute("pkg:contentType").value()).size() > 10);
        CHECK(std::distance(p.children().begin(), p.children().end()) == 1);
    }
    CHECK(std::string(parts.part("/_rels/.rels").name()) == "Relationships");
}

TEST_CASE("docx: Flat OPC, written around each part's bytes, is what pugixml writes for the whole tree") {
    // the reference: one tree holding a copy of every part, written by pugixml
    auto reference = [](const std::vector<docx::Part>& parts) {
        auto doc = xml::new_document(true);
        auto pi = doc.append_child(pugi::node_pi);
        pi.set_name("mso-application");
        pi.set_value("progid=\"Word.Document\"");
        auto package = doc.append_child("pkg:package");
        package.append_attribute("xmlns:pkg") = "http://schemas.microsoft.com/office/2006/xmlPackage";
        for (const auto& part : parts) {
            auto p = package.append_child("pkg:part");
            xml::set_attr(p, "pkg:name", "/" + part.name);
            xml::set_attr(p, "pkg:contentType", part.content_type);
            if (part.binary.empty()) {
                pugi::xml_document own;
                REQUIRE(own.load_buffer(part.xml.data(), part.xml.size()));
                p.append_child("pkg:xmlData").append_copy(own.document_element());
            } else {
                p.append_attribute("pkg:compression") = "store";
                xml::add_element(p, "pkg:binaryData", docx::base64(part.binary));
            }
        }
        return xml::to_bytes(doc);
    };
    auto doc = xml::new_document(true);
    auto root = doc.append_child("w:document");
    root.append_attribute("xmlns:w") = "urn:test";
    xml::set_attr(root, "w:note", "a \"quoted\" <tag> & \t tab");
    xml::add_element(root, "w:t", "text with < & > and caf\xC3\xA9\n");
    std::vector<docx::Part> parts;
    parts.push_back(docx::xml_part("word/document.xml", "application/x-test+xml", doc));
    parts.push_back(docx::xml_part("odd & \"named\".xml", "type/with<markup>", doc));
    docx::Part binary;
    binary.name = "word/media/x.bin";
    binary.content_type = "application/octet-stream";
    binary.binary = std::string("\x00\xFF\x10", 3) + " and more bytes to reach a second line of base64 text, past fifty-seven";
    parts.push_back(binary);
    CHECK(docx::package_flat(parts) == reference(parts));
    CHECK(docx::package_flat({}) == reference({}));
}

TEST_CASE("docx: binary parts are base64 in pkg:binaryData") {
    CHECK(docx::base64("") == "");
    CHECK(docx::base64("f") == "Zg==");
    CHECK(docx::base64("fo") == "Zm8=");
    CHECK(docx::base64("foobar") == "Zm9vYmFy");
    std::vector<docx::Part> parts(1);
    parts[0].name = "word/media/x.bin";
    parts[0].content_type = "application/octet-stream";
    parts[0].binary = std::string("\x00\xFF\x10", 3);
    const DocxParts flat(docx::package_flat(parts));
    const auto part = flat.package().child("pkg:package").child("pkg:part");
    CHECK(std::string(part.child("pkg:binaryData").text().get()) == "AP8Q");
}

TEST_CASE("docx: core properties carry title, creator, subject, keywords and W3CDTF dates") {
    Diagnostics d;
    Briefing b = test::docx_briefing("Text.\n");
    b.meta.subtitle = "A subtitle";
    const DocxParts parts(write_flat_xml(b, test::shipped_style(), options(), d));
    const auto core = parts.part("/docProps/core.xml");
    CHECK(std::string(core.child_value("dc:title")) == "Test Briefing");
    CHECK(std::string(core.child_value("dc:creator")) == "Test Unit");
    CHECK(std::string(core.child_value("dc:subject")) == "A subtitle");
    CHECK(std::string(core.child_value("cp:keywords")).find("UNCLASSIFIED") != std::string::npos);
    for (const char* name : {"dcterms:created", "dcterms:modified"}) {
        CHECK(std::string(core.child_value(name)) == "2018-11-26T00:00:00Z");
        CHECK(std::string(core.child(name).attribute("xsi:type").value()) == "dcterms:W3CDTF");
    }
    CHECK(std::string(parts.part("/docProps/app.xml").child_value("Application")) == "brief test");
}

TEST_CASE("docx: styles come from the Style, page size and margins in twips") {
    Style s = test::shipped_style("letter");
    Diagnostics d;
    const DocxParts parts(write_flat_xml(test::docx_briefing("Text.\n"), s, options(), d));
    const auto styles = parts.part("/word/styles.xml");
    for (const char* id : {"Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Quote", "ListParagraph", "FootnoteText",
                           "FootnoteReference", "Hyperlink", "TOC1", "TOC2", "SourceCode", "VerbatimChar"})
        CHECK(styles.find_child_by_attribute("w:style", "w:styleId", id));
    const auto ref = styles.find_child_by_attribute("w:style", "w:styleId", "FootnoteReference");
    CHECK(std::string(ref.child("w:rPr").child("w:vertAlign").attribute("w:val").value()) == "superscript");
    const auto h1 = styles.find_child_by_attribute("w:style", "w:styleId", "Heading1");
    CHECK(h1.child("w:rPr").child("w:sz").attribute("w:val").as_int() == static_cast<int>(s.sizes.heading1 * 2 + 0.5));
    CHECK(std::string(h1.child("w:rPr").child("w:rFonts").attribute("w:ascii").value()) == s.fonts.heading);
    const auto sect = parts.part("/word/document.xml").child("w:body").child("w:sectPr");
    CHECK(sect.child("w:pgSz").attribute("w:w").as_int() == static_cast<int>(s.page.width * 20 + 0.5));
    CHECK(sect.child("w:pgMar").attribute("w:left").as_int() == static_cast<int>(s.page.margin_inner * 20 + 0.5));
    CHECK(sect.child("w:titlePg"));
}

TEST_CASE("docx: the running head has title and marking, the foot date and Page X of Y") {
    const DocxParts parts(test::docx_briefing("Text.\n"));
    const std::string head = parts.pretty("/word/header1.xml");
    CHECK(head.find("Test Briefing") != std::string::npos);
    CHECK(head.find("UNCLASSIFIED") != std::string::npos);
    const auto foot = parts.part("/word/footer1.xml");
    std::string instructions;
    for (auto i : foot.select_nodes(".//w:instrText")) instructions += i.node().text().get();
    CHECK(instructions == " PAGE  NUMPAGES ");
    CHECK(parts.pretty("/word/footer1.xml").find("26 November 2018") != std::string::npos);
}

TEST_CASE("docx: the contents is a TOC field whose result lists the articles and Sources") {
    const DocxParts parts(test::docx_briefing("Text.\n"));
    const auto body = parts.part("/word/document.xml").child("w:body");
    std::vector<std::string> sequence;
    auto nodes = body.select_nodes(".//w:fldChar | .//w:instrText");
    nodes.sort();
    for (auto n : nodes) {
        const std::string name = n.node().name();
        sequence.push_back(name == "w:fldChar" ? n.node().attribute("w:fldCharType").value() : n.node().text().get());
        if (sequence.size() == 4) break;
    }
    REQUIRE(sequence.size() == 4);
    CHECK(sequence[0] == "begin");
    CHECK(sequence[1] == " TOC \\o \"1-2\" \\h \\z \\u ");
    CHECK(sequence[2] == "separate");
    CHECK(sequence[3] == "end");
    const auto links = body.select_nodes("w:p[w:pPr/w:pStyle/@w:val='TOC1']/w:hyperlink");
    REQUIRE(links.size() == 2);
    CHECK(std::string(links[0].node().child("w:r").child_value("w:t")) == "Test article");
    CHECK(std::string(links[1].node().child("w:r").child_value("w:t")) == "Sources");
}

TEST_CASE("docx: the Sources section lists every source in full") {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    const DocxParts parts(b);
    const auto entries = parts.part("/word/document.xml").select_nodes(".//w:p[w:pPr/w:pStyle/@w:val='Bibliography']");
    REQUIRE(entries.size() == b.sources.size());
    // in citation order: the key points cite the articles first, the credit comes after them
    int credited = 0;
    for (const auto& e : entries) credited += std::string(e.node().select_node(".//w:t").node().text().get()).rfind("The Wall Street Journal.", 0) == 0;
    CHECK(credited == 1);
}

TEST_CASE("docx: properties follow the schema order in every part") {
    Diagnostics d;
    Briefing b = test::docx_briefing(test::read_test_file("golden/read/kinds.md"));
    const DocxParts parts(b);
    const std::vector<std::string> rpr{"w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:strike", "w:color",
                                       "w:sz", "w:szCs", "w:u", "w:shd", "w:vertAlign", "w:lang"};
    const std::vector<std::string> ppr{"w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:widowControl", "w:numPr",
                                       "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind",
                                       "w:contextualSpacing", "w:jc", "w:outlineLvl"};
    for (const char* name : {"/word/document.xml", "/word/footnotes.xml", "/word/styles.xml", "/word/numbering.xml", "/word/header1.xml"}) {
        INFO(name);
        check_order(parts.part(name), "w:rPr", rpr);
        check_order(parts.part(name), "w:pPr", ppr);
    }
}

TEST_CASE("docx: characters XML 1.0 forbids are never written") {
    Briefing b = test::docx_briefing("Clean text.\n");
    b.meta.title = "Bad\x01title\x0B";
    auto& p = std::get<Paragraph>(b.articles.at(0).blocks.at(0).node);
    std::get<Text>(p.content.at(0).node).text = "x\x02y\xEF\xBF\xBEz";
    Diagnostics d;
    const Bytes flat = write_flat_xml(b, test::shipped_style(), options(), d);
    for (const char c : std::string("\x01\x02\x0B")) CHECK(flat.find(c) == std::string::npos);
    CHECK(flat.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(flat.find("xyz") != std::string::npos);
    const DocxParts parts(flat);
    CHECK(std::string(parts.part("/docProps/core.xml").child_value("dc:title")) == "Badtitle");
}

TEST_CASE("docx: an empty briefing still makes a whole document") {
    Briefing b;
    Diagnostics d;
    const Bytes flat = write_flat_xml(b, test::shipped_style(), options(), d);
    const DocxParts parts(flat);
    CHECK(parts.part("/word/footnotes.xml").select_nodes("w:footnote").size() == 2);
    const auto body = parts.part("/word/document.xml").child("w:body");
    CHECK(body.select_nodes("w:p[w:pPr/w:pStyle/@w:val='TOC1']").size() == 1);
    CHECK(body.select_nodes(".//w:footnoteReference").empty());
}

TEST_CASE("docx: articles a memo kept give the bytes of a fresh run, whatever changed before them") {
    Diagnostics d;
    Briefing b = test::seed_briefing(d);
    REQUIRE(b.articles.size() >= 3);
    const Style s = test::shipped_style("default");
    Memo memo;
    RenderOptions kept = options();
    kept.memo = &memo;
    const auto fresh = [&] { return write_flat_xml(b, s, options(), d); };
    const auto rerun = [&] {
        memo.sweep();
        return write_flat_xml(b, s, kept, d);
    };
    CHECK(rerun() == fresh());
    CHECK(memo.made() == b.articles.size()); // a flat run keeps nothing but its articles
    CHECK(rerun() == fresh());
    CHECK(memo.made() == 0);
    CHECK(memo.hits() == b.articles.size());

    // A new title: only that article is written again; the rest of the story is as it was.
    b.articles[1].source.title += " (updated)";
    CHECK(rerun() == fresh());
    CHECK(memo.made() == 1);

    // A new link in the first article: every later article's relationship ids move, so each is
    // written again, not taken with its old ids.
    Paragraph* first = nullptr;
    for (auto& block : b.articles[0].blocks)
        if ((first = std::get_if<Paragraph>(&block.node)) != nullptr) break;
    REQUIRE(first != nullptr);
    first->content.push_back(Inline{Link{"https://example.org/new", "", {Inline{Text{"new", {}}}}, {}, ""}});
    CHECK(rerun() == fresh());
    CHECK(memo.made() == b.articles.size());
    CHECK(fresh().find("https://example.org/new") != std::string::npos);
}
