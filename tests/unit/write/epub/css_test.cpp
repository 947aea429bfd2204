// The generated stylesheet: font stacks, em sizes, contrast in light, dark and night modes.
#include "core/diagnostics.hpp"
#include "support/fixtures.hpp"
#include "write/epub/css.hpp"

#include <catch2/catch.hpp>

#include <regex>

namespace brief {

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("contrast ratios follow WCAG 2.1") {
    CHECK(epub::contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(epub::contrast_ratio({0x77, 0x77, 0x77}, {0x77, 0x77, 0x77}) == Approx(1.0));
    CHECK(epub::contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}) == Approx(4.54).epsilon(0.01));
    const Color navy{0x1F, 0x3A, 0x5F};
    const Color lightened = epub::with_contrast(navy, {0, 0, 0}, 7, {255, 255, 255});
    CHECK(epub::contrast_ratio(lightened, {0, 0, 0}) >= 7);
    CHECK(epub::with_contrast(navy, {255, 255, 255}, 4.5, {0, 0, 0}).hex() == navy.hex()); // already fine
}

TEST_CASE("the default stylesheet: font stacks, em sizes, no page widths") {
    Diagnostics d;
    const std::string css = epub::make_stylesheet(test::shipped_style("default"), d);
    CHECK(d.all().empty());
    CHECK(has(css, "body { font-family: \"Noto Serif\", \"Noto Naskh Arabic\", \"DejaVu Sans\", \"NanumMyeongjo\", \"WenQuanYi Zen Hei\", \"Droid Sans Fallback\", \"Noto Music\", \"Symbola\", serif; line-height: 1.333;"));
    CHECK(has(css, "h1, h2, h3, h4, h5, h6 { font-family: \"Noto Sans\", \"Noto Naskh Arabic\", \"DejaVu Sans\", \"NanumMyeongjo\", \"WenQuanYi Zen Hei\", \"Droid Sans Fallback\", \"Noto Music\", \"Symbola\", sans-serif;"));
    CHECK(has(css, "code { font-family: \"DejaVu Sans Mono\", \"Noto Naskh Arabic\", \"DejaVu Sans\", \"NanumMyeongjo\", \"WenQuanYi Zen Hei\", \"Droid Sans Fallback\", \"Noto Music\", \"Symbola\", monospace;"));
    CHECK(has(css, "h1 { font-size: 1.619em;")); // 17pt on 10.5pt body text
    CHECK(has(css, "aside[role~=\"doc-footnote\"] { font-size: 0.762em; line-height: 1.25;"));
    CHECK(has(css, ".marking {"));
    CHECK(has(css, "color: #FFFFFF; background-color: #2E5E3E; }"));
    for (const char* banned : {"position", "pt;", "px;", "background-color: #FFF", "!important"}) {
        INFO(banned);
        CHECK_FALSE(has(css, banned));
    }
    // Widths only relative to the page the reader has (tables and pictures), never fixed.
    CHECK_FALSE(std::regex_search(css, std::regex(R"(width:\s*[0-9.]+(px|pt|pc|cm|mm|in|em)\b)")));
    CHECK(has(css, "figure img { max-width: 100%;"));
}

TEST_CASE("text colours apply on light backgrounds only, dark mode gets lightened headings and links") {
    Diagnostics d;
    const std::string css = epub::make_stylesheet(test::shipped_style("default"), d);
    const std::size_t light = css.find("@media (prefers-color-scheme: light) {");
    const std::size_t dark = css.find("@media (prefers-color-scheme: dark) {");
    REQUIRE(light != std::string::npos);
    REQUIRE(dark != std::string::npos);
    // The body text colour is set nowhere but inside the light-scheme block.
    CHECK(css.find("body { color: #1A1A1A; }") > light);
    CHECK(css.find("body { color: #1A1A1A; }") < dark);
    CHECK(css.rfind("#1A1A1A") < dark);
    CHECK(has(css.substr(dark), "h1, h2, h3, h4, h5, h6 { color: #"));
    CHECK_FALSE(has(css.substr(dark), "#1F3A5F")); // the navy headings would vanish on black
}

TEST_CASE("colours without contrast are replaced, with a warning") {
    Style s = test::shipped_style("default");
    s.marking.color = {0xEE, 0xEE, 0xEE};
    s.marking.background = {0xFF, 0xFF, 0xCC};
    s.colors.text = {0xCC, 0xCC, 0xCC};
    Diagnostics d;
    const std::string css = epub::make_stylesheet(s, d);
    CHECK(has(css, "color: #000000; background-color: #FFFFCC; }"));
    CHECK_FALSE(has(css, "#CCCCCC"));
    REQUIRE(d.warning_count() == 2);
    CHECK(has(d.all()[0].message, "marking colour #EEEEEE has too little contrast"));
    CHECK(has(d.all()[1].message, "text colour #CCCCCC is too light"));
}

TEST_CASE("zero sizes and leadings never hide or overlap text") {
    Style s = test::shipped_style("default");
    s.sizes.heading1 = 0;
    s.sizes.leading = 0;
    s.sizes.footnote_leading = 4; // tighter than the 8pt notes
    Diagnostics d;
    const std::string css = epub::make_stylesheet(s, d);
    CHECK(has(css, "h1 { font-size: 1em;"));
    CHECK(has(css, "line-height: normal; overflow-wrap"));
    CHECK(has(css, "aside[role~=\"doc-footnote\"] { font-size: 0.762em; line-height: 1;"));
}

TEST_CASE("font names are CSS strings, extra CSS comes last") {
    Style s = test::shipped_style("default");
    s.fonts.body = "Evil\"; } body { color: red; /*";
    s.fonts.fallbacks = {};
    s.extra_css = "p { text-align: justify; }";
    Diagnostics d;
    const std::string css = epub::make_stylesheet(s, d);
    CHECK(has(css, "body { font-family: \"Evil\\\"; } body { color: red; /*\", serif;"));
    CHECK(css.size() >= s.extra_css.size() + 1);
    CHECK(css.substr(css.size() - s.extra_css.size() - 1) == s.extra_css + "\n");
}

TEST_CASE("tables: rules in the style's colour, column alignment classes, cells that wrap anything") {
    Diagnostics d;
    const Style style = test::shipped_style("default");
    const std::string css = epub::make_stylesheet(style, d);
    CHECK(has(css, "border-bottom: 1px solid #" + style.colors.rule.hex()));
    for (const char* align : {"left", "center", "right"})
        CHECK(has(css, std::string("th.align-") + align + ", td.align-" + align + " { text-align: " + align + "; }"));
    // overflow-wrap after its alias word-wrap, or break-word would win over anywhere.
    CHECK(has(css, "word-wrap: break-word; overflow-wrap: anywhere; }"));
    CHECK(has(css, "table.dense { font-size: 0.75em; }"));
    CHECK(has(css, "li.task { list-style-type: none; }"));
}

} // namespace brief
