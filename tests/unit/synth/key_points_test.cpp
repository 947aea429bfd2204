// Key points: sentences split right, paraphrases grouped, contradictions and other figures kept
// apart, and on the seeds no source credited with a claim its article does not make.
#include "core/memo.hpp"
#include "read/articles.hpp"
#include "doc/passes.hpp"
#include "doc/text.hpp"
#include "doc/dump.hpp"
#include "synth/key_points.hpp"
#include "synth/passes.hpp"
#include "synth/sentences.hpp"
#include "synth/terms.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace brief;

namespace {

Briefing three(const std::string& a, const std::string& b, const std::string& c = "Nothing else of note happened in the city today at all.") {
    Diagnostics d;
    Briefing out = test::make_briefing({{"a.md", "---\ntitle: A\noutlet: Alpha\n---\n" + a + "\n"},
                                        {"b.md", "---\ntitle: B\noutlet: Beta\n---\n" + b + "\n"},
                                        {"c.md", "---\ntitle: C\n---\n" + c + "\n"}}, d, false);
    synth::find_key_points(out);
    return out;
}

} // namespace

TEST_CASE("sentences end at end punctuation, not after abbreviations or initials") {
    const auto s = synth::split_sentences("The U.S. asked Mr. Smith to go. He said “no.” Then J. Doe left for 5G. Done");
    REQUIRE(s.size() == 4);
    CHECK(s[0] == "The U.S. asked Mr. Smith to go.");
    CHECK(s[1] == "He said “no.”");
    CHECK(s[2] == "Then J. Doe left for 5G.");
    CHECK(s[3] == "Done");
}

TEST_CASE("a sentence's lead becomes a name when another sentence names it, the names it grows kept apart") {
    // the first sentence's names grow (and move) when its own lead is added: what known_names
    // remembers must not point into them (found by fuzz_docx under ASan)
    std::vector<synth::Terms> terms(3);
    terms[0].names = {"huawei"};
    terms[0].lead = "huawei";
    terms[1].lead = "huawei";
    terms[2].names = {"donald trump"};
    terms[2].lead = "officials";
    synth::known_names(terms);
    CHECK(terms[0].names == std::vector<std::string>{"huawei"});
    CHECK(terms[1].names == std::vector<std::string>{"huawei"});
    CHECK(terms[2].names == std::vector<std::string>{"donald trump"});
}

TEST_CASE("paraphrases of one claim by two sources make a key point crediting both") {
    const Briefing b = three("American officials have held talks with counterparts in Germany, Italy and Japan about Huawei equipment.",
                             "US officials contacted representatives in Germany, Italy, and Japan to warn them about Huawei gear.");
    REQUIRE(b.key_points.size() == 1);
    CHECK(b.key_points[0].sources == 2);
    CHECK(b.key_points[0].of == 3);
    CHECK(b.key_points[0].articles == std::vector<std::size_t>{0, 1});
    CHECK(b.key_points[0].notes.size() == 2);
}

TEST_CASE("sentences sharing words but saying different things are not grouped") {
    CHECK(three("Germany banned Huawei equipment from its new mobile networks this week.",
                "Germany did not ban Huawei equipment from its new mobile networks this week.").key_points.empty());
    CHECK(three("The government will spend 400 million euros on the new mobile networks.",
                "The government will spend 900 million euros on the new mobile networks.").key_points.empty());
    // (a sentence's first word is not taken for a name: "Germany banned" and "Japan banned" at the
    // start of a sentence are told apart only by what else they name)
    CHECK(three("This week Germany banned Huawei equipment from its new mobile networks.",
                "This week Japan banned Huawei equipment from its new mobile networks.").key_points.empty());
}

