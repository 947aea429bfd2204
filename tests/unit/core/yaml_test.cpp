// The YAML wrapper: positions, types, duplicates and alias bombs.
#include "core/yaml.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace brief;

TEST_CASE("parse_yaml keeps file positions offset by the first line") {
    Diagnostics d;
    const auto root = parse_yaml("title: A\nauthor: B\n", "x.md", 2, d);
    REQUIRE(root);
    REQUIRE(root->find("author") != nullptr);
    CHECK(root->find("author")->where.line == 3);
    CHECK(root->find("author")->where.column == 9);
}

TEST_CASE("syntax errors are errors with a line") {
    Diagnostics d;
    CHECK_FALSE(parse_yaml("title: T\nauthor: [unclosed\n", "x.md", 2, d));
    REQUIRE(d.error_count() == 1);
    CHECK(d.all()[0].where.line >= 3);
    CHECK(d.all()[0].message.find("invalid YAML") != std::string::npos);
}

TEST_CASE("a quote left open is an error at the quote, not a title that swallows the keys after it") {
    Diagnostics d;
    CHECK_FALSE(parse_yaml("title: \"unclosed\nauthor: x\n", "x.md", 2, d));
    REQUIRE(d.error_count() == 1);
    CHECK(d.all()[0].message == "this quote is not closed on its line");
    CHECK(d.all()[0].where.line == 2);
    CHECK(d.all()[0].where.column == 8);
    Diagnostics ok;
    CHECK(parse_yaml("title: \"closed \\\" here\"\nother: 'it''s'\nlist:\n  - \"a\"\n", "x.md", 1, ok));
    CHECK_FALSE(ok.has_errors());
}

TEST_CASE("a quote in a comment line is not a value left open") {
    Diagnostics d;
    CHECK(parse_yaml("# dropped: \"Share this: \"now\nitem:\n#   - \"x\ntitle: T\n", "x.md", 1, d));
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("duplicate keys are an error naming the key and its line") {
    Diagnostics d;
    CHECK_FALSE(parse_yaml("title: A\ntitle: B\n", "x.md", 1, d));
    REQUIRE(d.error_count() == 1);
    CHECK(d.all()[0].message == "duplicate key 'title'");
    CHECK(d.all()[0].where.line == 2);
}

TEST_CASE("alias bombs stop at the node limit instead of exhausting memory") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char prev = static_cast<char>(c - 1);
        bomb += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
                ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    }
    Diagnostics d;
    CHECK_FALSE(parse_yaml(bomb, "bomb.yaml", 1, d));
    REQUIRE(d.has_errors());
    CHECK(d.all()[0].message.find("100000 nodes") != std::string::npos);
}

TEST_CASE("typed fields say what they wanted and what they found") {
    Diagnostics d;
    const auto root = parse_yaml("title: [a, b]\nsize: big\nempty:\n", "s.yaml", 1, d);
    REQUIRE(root);
    CHECK_FALSE(text_field(*root, "title", d));
    CHECK_FALSE(number_field(*root, "size", d));
    CHECK_FALSE(text_field(*root, "empty", d));
    REQUIRE(d.error_count() == 3);
    CHECK(d.all()[0].message == "'title' must be text, not a list");
    CHECK(d.all()[1].message == "'size' must be a number, not 'big'");
    CHECK(d.all()[2].message == "'empty' must be text, not empty");
}

namespace {

/// Why two trees differ ("" when they are the same, positions included).
std::string difference(const YamlNode& a, const YamlNode& b, const std::string& path = "root") {
    if (a.kind != b.kind) return path + ": kind " + describe(a.kind) + " vs " + describe(b.kind);
    if (a.scalar != b.scalar) return path + ": text '" + a.scalar + "' vs '" + b.scalar + "'";
    if (a.where.line != b.where.line || a.where.column != b.where.column)
        return path + ": at " + std::to_string(a.where.line) + ":" + std::to_string(a.where.column) + " vs " +
               std::to_string(b.where.line) + ":" + std::to_string(b.where.column);
    if (a.entries.size() != b.entries.size()) return path + ": entry count";
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const std::string at = path + "/" + a.entries[i].key.scalar;
        for (const auto& d : {difference(a.entries[i].key, b.entries[i].key, at + "(key)"),
                              difference(a.entries[i].value, b.entries[i].value, at)})
            if (!d.empty()) return d;
    }
    return a.items.empty() && b.items.empty() ? "" : path + ": items";
}

} // namespace

