// The text importer on small texts written for it: the header zone, chrome by its look, and
// paragraphs wrapped by hand joined again.
#include "core/utf8.hpp"
#include "import/looks.hpp"
#include "import/text.hpp"

#include <catch2/catch.hpp>

using namespace brief;
using namespace brief::importer;

namespace {

const std::string sentence = "The council voted on Tuesday to close the old bridge, citing a report that found cracks.";

std::vector<std::string> paragraphs(const ImportedArticle& a) {
    std::vector<std::string> out;
    for (const Block& b : a.blocks) out.push_back(plain_text(b));
    return out;
}

} // namespace

TEST_CASE("header lines give title, author and date, and the standfirst is kept in italics") {
    const ImportedArticle a = import_text("Home | News | Sport\n\nUpdated: 3 March 2020\nBy Ann Lee\n\nBridge to close "
                                          "for a year\n\nBridge to close for a year\n\nRepairs will take longer than "
                                          "the council first said\n\n" + sentence + "\n\n" + sentence + " Again.\n");
    CHECK(a.title.value == "Bridge to close for a year");
    CHECK(a.author.value == "Ann Lee");
    CHECK(a.date.value == "2020-03-03");
    REQUIRE(a.blocks.size() == 3);
    CHECK(a.blocks[0].spans[0].emph);
    CHECK(paragraphs(a)[0] == "Repairs will take longer than the council first said");
}

TEST_CASE("chrome goes by its look: short unpunctuated lines, calls to action, labels, repeats, credits") {
    const ImportedArticle a = import_text("Bridge to close for a year\n\n" + sentence + "\n\nREAD MORE: Roads in the "
                                          "county\n\nPhoto: Jane Roe/Agency\n\nSign up for our newsletter\n\n" + sentence +
                                          " Again.\n\nMost popular\n\nLike this:\n");
    CHECK(paragraphs(a) == std::vector<std::string>{sentence, sentence + " Again."});
    CHECK(a.dropped.size() == 5);
}

TEST_CASE("a paragraph wrapped by hand is joined, and short lines in the header are not") {
    const ImportedArticle a = import_text("Published: 3 March 2020\nBy Ann Lee\n\nBridge to close for a year\n\n"
                                          "The council voted on Tuesday to close the old bridge, citing a\n"
                                          "report that found cracks in two of its piers, and said repairs\n"
                                          "would take at least a year.\n\n" + sentence + "\n");
    CHECK(a.author.value == "Ann Lee");
    CHECK(a.date.value == "2020-03-03");
    REQUIRE(a.blocks.size() == 2);
    CHECK(paragraphs(a)[0] == "The council voted on Tuesday to close the old bridge, citing a report that found cracks "
                              "in two of its piers, and said repairs would take at least a year.");
}

TEST_CASE("without a headline the title is the opening words, marked as cut") {
    const ImportedArticle a = import_text(sentence + " " + sentence + "\n");
    CHECK(a.title.value == "The council voted on Tuesday to close the old bridge, citing a report that found …");
    CHECK(a.title.from == "opening words");
}

TEST_CASE("a title cut from opening words is never cut inside a character") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "\xC3\x89t\xC3\xA9 ";
    const std::string title = opening_words(text);
    CHECK(title.size() <= 85 + 4);
    CHECK(find_invalid_utf8(title) == std::string::npos);
    CHECK(title.ends_with(" \xE2\x80\xA6"));
}
