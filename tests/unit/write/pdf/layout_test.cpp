// Layout as data: items, optimum-fit breaks, hyphenation and paragraphs with fake metrics.
#include "fake_metrics.hpp"

#include "../../../support/golden.hpp"
#include "write/pdf/layout/dump.hpp"
#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/layout/items.hpp"
#include "write/pdf/layout/linebreak.hpp"
#include "write/pdf/layout/paragraph.hpp"

#include <catch2/catch.hpp>

using namespace brief::pdf;

namespace {

const char* lorem =
    "The international squeeze also reflects a growing sense of urgency as the operators around the world "
    "prepare to buy new telecom hardware for networks. An unnamed official involved in these talks said that "
    "the advancement of networks amplifies concerns about cybersecurity, adding that there are additional "
    "complexities to networks that make them more vulnerable to cyberattacks.";

SpanStyle body() {
    SpanStyle s;
    s.size = 10;
    return s;
}

std::string texts(const std::vector<SetLine>& lines) {
    std::string out;
    for (const auto& l : lines) {
        for (const auto& r : l.runs) out += r.run.text;
        out += "|\n";
    }
    return out;
}

} // namespace

TEST_CASE("a justified paragraph fills every line but the last exactly") {
    fake::FakeMetrics m;
    const Hyphenator h = Hyphenator::for_language("en");
    ParaOptions o;
    o.width = 200;
    const auto lines = set_paragraph(plain(lorem, body()), o, m, h, {});
    REQUIRE(lines.size() > 5);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto& last = lines[i].runs.back().run;
        INFO("line " << i << ": " << texts({lines[i]}));
        CHECK(last.x + last.width == Approx(200).margin(0.01));
    }
    CHECK(lines.back().runs.back().run.x + lines.back().runs.back().run.width < 200);
}


TEST_CASE("English patterns hyphenate, a language without patterns gets none") {
    const Hyphenator en = Hyphenator::for_language("en-GB");
    REQUIRE(en.active());
    const auto points = en.points("hyphenation");
    CHECK(std::vector<std::size_t>(points.begin(), points.end()) == std::vector<std::size_t>{2, 6});
    CHECK(en.points("Huawei's").empty());   // no point leaves two letters before and three after
    CHECK(en.points("net").empty());        // too short
    CHECK(en.points("hyphen2ation").empty()); // not only letters
    for (const char* language : {"sw", "ja", "zz-ZZ", "x!"}) {
        INFO(language);
        CHECK_FALSE(Hyphenator::for_language(language).active());
        CHECK(Hyphenator::for_language(language).points("hyphenation").empty());
    }
}

TEST_CASE("never more than two hyphenated lines in a row, and no hyphen in the last word") {
    fake::FakeMetrics m;
    const Hyphenator h = Hyphenator::for_language("en");
    const std::string text = "Internationalisation telecommunications administrations responsibilities "
                             "comprehensively notwithstanding representatives organisations characteristically "
                             "considerations infrastructure telecommunications";
    ParaOptions o;
    o.width = 90;
    const auto lines = set_paragraph(plain(text, body()), o, m, h, {});
    int run = 0, longest = 0;
    for (const auto& l : lines) {
        run = l.hyphenated ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    INFO(texts(lines));
    CHECK(longest <= 2);
    CHECK_FALSE(lines.at(lines.size() - 2).hyphenated); // the last word, alone on the last line, is whole
    const ItemList items = build_items(plain(text, body()), ItemOptions{0, 90, true, true, true}, m, h, {});
    std::size_t last_space = 0;
    for (std::size_t i = 0; i < items.items.size(); ++i)
        if (items.items[i].space) last_space = i;
    for (std::size_t i = last_space; i < items.items.size(); ++i) CHECK_FALSE(items.items[i].hyphenation);
}

TEST_CASE("CJK text breaks between characters, in the fallback face") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 50; // five characters of 10 points
    const auto lines = set_paragraph(plain("\xE5\x8D\x8E\xE4\xB8\xBA\xE5\x85\xAC\xE5\x8F\xB8\xE6\x98\xAF\xE5\x85\xA8"
                                           "\xE7\x90\x83\xE6\x9C\x80\xE5\xA4\xA7\xE7\x9A\x84\xE7\x94\xB5\xE4\xBF\xA1",
                                           body()),
                                     o, m, Hyphenator{}, {});
    REQUIRE(lines.size() == 3);
    for (const auto& l : lines)
        for (const auto& r : l.runs) {
            CHECK(r.run.face == 7);
            CHECK(r.run.x + r.run.width <= 50.01);
        }
}

TEST_CASE("a character no face has becomes a placeholder and is reported") {
    fake::FakeMetrics m;
    std::vector<char32_t> missing;
    ParaOptions o;
    const auto lines = set_paragraph(plain("snow \xE2\x98\x83 man", body()), o, m, Hyphenator{},
                                     [&](char32_t c, const Span&) { missing.push_back(c); });
    REQUIRE(missing == std::vector<char32_t>{0x2603});
    REQUIRE(lines.size() == 1);
    int placeholders = 0;
    for (const auto& r : lines[0].runs) placeholders += r.run.placeholder ? 1 : 0;
    CHECK(placeholders == 1);
}

TEST_CASE("code keeps its spaces and wraps lines wider than the block") {
    fake::FakeMetrics m;
    SpanStyle s = body();
    s.key.family = Family::mono;
    // mono is 6 points a character at size 10: 10 characters fit in 60 points
    const auto lines = set_verbatim("a  b\n0123456789abcde\n", s, 60, m, {});
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].runs.at(0).run.text == "a  b");
    CHECK(lines[1].runs.at(0).run.text == "0123456789");
    CHECK(lines[2].runs.at(0).run.text == "abcde");
}
