// Hyphenator: Liang's pattern matching over a hyphen-* pattern file (any charset), read into a trie.
#include "write/pdf/layout/hyphenate.hpp"

#include "core/error.hpp"
#include "core/files.hpp"
#include "core/iconv.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace brief::pdf {

namespace {

/// The patterns as a trie: node 0 is the root; each node lists its children through
/// `first_child`/`next_sibling`, and a node ending a pattern points at its digits.
struct Trie {
    struct Node {
        std::uint32_t first_child = 0; ///< 0: none (the root is nobody's child)
        std::uint32_t next_sibling = 0;
        std::uint32_t digits = 0; ///< offset into `digits` + 1 (0: no pattern ends here)
        char byte = 0;
    };
    std::vector<Node> nodes{Node{}};
    std::vector<std::uint8_t> digits; ///< each pattern's letters + 1 values, back to back

    std::uint32_t child(std::uint32_t node, char byte) const {
        for (std::uint32_t c = nodes[node].first_child; c != 0; c = nodes[c].next_sibling)
            if (nodes[c].byte == byte) return c;
        return 0;
    }

    std::uint32_t add_child(std::uint32_t node, char byte) {
        if (const std::uint32_t c = child(node, byte); c != 0) return c;
        Node n;
        n.byte = byte;
        n.next_sibling = nodes[node].first_child;
        nodes.push_back(n);
        const auto added = static_cast<std::uint32_t>(nodes.size() - 1);
        nodes[node].first_child = added;
        return added;
    }

    /// One pattern line such as ".ad4der": letters (any bytes but digits) with digits between.
    void add(std::string_view pattern) {
        std::uint32_t node = 0;
        const std::size_t start = digits.size();
        std::uint8_t pending = 0;
        for (const char c : pattern) {
            if (c >= '0' && c <= '9') {
                pending = static_cast<std::uint8_t>(c - '0');
                continue;
            }
            digits.push_back(pending);
            pending = 0;
            node = add_child(node, c);
        }
        digits.push_back(pending);
        if (node == 0) {
            digits.resize(start);
            return;
        }
        nodes[node].digits = static_cast<std::uint32_t>(start + 1); // a later duplicate wins, as in libhyphen
    }
};

/// A pattern file: its syllable patterns, and for a two-level file (German's) the first level's
/// compound patterns, which split a word into the parts the syllable patterns then see alone.
struct Patterns {
    Trie syllables;
    Trie compounds;              ///< empty for a one-level file
    std::size_t left_min = 2;    ///< LEFTHYPHENMIN: letters kept before the first point
    std::size_t right_min = 2;   ///< RIGHTHYPHENMIN: letters kept after the last point
    std::size_t compound_left_min = 2;  ///< COMPOUNDLEFTHYPHENMIN: the same inside a compound
    std::size_t compound_right_min = 2; ///< COMPOUNDRIGHTHYPHENMIN
};

/// Latin Extended-A: capitals and small letters alternate, capitals on even code points except
/// from U+0139 to U+0148 and U+0179 to U+017E; Ÿ lower-cases to ÿ, İ to i.
char32_t lower_latin_extended(char32_t c) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return odd_capitals ? ((c & 1U) != 0 ? c + 1 : c) : (c | 1U);
}

/// Greek: the capitals (with and without tonos) to their small letters.
char32_t lower_greek(char32_t c) {
    if (c >= 0x391 && c <= 0x3A9) return c == 0x3A2 ? 0 : c + 0x20;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 0x25;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 0x3F;
    return c >= 0x3AC ? c : 0;
}

/// Cyrillic: А–Я and Ѐ–Џ to their small letters; the historic and extended letters alternate
/// capital and small (capitals even, but from U+04C1 to U+04CE).
char32_t lower_cyrillic(char32_t c) {
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c < 0x410) return c + 0x50;
    if (c <= 0x45F) return c;
    if (c >= 0x482 && c <= 0x489) return 0; // signs and combining marks
    if (c == 0x4C0) return 0x4CF;
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1U) != 0 ? c + 1 : c;
    return c | 1U;
}

