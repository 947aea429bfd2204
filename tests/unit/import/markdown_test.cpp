// The Markdown writer: what it writes reads back, through brief's own reader, as the same text;
// links are http(s) only; nothing raw; the front matter is valid and carries the review comment.
#include "import/article.hpp"
#include "read/articles.hpp"
#include "doc/text.hpp"

#include <catch2/catch.hpp>

using namespace brief;

namespace {

std::string model_text(const Blocks& blocks);

std::string model_text(const Block& b) {
    return std::visit(
        [](const auto& n) -> std::string {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) return plain_text(n.content);
            else if constexpr (std::is_same_v<T, BlockQuote>) return model_text(n.children);
            else if constexpr (std::is_same_v<T, List>) {
                std::string out;
                for (const auto& item : n.items) out += (out.empty() ? "" : "\n\n") + model_text(item.children);
                return out;
            } else if constexpr (std::is_same_v<T, CodeBlock>) return n.text.ends_with('\n') ? n.text.substr(0, n.text.size() - 1) : n.text;
            else return "";
        },
        b.node);
}

std::string model_text(const Blocks& blocks) {
    std::string out;
    for (const Block& b : blocks) out += (out.empty() ? "" : "\n\n") + model_text(b);
    return out;
}

importer::Block para(std::vector<importer::Span> spans, importer::BlockKind kind = importer::BlockKind::paragraph) {
    importer::Block b;
    b.kind = kind;
    b.spans = std::move(spans);
    return b;
}

importer::Span text(std::string t) {
    importer::Span s;
    s.text = std::move(t);
    return s;
}

/// Writes the article, reads it back with brief's reader; the reader's diagnostics in `d`.
std::optional<Article> round_trip(const importer::ImportedArticle& a, Diagnostics& d) {
    return read_article(importer::write_markdown(a), "a.md", d);
}

} // namespace

TEST_CASE("Markdown's special characters in the page's text read back as the same text") {
    const std::vector<std::string> lines = {
        "# not a heading", "- not a list", "1. not a list either", "> not a quote", "*stars* and _underscores_ and `ticks`",
        "[brackets](https://x.example) and <b>tags</b> and &amp; entities", "a \\ backslash ~~and tildes~~ and ![img](x)",
        "+ plus", "=====", "---", "2019) a year", "AT&T and R&D stay as they are", "    four spaces", "<!-- comment -->"};
    importer::ImportedArticle a;
    a.title.value = "T";
    for (const auto& l : lines) a.blocks.push_back(para({text(l)}));
    Diagnostics d;
    const auto got = round_trip(a, d);
    REQUIRE(got.has_value());
    CHECK(d.all().empty());
    std::string want;
    for (const auto& l : lines) want += (want.empty() ? "" : "\n\n") + (l == "    four spaces" ? std::string("four spaces") : l);
    CHECK(model_text(got->blocks) == want);
    CHECK(importer::write_body(a.blocks).find("AT&T") != std::string::npos);
}

TEST_CASE("styles, links, lists, quotes, headings and code read back as what they were") {
    importer::Span em = text("stressed"), link = text("the report"), bad = text("click");
    em.emph = true;
    link.url = "https://example.org/a b<c>";
    importer::ImportedArticle a;
    a.title.value = "T";
    a.blocks.push_back(para({text("A "), em, text(" word and "), link, text(".")}));
    a.blocks.push_back(para({text("Sub heading")}, importer::BlockKind::heading));
    a.blocks.back().level = 2;
    a.blocks.push_back(para({text("one item")}, importer::BlockKind::item));
    a.blocks.push_back(para({text("a quote")}, importer::BlockKind::quote));
    a.blocks.push_back(para({text("int x = 1;\n```\nfenced")}, importer::BlockKind::preformatted));
    Diagnostics d;
    const auto got = round_trip(a, d);
    REQUIRE(got.has_value());
    CHECK(d.all().empty());
    CHECK(model_text(got->blocks) == "A stressed word and the report.\n\nSub heading\n\none item\n\na quote\n\nint x = 1;\n```\nfenced");
    REQUIRE(got->blocks.size() == 5);
    CHECK(std::holds_alternative<Heading>(got->blocks[1].node));
    CHECK(std::holds_alternative<List>(got->blocks[2].node));
    CHECK(std::holds_alternative<BlockQuote>(got->blocks[3].node));
    CHECK(std::holds_alternative<CodeBlock>(got->blocks[4].node));
    const std::string md = importer::write_body(a.blocks);
    CHECK(md.find("*stressed*") != std::string::npos);
    CHECK(md.find("(<https://example.org/a%20b%3Cc%3E>)") != std::string::npos);
}

TEST_CASE("the front matter holds only known fields, says where each came from, and lists what was dropped") {
    importer::ImportedArticle a;
    a.title = {"A \"quoted\" title: with colon", "<h1>"};
    a.date = {"2019-11-20", "JSON-LD datePublished"};
    a.outlet = {"The Times", "og:site_name"};
    a.provenance = "page.html";
    a.dropped = {"Share this story", "Line one\nline two"};
    a.dropped_outside = 7;
    a.blocks.push_back(para({text("Body.")}));
    const std::string md = importer::write_markdown(a);
    CHECK(md.find("# title: <h1>; date: JSON-LD datePublished; outlet: og:site_name\n") != std::string::npos);
    CHECK(md.find("# dropped as chrome: 7 block(s) outside the article, 2 inside it:\n#   - Share this story\n#   - Line one line two\n") != std::string::npos);
    CHECK(md.find("author:") == std::string::npos);
    Diagnostics d;
    const auto got = round_trip(a, d);
    REQUIRE(got.has_value());
    CHECK(d.all().empty());
    CHECK(got->source.title == "A \"quoted\" title: with colon");
    CHECK(got->source.date == "2019-11-20");
    CHECK(got->source.outlet == "The Times");
    CHECK(got->source.provenance == "page.html");
}

TEST_CASE("slugs are lower-case ASCII words, at most 80 bytes, the page's name when the title has none") {
    CHECK(importer::slug_of("US Government Urges Allies to Ditch China’s Huawei", "x") == "us-government-urges-allies-to-ditch-chinas-huawei");
    CHECK(importer::slug_of("北京", "page-7") == "page-7");
    CHECK(importer::slug_of(std::string(200, 'a') + " b", "x").size() <= 80);
}
