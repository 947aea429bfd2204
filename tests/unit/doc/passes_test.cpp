// attribute_sources and number_notes: attribution text, first-mention credits, numbering order.
#include "doc/passes.hpp"
#include "doc/text.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace brief;
using namespace brief::test;

namespace {

std::vector<const Note*> notes_of(const Article& a) {
    std::vector<const Note*> out;
    visit_notes(a, [&](const Note& n) { out.push_back(&n); });
    return out;
}

} // namespace

TEST_CASE("the attribution cites what is known and says what is not") {
    Diagnostics d;
    const Briefing b = make_briefing({{"a.md", "---\ntitle: Headline\nprovenance: 000.txt\n---\nBody.\n"}}, d);
    REQUIRE(b.articles.size() == 1);
    const std::string text = plain_text(b.articles[0].attribution.content);
    CHECK(text == "Outlet not stated. \u201CHeadline.\u201D Author not stated. Date not stated. No address recorded. "
                  "Provenance: 000.txt.");
    CHECK(b.articles[0].attribution.kind == NoteKind::attribution);
}

TEST_CASE("a full attribution names outlet, author, date and links the address") {
    Diagnostics d;
    const Briefing b = make_briefing(
        {{"a.md", "---\ntitle: T\noutlet: VentureBeat\nauthor: Jane Doe\ndate: 2018-11-23\nurl: https://example.org/a\n---\nBody.\n"}}, d);
    const auto& content = b.articles[0].attribution.content;
    CHECK(plain_text(content) == "VentureBeat. \u201CT.\u201D By Jane Doe. Published 23 November 2018. https://example.org/a.");
    bool has_link = false;
    for (const auto& in : content)
        if (const auto* l = std::get_if<Link>(&in.node)) has_link = l->url == "https://example.org/a";
    CHECK(has_link);
}

TEST_CASE("a credit gets one secondary note, at its first mention in each article") {
    Diagnostics d;
    const Briefing b = make_briefing(
        {{"a.md", "---\ntitle: A\noutlet: One\n---\nAccording to the WSJ, x.\n\nThe Wall Street Journal said y.\n"},
         {"b.md", "---\ntitle: B\n---\nThe Wall Street Journal reported it; WSJ again.\n"}},
        d);
    for (const auto& a : b.articles) {
        const auto notes = notes_of(a);
        REQUIRE(notes.size() == 2);
        CHECK(notes[1]->kind == NoteKind::secondary);
        CHECK(notes[1]->source_id == "the-wall-street-journal");
    }
    CHECK(plain_text(notes_of(b.articles[0])[1]->content).rfind("The Wall Street Journal, as credited by One in \u201CA\u201D.", 0) == 0);
    CHECK(plain_text(notes_of(b.articles[1])[1]->content).rfind("The Wall Street Journal, as credited by \u201CB\u201D.", 0) == 0);
    // The note follows the mention: "the WSJ" + note + ", x."
    const auto& para = std::get<Paragraph>(b.articles[0].blocks[0].node);
    REQUIRE(para.content.size() == 3);
    CHECK(std::get<Text>(para.content[0].node).text == "According to the WSJ");
    CHECK(std::holds_alternative<Note>(para.content[1].node));
    CHECK(std::get<Text>(para.content[2].node).text == ", x.");
}

TEST_CASE("credits match whole words only and never inside links or code") {
    Diagnostics d;
    const Briefing b = briefing_from_body("WSJX and `WSJ` and [WSJ](https://wsj.com) but not AWSJ.\n", d);
    CHECK(notes_of(b.articles[0]).size() == 1);
}

TEST_CASE("number_notes numbers in reading order across articles") {
    Diagnostics d;
    const Briefing b = make_briefing(
        {{"a.md", "---\ntitle: A\n---\nOne[^x] and the WSJ.\n\n[^x]: Author note.\n"},
         {"b.md", "---\ntitle: B\n---\nTwo[^y].\n\n[^y]: Another.\n"}},
        d);
    std::vector<std::pair<int, NoteKind>> seen;
    for (const auto& a : b.articles)
        for (const Note* n : notes_of(a)) seen.emplace_back(n->number, n->kind);
    const std::vector<std::pair<int, NoteKind>> expected{{1, NoteKind::attribution}, {2, NoteKind::author},
                                                         {3, NoteKind::secondary}, {4, NoteKind::attribution},
                                                         {5, NoteKind::author}};
    CHECK(seen == expected);
}

TEST_CASE("sources are listed in order of first citation and uncited credits are dropped") {
    Diagnostics d;
    const Briefing b = make_briefing({{"a.md", "---\ntitle: A\n---\nNo credit here.\n"},
                                      {"b.md", "---\ntitle: B\n---\nThe WSJ says.\n"}}, d);
    REQUIRE(b.sources.size() == 3);
    CHECK(b.sources[0].id == "a");
    CHECK(b.sources[1].id == "b");
    CHECK(b.sources[2].id == "the-wall-street-journal");
}

TEST_CASE("articles with the same file stem get distinct source ids") {
    Diagnostics d;
    const Briefing b = make_briefing({{"x/a.md", "---\ntitle: A\n---\nx\n"}, {"y/a.md", "---\ntitle: A\n---\ny\n"}}, d, false);
    REQUIRE(b.articles.size() == 2);
    CHECK(b.articles[0].source.id == "a");
    CHECK(b.articles[1].source.id == "a-2");
}

TEST_CASE("the coverage line counts reports, names outlets and credits") {
    Diagnostics d;
    const Briefing b = make_briefing({{"a.md", "---\ntitle: A\noutlet: VentureBeat\n---\nThe WSJ.\n"},
                                      {"b.md", "---\ntitle: B\n---\nx\n"}, {"c.md", "---\ntitle: C\n---\ny\n"}}, d);
    CHECK(coverage_line(b) == "3 reports: VentureBeat; 2 whose outlet is not stated. Credited: The Wall Street Journal.");
    Diagnostics d1;
    CHECK(coverage_line(make_briefing({{"a.md", "---\ntitle: A\n---\nx\n"}}, d1, false)) == "1 report, whose outlet is not stated.");
    CHECK(coverage_line(make_briefing({{"a.md", "---\ntitle: A\n---\nx\n"}, {"b.md", "---\ntitle: B\n---\ny\n"}}, d1, false)) ==
          "2 reports, none of which states its outlet.");
}

TEST_CASE("a credited source is listed as a secondary source with its address") {
    Source s;
    s.outlet = "The Wall Street Journal";
    s.url = "https://www.wsj.com/";
    s.credited = true;
    CHECK(plain_text(list_source(s)) == "The Wall Street Journal. Secondary source credited by the articles. https://www.wsj.com/.");
}
