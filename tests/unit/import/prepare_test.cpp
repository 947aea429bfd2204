// prepare_html: the parser given the prepared page builds the tree it builds from that page with
// its values written out, on broken markup too; the scan is bounded and safe.
#include "core/utf8.hpp"
#include "import/decode.hpp"
#include "import/html.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace brief::importer;

namespace {

/// A value escaped for a double-quoted attribute or for text (the parser decodes it back).
std::string escaped(const std::string& value, bool attribute) {
    std::string out;
    for (char c : value) {
        if (c == '&') out += "&amp;";
        else if (c == '"' && attribute) out += "&quot;";
        else if (c == '<') out += "&lt;";
        else out += c;
    }
    return out;
}

/// The prepared page with its values written out in it: `name="value"` for each `_N`, a
/// script's text after its start tag, each run of text in place of its reference.
std::string written_out(const PreparedHtml& p) {
    std::string out;
    std::string after_tag; // a script's text, written after the tag's '>'
    for (std::size_t i = 0; i < p.html.size();) {
        if (p.html.compare(i, 2, " _") == 0 && i + 2 < p.html.size() && std::isdigit(static_cast<unsigned char>(p.html[i + 2]))) {
            std::size_t j = i + 2, n = 0;
            while (std::isdigit(static_cast<unsigned char>(p.html[j]))) n = n * 10 + static_cast<std::size_t>(p.html[j++] - '0');
            const auto& [name, value] = p.values.at(n);
            if (name.empty()) after_tag = value;
            else out += " " + name + "=\"" + escaped(value, true) + "\"";
            i = j;
            continue;
        }
        const brief::Decoded d = brief::decode_utf8(p.html, i);
        if (d.valid && d.code >= PreparedHtml::kFirstTextReference && d.code < PreparedHtml::kFirstTextReference + 0xFFFE) {
            out += escaped(p.texts.at(d.code - PreparedHtml::kFirstTextReference), false);
        } else {
            out.append(p.html, i, d.length);
            if (p.html[i] == '>' && !after_tag.empty()) out += after_tag, after_tag.clear();
        }
        i += d.length;
    }
    return out;
}

/// The tree as one string: each node's parent, tag and attributes, or text.
std::string dump(const HtmlDocument& doc) {
    std::string out;
    for (const HtmlNode& n : doc.nodes) {
        out += std::to_string(n.parent) + (n.is_text ? " text [" + n.text + "]" : " <" + n.tag);
        for (const auto& [name, value] : n.attributes) out += " " + name + "=[" + value + "]";
        out += "\n";
    }
    return out;
}

/// The tree from the prepared page (cleaned, as import does), which must be the tree from it
/// written out.
std::string parsed(const std::string& page) {
    PreparedHtml p = prepare_html(page);
    clean_prepared(p);
    const std::string tree = dump(parse_html(p));
    CHECK(tree == dump(parse_html(written_out(p))));
    return tree;
}

} // namespace

TEST_CASE("the prepared page parses to the tree of the page it stands for, on broken markup too") {
    const char* pages[] = {
        "<!DOCTYPE html><html lang=en><head><title>T &amp; U</title> x <meta property=og:title content='A &amp; B'></head>"
        "<body><p class=\"story-body\">Some <b>bold <i>and</b> mixed</i> text &copy; 2019 &notanentity; &#x41;&#65 end</p></body>",
        "<table> loose text <tr><td>cell</td> more </tr></table><p>after",
        "<pre>\nfirst line kept\n  indented</pre><listing>\nx</listing>",
        "<p>a < b and <3 and <!bogus> c </ d> e <?pi?> f</p>",
        "<a href=/a href=/b>dup</a><a href=\"x&amp;y\" href=\"z\">ent</a><html lang=fr><body class=article>",
        "<p>\xef\xb7\x90 nonchar \xf0\x9f\xbf\xbf and \x01control\x7f</p><p>\x01lead</p>",
        "<head> leading <meta name=author content=\"J\"></head>tail",
        "<frameset><p>text in a frameset</p></frameset> x",
        "<script type=application/ld+json>{\"headline\":\"A </b> B\"}</script><p>x</p>",
        "<p title=\"unterminated>text",
    };
    for (const char* page : pages) {
        INFO(page);
        CHECK_FALSE(parsed(page).empty());
    }
}

