// Key points on the seeds against claims written down by reading the five reports: which claims
// three or more of them make, and which report makes each. No source may be credited with a
// claim its report does not make; at least 80% of the claims should be found.
#include "synth/key_points.hpp"
#include "synth/terms.hpp"

#include "../../support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

using namespace brief;

namespace {

// The seeds (articles/), by the start of their file names.
constexpr const char* expands = "us-campaign-to-block";      // VentureBeat
constexpr const char* intensifies = "us-government-campaign"; // "U.S. government campaign against Huawei intensifies"
constexpr const char* persuade = "us-government-reportedly-trying";
constexpr const char* ditch = "us-government-reportedly-urges";
constexpr const char* shun = "usa-urges-allies";

/// A claim as read in the reports: words that show a key point states it (any one list, every
/// word of it), and the reports that make it.
struct Claim {
    const char* name;
    std::vector<std::vector<std::string>> words;
    std::set<std::string> reports;
};

// Most specific first: a key point is the first claim whose words it has (a denial that names ZTE
// among the accused is the denial).
const std::vector<Claim> seed_claims = {
    {"talks with Germany, Italy and Japan", {{"germany", "italy", "japan"}}, {expands, intensifies, persuade, ditch, shun}},
    {"Huawei's statement", {{"should not be encouraged"}, {"surprised"}}, {expands, intensifies, persuade, shun}},
    {"financial incentives", {{"financial"}, {"subsidies"}, {"boost aid"}}, {expands, intensifies, persuade, ditch, shun}},
    {"military bases", {{"military"}}, {expands, intensifies, persuade, ditch}},
    {"Huawei's denials", {{"denied"}, {"deny"}}, {expands, ditch, shun}},
    {"ZTE", {{"zte"}}, {expands, intensifies, ditch, shun}},
    {"concerns predate the administration", {{"predate"}, {"2012"}}, {intensifies, persuade, ditch, shun}},
    {"5G adds security concerns", {{"5g"}}, {expands, intensifies, persuade, ditch, shun}},
    {"the US urges allies to shun Huawei", {{"allies"}, {"outreach"}, {"lobbying"}}, {expands, intensifies, persuade, ditch, shun}},
};

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const Claim* claim_of(const KeyPoint& k) {
    const std::string text = lower(k.text);
    for (const auto& c : seed_claims)
        for (const auto& words : c.words)
            if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return text.find(w) != std::string::npos; }))
                return &c;
    return nullptr;
}

/// The seed report an article is ("" when the file is none of them).
std::string report_of(const Article& a) {
    for (const char* r : {expands, intensifies, persuade, ditch, shun})
        if (a.file.find(std::string("articles/") + r) == 0) return r;
    return {};
}

Briefing seeds_with_all_points() {
    Diagnostics d;
    Briefing b = test::seed_briefing(d);
    b.meta.key_points = 50; // every claim found, not only the first eight
    synth::find_key_points(b);
    return b;
}

} // namespace

TEST_CASE("on the seeds, no key point credits a report that does not make its claim") {
    const Briefing b = seeds_with_all_points();
    REQUIRE(!b.key_points.empty());
    int matched = 0;
    for (const auto& k : b.key_points) {
        const Claim* c = claim_of(k);
        if (c == nullptr) continue;
        ++matched;
        for (std::size_t a : k.articles) {
            INFO(c->name << ": " << k.text << " credits " << b.articles[a].file);
            CHECK(c->reports.count(report_of(b.articles[a])) == 1);
        }
    }
    CHECK(matched >= 3);
}

namespace {

/// True when every source the key point credits makes its claim (and it credits two or more).
bool credits_right(const Briefing& b, const KeyPoint& k, const Claim& c) {
    return k.articles.size() >= 2 && std::all_of(k.articles.begin(), k.articles.end(), [&](std::size_t a) {
               return c.reports.count(report_of(b.articles[a])) == 1;
           });
}

} // namespace

TEST_CASE("on the seeds, at least 80% of the claims three or more reports make are found") {
    // a claim is found when a key point states it and credits only reports that make it
    const Briefing b = seeds_with_all_points();
    std::set<std::string> found;
    for (const auto& k : b.key_points)
        if (const Claim* c = claim_of(k); c != nullptr && credits_right(b, k, *c)) found.insert(c->name);
    for (const auto& c : seed_claims) INFO((found.count(c.name) ? "found: " : "missed: ") << c.name);
    std::string missed;
    for (const auto& c : seed_claims)
        if (!found.count(c.name)) missed += std::string(missed.empty() ? "" : "; ") + c.name;
    INFO("missed: " << missed);
    CHECK(found.size() * 10 >= seed_claims.size() * 8);
}

TEST_CASE("a sentence's first word is not taken for a name, later capitals are; countries are places") {
    synth::Stemmer stemmer;
    const auto t = synth::sentence_terms("Officials from Germany met Huawei executives.", stemmer);
    CHECK(std::find(t.names.begin(), t.names.end(), "officials") == t.names.end());
    CHECK(t.lead == "officials"); // a name only if the briefing names it elsewhere (known_names)
    CHECK(t.places == std::vector<std::string>{"germany"});
    CHECK(std::find(t.names.begin(), t.names.end(), "huawei") != t.names.end());
    const auto u = synth::sentence_terms("American and U.S. officials met the Defense Department\u2019s chief and President Donald Trump.", stemmer);
    CHECK(u.places == std::vector<std::string>{"united-states"});
    CHECK(u.names == std::vector<std::string>{"defense department", "president donald trump"});
}

TEST_CASE("the same talks told with American or US still group when the other names agree") {
    Diagnostics d;
    Briefing b = test::make_briefing(
        {{"a.md", "---\ntitle: A\noutlet: Alpha\n---\nAmerican officials held talks with Germany, Italy and Japan about Huawei equipment.\n"},
         {"b.md", "---\ntitle: B\noutlet: Beta\n---\nUS officials held talks with Germany, Italy, and Japan over Huawei equipment.\n"},
         {"c.md", "---\ntitle: C\noutlet: Gamma\n---\nUS officials held talks with Spain, France, and Japan over Huawei equipment.\n"}},
        d, false);
    synth::find_key_points(b);
    REQUIRE(b.key_points.size() == 1);
    CHECK(b.key_points[0].articles == std::vector<std::size_t>{0, 1}); // two names apart is another claim
}
