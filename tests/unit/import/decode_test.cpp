// Page bytes to text: declared charsets converted with iconv, invalid UTF-8 repaired with a
// warning when the page says UTF-8, an unknowable encoding or a binary file an error; gzip.
#include "import/decode.hpp"
#include "import/extract.hpp"
#include "import/html.hpp"

#include <catch2/catch.hpp>

#include <zlib.h>

using namespace brief;
using namespace brief::importer;

TEST_CASE("a declared charset is converted to UTF-8") {
    Diagnostics d;
    const auto p = decode_page("<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9 \x93quoted\x94</body></html>",
                               "a.html", 1 << 20, d);
    REQUIRE(p.has_value());
    CHECK(p->html);
    CHECK(p->charset == "windows-1252");
    CHECK(p->text.find("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D") != std::string::npos);
    CHECK(d.all().empty());
    const auto q = decode_page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\xe9</p>",
                               "b.htm", 1 << 20, d);
    REQUIRE(q.has_value());
    CHECK(q->charset == "iso-8859-1");
    CHECK(q->text.find("<p>\xC3\xA9</p>") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in a page that says UTF-8 is repaired, with a warning at its line and column") {
    Diagnostics d;
    const auto p = decode_page("<meta charset=utf-8>\n<p>caf\xe9</p>", "a.html", 1 << 20, d);
    REQUIRE(p.has_value());
    CHECK(clean_page(p->text).find("caf\xEF\xBF\xBD") != std::string::npos);
    REQUIRE(d.all().size() == 1);
    CHECK(format_diagnostic(d.all()[0]).starts_with("a.html:2:7: warning: the page says UTF-8 but is not valid UTF-8"));
}

TEST_CASE("an undeclared page that is not UTF-8, an unknown charset and a binary file are errors") {
    Diagnostics d;
    CHECK_FALSE(decode_page("<p>caf\xe9</p>", "a.html", 1 << 20, d).has_value());
    CHECK_FALSE(decode_page("<meta charset=\"x-no-such-charset\"><p>x</p>", "b.html", 1 << 20, d).has_value());
    CHECK_FALSE(decode_page(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "c.html", 1 << 20, d).has_value());
    REQUIRE(d.error_count() == 3);
    CHECK(d.all()[0].message.find("cannot be known") != std::string::npos);
    CHECK(d.all()[1].message.find("x-no-such-charset") != std::string::npos);
    CHECK(d.all()[2].message.find("binary") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte-order mark, and CRLF line ends, are read") {
    Diagnostics d;
    const auto p = decode_page(std::string("\xff\xfeH\0i\0\r\0\n\0", 10), "a.txt", 1 << 20, d);
    REQUIRE(p.has_value());
    CHECK(p->text == "Hi\n");
}

TEST_CASE("gzip pages are inflated, within the size limit") {
    const std::string html = "<html><body><p>" + std::string(5000, 'x') + "</p></body></html>";
    std::string gz(compressBound(static_cast<uLong>(html.size())) + 64, '\0');
    z_stream z{};
    REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(html.data()));
    z.avail_in = static_cast<uInt>(html.size());
    z.next_out = reinterpret_cast<Bytef*>(gz.data());
    z.avail_out = static_cast<uInt>(gz.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    gz.resize(z.total_out);
    deflateEnd(&z);
    Diagnostics d;
    const auto p = decode_page(gz, "a.html.gz", 1 << 20, d);
    REQUIRE(p.has_value());
    CHECK(p->text == html);
    CHECK_FALSE(decode_page(gz, "a.html.gz", 1000, d).has_value());
    CHECK(d.all().back().message.find("inflates past 1000 bytes") != std::string::npos);
}

TEST_CASE("nesting past the limit is flattened before parsing, its text kept") {
    std::string html;
    for (int i = 0; i < 1000; ++i) html += "<div>";
    html += "deep text";
    const PreparedHtml bounded = prepare_html(html);
    CHECK(bounded.dropped == 1000 - kMaxHtmlDepth);
    CHECK(bounded.texts == std::vector<std::string>{"deep text"}); // its reference ends the html
    CHECK(bounded.html.ends_with("<div>\xf3\xb0\x80\x80"));
    const PreparedHtml small = prepare_html("<p>a<p>b<p>c<script>if (a<b) {}</script><!-- <div> -->");
    CHECK(small.html == "<p>\xf3\xb0\x80\x80<p>\xf3\xb0\x80\x81<p>\xf3\xb0\x80\x82"); // U+F0000 on: texts[0] on
    CHECK(small.texts == std::vector<std::string>{"a", "b", "c"});
    CHECK(small.dropped == 0);
    const HtmlDocument doc = parse_html(bounded);
    CHECK(text_of(doc, 0).find("deep text") != std::string::npos);
}

TEST_CASE("a class or id reaches the parser as its hint words, a class with its number on the page") {
    const std::string html = "<div class=\"Story-Body__inner x9\" id='main-content-42'><p class=\"Story-Body__inner x9\">a</p>"
                             "<p class=share-bar>b</p><span class=\"\" id=\"zz\">c</span><p class=\"Story-Body__inner x9\">d</p></div>";
    const PreparedHtml out = prepare_html(html);
    CHECK(out.html == "<div _0 _1><p _2>\xf3\xb0\x80\x80</p><p _3>\xf3\xb0\x80\x81</p><span>\xf3\xb0\x80\x82</span>"
                      "<p _4>\xf3\xb0\x80\x83</p></div>");
    using Value = std::pair<std::string, std::string>;
    CHECK(out.values == std::vector<Value>{{"class", "story body k0"}, {"id", "main content"}, {"class", "story body k0"},
                                           {"class", "share k1"}, {"class", "story body k0"}});
    const HtmlDocument doc = parse_html(out);
    int weighed = 0;
    for (const HtmlNode& n : doc.nodes) {
        const std::string_view cls = n.attribute("class");
        if (!cls.starts_with("story") && !cls.starts_with("share")) continue;
        CHECK(class_weight(n) == (cls.starts_with("story") ? 25 : -25));
        ++weighed;
    }
    CHECK(weighed == 4);
}