/// True for the lines of a libhyphen file that are not patterns: keywords (LEFTHYPHENMIN 2,
/// NEXTLEVEL...), comments, blanks and non-standard patterns ("/" replacements, German's two for
/// the old spelling's "ck").
bool is_pattern(std::string_view line) {
    if (line.empty() || line[0] == '%' || line[0] == '#') return false;
    if (line[0] >= 'A' && line[0] <= 'Z') return false;
    return line.find('/') == std::string_view::npos;
}

/// The number after a keyword line such as "RIGHTHYPHENMIN 3", if `line` is that keyword's.
std::optional<std::size_t> keyword_value(std::string_view line, std::string_view keyword) {
    if (line.substr(0, keyword.size()) != keyword || line.size() <= keyword.size() + 1) return std::nullopt;
    const char digit = line[keyword.size() + 1];
    if (line[keyword.size()] != ' ' || digit < '1' || digit > '9') return std::nullopt;
    return static_cast<std::size_t>(digit - '0');
}

/// The lines of `text` after the first (which names the character set), trailing blanks cut.
std::vector<std::string_view> pattern_lines(const std::string& text) {
    std::vector<std::string_view> lines;
    std::size_t pos = text.find('\n');
    while (pos != std::string::npos && pos < text.size()) {
        const std::size_t start = pos + 1;
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        lines.push_back(line);
        pos = end;
    }
    return lines;
}

/// Takes the hyphen minimums from a keyword line ("RIGHTHYPHENMIN 3").
void read_keyword(std::string_view line, Patterns& out) {
    if (auto v = keyword_value(line, "LEFTHYPHENMIN")) out.left_min = *v;
    if (auto v = keyword_value(line, "RIGHTHYPHENMIN")) out.right_min = *v;
    if (auto v = keyword_value(line, "COMPOUNDLEFTHYPHENMIN")) out.compound_left_min = *v;
    if (auto v = keyword_value(line, "COMPOUNDRIGHTHYPHENMIN")) out.compound_right_min = *v;
}

/// The patterns of a file's UTF-8 text. In a two-level file, the patterns before NEXTLEVEL find
/// compound boundaries and those after it syllables (libhyphen's reading).
Patterns read_patterns(const std::string& text) {
    const std::vector<std::string_view> lines = pattern_lines(text);
    std::size_t next_level = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i] == "NEXTLEVEL") next_level = i;
    Patterns out;
    out.syllables.nodes.reserve(text.size() / 2);
    out.syllables.digits.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_pattern(lines[i])) {
            read_keyword(lines[i], out);
            continue;
        }
        const bool compound = next_level < lines.size() && i < next_level;
        (compound ? out.compounds : out.syllables).add(lines[i]);
    }
    return out;
}

/// The file's text in UTF-8: its first line names its character set (UTF-8, ISO8859-1 for
/// German and Dutch, KOI8-R for Russian).
std::string file_to_utf8(const std::string& raw, const std::string& path) {
    std::string charset = raw.substr(0, raw.find('\n'));
    while (!charset.empty() && (charset.back() == '\r' || charset.back() == ' ')) charset.pop_back();
    if (charset == "UTF-8") return raw;
    int replaced = 0;
    auto text = convert_to_utf8(raw, charset, replaced);
    if (!text) throw Error("the hyphenation patterns " + path + " are in an unknown character set: " + charset);
    return *text;
}

/// The lower-case form of a letter that hyphenates, U+0027 for the apostrophes, 0 for anything
/// else (digits, punctuation, marks, scripts that do not hyphenate).
char32_t lower_letter(char32_t c) {
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
        return (c >= 'a' && c <= 'z') || c == '\'' ? c : 0;
    }
    if (c == U'\u2019') return '\'';
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return 0;
    if (c <= 0xDE) return c + 0x20;                      // Latin-1 capitals
    if (c <= 0xFF) return c;                             // Latin-1 small letters, ß
    if (c <= 0x17F) return lower_latin_extended(c);      // Latin Extended-A
    if (c <= 0x24F) return (c >= 0x218 && c <= 0x21B) ? (c | 1U) : c; // Extended-B (Romanian ș ț)
    if (c >= 0x386 && c <= 0x3CE) return lower_greek(c);
    if (c >= 0x400 && c <= 0x4FF) return lower_cyrillic(c);
    if (c >= 0x1E00 && c <= 0x1EFF) return c | 1U;       // Latin Extended Additional (Vietnamese)
    return 0;
}

