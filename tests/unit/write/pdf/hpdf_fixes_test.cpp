// libharu fixes and brief's CID fonts, judged by real readers: pdftotext, pdffonts, qpdf, pdfinfo and PDFBox Preflight on small documents.
#include "core/error.hpp"
#include "write/pdf/fonts/fontconfig.hpp"
#include "write/pdf/hpdf/cid_font.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "core/deflate.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/fixes.hpp"
#include "write/pdf/hpdf/hpdf.hpp"
#include "write/pdf/hpdf/pages.hpp"
#include "write/pdf/hpdf/streams.hpp"
#include "write/pdf/hpdf/structure.hpp"
#include "write/pdf/shape/subset.hpp"

#include "../../../support/tools.hpp"

#include <catch2/catch.hpp>
#include <dlfcn.h>
#include <hpdf.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <latch>
#include <memory>
#include <regex>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace brief::pdf;
using brief::test::Command;
using brief::test::have;
using brief::test::run;
using brief::test::scratch;
using brief::test::slurp;

namespace {

const std::vector<std::string> latin_lines = {"Café “quoted” — naïve façade", "Ελληνικά: Ωμέγα λόγος",
                                              "Plain ASCII (parens) \\ back", "Office affine fjord"};
const std::string cjk_line = "中文文本，日本語のテキスト";

struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};
using Doc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

std::string save(HPDF_Doc doc, const HaruErrorLog& log) {
    check(doc, HPDF_SaveToStream(doc), "saving");
    std::string bytes(HPDF_GetStreamSize(doc), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    check(doc, HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size), "reading");
    bytes.resize(size);
    REQUIRE(log.code == HPDF_OK);
    return bytes;
}

enum class Fix { none, pdfa };

PdfaInfo sample_info() {
    PdfaInfo pdfa;
    pdfa.info.title = "Briefing — 25 November 2018";
    pdfa.info.author = "Policy Unit";
    pdfa.info.subject = "Huawei & the 5G débat";
    pdfa.info.keywords = "telecoms, security";
    pdfa.info.creator = "brief 0.1.0";
    pdfa.info.producer = "brief 0.1.0 (libharu 2.3.0)";
    pdfa.info.created = "2018-11-25T00:00:00Z";
    pdfa.info.modified = "2018-11-25T10:30:00+01:00";
    pdfa.id_seed = "seed: the briefing's content hash";
    return pdfa;
}

/// A face of the sample: opened with HarfBuzz, its font object, the glyphs it showed.
struct SampleFace {
    std::unique_ptr<Typeface> typeface;
    HPDF_Dict font = nullptr;
    ShownGlyphs shown;
};

SampleFace sample_face(HaruDocument& pdf, const std::string& family) {
    auto file = find_font(family, false, false);
    REQUIRE(file);
    auto typeface = std::make_unique<Typeface>(file->path, file->index);
    const ShownGlyphs none(typeface->info().glyph_count);
    return SampleFace{std::move(typeface), new_cid_font(pdf.raw()), none};
}

