// split_sentences: end punctuation, closing quotes, and the words a period does not end.
#include "synth/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace brief::synth {

namespace {

/// Abbreviations whose period rarely ends a sentence (lower case, without the final period).
constexpr std::string_view abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

/// The word ending at `end` (exclusive), letters and inner periods, lower-cased.
std::string word_before(std::string_view text, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) --start;
    std::string w(text.substr(start, end - start));
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
}

/// True when the period at `at` belongs to a word, not to the sentence.
bool abbreviation_at(std::string_view text, std::size_t at) {
    const std::string w = word_before(text, at);
    const std::size_t start = at - w.size();
    const bool alone = start == 0 || !std::isalnum(static_cast<unsigned char>(text[start - 1])); // not the "G" of "5G"
    if (w.size() == 1 && alone && is_upper(text[at - 1])) return true; // "J. Smith"
    return std::find(std::begin(abbreviations), std::end(abbreviations), w) != std::end(abbreviations);
}

/// Whether what follows position `at` can start a sentence: spaces, then a capital, a digit or an
/// opening quote (ASCII or U+201C / U+2018, which start with 0xE2 0x80).
bool starts_sentence(std::string_view text, std::size_t at) {
    if (at >= text.size() || !is_space(text[at])) return false;
    while (at < text.size() && is_space(text[at])) ++at;
    if (at >= text.size()) return true;
    const char c = text[at];
    return is_upper(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '"' || c == '\'' ||
           text.substr(at, 2) == "\xE2\x80" || static_cast<unsigned char>(c) >= 0xC3;
}

/// Past any closing quotes and brackets right after end punctuation.
std::size_t past_closers(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        if (text[at] == '"' || text[at] == '\'' || text[at] == ')') ++at;
        else if (text.substr(at, 3) == "\xE2\x80\x9D" || text.substr(at, 3) == "\xE2\x80\x99") at += 3;
        else break;
    }
    return at;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

} // namespace

std::vector<std::string_view> split_sentences(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (c == '.' && abbreviation_at(text, i) && !(i + 1 >= text.size())) {
            // "the U.S. Then ..." is ambiguous; a following lower-case word settles it as one sentence
            continue;
        }
        const std::size_t end = past_closers(text, i + 1);
        if (end < text.size() && !starts_sentence(text, end)) continue;
        if (auto s = trimmed(text.substr(start, end - start)); !s.empty()) out.push_back(s);
        start = end;
        i = end - 1;
    }
    if (auto s = trimmed(text.substr(start)); !s.empty()) out.push_back(s);
    return out;
}

} // namespace brief::synth