/// Lower-cases `word` into `out` (UTF-8) and records where each character starts in it; false
/// when the word has a character that is not a letter that hyphenates or an apostrophe.
bool lower_word(std::string_view word, std::string& out, std::vector<std::size_t>& starts) {
    out.clear();
    starts.clear();
    for (std::size_t i = 0; i < word.size();) {
        const Decoded d = decode_utf8(word, i);
        const char32_t c = lower_letter(d.code);
        if (c == 0) return false;
        starts.push_back(out.size());
        append_utf8(out, c);
        i += d.length;
    }
    return true;
}

/// The patterns of the file at `path`, read once per process (callers on other threads wait for
/// the first reading): run_build reads the English ones beside the articles (prepare_pdf), the
/// others when a briefing first needs them. `package` is named when the file cannot be read.
std::shared_ptr<const Patterns> patterns_at(const std::string& path, const std::string& package) {
    static std::mutex lock;
    static std::map<std::string, std::shared_ptr<const Patterns>> read;
    const std::lock_guard<std::mutex> held(lock);
    if (auto it = read.find(path); it != read.end()) return it->second;
    std::string raw;
    try {
        raw = read_file(path, 1U << 24);
    } catch (const Error&) {
        throw Error("cannot read the hyphenation patterns " + path + " (install " + package + ")");
    }
    auto patterns = std::make_shared<const Patterns>(read_patterns(file_to_utf8(raw, path)));
    read.emplace(path, patterns);
    return patterns;
}

/// A language's usual pattern file in Debian and the package that installs it.
struct Usual {
    const char* language;
    const char* file;
    const char* package;
};

constexpr std::array<Usual, 8> usual_files{{
    {"en", "hyph_en_US.dic", "hyphen-en-us"}, {"de", "hyph_de_DE.dic", "hyphen-de"},
    {"fr", "hyph_fr.dic", "hyphen-fr"},       {"es", "hyph_es_ES.dic", "hyphen-es"},
    {"it", "hyph_it_IT.dic", "hyphen-it"},    {"ru", "hyph_ru_RU.dic", "hyphen-ru"},
    {"pt", "hyph_pt_PT.dic", "hyphen-pt-pt"}, {"nl", "hyph_nl_NL.dic", "hyphen-nl"},
}};

/// A BCP 47 tag's language and region subtags, "pt" and "BR" for "pt-br" or "pt_BR"; the region
/// is empty when the second subtag is not two letters (a script such as "Latn").
std::pair<std::string, std::string> subtags(const std::string& tag) {
    std::string language, region;
    std::size_t i = 0;
    for (; i < tag.size() && tag[i] != '-' && tag[i] != '_'; ++i)
        language += static_cast<char>(tag[i] >= 'A' && tag[i] <= 'Z' ? tag[i] - 'A' + 'a' : tag[i]);
    const std::size_t end = tag.find_first_of("-_", i + 1);
    const std::string second = i < tag.size() ? tag.substr(i + 1, end == std::string::npos ? end : end - i - 1) : "";
    if (second.size() == 2)
        for (const char c : second) region += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return {language.empty() ? "en" : language, region};
}

} // namespace

struct Hyphenator::Dict {
    std::shared_ptr<const Patterns> patterns; ///< shared by every hyphenator of the same file
    /// Points found so far, by lower-cased word: running text repeats its words.
    std::unordered_map<std::string, std::vector<std::size_t>> known;
    std::mutex lock; ///< of `known`: layout threads share one hyphenator (the patterns are only read)
};

