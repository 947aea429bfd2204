// The seed briefing read as `brief dump articles` shows it: the golden view of the whole reader.
#include "doc/dump.hpp"
#include "doc/text.hpp"

#include "../../support/fixtures.hpp"
#include "../../support/golden.hpp"

#include <catch2/catch.hpp>

using namespace brief;

TEST_CASE("the seed briefing reads cleanly into five attributed articles") {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    CHECK(d.all().empty());
    REQUIRE(b.articles.size() == 5);
    for (const auto& a : b.articles) {
        int attribution = 0, secondary = 0;
        visit_notes(a, [&](const Note& n) {
            attribution += n.kind == NoteKind::attribution;
            secondary += n.kind == NoteKind::secondary && n.source_id == "the-wall-street-journal";
        });
        CHECK(attribution == 1);
        CHECK(secondary == 1);
    }
    test::check_golden("seed/briefing.dump", dump_briefing(b));
}
