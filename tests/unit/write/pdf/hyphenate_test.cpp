// brief's pattern matcher against libhyphen itself: the same points for every word tried.
#include "write/pdf/layout/hyphenate.hpp"

#include "core/files.hpp"

#include <hyphen.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace brief::pdf;

namespace {

const std::string patterns = Hyphenator::default_dir() + "/hyph_en_US.dic";

/// What brief's hyphenator did with libhyphen: hnj_hyphen_hyphenate3 with two letters kept
/// before a point and three after (in words and in their parts), odd values breaking.
std::vector<std::size_t> libhyphen_points(HyphenDict* dict, const std::string& lower) {
    std::vector<std::size_t> out;
    std::vector<char> hyphens(lower.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict, lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep, &pos,
                          &cut, 2, 3, 2, 3);
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
        const bool odd = (hyphens[i] & 1) != 0;
        if (odd && i + 1 >= 2 && lower.size() - (i + 1) >= 3 && lower[i] != '\'' && lower[i + 1] != '\'')
            out.push_back(i + 1);
    }
    if (rep != nullptr) {
        for (std::size_t i = 0; i < lower.size(); ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return out;
}

/// Words that meet the patterns at their edges: each ASCII pattern's letters (dots dropped),
/// alone and joined to the next pattern's, plus pseudo-random words with apostrophes.
std::set<std::string> words_to_try() {
    std::set<std::string> words;
    const std::string text = brief::read_file(patterns, 1 << 24);
    std::vector<std::string> letters;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string w;
        bool ascii = true;
        for (std::size_t i = start; i < end; ++i) {
            const char c = text[i];
            if (c >= 'a' && c <= 'z') w += c;
            else if ((c < '0' || c > '9') && c != '.') ascii = false;
        }
        if (ascii && !w.empty()) letters.push_back(w);
        start = end + 1;
    }
    for (std::size_t i = 0; i < letters.size(); ++i) {
        words.insert(letters[i]);
        const std::string& next = letters[(i + 1) % letters.size()];
        words.insert(letters[i] + next);
        words.insert(letters[i] + "'" + next);
        words.insert(next + letters[i] + "s");
    }
    std::uint32_t seed = 12345;
    const std::string alphabet = "aeioubcdfghlmnprstvwyxzjkq'";
    for (int n = 0; n < 20000; ++n) {
        std::string w;
        seed = seed * 1664525U + 1013904223U;
        const std::size_t length = 5 + (seed >> 24) % 26;
        for (std::size_t k = 0; k < length; ++k) {
            seed = seed * 1664525U + 1013904223U;
            w += alphabet[(seed >> 20) % (k % 7 == 3 ? alphabet.size() : alphabet.size() - 1)];
        }
        words.insert(w);
    }
    for (const char* w : {"hyphenation", "government's", "o'clock", "rock'n'roll", "'twas", "huawei's", "don't",
                          "telecommunications", "internationalisation", "aaaaa", "'''''", "ab'cdefgh"})
        words.insert(w);
    return words;
}

} // namespace

TEST_CASE("the same points as libhyphen for every pattern's letters and thousands of other words") {
    struct Free {
        void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
    };
    const std::unique_ptr<HyphenDict, Free> dict(hnj_hyphen_load(patterns.c_str()));
    REQUIRE(dict != nullptr);
    const Hyphenator brief = Hyphenator::for_language("en");
    const std::set<std::string> words = words_to_try();
    REQUIRE(words.size() > 50000);
    std::size_t compared = 0, with_points = 0;
    for (const std::string& w : words) {
        if (w.size() < 5 || w.size() > 60) continue;
        const auto ours = brief.points(w);
        const std::vector<std::size_t> theirs = libhyphen_points(dict.get(), w);
        INFO(w);
        REQUIRE(std::vector<std::size_t>(ours.begin(), ours.end()) == theirs);
        ++compared;
        if (!theirs.empty()) ++with_points;
    }
    CHECK(compared > 50000);
    CHECK(with_points > compared / 2);
}

TEST_CASE("a pattern file that cannot be read is named in the error") {
    CHECK_THROWS_WITH(Hyphenator::for_language("en", "/nonexistent"),
                      Catch::Contains("/nonexistent/hyph_en_US.dic") && Catch::Contains("hyphen-en-us"));
}