Hyphenator::Hyphenator() = default;
Hyphenator::~Hyphenator() = default;
Hyphenator::Hyphenator(Hyphenator&&) noexcept = default;
Hyphenator& Hyphenator::operator=(Hyphenator&&) noexcept = default;

std::string Hyphenator::default_dir() { return "/usr/share/hyphen"; }

Hyphenator Hyphenator::for_language(const std::string& language, const std::string& dir) {
    Hyphenator h;
    const auto [lang, region] = subtags(language);
    const bool letters = !lang.empty() && std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!letters) return h;
    std::string path, package = "hyphen-" + lang;
    const std::string regional = dir + "/hyph_" + lang + "_" + region + ".dic";
    std::error_code ec;
    if (!region.empty() && std::filesystem::is_regular_file(regional, ec)) {
        path = regional;
    } else if (auto it = std::find_if(usual_files.begin(), usual_files.end(),
                                      [&language = lang](const Usual& u) { return language == u.language; });
               it != usual_files.end()) {
        path = dir + "/" + it->file;
        package = it->package;
    } else if (std::filesystem::is_regular_file(dir + "/hyph_" + lang + ".dic", ec)) {
        path = dir + "/hyph_" + lang + ".dic";
    } else {
        return h; // no patterns for this language: it is not hyphenated
    }
    h.dict_ = std::make_unique<Dict>();
    h.dict_->patterns = patterns_at(path, package);
    return h;
}

bool hyphen_letter(char32_t c) { return c != '\'' && lower_letter(c) != 0; }

namespace {

/// Liang's values between the letters of ".word." (the largest digit a matching pattern puts
/// there); an odd value allows a break. `values[k]` is the value before character k. With
/// `longest_only`, as libhyphen's automaton reads a two-level file: where several patterns end at
/// one character, only the longest suffix read so far that begins some pattern counts (German's
/// file is made for that reading, which keeps "sam-men-ar-beit" from "samme-narbeit"). Otherwise
/// every matching pattern counts, as in TeX: one-level files are TeX's patterns (English's gives
/// libhyphen's points either way; Russian's would lose most of its points: "информа-ция").
std::vector<std::uint8_t> liang_values(const Trie& trie, const std::string& dotted, bool longest_only) {
    const std::size_t n = dotted.size();
    std::vector<std::uint8_t> values(n + 1, 0);
    auto apply = [&](std::uint32_t node, std::size_t start, std::size_t length) {
        if (const std::uint32_t d = trie.nodes[node].digits; d != 0)
            for (std::size_t k = 0; k <= length; ++k) values[start + k] = std::max(values[start + k], trie.digits[d - 1 + k]);
    };
    std::vector<std::uint32_t> longest(longest_only ? n : 0, 0); // the node of the longest suffix ending at each character
    std::vector<std::size_t> from(longest.size(), 0);             // where that suffix starts
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t node = 0;
        for (std::size_t j = i; j < n; ++j) {
            node = trie.child(node, dotted[j]);
            if (node == 0) break;
            if (!longest_only) apply(node, i, j - i + 1);
            else if (longest[j] == 0) longest[j] = node, from[j] = i; // the first start to reach j is the longest
        }
    }
    for (std::size_t j = 0; j < longest.size(); ++j)
        if (longest[j] != 0) apply(longest[j], from[j], j - from[j] + 1);
    return values;
}

/// The lower-cased word with where each of its characters starts, as hyphenation reads it.
struct Lowered {
    std::string text;
    std::vector<std::size_t> starts;
};

/// The odd Liang values of `trie` over the word's characters [first, first + count) read as a
/// word of its own, as points (character offsets into the word) between `left` characters from
/// its start and `right` from its end.
void odd_points(const Trie& trie, bool longest_only, const Lowered& w, std::size_t first, std::size_t count, std::size_t left,
                std::size_t right, std::vector<std::size_t>& out) {
    if (count < left + right || count == 0) return; // no room for a point (or an empty part)
    const std::size_t from = w.starts[first];
    const std::size_t to = first + count < w.starts.size() ? w.starts[first + count] : w.text.size();
    std::string dotted;
    dotted.reserve(to - from + 2);
    dotted.append(1, '.').append(w.text, from, to - from).append(1, '.');
    const std::vector<std::uint8_t> values = liang_values(trie, dotted, longest_only);
    for (std::size_t p = std::max<std::size_t>(left, 1); p + right <= count; ++p) // a point p falls before character p
        if ((values[w.starts[first + p] - from + 1] & 1U) != 0) out.push_back(first + p);
}