// A one-page document with shaped text in Noto Serif and WenQuanYi Zen Hei (a .ttc face) in
// brief's CID fonts, compressed as the backend writes it, with links to an address and to the
// page, a structure tree for the links, and a bookmark. Without `own_objects`, none of the
// objects brief writes itself: no page, links or tree (the bookmark goes nowhere).
void fill_sample(HaruDocument& pdf, Fix fix, bool own_objects = true) {
    HPDF_Doc d = pdf.raw();
    SampleFace serif = sample_face(pdf, "Noto Serif"), cjk = sample_face(pdf, "WenQuanYi Zen Hei");
    ContentStream out;
    out.begin_text();
    double y = 780;
    auto show = [&](SampleFace& face, const char* name, const std::string& line) {
        std::vector<ShapedGlyph> glyphs;
        face.typeface->shape(line, glyphs);
        out.text(name, 12, brief::Color{}, 50, y -= 20, glyphs);
        face.shown.add(line, glyphs);
    };
    for (const std::string& line : latin_lines) show(serif, "F1", line);
    show(cjk, "F2", cjk_line);
    out.end_text();
    const std::string content = brief::deflate(out.take());
    HPDF_Outline outline = pdf.outline(nullptr, "Contents");
    std::vector<HPDF_Dict> streams;
    for (SampleFace* face : {&serif, &cjk}) {
        CidFontData data{face->typeface->info(), face->shown.shown(), {}};
        std::vector<std::uint32_t> ids;
        for (const auto& [g, _] : data.glyphs) ids.push_back(g);
        data.program = subset_font(*face->typeface, ids);
        const CidFontStreams written = write_cid_font(d, face->font, data);
        streams.insert(streams.end(), {written.program, written.cid_set, written.to_unicode});
    }
    compress_streams(streams, 2);
    if (fix == Fix::pdfa) make_pdfa(d, sample_info());
    if (!own_objects) return;
    // brief's own objects, once libharu makes no more: the page, two links and the structure tree
    OwnObjects& own = pdf.own_objects();
    OwnPages pages(d, own, 1, 595.276, 841.89);
    const std::uint32_t page = pages.number(0);
    pdf.point(outline, page, 700);
    const std::uint32_t up = own.reserve(), away = own.reserve();
    pages.write(0, content, PageResources{{object_number(serif.font), object_number(cjk.font)}, {}}, {up, away});
    StructureWriter tree(d, own, pages.numbers(), "en");
    tree.open("Link", ElementInfo{});
    own.set_dictionary(up, HaruDocument::link(page, PdfRect{50, 520, 200, 540}, page, 700),
                       tree.annotation(0, up, "Top (of the page)"));
    tree.close();
    tree.open("Link", ElementInfo{"", "fr", "", ""});
    own.set_dictionary(away, HaruDocument::link(page, PdfRect{50, 480, 200, 500}, "https://example.org/é"),
                       tree.annotation(0, away, "Café"));
    tree.close();
    tree.finish();
}

std::string sample(Fix fix) {
    HaruDocument pdf;
    fill_sample(pdf, fix);
    return pdf.save();
}

