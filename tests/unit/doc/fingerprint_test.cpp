// article_fingerprints: one per article, the same on any thread count as taken one by one, and changed by any field.
#include "doc/fingerprint.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace brief;

TEST_CASE("each article's fingerprint is the same taken once for a run, on any threads, or one at a time") {
    Diagnostics d;
    Briefing b = test::seed_briefing(d);
    REQUIRE(b.articles.size() >= 3);
    const std::vector<std::uint64_t> once = article_fingerprints(b, 1);
    REQUIRE(once.size() == b.articles.size());
    for (const int threads : {2, 3, 8}) CHECK(article_fingerprints(b, threads) == once);
    for (std::size_t i = 0; i < b.articles.size(); ++i) {
        CHECK(article_fingerprint(b, i, nullptr) == once[i]);
        CHECK(article_fingerprint(b, i, &once) == once[i]);
    }
    CHECK(std::set<std::uint64_t>(once.begin(), once.end()).size() == once.size()); // five different articles

    // any field: the title, a note's number, the file
    b.articles[1].source.title += "!";
    CHECK(article_fingerprint(b, 1, nullptr) != once[1]);
    CHECK(article_fingerprint(b, 0, nullptr) == once[0]);
    b.articles[2].attribution.number += 1;
    CHECK(article_fingerprint(b, 2, nullptr) != once[2]);
    b.articles[0].file += "x";
    CHECK(article_fingerprint(b, 0, nullptr) != once[0]);
}