/// The points of the characters [first, first + count) of a word without apostrophes, as
/// libhyphen's hnj_hyphen_hyph_ finds them: a two-level file's compound patterns split the piece
/// (the boundaries are points), and each part is hyphenated again as a piece of its own; a piece
/// they do not split gets its syllable points, COMPOUND*HYPHENMIN letters kept from the compound
/// boundaries (`at_start`, `at_end`: the piece begins or ends the word's part instead).
void piece_points(const Patterns& p, const Lowered& w, std::size_t first, std::size_t count, bool at_start,
                  bool at_end, std::vector<std::size_t>& out) {
    std::vector<std::size_t> bounds;
    const bool two_level = p.compounds.nodes[0].first_child != 0;
    if (two_level) odd_points(p.compounds, true, w, first, count, 1, 1, bounds);
    if (bounds.empty()) {
        odd_points(p.syllables, two_level, w, first, count, at_start ? 1 : p.compound_left_min, at_end ? 1 : p.compound_right_min, out);
        return;
    }
    std::size_t start = first;
    for (std::size_t k = 0; k <= bounds.size(); ++k) {
        const std::size_t end = k < bounds.size() ? bounds[k] : first + count;
        if (end > start) piece_points(p, w, start, end - start, at_start && start == first, at_end && k == bounds.size(), out);
        if (k < bounds.size()) out.push_back(end);
        start = end;
    }
}

/// The points of a part of a word without apostrophes: its pieces' points outside its first
/// LEFTHYPHENMIN and last RIGHTHYPHENMIN letters (hnj_hyphen_hyphenate3).
void part_points(const Patterns& p, const Lowered& w, std::size_t first, std::size_t count, std::vector<std::size_t>& out) {
    if (count < p.left_min + p.right_min) return;
    std::vector<std::size_t> found;
    piece_points(p, w, first, count, true, true, found);
    std::sort(found.begin(), found.end());
    for (const std::size_t at : found)
        if (at >= first + p.left_min && at + p.right_min <= first + count && (out.empty() || out.back() != at)) out.push_back(at);
}

/// What libhyphen's hnj_hyphen_hyphenate3(..., 2, 3, 2, 3) gives an English word (and the file's
/// own minimums any other): apostrophes divide it into parts, each matched against the patterns
/// as a word of its own ("o'clock", "l'information").
std::vector<std::size_t> find_points(const Patterns& p, const Lowered& w) {
    std::vector<std::size_t> out;
    std::size_t first = 0;
    for (std::size_t k = 0; k <= w.starts.size(); ++k) {
        if (k < w.starts.size() && w.text[w.starts[k]] != '\'') continue;
        part_points(p, w, first, k - first, out);
        first = k + 1;
    }
    return out;
}

} // namespace

std::span<const std::size_t> Hyphenator::points(std::string_view word) const {
    thread_local Lowered lower;
    if (!dict_ || word.size() < 5 || word.size() > 240 || !lower_word(word, lower.text, lower.starts)) return {};
    if (lower.starts.size() < 5 || lower.starts.size() > 60) return {};
    {
        const std::lock_guard<std::mutex> hold(dict_->lock);
        if (auto it = dict_->known.find(lower.text); it != dict_->known.end()) return it->second;
    }
    std::vector<std::size_t> found = find_points(*dict_->patterns, lower);
    const std::lock_guard<std::mutex> hold(dict_->lock);
    // another thread may have put the same word meanwhile: either copy is the same
    return dict_->known.try_emplace(lower.text, std::move(found)).first->second;
}

} // namespace brief::pdf
