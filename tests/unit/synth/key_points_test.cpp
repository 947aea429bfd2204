// Key points: sentences split right, paraphrases grouped, contradictions and other figures kept
// apart, and on the seeds no source credited with a claim its article does not make.
#include "read/articles.hpp"
#include "doc/passes.hpp"
#include "synth/key_points.hpp"
#include "synth/sentences.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

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
