// Tagging as data: the structure FlowBuilder records for blocks and spans, and the slots runs name.
#include "fake_metrics.hpp"

#include "../../../support/fixtures.hpp"
#include "doc/text.hpp"
#include "write/pdf/layout/builder.hpp"
#include "write/pdf/layout/tags.hpp"

#include <catch2/catch.hpp>

#include <functional>

using namespace brief::pdf;

namespace {

/// The structure of the first article of `markdown`, laid out 200 points wide, and its flow.
struct Tagged {
    Flow flow;
    [[nodiscard]] const Structure& tree() const { return flow.structure; }
};

Tagged tag_markdown(const std::string& markdown) {
    brief::Diagnostics d;
    static brief::Briefing b; // the flow's notes point into it
    b = brief::test::briefing_from_body(markdown, d);
    brief::Style style;
    style.sizes.body = 10;
    style.sizes.leading = 14;
    style.sizes.footnote = 8;
    style.sizes.footnote_leading = 10;
    fake::FakeMetrics m;
    LayoutContext cx{style, m, {}, 200};
    Tagged out;
    FlowBuilder builder(cx, out.flow);
    static const Hyphenator english = Hyphenator::for_language("en");
    builder.use_hyphenator(&english);
    builder.blocks(b.articles.at(0).blocks, {});
    return out;
}

/// The tree in pre-order, one line per element, kids indented in their order, "#" a content slot.
std::string outline(const Structure& tree) {
    std::string out;
    std::function<void(int, int)> walk = [&](int e, int depth) {
        const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
        out += indent + tree.elements()[static_cast<std::size_t>(e)].type + '\n';
        for (int k : tree.elements()[static_cast<std::size_t>(e)].kids) {
            if (k >= 0) walk(k, depth + 1);
            else out += indent + "  #\n";
        }
    };
    for (int r : tree.roots()) walk(r, 0);
    return out;
}

/// The element types the runs of the flow's lines (body, then notes) are tagged with.
std::vector<std::string> run_types(const Tagged& t) {
    std::vector<std::string> out;
    const auto add = [&](const VLine& v) {
        for (const auto& r : v.line.runs)
            out.push_back(r.run.tag < 0 ? "artifact" : t.tree().elements()[static_cast<std::size_t>(t.tree().owner(r.run.tag))].type);
    };
    for (const auto& item : t.flow.items)
        if (const auto* v = std::get_if<VLine>(&item)) add(*v);
    for (const auto& [n, lines] : t.flow.notes)
        for (const auto& v : lines) add(v);
    return out;
}

} // namespace

TEST_CASE("a paragraph is a P: its links Link elements, a note mark a Lbl with a Link, then the Note") {
    const Tagged t = tag_markdown("Text [a link](https://example.org) more[^n] and the end.\n\n[^n]: The note.\n");
    CHECK(outline(t.tree()) == "P\n"
                               "  #\n"
                               "  Link\n"
                               "    #\n"
                               "  #\n"
                               "  Lbl\n"
                               "    Link\n"
                               "      #\n"
                               "  Note\n"
                               "    Lbl\n"
                               "      Link\n"
                               "        #\n"
                               "    #\n"
                               "  #\n");
    const auto& elems = t.tree().elements();
    CHECK(elems[1].alt == "a link (link to https://example.org)");
    // note 1 is the article's attribution (cited at the byline, not set here)
    CHECK(elems[3].alt == "Note 2");
    CHECK(elems[4].id == "note-2");
    const auto types = run_types(t);
    CHECK(std::count(types.begin(), types.end(), "Note") >= 1); // the note's text at the foot
    CHECK(std::count(types.begin(), types.end(), "artifact") == 0);
}

TEST_CASE("headings never skip a level: the shallowest is H2 under the title, each at most one deeper") {
    const Tagged t = tag_markdown("## Two\n\n#### Four\n\n###### Six\n\n### Three\n\n## Two again\n");
    CHECK(outline(t.tree()) == "H2\n  #\nH3\n  #\nH4\n  #\nH3\n  #\nH2\n  #\n");
}

TEST_CASE("lists, quotes and code are L, LI, Lbl, LBody, BlockQuote and Code; a rule is an artifact") {
    const Tagged t = tag_markdown("> - one\n>   - inner\n\n---\n\n```\ncode\n```\n");
    CHECK(outline(t.tree()) == "BlockQuote\n"
                               "  L\n"
                               "    LI\n"
                               "      Lbl\n"
                               "        #\n"
                               "      LBody\n"
                               "        P\n"
                               "          #\n"
                               "        L\n"
                               "          LI\n"
                               "            Lbl\n"
                               "              #\n"
                               "            LBody\n"
                               "              P\n"
                               "                #\n"
                               "Code\n"
                               "  #\n");
}

TEST_CASE("a table has THead with TH scoped by column, TBody with TD, each row as wide as the table") {
    const Tagged t = tag_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | |\n");
    CHECK(outline(t.tree()) == "Table\n"
                               "  THead\n"
                               "    TR\n"
                               "      TH\n"
                               "        #\n"
                               "      TH\n"
                               "        #\n"
                               "  TBody\n"
                               "    TR\n"
                               "      TD\n"
                               "        #\n"
                               "      TD\n"
                               "        #\n"
                               "    TR\n"
                               "      TD\n"
                               "        #\n"
                               "      TD\n");
    for (const auto& e : t.tree().elements())
        if (e.type == "TH") CHECK(e.scope == "Column");
}

TEST_CASE("a hyphen layout adds is an artifact, the words it breaks are not") {
    const Tagged t = tag_markdown("Telecommunications internationalisation notwithstanding, administrations "
                                  "reconsidered responsibilities comprehensively.\n");
    const auto types = run_types(t);
    CHECK(std::count(types.begin(), types.end(), "P") > 0);
    std::size_t hyphens = 0;
    for (const auto& item : t.flow.items)
        if (const auto* v = std::get_if<VLine>(&item); v != nullptr && v->line.hyphenated) {
            ++hyphens;
            CHECK(v->line.runs.back().run.tag == -1);
            CHECK(v->line.runs.back().run.text == "-");
        }
    CHECK(hyphens > 0);
}

TEST_CASE("language tags: underscores become hyphens, anything else that is no BCP 47 tag is refused") {
    CHECK(brief::language_tag("en") == "en");
    CHECK(brief::language_tag("en_GB") == "en-GB");
    CHECK(brief::language_tag("zh-Hant-TW") == "zh-Hant-TW");
    CHECK(brief::language_tag("en_GB!").empty());
    CHECK(brief::language_tag("1en").empty());
    CHECK(brief::language_tag("en--GB").empty());
    CHECK(brief::language_tag("toolongtag").empty());
    CHECK(brief::language_tag("").empty());
}
