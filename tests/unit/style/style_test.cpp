// Styles: the shipped files, inheritance, and bad values with positions.
#include "style/load.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace brief;

namespace {

Style load_text(const std::string& yaml, Diagnostics& d) {
    const auto dir = std::filesystem::temp_directory_path() / "brief-style-test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "t.yaml") << yaml;
    return load_style((dir / "t.yaml").string(), {std::filesystem::path(BRIEF_SOURCE_DIR) / "styles"}, d);
}

} // namespace

TEST_CASE("the default style is A4 with the fonts it names") {
    const Style s = test::shipped_style("default");
    CHECK(s.page.size == "A4");
    CHECK(s.page.width == Approx(595.276));
    CHECK(s.fonts.body == "Noto Serif");
    CHECK(s.sizes.body == Approx(10.5));
    CHECK(s.page.margin_top == Approx(24 * 72 / 25.4));
}

TEST_CASE("letter is based on default and changes the page only") {
    const Style s = test::shipped_style("letter");
    CHECK(s.page.width == Approx(612));
    CHECK(s.page.height == Approx(792));
    CHECK(s.page.margin_inner == Approx(72));
    CHECK(s.fonts.body == "Noto Serif");
    CHECK(s.colors.heading.hex() == "1F3A5F");
}

TEST_CASE("bad values are errors with file and line, unknown keys warn") {
    Diagnostics d;
    load_text("sizes:\n  body: huge\ncolors:\n  text: red\nfonts:\n  serif: X\n", d);
    REQUIRE(d.error_count() == 2);
    CHECK(d.all()[0].where.line == 6);
    CHECK(d.all()[0].severity == Severity::warning);
    CHECK(d.all()[1].message == "'body' is not a length: 'huge'");
    CHECK(d.all()[1].where.line == 2);
    CHECK(d.all()[2].message == "'text' is not a colour: 'red'");
}

TEST_CASE("lengths take units") {
    double v = 0;
    CHECK((parse_length("10.5", v) && v == Approx(10.5)));
    CHECK((parse_length("25.4mm", v) && v == Approx(72)));
    CHECK((parse_length("1in", v) && v == Approx(72)));
    CHECK_FALSE(parse_length("10px", v));
}
