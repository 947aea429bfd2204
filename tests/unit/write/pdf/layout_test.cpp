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

TEST_CASE("right-to-left words are set from the right, the paragraph aligned and indented there") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 200;
    o.indent = 20;
    // three Hebrew words (alef bet gimel, dalet he, vav zayin het): 15, 10 and 15 points
    const auto lines = set_paragraph(plain("\xD7\x90\xD7\x91\xD7\x92 \xD7\x93\xD7\x94 \xD7\x95\xD7\x96\xD7\x97", body()), o, m,
                                     Hyphenator{}, {});
    REQUIRE(lines.size() == 1);
    const auto& runs = lines[0].runs;
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].run.text.rfind("\xD7\x95\xD7\x96\xD7\x97", 0) == 0); // the last word leftmost
    CHECK(runs[1].run.text.rfind("\xD7\x93\xD7\x94", 0) == 0);
    CHECK(runs[2].run.text.rfind("\xD7\x90\xD7\x91\xD7\x92", 0) == 0); // the first word rightmost
    CHECK(runs[0].run.x < runs[1].run.x);
    CHECK(runs[1].run.x < runs[2].run.x);
    CHECK(runs[2].run.x + runs[2].run.width == Approx(200 - 20)); // ragged last line: right, indent on the right
}

TEST_CASE("brackets in right-to-left text are drawn mirrored, so they still open towards their words") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 400;
    // alef bet (gimel dalet): in visual order the bracket left of gimel dalet closes the phrase
    const auto lines = set_paragraph(plain("\xD7\x90\xD7\x91 (\xD7\x92\xD7\x93)", body()), o, m, Hyphenator{}, {});
    REQUIRE(lines.size() == 1);
    std::string shown;
    for (const auto& r : lines[0].runs) shown += r.run.text;
    CHECK(shown.find("(\xD7\x92\xD7\x93)") == std::string::npos);
    CHECK(shown.find(")\xD7\x92\xD7\x93(") != std::string::npos);
}

TEST_CASE("an English sentence with a Hebrew phrase keeps its words left to right, the phrase's right to left") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 400;
    const auto lines = set_paragraph(plain("He said \xD7\x90\xD7\x91 \xD7\x92\xD7\x93 today", body()), o, m, Hyphenator{}, {});
    REQUIRE(lines.size() == 1);
    std::vector<std::string> order;
    for (const auto& r : lines[0].runs) order.push_back(r.run.text);
    REQUIRE(order.size() == 5); // one run a word
    CHECK(order[0] == "He ");
    CHECK(order[1] == "said ");
    CHECK(order[order.size() - 3].rfind("\xD7\x92\xD7\x93", 0) == 0); // the phrase's second word first
    CHECK(order[order.size() - 2].rfind("\xD7\x90\xD7\x91", 0) == 0);
    CHECK(order.back() == "today");
    CHECK(lines[0].runs.front().run.x == 0); // left aligned
}

TEST_CASE("text brief writes runs left to right even when it starts with a right-to-left name") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 400;
    // an attribution note of an outlet named in Hebrew (alef bet): "alef bet. Author not stated."
    const auto spans = plain("\xD7\x90\xD7\x91. Author not stated.", body());
    const auto first_strong = set_paragraph(spans, o, m, Hyphenator{}, {});
    o.left_to_right = true;
    const auto ours = set_paragraph(spans, o, m, Hyphenator{}, {});
    REQUIRE(first_strong.size() == 1);
    REQUIRE(ours.size() == 1);
    // by its first strong character the paragraph is right to left: the name is set rightmost
    CHECK(first_strong[0].runs.back().run.text.rfind("\xD7\x90\xD7\x91", 0) == 0);
    // left to right: the name first, at the left margin, the English words after it in order
    CHECK(ours[0].runs.front().run.text.rfind("\xD7\x90\xD7\x91", 0) == 0);
    CHECK(ours[0].runs.front().run.x == 0);
    CHECK(ours[0].runs.back().run.text == "stated.");
}

TEST_CASE("Thai breaks between the words its dictionary finds, never inside one") {
    fake::FakeMetrics m;
    ParaOptions o;
    o.width = 60;
    // "the Thai government announced a new plan today": no spaces
    const std::string thai = "\xE0\xB8\xA3\xE0\xB8\xB1\xE0\xB8\x90\xE0\xB8\x9A\xE0\xB8\xB2\xE0\xB8\xA5"
                             "\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2\xE0\xB8\x9B\xE0\xB8\xA3\xE0\xB8\xB0"
                             "\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA8\xE0\xB9\x81\xE0\xB8\x9C\xE0\xB8\x99"
                             "\xE0\xB9\x83\xE0\xB8\xAB\xE0\xB8\xA1\xE0\xB9\x88";
    const auto lines = set_paragraph(plain(thai, body()), o, m, Hyphenator{}, {});
    REQUIRE(lines.size() >= 2);
    // every line ends where ICU's dictionary puts a word boundary: รัฐบาล ไทย ประกาศ แผน ใหม่
    const std::vector<std::string> words = {"\xE0\xB8\xA3\xE0\xB8\xB1\xE0\xB8\x90\xE0\xB8\x9A\xE0\xB8\xB2\xE0\xB8\xA5",
                                            "\xE0\xB9\x84\xE0\xB8\x97\xE0\xB8\xA2",
                                            "\xE0\xB8\x9B\xE0\xB8\xA3\xE0\xB8\xB0\xE0\xB8\x81\xE0\xB8\xB2\xE0\xB8\xA8",
                                            "\xE0\xB9\x81\xE0\xB8\x9C\xE0\xB8\x99",
                                            "\xE0\xB9\x83\xE0\xB8\xAB\xE0\xB8\xA1\xE0\xB9\x88"};
    std::string joined;
    for (const auto& l : lines) {
        std::string line;
        for (const auto& r : l.runs) line += r.run.text;
        joined += line;
        std::string boundary;
        bool at_boundary = false;
        for (const auto& w : words) at_boundary = at_boundary || joined == (boundary += w);
        INFO(line);
        CHECK(at_boundary);
        for (const auto& r : l.runs) CHECK(r.run.x + r.run.width <= 60.01);
    }
    CHECK(joined == thai);
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