fs::path write(const std::string& name, const std::string& bytes) {
    fs::path path = scratch(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// The jars of Debian's libpdfbox2-java Preflight and what it needs at run time, or "".
std::string preflight_classpath() {
    std::string cp;
    for (const char* jar : {"preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
                            "javax.activation.jar", "jaxb-api.jar"}) {
        fs::path path = fs::path("/usr/share/java") / jar;
        if (!fs::exists(path)) return "";
        cp += (cp.empty() ? "" : ":") + path.string();
    }
    return cp;
}

} // namespace

TEST_CASE("from brief's CID fonts pdftotext gives back the exact text, ligatures as their letters, and poppler has no complaint") {
    if (!have("pdftotext") || !have("pdffonts")) {
        WARN("poppler-utils not installed: skipped");
        return;
    }
    const fs::path pdf = write("fixed.pdf", sample(Fix::none));
    Command text = run("pdftotext -enc UTF-8 " + pdf.string() + " -");
    CHECK(text.status == 0);
    CHECK(text.err.empty());
    for (const std::string& line : latin_lines) CHECK(text.out.find(line + "\n") != std::string::npos);
    CHECK(text.out.find(cjk_line + "\n") != std::string::npos);
    CHECK(text.out.find("\xEF\xAC") == std::string::npos); // no U+FB00-FB3F (ligature characters)

    Command fonts = run("pdffonts " + pdf.string());
    CHECK(fonts.err.empty());
    // name, type "CID TrueType", encoding, emb, sub, uni: both fonts embedded, with a ToUnicode map.
    CHECK(fonts.out.find("NotoSerif-Regular") != std::string::npos);
    CHECK(fonts.out.find("WenQuanYiZenHei") != std::string::npos);
    const std::regex embedded_with_map(R"(CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)");
    const auto rows = std::distance(std::sregex_iterator(fonts.out.begin(), fonts.out.end(), embedded_with_map),
                                    std::sregex_iterator());
    CHECK(rows == 2);
}

TEST_CASE("the document with brief's CID fonts passes qpdf --check") {
    if (!have("qpdf")) {
        WARN("qpdf not installed: skipped");
        return;
    }
    const fs::path pdf = write("fixed.pdf", sample(Fix::none));
    Command check = run("qpdf --check " + pdf.string());
    CHECK(check.status == 0);
    CHECK(check.err.empty());
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    const fs::path expanded = scratch("fixed.qdf.pdf");
    REQUIRE(run("qpdf --qdf --object-streams=disable " + pdf.string() + " " + expanded.string()).status == 0);
    const std::string qdf = slurp(expanded);
    CHECK(qdf.find("begincidrange") == std::string::npos);
    CHECK(qdf.find("beginbfchar") != std::string::npos);
    CHECK(qdf.find("/CIDToGIDMap /Identity") != std::string::npos);
    CHECK(qdf.find("/Encoding /Identity-H") != std::string::npos);
    // What a font descriptor needs for PDF/A-1 (ISO 19005-1 6.3.5, ISO 32000-1 Table 122).
    CHECK(qdf.find("/CIDSet") != std::string::npos);
    CHECK(qdf.find("/CapHeight") != std::string::npos);
}

TEST_CASE("the ToUnicode CMap maps each glyph to its text, a ligature to its letters, beyond U+FFFF as a pair") {
    ShownGlyphs glyphs_shown(400);
    std::vector<ShapedGlyph> glyphs(3);
    glyphs[0].glyph = 10, glyphs[0].text_at = 0, glyphs[0].text_length = 3; // "ffi", one glyph
    glyphs[1].glyph = 11, glyphs[1].text_at = 3, glyphs[1].text_length = 4; // U+1F600 and a glyph for nothing
    glyphs[2].glyph = 12, glyphs[2].text_at = 3, glyphs[2].text_length = 0;
    glyphs_shown.add("ffi\xF0\x9F\x98\x80", glyphs);
    std::vector<ShapedGlyph> shared(1); // one glyph for two texts: the one that sorts first...
    shared[0].glyph = 20, shared[0].text_length = 1;
    glyphs_shown.add("B", shared);
    glyphs_shown.add("A", shared);
    glyphs_shown.add("C", shared);
    CHECK(glyphs_shown.shown()[20].text == "A");
    shared[0].nominal = true; // ...unless it is the font's glyph for one of them
    glyphs_shown.add("Z", shared);
    glyphs_shown.add("Y", std::vector<ShapedGlyph>{{20, 0, 0, 0, 0, 0, 0, 1, false}});
    auto shown = glyphs_shown.shown();
    REQUIRE(shown.size() == 4);
    CHECK(shown[20].text == "Z");
    shown.erase(20);
    CHECK(shown[10].text == "ffi");
    CHECK(shown[11].text == "\xF0\x9F\x98\x80");
    CHECK(shown[12].text.empty());
    const std::string cmap = to_unicode_cmap(shown);
    CHECK(cmap.find("2 beginbfchar\n<000A> <006600660069>\n<000B> <D83DDE00>\nendbfchar\n") != std::string::npos);
    for (std::uint32_t g = 100; g < 350; ++g) shown[g] = {500, "a"};
    const std::string big = to_unicode_cmap(shown);
    CHECK(big.find("100 beginbfchar") != std::string::npos); // 252 entries: 100 + 100 + 52
    CHECK(big.find("52 beginbfchar") != std::string::npos);
}

TEST_CASE("a glyph with no text of its own in an ActualText cluster maps to its last character until it has one") {
    ShownGlyphs glyphs_shown(100);
    // Thai "ตำ": the consonant, nikhahit standing for sara am, and sara aa's glyph standing for nothing
    const std::string text = "\u0E15\u0E33";
    std::vector<ShapedGlyph> glyphs(3);
    for (ShapedGlyph& g : glyphs) g.actual_length = 6;
    glyphs[0].glyph = 1, glyphs[0].text_at = 0, glyphs[0].text_length = 3, glyphs[0].nominal = true;
    glyphs[1].glyph = 2, glyphs[1].text_at = 3, glyphs[1].text_length = 3;
    glyphs[2].glyph = 3;
    glyphs_shown.add(text, glyphs);
    CHECK(glyphs_shown.shown()[3].text == "\u0E33");
    std::vector<ShapedGlyph> own(1); // sara aa's glyph shown for itself: that text wins
    own[0].glyph = 3, own[0].text_length = 3, own[0].nominal = true;
    glyphs_shown.add("\u0E32", own);
    glyphs_shown.add(text, glyphs);
    CHECK(glyphs_shown.shown()[3].text == "\u0E32");
    glyphs[2].actual_length = 0; // outside an ActualText span a glyph for nothing stays without text
    ShownGlyphs plain(100);
    plain.add(text, glyphs);
    CHECK(plain.shown()[3].text.empty());
}

TEST_CASE("the subset keeps the glyph ids it shows, with their widths") {
    auto file = find_font("Noto Serif", false, false);
    REQUIRE(file);
    const Typeface whole(file->path, file->index);
    std::vector<ShapedGlyph> glyphs;
    whole.shape("Office Wave", glyphs);
    std::vector<std::uint32_t> ids;
    for (const auto& g : glyphs) ids.push_back(g.glyph);
    const std::string program = subset_font(whole, ids);
    const fs::path path = write("subset.ttf", program);
    const Typeface cut(path.string(), 0);
    CHECK(program.size() * 10 < fs::file_size(file->path)); // the other outlines are gone
    CHECK(cut.info().glyph_count > *std::max_element(ids.begin(), ids.end()));
    for (const std::uint32_t g : ids) CHECK(cut.width(g) == whole.width(g));
}

TEST_CASE("the same document saved twice, a second apart, gives the same bytes") {
    for (Fix fix : {Fix::none, Fix::pdfa}) {
        const std::string first = sample(fix);
        std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // libharu's clock reads seconds
        CHECK(first == sample(fix));
    }
}

TEST_CASE("brief's writer of the objects, the table and the trailer gives the bytes libharu's own gives") {
    auto* ours = dlsym(RTLD_DEFAULT, "HPDF_Xref_WriteToStream");
    auto* theirs = dlsym(RTLD_NEXT, "HPDF_Xref_WriteToStream");
    REQUIRE((ours != nullptr && theirs != nullptr));
    CHECK(ours != theirs); // libharu's save calls brief's
    for (Fix fix : {Fix::none, Fix::pdfa}) {
        HaruDocument pdf;
        fill_sample(pdf, fix, false); // libharu's writer knows nothing of brief's own objects
        const std::string brief = pdf.save();
        // saved again into a memory stream of libharu's, which brief's writer hands to the library's
        HPDF_Doc d = pdf.raw();
        check(d, HPDF_SaveToStream(d), "saving");
        std::string libharu(HPDF_GetStreamSize(d), '\0');
        HPDF_UINT32 size = static_cast<HPDF_UINT32>(libharu.size());
        check(d, HPDF_ReadFromStream(d, reinterpret_cast<HPDF_BYTE*>(libharu.data()), &size), "reading");
        libharu.resize(size);
        CHECK(brief.size() > 10000);
        CHECK(brief == libharu);
    }
}

TEST_CASE("brief's own objects follow libharu's, each in the cross-reference table at its offset") {
    HaruDocument pdf;
    fill_sample(pdf, Fix::none);
    const std::string bytes = pdf.save();
    const std::uint32_t first = pdf.own_objects().first();
    const std::size_t count = pdf.own_objects().count();
    REQUIRE(count == 9); // the page and its content; two links; the tree's root, its Document and two Links, its parent tree
    const std::size_t table = bytes.rfind("xref\n0 ");
    REQUIRE(table != std::string::npos);
    const std::size_t rows = bytes.find('\n', table + 5) + 1; // after "xref\n0 N\n"
    const std::string header = "xref\n0 " + std::to_string(first + count) + "\n";
    CHECK(bytes.compare(table, header.size(), header) == 0);
    for (std::size_t k = 0; k < count; ++k) {
        const std::string head = std::to_string(first + k) + " 0 obj\n<<\n";
        const std::size_t at = bytes.find(head);
        REQUIRE(at != std::string::npos);
        char entry[21];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", at);
        CHECK(bytes.compare(rows + 20 * (first + k), 20, entry) == 0);
    }
    CHECK(bytes.find("/StructParent 1\n/Contents (Top \\(of the page\\))\n") != std::string::npos);
    CHECK(bytes.find("/Annots [ ") != std::string::npos);
    CHECK(bytes.find("/StructTreeRoot " + std::to_string(first + 4) + " 0 R") != std::string::npos); // after the page and links
}

TEST_CASE("pages of brief's own are the page tree's kids, with their content, resources and annotations") {
    HaruDocument pdf;
    HPDF_Dict font = new_cid_font(pdf.raw());
    OwnObjects& own = pdf.own_objects();
    OwnPages pages(pdf.raw(), own, 2, 200, 100.5);
    const std::uint32_t link = own.reserve();
    own.set_dictionary(link, HaruDocument::link(pages.number(1), PdfRect{1, 2, 3, 4}, pages.number(0), 90));
    const std::string flate = brief::deflate("BT ET");
    pages.write(0, flate, PageResources{{object_number(font)}, {}}, {});
    pages.write(1, flate, PageResources{{}, {}}, {link});
    const std::string bytes = pdf.save();
    const std::string page0 = std::to_string(pages.number(0)), page1 = std::to_string(pages.number(1));
    const std::string root = std::to_string(object_number(pdf.raw()->root_pages));
    CHECK(bytes.find(root + " 0 obj\n<<\n/Type /Pages\n/Kids [ " + page0 + " 0 R " + page1 + " 0 R ]\n/Count 2\n") != std::string::npos);
    CHECK(bytes.find(page0 + " 0 obj\n<<\n/Type /Page\n/MediaBox [0 0 200 100.5]\n/Contents " + std::to_string(pages.number(0) + 1) +
                     " 0 R\n/Resources << /ProcSet [/PDF /Text /ImageB /ImageC /ImageI] /Font << /F1 " +
                     std::to_string(object_number(font)) + " 0 R >> >>\n/Parent " + root + " 0 R\n/StructParents 0\n/Tabs /S\n>>") !=
          std::string::npos);
    CHECK(bytes.find("/Parent " + root + " 0 R\n/Annots [ " + std::to_string(link) + " 0 R]\n/StructParents 1\n") != std::string::npos);
    const std::string stream = std::to_string(pages.number(0) + 1) + " 0 obj\n<<\n/Length " + std::to_string(flate.size()) +
                               "\n/Filter /FlateDecode\n>>\nstream\r\n" + flate + "\nendstream\nendobj\n";
    CHECK(bytes.find(stream) != std::string::npos);
    CHECK_THROWS_WITH(pages.write(0, flate, PageResources{}, {}), Catch::Contains("two values"));
}

TEST_CASE("room expected for brief's own objects changes no byte of the file") {
    const auto saved = [](std::size_t expected) {
        HaruDocument pdf;
        fill_sample(pdf, Fix::none);
        const std::size_t size = pdf.own_objects().bytes().size();
        pdf.own_objects().expect(expected);
        CHECK(pdf.own_objects().room() >= size + expected);
        return pdf.save();
    };
    CHECK(saved(0) == saved(std::size_t{8} << 20));
}

TEST_CASE("brief's own objects may be written while libharu's are saved, and are written once they are") {
    HaruDocument pdf;
    OwnObjects& own = pdf.own_objects();
    const std::uint32_t n = own.reserve();
    std::latch written(1);
    int waits = 0;
    std::thread filling([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50)); // well after the save has begun
        own.set_dictionary(own.reserve(), "/Type /Second\n");
        own.set_dictionary(n, "/Type /First\n");
        written.count_down();
    });
    const std::string bytes = pdf.save(nullptr, [&] {
        ++waits;
        written.wait();
    });
    filling.join();
    CHECK(waits == 1);
    // in the order their values were given, numbered as reserved
    const std::size_t second = bytes.find(std::to_string(n + 1) + " 0 obj\n<<\n/Type /Second\n>>");
    const std::size_t first = bytes.find(std::to_string(n) + " 0 obj\n<<\n/Type /First\n>>");
    REQUIRE((second != std::string::npos && first != std::string::npos));
    CHECK(second < first);
    CHECK(bytes.find("xref\n0 " + std::to_string(n + 2) + "\n") != std::string::npos);
    // one still without a value when the wait is over fails the save, naming it
    HaruDocument unfinished;
    const std::uint32_t m = unfinished.own_objects().reserve();
    CHECK_THROWS_WITH(unfinished.save(nullptr, [&] { unfinished.own_objects().reserve(); }),
                      Catch::Contains("PDF object " + std::to_string(m) + " was never written"));
}