TEST_CASE("the flat reader answers as yaml-cpp does wherever it answers") {
    // Lines made of pieces near every rule the flat reader has: indicators, comments, colons, quotes,
    // nulls, indentation, tabs, duplicate keys. A fixed seed, so a failure names the same text again.
    const std::vector<std::string> keys{"title", "a", "_k", "k-1", "K9", "2k", "k k", "\"k\"", " title", "date"};
    const std::vector<std::string> values{
        "plain", "two words", "trailing  ", "with # hash", "a#b", "x: y", "colon:", "a:b", "\"quoted\"",
        "\"quoted\" # c", "\"q\" x", "\"esc \\\" q\"", "'single'", "~", "null", "Null", "NULL", "nul", "-dash",
        "- item", "[a, b]", "{a: 1}", "a, b", "a [b]", "a {b}", "2018-11-04", "true", "3.5", "&anchor x", "*alias",
        "!tag x", "|", ">", "%x", "@x", "`x`", "Ünïcödé “quotes” … ’", "a\tb", "", " ", "\"\"", "\"a: b\"",
        "\"#x\"", "a \"b\" c", "it's", "a - b", "a -", "x]", "?x", ":x", "https://example.org/a?b=1#c", "a  b", "\"a\"\"b\"", "x #", "\"unclosed", "é: x"};
    const std::vector<std::string> others{"", "# a comment", "   ", "  nested: x", "- item", "---", "#", "\t"};
    std::mt19937 random(20181123);
    int answered = 0;
    for (int n = 0; n < 50000; ++n) {
        std::string text;
        const int lines = 1 + static_cast<int>(random() % 4);
        for (int l = 0; l < lines; ++l) {
            if (random() % 5 == 0) text += others[random() % others.size()];
            else
                text += keys[random() % keys.size()] + (random() % 8 == 0 ? ":" : ": ") +
                        (random() % 4 == 0 ? "  " : "") + values[random() % values.size()];
            text += "\n";
        }
        const auto flat = parse_flat_mapping(text, "f.md", 2);
        if (!flat) continue;
        ++answered;
        Diagnostics d;
        const auto library = parse_yaml_with_library(text, "f.md", 2, d);
        INFO("text:\n" << text);
        REQUIRE(library);
        REQUIRE(difference(*flat, *library).empty());
    }
    // the comparison is only worth something if the flat reader took on a good share of the texts
    CHECK(answered > 2500);
}

TEST_CASE("front matter as written takes the flat reader, with yaml-cpp's positions") {
    const std::string text = "# a comment\ntitle: \"US Government Urges Allies (3)\"\noutlet: Fierce Wireless\n"
                             "date: 2018-11-18   # when it ran\n\nurl: https://example.org/huawei/3\n";
    const auto flat = parse_flat_mapping(text, "a.md", 2);
    REQUIRE(flat);
    CHECK(flat->find("title")->scalar == "US Government Urges Allies (3)");
    CHECK(flat->find("date")->scalar == "2018-11-18");
    CHECK(flat->find("url")->where.line == 7);
    CHECK(flat->find("url")->where.column == 6);
    CHECK_FALSE(parse_flat_mapping("list:\n  - a\n", "a.md", 2));   // left to yaml-cpp
    CHECK_FALSE(parse_flat_mapping("title: A\ntitle: B\n", "a.md", 2)); // yaml-cpp's path reports it
}
