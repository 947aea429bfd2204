// Pagination as data: small briefings laid out with fake metrics on small pages, checked against
// golden dumps (UPDATE_GOLDEN=1 accepts) and against the rules the dumps must keep.
#include "fake_metrics.hpp"

#include "../../../support/fixtures.hpp"
#include "../../../support/golden.hpp"
#include "write/pdf/layout/builder.hpp"
#include "write/pdf/layout/dump.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace brief;
using namespace brief::pdf;

namespace {

Style small_style() {
    Style s;
    s.sizes.body = 10;
    s.sizes.leading = 14;
    s.sizes.footnote = 8;
    s.sizes.footnote_leading = 10;
    s.sizes.paragraph_indent = 10;
    return s;
}

/// A frame of `lines` body lines of 14 points, 200 points wide.
Frame small_frame(int lines) {
    Frame f;
    f.left = 20;
    f.top = 20;
    f.width = 200;
    f.height = 14.0 * lines;
    f.note_skip = 14;
    f.rule_length = 60;
    return f;
}

/// The first article of `markdown` laid out on pages of `lines` lines.
Document lay_out(const std::string& markdown, int lines) {
    Diagnostics d;
    const Briefing b = brief::test::briefing_from_body(markdown, d);
    const Style style = small_style();
    fake::FakeMetrics m;
    const Frame frame = small_frame(lines);
    LayoutContext cx{style, m, {}, frame.width};
    Flow flow;
    FlowBuilder builder(cx, flow);
    const Hyphenator h = Hyphenator::for_language("en");
    builder.use_hyphenator(&h);
    builder.blocks(b.articles.at(0).blocks, {});
    Document doc;
    doc.width = 240;
    doc.height = frame.height + 40;
    doc.pages = paginate(flow, frame);
    return doc;
}

/// Every note's text starts on the page that has its mark.
void check_notes_with_marks(const Document& doc) {
    std::map<int, std::size_t> mark, note;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        for (int m : doc.pages[p].marks) mark.try_emplace(m, p);
        for (int n : doc.pages[p].notes) note.try_emplace(n, p);
    }
    for (const auto& [n, p] : mark) {
        INFO("note " << n);
        REQUIRE(note.count(n) == 1);
        CHECK(note.at(n) == p);
    }
}

std::size_t body_lines(const Page& p) {
    std::size_t n = 0;
    for (const auto& l : p.lines) n += l.role == "body" ? 1 : 0;
    return n;
}

const std::string para =
    "Huawei is the largest wireless network equipment vendor in the world, but opposition to the company has "
    "gained momentum of late.";

} // namespace

TEST_CASE("golden: a justified paragraph") {
    const auto doc = lay_out(para + " The FCC earlier this year took action against network equipment sales.\n", 20);
    brief::test::check_golden("pdf/justified.dump", dump_document(doc));
}

TEST_CASE("golden: a hyphenated word") {
    const auto doc = lay_out("Telecommunications internationalisation notwithstanding, administrations "
                             "reconsidered responsibilities comprehensively.\n", 20);
    bool hyphenated = false;
    for (const auto& l : doc.pages.at(0).lines) hyphenated = hyphenated || l.hyphenated;
    CHECK(hyphenated);
    brief::test::check_golden("pdf/hyphenated.dump", dump_document(doc));
}

TEST_CASE("golden: a long URL breaks after its punctuation, without hyphens, inside the line") {
    const auto doc = lay_out("See <https://www.example.org/reports/2018/november/huawei-equipment-campaign?"
                             "source=briefing&edition=international> for the report.\n", 20);
    for (const auto& l : doc.pages.at(0).lines) {
        CHECK_FALSE(l.hyphenated);
        const auto& last = l.runs.back();
        CHECK(last.x + last.width <= 20 + 200 + 0.01);
    }
    CHECK(doc.pages.at(0).lines.size() >= 3);
    brief::test::check_golden("pdf/url.dump", dump_document(doc));
}

TEST_CASE("golden: a line whose note cannot fit below it moves to the next page") {
    // Seven lines a page; the mark falls on line 6 of the first page, and its note takes five lines:
    // line 6 and its note cannot share the page, so line 6 starts page 2 (and takes its note along).
    const std::string note = "The note is long enough to need five lines of the smaller note size, which is "
                             "more room than the first page has left below the line that cites it, and so on.";
    const auto doc = lay_out(para + " " + para + " Once more the world" + "[^n] and " + para + "\n\n[^n]: " + note + "\n", 7);
    check_notes_with_marks(doc);
    REQUIRE(doc.pages.size() >= 2);
    CHECK(body_lines(doc.pages[0]) < 7);
    CHECK(doc.pages[0].marks.empty());
    CHECK(doc.pages[1].marks == std::vector<int>{2});
    brief::test::check_golden("pdf/note-moves-line.dump", dump_document(doc));
}

TEST_CASE("golden: a paragraph never leaves one line at the top of a page (widow)") {
    // 5 lines fill the page; a 6-line paragraph would leave a widow, so two lines go over.
    const auto doc = lay_out(para + " " + para + "\n", 5);
    REQUIRE(doc.pages.size() == 2);
    CHECK(body_lines(doc.pages[0]) == 4);
    CHECK(body_lines(doc.pages[1]) == 2);
    brief::test::check_golden("pdf/widow.dump", dump_document(doc));
}

TEST_CASE("golden: a heading stays with the first lines of its paragraph") {
    // Nine lines a page: after six lines of text the heading itself would fit, but not with the
    // two lines that must follow it, so it starts the next page.
    const auto doc = lay_out(para + " " + para + "\n\n## Heading at the foot\n\n" + para + "\n", 9);
    REQUIRE(doc.pages.size() == 2);
    for (const auto& l : doc.pages[0].lines) CHECK(l.role != "heading");
    CHECK(doc.pages[1].lines.at(0).role == "heading");
    brief::test::check_golden("pdf/heading-kept.dump", dump_document(doc));
}

TEST_CASE("a right-to-left list item hangs from the right, its marker right of its text") {
    // a Hebrew item (alef bet gimel) and an English one
    const Document doc = lay_out("- \xD7\x90\xD7\x91\xD7\x92\n- abc\n", 10);
    REQUIRE(doc.pages.size() == 1);
    std::vector<const Line*> items;
    for (const auto& l : doc.pages[0].lines)
        if (l.runs.size() == 2) items.push_back(&l);
    REQUIRE(items.size() == 2);
    const auto& hebrew = items[0]->runs;
    const auto& english = items[1]->runs;
    // runs are the marker, then the text; x on the page (the frame starts at 20, 200 wide)
    CHECK(hebrew[0].text == "\xE2\x80\xA2 ");
    CHECK(hebrew[0].x > hebrew[1].x + hebrew[1].width);   // the bullet right of the word
    CHECK(hebrew[1].x + hebrew[1].width == Approx(220 - 14)); // the text ends a hang (1.4 em) from the right
    CHECK(english[0].x + english[0].width < english[1].x);   // the bullet left of the word
    CHECK(english[1].x == Approx(20 + 14));
}