TEST_CASE("a save refuses brief's own objects when one has no value or libharu made an object after them") {
    {
        HaruDocument pdf;
            const std::uint32_t n = pdf.own_objects().reserve();
        CHECK_THROWS_WITH(pdf.save(), Catch::Contains("PDF object " + std::to_string(n) + " was never written"));
        pdf.own_objects().set_dictionary(n, "/Type /Example\n");
        CHECK_NOTHROW(pdf.save());
        CHECK_THROWS_WITH(pdf.own_objects().set_dictionary(n, ""), Catch::Contains("two values"));
        CHECK_THROWS_WITH(pdf.own_objects().set_dictionary(n + 1, ""), Catch::Contains("never reserved"));
    }
    HaruDocument pdf;
    pdf.own_objects().set_dictionary(pdf.own_objects().reserve(), "/Type /Example\n");
    pdf.outline(nullptr, "Late"); // libharu objects numbered where brief's are
    CHECK_THROWS_WITH(pdf.save(), Catch::Contains("after brief's own were numbered"));
}

TEST_CASE("set_document_id writes two equal identifiers that follow the seed") {
    auto id_of = [](std::string_view seed) {
        HaruErrorLog log;
        Doc doc(HPDF_New(record_haru_error, &log));
        HPDF_AddPage(doc.get());
        set_document_id(doc.get(), seed);
        set_document_id(doc.get(), seed); // replacing, not appending
        const std::string bytes = save(doc.get(), log);
        const std::size_t at = bytes.find("/ID [");
        REQUIRE(at != std::string::npos);
        return bytes.substr(at, bytes.find(']', at) - at + 1);
    };
    const std::string a = id_of("alpha");
    // MD5("alpha"), twice.
    CHECK(a == "/ID [ <2C1743A391305FBF367DF8E4F069F9F9> <2C1743A391305FBF367DF8E4F069F9F9> ]");
    CHECK(id_of("beta") != a);
}

