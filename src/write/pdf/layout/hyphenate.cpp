// Hyphenator: Liang's pattern matching over the hyphen-en-us pattern file, read into a trie.
#include "write/pdf/layout/hyphenate.hpp"

#include "core/error.hpp"
#include "core/files.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
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

/// True for the lines of a libhyphen file that are not patterns: the character set on the first
/// line, keywords (LEFTHYPHENMIN 2, NEXTLEVEL...), comments, blanks and non-standard patterns
/// ("/" replacements, which English does not use).
bool is_pattern(std::string_view line) {
    if (line.empty() || line[0] == '%') return false;
    if (line[0] >= 'A' && line[0] <= 'Z') return false;
    return line.find('/') == std::string_view::npos;
}

Trie read_patterns(const std::string& text) {
    Trie trie;
    trie.nodes.reserve(text.size() / 2);
    trie.digits.reserve(text.size());
    std::size_t pos = text.find('\n'); // the first line names the character set
    while (pos != std::string::npos && pos < text.size()) {
        const std::size_t start = pos + 1;
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        if (is_pattern(line)) trie.add(line);
        pos = end;
    }
    return trie;
}

/// Lower-cases ASCII letters; other letters are kept (the English patterns only know a-z).
bool lower_word(std::string_view word, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < word.size();) {
        const Decoded d = decode_utf8(word, i);
        const char32_t c = d.code;
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z') out += static_cast<char>(c);
        else if (c == '\'' || c == U'\u2019') out += '\'';
        else return false; // digits, punctuation, other scripts: not hyphenated
        i += d.length;
    }
    return true;
}

/// The patterns of the file at `path`, read once per process (callers on other threads wait for
/// the first reading): run_build reads them beside the articles (prepare_pdf).
std::shared_ptr<const Trie> patterns_at(const std::string& path) {
    static std::mutex lock;
    static std::map<std::string, std::shared_ptr<const Trie>> read;
    const std::lock_guard<std::mutex> held(lock);
    if (auto it = read.find(path); it != read.end()) return it->second;
    std::string text;
    try {
        text = read_file(path, 1U << 24);
    } catch (const Error&) {
        throw Error("cannot read the hyphenation patterns " + path + " (install hyphen-en-us)");
    }
    auto trie = std::make_shared<const Trie>(read_patterns(text));
    read.emplace(path, trie);
    return trie;
}

} // namespace

struct Hyphenator::Dict {
    std::shared_ptr<const Trie> trie; ///< shared by every hyphenator of the same file
    /// Points found so far, by lower-cased word: running text repeats its words.
    std::unordered_map<std::string, std::vector<std::size_t>> known;
    std::mutex lock; ///< of `known`: layout threads share one hyphenator (the trie is only read)
};

Hyphenator::Hyphenator() = default;
Hyphenator::~Hyphenator() = default;
Hyphenator::Hyphenator(Hyphenator&&) noexcept = default;
Hyphenator& Hyphenator::operator=(Hyphenator&&) noexcept = default;

std::string Hyphenator::default_dir() { return "/usr/share/hyphen"; }

Hyphenator Hyphenator::for_language(const std::string& language, const std::string& dir) {
    Hyphenator h;
    const bool english = language.empty() || language == "en" || language.rfind("en-", 0) == 0 ||
                         language.rfind("en_", 0) == 0;
    if (!english) return h;
    h.dict_ = std::make_unique<Dict>();
    h.dict_->trie = patterns_at(dir + "/hyph_en_US.dic");
    return h;
}

namespace {

/// Liang's values between the letters of ".word." (the largest digit any matching pattern puts
/// there); an odd value allows a break. `values[k]` is the value before character k.
std::vector<std::uint8_t> liang_values(const Trie& trie, const std::string& dotted) {
    std::vector<std::uint8_t> values(dotted.size() + 1, 0);
    for (std::size_t i = 0; i < dotted.size(); ++i) {
        std::uint32_t node = 0;
        for (std::size_t j = i; j < dotted.size(); ++j) {
            node = trie.child(node, dotted[j]);
            if (node == 0) break;
            if (const std::uint32_t d = trie.nodes[node].digits; d != 0)
                for (std::size_t k = 0; k <= j - i + 1; ++k)
                    values[i + k] = std::max(values[i + k], trie.digits[d - 1 + k]);
        }
    }
    return values;
}

/// The points of one part of a word (no apostrophes in it), `offset` into the word: the odd
/// values of the dotted part, two characters kept before a point and three after.
void part_points(const Trie& trie, std::string_view part, std::size_t offset, std::vector<std::size_t>& out) {
    std::string dotted;
    dotted.reserve(part.size() + 2);
    dotted.append(1, '.').append(part).append(1, '.');
    const std::vector<std::uint8_t> values = liang_values(trie, dotted);
    for (std::size_t p = 2; p + 3 <= part.size(); ++p) // a point p falls after part[p - 1]
        if ((values[p + 1] & 1U) != 0) out.push_back(offset + p);
}

/// What libhyphen's hnj_hyphen_hyphenate3(..., 2, 3, 2, 3) gives an English word: apostrophes
/// divide it into parts, each matched against the patterns as a word of its own ("o'clock").
std::vector<std::size_t> find_points(const Trie& trie, const std::string& lower) {
    std::vector<std::size_t> out;
    for (std::size_t start = 0; start <= lower.size();) {
        std::size_t end = lower.find('\'', start);
        if (end == std::string::npos) end = lower.size();
        part_points(trie, std::string_view(lower).substr(start, end - start), start, out);
        start = end + 1;
    }
    return out;
}

} // namespace

std::span<const std::size_t> Hyphenator::points(std::string_view word) const {
    std::string lower;
    if (!dict_ || word.size() < 5 || word.size() > 60 || !lower_word(word, lower)) return {};
    if (lower.size() != word.size()) return {}; // curly apostrophe: keep offsets simple
    {
        const std::lock_guard<std::mutex> hold(dict_->lock);
        if (auto it = dict_->known.find(lower); it != dict_->known.end()) return it->second;
    }
    std::vector<std::size_t> found = find_points(*dict_->trie, lower);
    const std::lock_guard<std::mutex> hold(dict_->lock);
    // another thread may have put the same word meanwhile: either copy is the same
    return dict_->known.try_emplace(lower, std::move(found)).first->second;
}

} // namespace brief::pdf
