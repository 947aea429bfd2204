// brief's pattern matcher against libhyphen itself (the same points for every word tried, in
// every language whose file libhyphen reads as brief does), and words of other languages.
#include "write/pdf/layout/hyphenate.hpp"

#include "core/files.hpp"
#include "core/iconv.hpp"

#include <hyphen.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
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

namespace {

/// The characters of UTF-8 text (its bytes but continuation bytes).
std::size_t utf8_length(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return n;
}

/// libhyphen's points for `word` (lower-case, in the file's own charset) as character offsets,
/// with its default minimums; nullopt when it hyphenated by a replacement ("/" patterns), which
/// brief leaves out.
std::optional<std::vector<std::size_t>> libhyphen_char_points(HyphenDict* dict, const std::string& word) {
    std::vector<char> hyphens(word.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep, &pos,
                          &cut, 2, 2, 2, 2);
    bool replaced = false;
    if (rep != nullptr) {
        for (std::size_t i = 0; i < word.size(); ++i) {
            replaced = replaced || rep[i] != nullptr;
            std::free(rep[i]);
        }
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    if (replaced) return std::nullopt;
    const std::size_t chars = dict->utf8 != 0 ? utf8_length(word) : word.size();
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i + 1 < chars; ++i)
        if ((hyphens[i] & 1) != 0) out.push_back(i + 1);
    return out;
}

/// The letters of each pattern of a file (bytes in its own charset), alone and joined to the
/// next pattern's; words with apostrophes or hyphens are left out (brief splits them first).
std::vector<std::string> pattern_words(const std::string& text) {
    std::vector<std::string> letters;
    std::size_t start = text.find('\n') + 1;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty() || line[0] == '%' || line[0] == '#' || (line[0] >= 'A' && line[0] <= 'Z') ||
            line.find_first_of("/'-") != std::string::npos || line.find("\xE2\x80\x99") != std::string::npos)
            continue;
        std::string w;
        for (const char c : line)
            if ((c < '0' || c > '9') && c != '.' && c != ' ' && c != '\r' && c != '\t') w += c;
        if (!w.empty()) letters.push_back(w);
    }
    std::vector<std::string> words;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        words.push_back(letters[i]);
        words.push_back(letters[i] + letters[(i + 1) % letters.size()]);
    }
    return words;
}

std::vector<std::size_t> as_vector(std::span<const std::size_t> s) { return {s.begin(), s.end()}; }

} // namespace

TEST_CASE("German (two levels), French, Spanish and Dutch patterns give libhyphen's points") {
    // German's compound level splits some made-up joins of two patterns where libhyphen, which
    // hyphenates each compound part again with both levels, does not quite: at most one word in
    // a thousand may differ; the others must agree on every word. (Italian, Portuguese and
    // Russian are read by TeX's rule, every pattern counting, where libhyphen's automaton keeps
    // only the longest: see the next test.)
    struct Free {
        void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
    };
    const std::map<std::string, std::string> files{{"de", "hyph_de_DE.dic"}, {"fr", "hyph_fr.dic"},
                                                   {"es", "hyph_es_ES.dic"}, {"nl", "hyph_nl_NL.dic"}};
    for (const auto& [language, file] : files) {
        const std::string path = Hyphenator::default_dir() + "/" + file;
        INFO(language << ": " << path);
        const std::unique_ptr<HyphenDict, Free> dict(hnj_hyphen_load(path.c_str()));
        REQUIRE(dict != nullptr);
        const Hyphenator brief = Hyphenator::for_language(language);
        REQUIRE(brief.active());
        const std::string text = brief::read_file(path, 1 << 24);
        const std::string charset = text.substr(0, text.find_first_of("\r\n"));
        std::size_t compared = 0, with_points = 0, differ = 0;
        for (const std::string& raw : pattern_words(text)) {
            int replaced = 0;
            const std::string word = charset == "UTF-8" ? raw : brief::convert_to_utf8(raw, charset, replaced).value();
            const std::size_t chars = utf8_length(word);
            if (chars < 5 || chars > 60) continue;
            const auto theirs = libhyphen_char_points(dict.get(), raw);
            if (!theirs) continue;
            ++compared;
            if (!theirs->empty()) ++with_points;
            if (as_vector(brief.points(word)) == *theirs) continue;
            ++differ;
            if (differ <= 3) WARN(language << ": brief and libhyphen differ on " << word);
        }
        CHECK(differ * 1000 <= (language == "de" ? compared : 0));
        CHECK(compared > 300);
        CHECK(with_points > compared / 3);
    }
}

TEST_CASE("German, French, Russian, Italian, Portuguese, Spanish and Dutch words break at their patterns' points") {
    const Hyphenator de = Hyphenator::for_language("de-DE"), fr = Hyphenator::for_language("fr_CA"),
                     ru = Hyphenator::for_language("ru");
    REQUIRE((de.active() && fr.active() && ru.active()));
    CHECK(as_vector(de.points("Silbentrennung")) == std::vector<std::size_t>{3, 6, 10});     // Sil-ben-tren-nung
    CHECK(as_vector(de.points("Zusammenarbeit")) == std::vector<std::size_t>{2, 5, 8, 10});  // zu-sam-men-ar-beit
    CHECK(as_vector(de.points("Übersetzung")) == std::vector<std::size_t>{4, 7});            // Über-set-zung
    CHECK(as_vector(fr.points("gouvernement")) == std::vector<std::size_t>{3, 6, 8});        // gou-ver-ne-ment
    CHECK(as_vector(fr.points("l'information")) == std::vector<std::size_t>{4, 7, 9});       // l'in-for-ma-tion
    // Russian's file is read by TeX's rule (every pattern counts): libhyphen's automaton drops
    // most of its points ("информа-ция")
    CHECK(as_vector(ru.points("информация")) == std::vector<std::size_t>{2, 5, 7});          // ин-фор-ма-ция
    CHECK(as_vector(ru.points("Правительство")) == std::vector<std::size_t>{3, 5, 9});       // Пра-ви-тель-ство
    CHECK(as_vector(Hyphenator::for_language("it").points("informazione")) == std::vector<std::size_t>{2, 5, 7, 10});
    CHECK(as_vector(Hyphenator::for_language("pt").points("desenvolvimento")) == std::vector<std::size_t>{2, 5, 8, 10, 13});
    CHECK(as_vector(Hyphenator::for_language("pt-BR").points("informação")) == std::vector<std::size_t>{2, 5, 7});
    CHECK(as_vector(Hyphenator::for_language("es").points("información")) == std::vector<std::size_t>{2, 5, 7});
    CHECK(as_vector(Hyphenator::for_language("nl").points("ontwikkeling")) == std::vector<std::size_t>{3, 6, 8});
    // the same words in patterns of another language, or in a script that does not hyphenate
    CHECK(as_vector(de.points("правительство")).empty());
    const Hyphenator en = Hyphenator::for_language("en");
    CHECK(en.points("حكومة الولايات").empty());
    CHECK(en.points("情報通信技術の発展").empty());
}

TEST_CASE("a missing pattern file of a known language names its package, an unknown language has none") {
    CHECK_THROWS_WITH(Hyphenator::for_language("de", "/nonexistent"),
                      Catch::Contains("/nonexistent/hyph_de_DE.dic") && Catch::Contains("hyphen-de"));
    CHECK_FALSE(Hyphenator::for_language("sw", "/nonexistent").active());
    CHECK_FALSE(Hyphenator::for_language("tlh").active());
}
