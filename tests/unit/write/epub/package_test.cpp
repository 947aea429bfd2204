// The container and package: golden unzipped views, mimetype rules, identifier, determinism.
#include "core/diagnostics.hpp"
#include "doc/dates.hpp"
#include "support/fixtures.hpp"
#include "support/golden.hpp"
#include "unzip.hpp"
#include "write/zip.hpp"
#include "core/error.hpp"
#include "write/epub/epub.hpp"
#include "write/epub/identifier.hpp"

#include <catch2/catch.hpp>

#include <regex>

namespace brief {

namespace {

constexpr std::int64_t nov26 = 1543190400; // 2018-11-26T00:00:00Z

Bytes epub_of(const Briefing& b, std::int64_t timestamp = nov26) {
    Diagnostics d;
    RenderOptions options;
    options.timestamp = timestamp;
    options.generator = "brief test";
    return write_epub(b, test::shipped_style("default"), options, d);
}

/// A small briefing with every kind of note: attribution, a credit and an author footnote.
Briefing small_briefing() {
    Diagnostics d;
    return test::make_briefing({{"small.md", "---\ntitle: Small article\noutlet: Small Outlet\nauthor: Ann Author\ndate: 2018-11-24\n"
                                             "url: https://small.example/article\n---\n"
                                             "# Section\n\nThe WSJ reported it[^why].\n\n[^why]: A writer's note.\n"}},
                               d);
}

std::string first_match(const std::string& text, const std::string& pattern) {
    std::smatch m;
    REQUIRE(std::regex_search(text, m, std::regex(pattern)));
    return m[1];
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("the unzipped package of a small briefing (golden)") {
    test::check_golden("epub/small.txt", test::unzipped_view(epub_of(small_briefing())));
}

TEST_CASE("a bare briefing: what is not known is left out, not invented (golden)") {
    Diagnostics d;
    Briefing b = test::make_briefing({{"bare.md", "---\ntitle: Bare\n---\nOnly text.\n"}}, d, false);
    b.meta = BriefingMeta{};
    test::check_golden("epub/bare.txt", test::unzipped_view(epub_of(b)));
    const std::string opf = test::zip_entry(epub_of(b), "EPUB/package.opf");
    CHECK_FALSE(has(opf, "dc:creator"));
    CHECK_FALSE(has(opf, "dc:date"));
    CHECK_FALSE(has(opf, "dc:source"));
    CHECK_FALSE(has(test::zip_entry(epub_of(b), "EPUB/article-1.xhtml"), "marking"));
}

TEST_CASE("nav and NCX nest the articles' sections under them") {
    Diagnostics d;
    const Briefing b = test::make_briefing({{"a.md", "---\ntitle: A\n---\n# One\n\n### Deep\n\n# Two\n"}}, d);
    const Bytes epub = epub_of(b);
    const std::string nav = test::zip_entry(epub, "EPUB/nav.xhtml");
    CHECK(has(nav, "<li><a href=\"article-1.xhtml\">A</a><ol><li><a href=\"article-1.xhtml#s1\">One</a><ol><li><a href=\"article-1.xhtml#s2\">Deep</a></li></ol></li>"
                   "<li><a href=\"article-1.xhtml#s3\">Two</a></li></ol></li><li><a href=\"sources.xhtml\">Sources</a></li>"));
    const std::string ncx = test::zip_entry(epub, "EPUB/toc.ncx");
    CHECK(has(ncx, "<meta name=\"dtb:depth\" content=\"3\"/>"));
    CHECK(has(ncx, "<navPoint id=\"navpoint-3\" playOrder=\"3\"><navLabel><text>One</text></navLabel><content src=\"article-1.xhtml#s1\"/>"
                   "<navPoint id=\"navpoint-4\" playOrder=\"4\"><navLabel><text>Deep</text></navLabel><content src=\"article-1.xhtml#s2\"/></navPoint></navPoint>"));
}

TEST_CASE("mimetype is the first entry, stored, without extra fields") {
    const auto entries = test::read_zip(epub_of(small_briefing()));
    REQUIRE(entries.size() >= 3);
    CHECK(entries[0].name == "mimetype");
    CHECK(entries[0].method == 0);
    CHECK(entries[0].local_extra == 0);
    CHECK(entries[0].data == "application/epub+zip");
    CHECK(entries[1].name == "META-INF/container.xml");
    for (std::size_t i = 1; i < entries.size(); ++i) CHECK(entries[i].method == 8);
}

TEST_CASE("two runs give the same bytes, and every date comes from the timestamp") {
    const Briefing b = small_briefing();
    CHECK(epub_of(b) == epub_of(b));
    const Bytes later = epub_of(b, nov26 + 86400 + 3600);
    const std::string opf = test::zip_entry(later, "EPUB/package.opf");
    CHECK(has(opf, "<meta property=\"dcterms:modified\">2018-11-27T01:00:00Z</meta>"));
    for (const auto& e : test::read_zip(later)) {
        CHECK(e.dos_date == (((2018 - 1980) << 9) | (11 << 5) | 27));
        CHECK(e.dos_time == (1 << 11));
    }
}

TEST_CASE("the identifier is derived from the content and shared by the OPF and the NCX") {
    const Briefing b = small_briefing();
    const Bytes one = epub_of(b);
    const std::string opf = test::zip_entry(one, "EPUB/package.opf");
    const std::string id = first_match(opf, "<dc:identifier id=\"uid\">(urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})</dc:identifier>");
    CHECK(has(opf, "unique-identifier=\"uid\""));
    CHECK(has(test::zip_entry(one, "EPUB/toc.ncx"), "<meta name=\"dtb:uid\" content=\"" + id + "\"/>"));
    // Not the clock: another timestamp keeps the id. The text: one changed word changes it.
    CHECK(first_match(test::zip_entry(epub_of(b, 0), "EPUB/package.opf"), "(urn:uuid:[^<]+)") == id);
    Briefing changed = b;
    std::get<Text>(std::get<Paragraph>(changed.articles[0].blocks[1].node).content[0].node).text = "The WSJ denied";
    CHECK(first_match(test::zip_entry(epub_of(changed), "EPUB/package.opf"), "(urn:uuid:[^<]+)") != id);
}

TEST_CASE("package metadata: title, language, creator, date, sources, accessibility") {
    const std::string opf = test::zip_entry(epub_of(small_briefing()), "EPUB/package.opf");
    for (const char* part : {"<dc:title>Test Briefing</dc:title>", "<dc:language>en</dc:language>", "<dc:creator>Test Unit</dc:creator>",
                             "<dc:date>2018-11-26</dc:date>", "<dc:source>https://small.example/article</dc:source>",
                             "<meta property=\"schema:accessMode\">textual</meta>", "<meta property=\"schema:accessModeSufficient\">textual</meta>",
                             "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
                             "<meta property=\"schema:accessibilityHazard\">none</meta>", "<meta property=\"schema:accessibilitySummary\">",
                             "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
                             "<spine toc=\"ncx\"><itemref idref=\"title\"/><itemref idref=\"nav\"/><itemref idref=\"article-1\"/><itemref idref=\"sources\"/></spine>"}) {
        INFO(part);
        CHECK(has(opf, part));
    }
    // Only what is true: no images are embedded, so no claim about them.
    CHECK_FALSE(has(opf, "alternativeText"));
    CHECK_FALSE(has(opf, "visual"));
}

TEST_CASE("the seed briefing: one chapter per article, every note cited once and resolved in its file") {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    const auto entries = test::read_zip(epub_of(b));
    int articles = 0, notes = 0, refs = 0;
    for (const auto& e : entries) {
        if (e.name.rfind("EPUB/article-", 0) != 0) continue;
        ++articles;
        const std::regex ref("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#n([0-9]+)\" id=\"r([0-9]+)\">([0-9]+)</a>");
        for (std::sregex_iterator it(e.data.begin(), e.data.end(), ref), end; it != end; ++it) {
            ++refs;
            CHECK((*it)[1] == (*it)[2]);
            CHECK((*it)[1] == (*it)[3]);
            CHECK(has(e.data, "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"n" + (*it)[1].str() + "\">"));
        }
        const std::regex aside("<aside epub:type=\"footnote\"");
        notes += static_cast<int>(std::distance(std::sregex_iterator(e.data.begin(), e.data.end(), aside), std::sregex_iterator()));
    }
    CHECK(articles == static_cast<int>(b.articles.size()));
    CHECK(refs == notes);
    CHECK(notes >= static_cast<int>(b.articles.size()));
}

TEST_CASE("the zip writer: entries in order, deflated only when that makes them smaller, one timestamp") {
    ZipWriter zip(1543190400); // 2018-11-26 00:00:00 UTC
    std::string noise;
    std::uint32_t state = 7;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1664525U + 1013904223U;
        noise += static_cast<char>(state >> 24);
    }
    const std::string text(20000, 'a');
    zip.add("mimetype", "application/epub+zip", true);
    zip.add("text.txt", text);
    zip.add("noise.bin", noise);
    zip.add("empty", "");
    zip.add("caf\xC3\xA9.txt", "named in UTF-8");
    const std::string archive = zip.finish();
    const auto entries = test::read_zip(archive);
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].name == "mimetype");
    CHECK(entries[0].method == 0);
    CHECK(entries[1].method == 8);
    CHECK(entries[1].data == text);
    CHECK(archive.size() < noise.size() + 1000); // the repeated letter deflates to almost nothing
    CHECK(entries[2].method == 0); // random bytes do not get smaller
    CHECK(entries[2].data == noise);
    CHECK(entries[3].data.empty());
    CHECK(entries[4].name == "caf\xC3\xA9.txt");
    CHECK(entries[4].data == "named in UTF-8");
    for (const auto& e : entries) {
        CHECK(e.dos_date == ((2018 - 1980) << 9 | 11 << 5 | 26));
        CHECK(e.dos_time == 0);
        CHECK(e.local_extra == 0);
    }
    CHECK_THROWS_AS(zip.finish(), brief::Error);
}

TEST_CASE("SHA-1 test vectors (FIPS 180-4 examples)") {
    CHECK(epub::to_hex(epub::sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(epub::to_hex(epub::sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(epub::to_hex(epub::sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(epub::to_hex(epub::sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    // the same million bytes given in uneven pieces, across block boundaries
    epub::Sha1 pieces;
    const std::string a(1000000, 'a');
    std::size_t at = 0;
    for (std::size_t n : {1, 7, 55, 56, 63, 64, 65, 127, 128, 129}) {
        for (int i = 0; i < 50 && at + n <= a.size(); ++i, at += n) pieces.update(std::string_view(a).substr(at, n));
    }
    pieces.update(std::string_view(a).substr(at));
    CHECK(epub::to_hex(pieces.finish()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

} // namespace brief