TEST_CASE("text, attributes and JSON-LD reach the tree as the page has them") {
    const std::string tree = parsed("<html lang=de><p id=main>Caf\xc3\xa9 &amp; bar <a href='/x?a=1&amp;b=2'>link</a></p>"
                                    "<script type=\"application/ld+json\">{\"a\": \"x < y\"}</script>");
    CHECK(tree.find("lang=[de]") != std::string::npos);
    CHECK(tree.find("id=[main]") != std::string::npos);
    CHECK(tree.find("text [Caf\xc3\xa9 & bar ]") != std::string::npos);
    CHECK(tree.find("href=[/x?a=1&b=2]") != std::string::npos);
    CHECK(tree.find("text [{\"a\": \"x < y\"}]") != std::string::npos);
}

TEST_CASE("the scan stops raw text only at its own end tag, and survives what is never closed") {
    const PreparedHtml a = prepare_html("<p>a<script>var s = \"</p><b>\"; if (x </scripts) {}</script>b</p>");
    CHECK(written_out(a) == "<p>ab</p>"); // "</p" and "</scripts" inside end nothing: only </script does
    const PreparedHtml b = prepare_html("<p>a<script>never closed <p>not text");
    CHECK(written_out(b) == "<p>a");
    const PreparedHtml c = prepare_html("<p>a<!-- never closed <p>not text");
    CHECK(written_out(c) == "<p>a");
    const PreparedHtml d = prepare_html("<script type='application/ld+json'>{\"x\": \"</script>\"}</script><p>y</p>");
    CHECK(written_out(d) == "<script type=\"application/ld+json\">{\"x\": \"</script>\"}</script><p>y</p>");
    const PreparedHtml e = prepare_html("<STYLE>p { } </STYLE >after<p");
    CHECK(written_out(e) == "after<p>");
    const PreparedHtml f = prepare_html("<a href=\"never closed>text</a>");
    CHECK(f.html == "<a href=\"never closed>text</a>>");
    for (const char* tail : {"<", "</", "<a", "<a href", "<a href=", "<a href='", "&", "&#", "<!--", "<script"}) {
        INFO(tail);
        CHECK_NOTHROW(parse_html(prepare_html(std::string("<p>text ") + tail)));
    }
}

TEST_CASE("an unquoted value runs to white space or '>', slashes included") {
    const std::string tree = parsed("<a href=/news/2019/story.html class=story-body>x</a>"
                                    "<script type=application/ld+json>{}</script><a href=https://example.org/>y</a>");
    CHECK(tree.find("href=[/news/2019/story.html] class=[story body k0]") != std::string::npos);
    CHECK(tree.find("type=[application/ld+json]") != std::string::npos);
    CHECK(tree.find("href=[https://example.org/]") != std::string::npos);
}

TEST_CASE("meta elements metadata does not read are left out, the others kept") {
    const PreparedHtml p = prepare_html("<meta name=viewport content=x><meta charset=utf-8><meta property=\"og:title\" "
                                        "content=T><meta name=AUTHOR content=A><meta itemprop=datePublished content=D>");
    const std::string tree = dump(parse_html(p));
    CHECK(tree.find("viewport") == std::string::npos);
    CHECK(tree.find("charset") == std::string::npos);
    CHECK(tree.find("content=[T]") != std::string::npos);
    CHECK(tree.find("content=[A]") != std::string::npos);
    CHECK(tree.find("content=[D]") != std::string::npos);
}

TEST_CASE("a page with characters of planes 15 and 16 keeps its text as it is") {
    const PreparedHtml p = prepare_html("<p>private \xf3\xb0\x80\x80 use</p>");
    CHECK(p.texts.empty());
    CHECK(dump(parse_html(p)).find("text [private \xf3\xb0\x80\x80 use]") != std::string::npos);
    const PreparedHtml q = prepare_html("<p>plain text</p>");
    CHECK(q.texts == std::vector<std::string>{"plain text"});
}