TEST_CASE("names conflict when each sentence names a country, firm or person of the same kind the other does not") {
    // countries known by the table wherever they stand, the first word included
    CHECK(three("Germany banned Huawei equipment from its new mobile networks this week.",
                "Japan banned Huawei equipment from its new mobile networks this week.").key_points.empty());
    // a demonym is its country: American officials are not British ones
    CHECK(three("American officials asked Germany to ban Huawei equipment from its new mobile networks.",
                "British officials asked Germany to ban Huawei equipment from its new mobile networks.").key_points.empty());
    // one agency against another
    CHECK(three("Earlier this year the FCC banned Huawei equipment from rural carriers' networks.",
                "Earlier this year the Pentagon banned Huawei equipment from rural carriers' networks.").key_points.empty());
    // one president against another: a shared title is not a shared name
    CHECK(three("Last summer President Trump signed the bill banning Huawei equipment from government networks.",
                "Last summer President Obama signed the bill banning Huawei equipment from government networks.").key_points.empty());
    // a firm opening its sentence is a name once the briefing names it elsewhere
    CHECK(three("Huawei has denied the allegations of spying for the Chinese government this week.",
                "ZTE has denied the allegations of spying for the Chinese government this week.",
                "Analysts said that both Huawei and ZTE sell network equipment in Europe.").key_points.empty());
}

TEST_CASE("names agree across aliases: a demonym and its country, an acronym and its words, a surname and the full name") {
    Briefing b = three("American officials asked Germany to keep Huawei equipment out of its new mobile networks.",
                       "US officials asked the German government to keep Huawei equipment out of its mobile networks.");
    CHECK(b.key_points.size() == 1);
    b = three("Earlier this year the Federal Communications Commission banned Huawei equipment from rural carriers' networks.",
              "Earlier this year the FCC banned Huawei equipment from rural carriers' networks.");
    CHECK(b.key_points.size() == 1);
    b = three("Last summer President Donald Trump signed the bill banning Huawei equipment from government networks.",
              "Last summer Trump signed a bill banning Huawei equipment from government networks.");
    CHECK(b.key_points.size() == 1);
    // one sentence may name more than the other
    b = three("Huawei has denied the allegations of spying for the Chinese government this week.",
              "The allegations of spying for the Chinese government have been denied by Huawei and ZTE this week.");
    CHECK(b.key_points.size() == 1);
}

TEST_CASE("two articles of one outlet are one source") {
    Diagnostics d;
    Briefing b = test::make_briefing({{"a.md", "---\ntitle: A\noutlet: Alpha\n---\nGermany banned Huawei equipment from its new mobile networks this week.\n"},
                                      {"b.md", "---\ntitle: B\noutlet: Alpha\n---\nGermany banned Huawei equipment from its new mobile networks this week.\n"}}, d, false);
    synth::find_key_points(b);
    CHECK(b.key_points.empty());
}

TEST_CASE("on the seeds, every credited source has a sentence of the claim, and the statement is found") {
    Diagnostics d;
    Briefing b = test::seed_briefing(d);
    synth::find_key_points(b);
    REQUIRE(b.key_points.size() >= 4);
    bool statement = false;
    for (const auto& k : b.key_points) {
        CHECK(k.sources >= 2);
        CHECK(k.of == 5);
        for (std::size_t a : k.articles) {
            const bool has = std::any_of(k.sentences.begin(), k.sentences.end(), [&](const ClaimSentence& s) {
                return s.article == a && s.similarity >= synth::group_threshold;
            });
            CHECK(has);
        }
        if (k.text.find("beyond its jurisdiction") != std::string::npos) {
            statement = true;
            CHECK(k.sources >= 3); // Huawei's statement: at least three of the five seeds quote it
        }
    }
    CHECK(statement);
    for (std::size_t i = 1; i < b.key_points.size(); ++i) CHECK(b.key_points[i - 1].sources >= b.key_points[i].sources);
}