TEST_CASE("Info dates and text strings: ISO in, PDF and XMP forms out") {
    CHECK(pdf_date("2018-11-25T00:00:00Z") == "D:20181125000000Z");
    CHECK(pdf_date("2018-11-25T10:30:00+01:00") == "D:20181125103000+01'00'");
    CHECK(pdf_date("2018-11-25T10:30-05:30") == "D:20181125103000-05'30'");
    CHECK(pdf_date("2018-11-25") == "D:20181125");
    CHECK(xmp_date("2018-11-25T10:30:00+01:00") == "2018-11-25T10:30:00+01:00");
    CHECK(xmp_date("2018-11-25T10:30Z") == "2018-11-25T10:30:00Z");
    CHECK(xmp_date("2018-11-25") == "2018-11-25");
    CHECK_THROWS_AS(pdf_date("25 November 2018"), brief::Error);
    CHECK_THROWS_AS(pdf_date("2018-13-01"), brief::Error);
    CHECK_THROWS_AS(pdf_date("2018-11-25T10:30:00+0100"), brief::Error);
}

TEST_CASE("PDF/A output: Info and XMP say the same, non-ASCII intact") {
    if (!have("pdfinfo")) {
        WARN("pdfinfo (poppler-utils) not installed: skipped");
        return;
    }
    const fs::path pdf = write("pdfa.pdf", sample(Fix::pdfa));
    Command info = run("pdfinfo -isodates " + pdf.string());
    CHECK(info.err.empty());
    CHECK(info.out.find("Title:           Briefing — 25 November 2018\n") != std::string::npos);
    CHECK(info.out.find("Subject:         Huawei & the 5G débat\n") != std::string::npos);
    CHECK(info.out.find("Producer:        brief 0.1.0 (libharu 2.3.0)\n") != std::string::npos);
    CHECK(info.out.find("CreationDate:    2018-11-25T00:00:00Z\n") != std::string::npos);
    CHECK(info.out.find("ModDate:         2018-11-25T10:30:00+01\n") != std::string::npos);
    CHECK(info.out.find("PDF version:     1.4\n") != std::string::npos);
    Command meta = run("pdfinfo -meta " + pdf.string());
    CHECK(meta.out.find("<rdf:li xml:lang=\"x-default\">Briefing — 25 November 2018</rdf:li>") != std::string::npos);
    CHECK(meta.out.find("<rdf:li xml:lang=\"x-default\">Huawei &amp; the 5G débat</rdf:li>") != std::string::npos);
    CHECK(meta.out.find("<xmp:ModifyDate>2018-11-25T10:30:00+01:00</xmp:ModifyDate>") != std::string::npos);
    CHECK(meta.out.find("<pdfaid:part>1</pdfaid:part>") != std::string::npos);
    CHECK(meta.out.find("<pdfaid:conformance>A</pdfaid:conformance>") != std::string::npos);
    CHECK(meta.out.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    CHECK(meta.out.find("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>") != std::string::npos);
    const std::string bytes = slurp(pdf);
    CHECK(bytes.find("/Subtype /XML") != std::string::npos);
    CHECK(bytes.find("<x:xmpmeta") != std::string::npos); // metadata left unfiltered
    CHECK(bytes.find("/SubType") == std::string::npos);
    CHECK(bytes.find("/DestOutputProfile ") != std::string::npos); // followed by its reference
    CHECK(bytes.find("/DestOutputProfile  ") == std::string::npos);
}

TEST_CASE("PDF/A output is valid PDF/A-1b for PDFBox Preflight") {
    const std::string cp = preflight_classpath();
    if (cp.empty() || !have("java")) {
        WARN("java or Debian's libpdfbox2-java (PDFBox Preflight) not installed: skipped");
        return;
    }
    const fs::path pdf = write("pdfa.pdf", sample(Fix::pdfa));
    Command preflight = run("java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp " + cp +
                            " org.apache.pdfbox.preflight.Validator_A1b " + pdf.string());
    INFO(preflight.out << preflight.err);
    CHECK(preflight.status == 0);
    CHECK(preflight.out.find("is a valid PDF/A-1b file") != std::string::npos);
}

TEST_CASE("libharu errors are recorded, not jumped from, and become brief::Error") {
    HaruErrorLog log;
    Doc doc(HPDF_New(record_haru_error, &log));
    CHECK(HPDF_LoadTTFontFromFile(doc.get(), "/nonexistent/brief.ttf", HPDF_TRUE) == nullptr);
    CHECK(log.code == HPDF_FILE_OPEN_ERROR);
    CHECK_THROWS_WITH(check(doc.get(), log.code, "loading a font"),
                      Catch::Contains("loading a font") && Catch::Contains("0x1017"));
    CHECK(describe_haru_error(HPDF_TTF_MISSING_TABLE, 0).find("required table") != std::string::npos);
}
