// libharu fixes, judged by real readers: pdftotext, pdffonts, qpdf, pdfinfo and PDFBox Preflight on small documents.
#include "core/error.hpp"
#include "write/pdf/fonts/fontconfig.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/fixes.hpp"

#include "../../../support/tools.hpp"

#include <catch2/catch.hpp>
#include <hpdf.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
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
                                              "Plain ASCII (parens) \\ back"};
const std::string cjk_line = "中文文本，日本語のテキスト";

struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};
using Doc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

// The font's name inside the document, loaded from the file fontconfig found.
const char* load(HPDF_Doc doc, const std::string& family) {
    auto file = find_font(family, false, false);
    REQUIRE(file);
    const char* name = file->is_collection()
                           ? HPDF_LoadTTFontFromFile2(doc, file->path.c_str(), static_cast<HPDF_UINT>(file->index),
                                                      HPDF_TRUE)
                           : HPDF_LoadTTFontFromFile(doc, file->path.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    return name;
}

std::string save(HPDF_Doc doc, const HaruErrorLog& log) {
    check(doc, HPDF_SaveToStream(doc), "saving");
    std::string bytes(HPDF_GetStreamSize(doc), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    check(doc, HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size), "reading");
    bytes.resize(size);
    REQUIRE(log.code == HPDF_OK);
    return bytes;
}

enum class Fix { none, to_unicode, compressed, pdfa };

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

// A one-page document with UTF-8 text in Noto Serif and WenQuanYi Zen Hei (a .ttc face),
// compressed as the backend writes it, with links to an address and to the page, and a bookmark.
std::string sample(Fix fix) {
    HaruErrorLog log;
    Doc doc(HPDF_New(record_haru_error, &log));
    REQUIRE(doc);
    HPDF_Doc d = doc.get();
    check(d, HPDF_SetCompressionMode(d, HPDF_COMP_ALL), "compression");
    check(d, HPDF_UseUTFEncodings(d), "UTF encodings");
    check(d, HPDF_SetCurrentEncoder(d, "UTF-8"), "encoder");
    HPDF_Font serif = HPDF_GetFont(d, load(d, "Noto Serif"), "UTF-8");
    HPDF_Font cjk = HPDF_GetFont(d, load(d, "WenQuanYi Zen Hei"), "UTF-8");
    REQUIRE((serif && cjk));
    HPDF_Page page = HPDF_AddPage(d);
    check(d, HPDF_Page_BeginText(page), "text");
    float y = 780;
    for (const std::string& line : latin_lines) {
        check(d, HPDF_Page_SetFontAndSize(page, serif, 12), "font");
        check(d, HPDF_Page_TextOut(page, 50, y -= 20, line.c_str()), "text");
    }
    check(d, HPDF_Page_SetFontAndSize(page, cjk, 12), "font");
    check(d, HPDF_Page_TextOut(page, 50, y -= 20, cjk_line.c_str()), "text");
    check(d, HPDF_Page_EndText(page), "text");
    HPDF_Rect rect{50, 600, 200, 620};
    REQUIRE(HPDF_Page_CreateURILinkAnnot(page, rect, "https://example.org/") != nullptr);
    HPDF_Destination top = HPDF_Page_CreateDestination(page); // libharu makes it an indirect array
    REQUIRE(top != nullptr);
    HPDF_Rect inner{50, 560, 200, 580};
    REQUIRE(HPDF_Page_CreateLinkAnnot(page, inner, top) != nullptr);
    HPDF_Outline outline = HPDF_CreateOutline(d, nullptr, "Contents", nullptr);
    REQUIRE(outline != nullptr);
    check(d, HPDF_Outline_SetDestination(outline, top), "outline");
    if (fix == Fix::to_unicode) fix_fonts(d);
    if (fix == Fix::compressed) compress_fonts(d, 2);
    if (fix == Fix::pdfa) make_pdfa(d, sample_info());
    return save(d, log);
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

TEST_CASE("libharu's own ToUnicode CMap is the invalid one this fix exists for") {
    if (!have("pdftotext")) {
        WARN("pdftotext (poppler-utils) not installed: skipped");
        return;
    }
    Command text = run("pdftotext -enc UTF-8 " + write("plain.pdf", sample(Fix::none)).string() + " -");
    CHECK(text.err.find("Invalid 'begincidrange'") != std::string::npos);
}

TEST_CASE("with the fixed ToUnicode map, pdftotext gives back the exact text and poppler has no complaint") {
    if (!have("pdftotext") || !have("pdffonts")) {
        WARN("poppler-utils not installed: skipped");
        return;
    }
    const Fix fix = GENERATE(Fix::to_unicode, Fix::compressed);
    const fs::path pdf = write("fixed.pdf", sample(fix));
    Command text = run("pdftotext -enc UTF-8 " + pdf.string() + " -");
    CHECK(text.status == 0);
    CHECK(text.err.empty());
    for (const std::string& line : latin_lines) CHECK(text.out.find(line + "\n") != std::string::npos);
    CHECK(text.out.find(cjk_line + "\n") != std::string::npos);

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

TEST_CASE("the fixed document passes qpdf --check and holds bfranges only") {
    if (!have("qpdf")) {
        WARN("qpdf not installed: skipped");
        return;
    }
    const Fix fix = GENERATE(Fix::to_unicode, Fix::compressed);
    const fs::path pdf = write("fixed.pdf", sample(fix));
    Command check = run("qpdf --check " + pdf.string());
    CHECK(check.status == 0);
    CHECK(check.err.empty());
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
    const fs::path expanded = scratch("fixed.qdf.pdf");
    REQUIRE(run("qpdf --qdf --object-streams=disable " + pdf.string() + " " + expanded.string()).status == 0);
    const std::string qdf = slurp(expanded);
    CHECK(qdf.find("begincidrange") == std::string::npos);
    CHECK(qdf.find("100 beginbfrange\n<0020> <00FF> <0020>\n") != std::string::npos);
    CHECK(qdf.find("<4E00> <4EFF> <4E00>\n") != std::string::npos);
    CHECK(qdf.find("<D800>") == std::string::npos); // surrogates are not characters
    CHECK(qdf.find("48 beginbfrange\n") != std::string::npos); // 248 ranges: 100 + 100 + 48
    // What libharu's font descriptors lack (ISO 19005-1 6.3.5, ISO 32000-1 Table 122).
    CHECK(qdf.find("/CIDSet") != std::string::npos);
    CHECK(qdf.find("/CapHeight") != std::string::npos);
}

TEST_CASE("each CIDToGIDMap ends at the highest character the text shows and maps only those shown") {
    if (!have("qpdf")) {
        WARN("qpdf not installed: skipped");
        return;
    }
    const fs::path pdf = write("maps.pdf", sample(Fix::to_unicode));
    const fs::path expanded = scratch("maps.qdf.pdf");
    REQUIRE(run("qpdf --qdf --object-streams=disable " + pdf.string() + " " + expanded.string()).status == 0);
    const std::string qdf = slurp(expanded);
    const std::regex ref(R"(/CIDToGIDMap (\d+) 0 R)");
    std::vector<std::string> maps;
    for (auto it = std::sregex_iterator(qdf.begin(), qdf.end(), ref); it != std::sregex_iterator(); ++it) {
        Command show = run("qpdf --show-object=" + (*it)[1].str() + " --filtered-stream-data " + expanded.string());
        REQUIRE(show.status == 0);
        maps.push_back(show.out);
    }
    REQUIRE(maps.size() == 2);
    std::sort(maps.begin(), maps.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    CHECK(maps[0].size() == 2 * (0x201D + 1)); // Noto Serif: up to the closing quote
    CHECK(maps[1].size() == 2 * (0xFF0C + 1)); // WenQuanYi Zen Hei: up to the full-width comma
    auto glyph = [](const std::string& map, unsigned cid) {
        return static_cast<unsigned char>(map[2 * cid]) * 256U + static_cast<unsigned char>(map[2 * cid + 1]);
    };
    CHECK(glyph(maps[0], 'C') != 0);     // shown ("Caf\u00e9", "ASCII")
    CHECK(glyph(maps[0], 0x03A9) != 0);  // shown (Omega)
    CHECK(glyph(maps[0], 'Z') == 0);     // in the font, not shown
    CHECK(glyph(maps[0], 0x03A8) == 0);  // Psi: in the font, not shown
    CHECK(glyph(maps[1], 0x4E2D) != 0);  // shown
    CHECK(glyph(maps[1], 0x4E00) == 0);  // not shown
}

TEST_CASE("fonts compressed by brief hold what libharu would have compressed, filtered once") {
    if (!have("qpdf")) {
        WARN("qpdf not installed: skipped");
        return;
    }
    const fs::path ours = write("ours.pdf", sample(Fix::compressed)), theirs = write("theirs.pdf", sample(Fix::to_unicode));
    for (const auto& pdf : {ours, theirs})
        REQUIRE(run("qpdf --qdf --object-streams=disable " + pdf.string() + " " + pdf.string() + ".qdf").status == 0);
    // the same objects once decompressed; only the /ID qpdf makes up from the file's bytes differs
    const std::regex id(R"(/ID \[<[0-9a-f]+><[0-9a-f]+>\])");
    const std::string a = std::regex_replace(slurp(ours.string() + ".qdf"), id, "/ID");
    const std::string b = std::regex_replace(slurp(theirs.string() + ".qdf"), id, "/ID");
    CHECK(a.size() > 10000);
    CHECK(a == b);
    CHECK(slurp(ours).find("]\n/Filter /FlateDecode") == std::string::npos); // one /Filter per stream
}

TEST_CASE("the same document saved twice, a second apart, gives the same bytes") {
    for (Fix fix : {Fix::to_unicode, Fix::compressed, Fix::pdfa}) {
        const std::string first = sample(fix);
        std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // libharu's clock reads seconds
        CHECK(first == sample(fix));
    }
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