namespace {

/// The links of `content` at any depth, each with how many links enclose it; a note's mark counts
/// as a link (a noteref in EPUB, a link to the note in the PDF).
void links_in(const Inlines& content, int depth, std::vector<std::pair<const Link*, int>>& out) {
    static const Link mark{"#note", {}, {}, {}, {}};
    for (const auto& in : content) {
        if (const auto* l = std::get_if<Link>(&in.node)) {
            out.emplace_back(l, depth);
            links_in(l->children, depth + 1, out);
        } else if (std::holds_alternative<Note>(in.node)) out.emplace_back(&mark, depth);
        else if (const auto* e = std::get_if<Emph>(&in.node)) links_in(e->children, depth, out);
        else if (const auto* s = std::get_if<Strong>(&in.node)) links_in(s->children, depth, out);
        else if (const auto* k = std::get_if<Strike>(&in.node)) links_in(k->children, depth, out);
    }
}

} // namespace

TEST_CASE("a claim's sentence holding a link of the writer's is linked around it, never over it") {
    // a link at the paragraph's top level, one inside an emphasis, a note's mark
    for (const std::string sentence :
         {"American officials held talks with [Germany, Italy and Japan](https://example.org/talks) about Huawei equipment.",
          "American officials held talks with *Germany, [Italy](https://example.org/it) and Japan* about Huawei equipment.",
          "American officials held talks with Germany, Italy and Japan[^1] about Huawei equipment."}) {
        const std::string note = "\n\n[^1]: [Their statement](https://example.org/s).";
        Briefing b = three("Before. " + sentence + " After that, nothing." + (sentence.find("[^1]") != std::string::npos ? note : ""),
                           "US officials held talks with Germany, Italy, and Japan over Huawei equipment.");
        REQUIRE(b.key_points.size() == 1);
        REQUIRE(b.key_points[0].sentences.front().article == 0);
        const std::string before = plain_text(std::get<Paragraph>(b.articles[0].blocks.front().node).content);
        number_notes(b);
        present_key_points(b);
        const Inlines& content = std::get<Paragraph>(b.articles[0].blocks.front().node).content;
        CHECK(plain_text(content) == before);
        std::vector<std::pair<const Link*, int>> links;
        links_in(content, 0, links);
        int writers = 0, claims = 0, named = 0;
        for (const auto& [link, depth] : links) {
            INFO(link->url);
            CHECK(depth == 0); // no link inside a link
            writers += link->url.starts_with("https://example.org/");
            claims += link->url == "#key-point-1";
            named += link->id == "claim-1";
        }
        CHECK(writers == 1 - static_cast<int>(sentence.find("[^1]") != std::string::npos)); // the note's own link is in the note
        CHECK(claims >= 2); // the text before the writer's link and after it
        CHECK(named == 1);  // one target for the key point's link back
    }
}

namespace {

/// A made-up lower-case word of its own for each number ("quabia", "qucbia", ...): a rare term
/// only the two sentences of one claim share.
std::string made_up_word(int n) {
    std::string w = "qu";
    for (int k = 0; k < 3; ++k, n /= 26) w += static_cast<char>('a' + n % 26);
    return w + "ia";
}

} // namespace

TEST_CASE("the key points and the notes' numbers do not depend on the thread count") {
    // Hundreds of claims, each told by two outlets in their own words: the classes and the groups
    // span many of the blocks the threads take.
    std::string alpha, beta, gamma;
    for (int i = 0; i < 700; ++i) {
        const std::string w = made_up_word(i);
        alpha += "The ministry said the " + w + " programme would expand to every northern province next year.\n\n";
        beta += "Every northern province will join the " + w + " programme next year, the ministry announced on Monday.\n\n";
        if (i % 3 == 0) gamma += "Critics of the " + w + " scheme told the WSJ that costs had doubled since the spring.\n\n";
    }
    Diagnostics d;
    Briefing raw;
    raw.meta.key_points = 1000;
    raw.credits.push_back(Credit{"The Wall Street Journal", {"Wall Street Journal", "WSJ"}, "https://www.wsj.com/"});
    for (const auto& [file, outlet, body] : {std::tuple{"a.md", "Alpha", &alpha}, {"b.md", "Beta", &beta}, {"c.md", "Gamma", &gamma}})
        raw.articles.push_back(*read_article("---\ntitle: T\noutlet: " + std::string(outlet) + "\n---\n" + *body, file, d));
    Briefing one = raw;
    run_passes(one, d, 1);
    REQUIRE(one.key_points.size() >= 600); // every claim, from two sources
    for (const int threads : {2, 3, 8}) {
        Briefing many = raw;
        run_passes(many, d, threads);
        CHECK(dump_briefing(many) == dump_briefing(one));
    }
}

