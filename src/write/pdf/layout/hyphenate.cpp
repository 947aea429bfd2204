// Hyphenator: a small RAII wrapper around libhyphen's HyphenDict and hnj_hyphen_hyphenate3.
#include "write/pdf/layout/hyphenate.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <hyphen.h>

#include <cstdlib>
#include <mutex>
#include <unordered_map>

namespace brief::pdf {

struct Hyphenator::Dict {
    HyphenDict* dict = nullptr;
    /// Points found so far, by lower-cased word: running text repeats its words, libhyphen is slow.
    std::unordered_map<std::string, std::vector<std::size_t>> known;
    std::mutex lock; ///< of `known`: layout threads share one hyphenator (libhyphen only reads `dict`)
    explicit Dict(HyphenDict* d) : dict(d) {}
    ~Dict() { hnj_hyphen_free(dict); }
    Dict(const Dict&) = delete;
    Dict& operator=(const Dict&) = delete;
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
    const std::string path = dir + "/hyph_en_US.dic";
    HyphenDict* d = hnj_hyphen_load(path.c_str());
    if (d == nullptr) throw Error("cannot read the hyphenation patterns " + path + " (install hyphen-en-us)");
    h.dict_ = std::make_unique<Dict>(d);
    return h;
}

namespace {

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

/// libhyphen's odd points of a lower-case word, kept off the first two and last three letters.
std::vector<std::size_t> find_points(HyphenDict* dict, const std::string& lower) {
    std::vector<std::size_t> out;
    std::vector<char> hyphens(lower.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict, lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr,
                          &rep, &pos, &cut, 2, 3, 2, 3);
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

} // namespace

std::span<const std::size_t> Hyphenator::points(std::string_view word) const {
    std::string lower;
    if (!dict_ || word.size() < 5 || word.size() > 60 || !lower_word(word, lower)) return {};
    if (lower.size() != word.size()) return {}; // curly apostrophe: keep offsets simple
    {
        const std::lock_guard<std::mutex> hold(dict_->lock);
        if (auto it = dict_->known.find(lower); it != dict_->known.end()) return it->second;
    }
    std::vector<std::size_t> found = find_points(dict_->dict, lower);
    const std::lock_guard<std::mutex> hold(dict_->lock);
    // another thread may have put the same word meanwhile: either copy is the same
    return dict_->known.try_emplace(lower, std::move(found)).first->second;
}

} // namespace brief::pdf
