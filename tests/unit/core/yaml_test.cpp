// The YAML wrapper: positions, types, duplicates and alias bombs.
#include "core/yaml.hpp"

#include <catch2/catch.hpp>

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