TEST_CASE("the passes before the key points leave every paragraph's text as read (the key points' memo keys it so)") {
    Diagnostics d;
    Briefing b;
    b.credits.push_back(Credit{"The Wall Street Journal", {"WSJ"}, "https://www.wsj.com/"});
    for (const auto& text : {std::string("---\ntitle: A\noutlet: Alpha\n---\n# Top\n\n### Deep\n\nThe WSJ said *the WSJ* ran it, as the "
                                         "**WSJ** put it.[^1]\n\n> A quote the WSJ ran.\n\n- The WSJ again.\n\n[^1]: A note.\n"),
                             std::string("---\ntitle: B\noutlet: Beta\n---\nNo credit here at all.\n")})
        if (auto a = read_article(text, "x.md", d)) b.articles.push_back(std::move(*a));
    REQUIRE(b.articles.size() == 2);
    const auto paragraphs = [](const Briefing& x) {
        std::vector<std::string> out;
        for (const auto& a : x.articles)
            for (const auto& block : a.blocks)
                if (const auto* p = std::get_if<Paragraph>(&block.node)) out.push_back(plain_text(p->content));
        return out;
    };
    const std::string before_dump = dump_briefing(b);
    const auto before = paragraphs(b);
    outline_headings(b);
    attribute_sources(b, d, 1);
    CHECK(dump_briefing(b) != before_dump); // the passes did change the articles (notes, levels)
    CHECK(paragraphs(b) == before);
}

TEST_CASE("with a memo, key points are those made without one, and an article is cut again only when it changed as read") {
    const auto briefing = [](const std::string& second) {
        Diagnostics d;
        Briefing b = test::make_briefing(
            {{"a.md", "---\ntitle: A\noutlet: Alpha\n---\nAmerican officials have held talks with counterparts in Germany, Italy and Japan about Huawei equipment.\n"},
             {"b.md", "---\ntitle: B\noutlet: Beta\n---\n" + second + "\n"},
             {"c.md", "---\ntitle: C\noutlet: Gamma\n---\nUS officials contacted representatives in Germany, Italy, and Japan to warn them about Huawei gear.\n"}},
            d, false);
        for (std::size_t i = 0; i < b.articles.size(); ++i) b.articles[i].as_read = 100 + i;
        return b;
    };
    Memo memo;
    Briefing first = briefing("Nothing else of note happened in the city today at all, said the mayor.");
    const std::string fresh_first = dump_briefing(first); // make_briefing found them without a memo
    synth::find_key_points(first, 2, &memo);
    CHECK(dump_briefing(first) == fresh_first);
    CHECK(memo.made() == 3);
    REQUIRE(first.key_points.size() == 1);
    CHECK(first.key_points[0].articles == std::vector<std::size_t>{0, 2});

    Briefing edited = briefing("Officials held talks with counterparts in Germany, Italy and Japan about Huawei equipment, said Beta.");
    edited.articles[1].as_read = 200; // its file changed
    const std::string fresh_edited = dump_briefing(edited);
    synth::find_key_points(edited, 2, &memo);
    CHECK(dump_briefing(edited) == fresh_edited);
    CHECK(memo.made() == 4); // b's sentences only
    REQUIRE(edited.key_points.size() == 1);
    CHECK(edited.key_points[0].sources == 3);
}
