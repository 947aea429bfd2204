// sentence_terms: words split on what is not a letter, digit or inner apostrophe; a stop list
// written here (function words, and the reporting verbs every outlet uses).
#include "synth/terms.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace brief::synth {

namespace {

// Function words, and the words of reporting ("said", "reported", "according") that every
// outlet's version of a claim has whatever the claim: kept, they would make unrelated sentences alike.
constexpr std::string_view stop_words[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had",
    "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
    "says", "say", "told", "according", "reported", "reportedly", "report", "reports", "new", "latest",
    "one", "two", "us", "u.s", "mr", "ms", "many", "like", "well", "around", "however", "already"};

/// Words news reports use for one idea, mapped to one term, so that paraphrases meet: written
/// here for English, a handful of families (aid, avoidance, lobbying, spying, denial, gear) and
/// the adjectives of countries (a "German" official is about Germany).
constexpr std::pair<std::string_view, std::string_view> concepts[] = {
    {"assistance", "aid"}, {"incentives", "aid"}, {"incentive", "aid"}, {"subsidies", "aid"}, {"subsidy", "aid"},
    {"funding", "aid"}, {"funds", "aid"}, {"financial", "aid"}, {"boost", "aid"},
    {"ban", "avoid"}, {"banned", "avoid"}, {"banning", "avoid"}, {"block", "avoid"}, {"shun", "avoid"},
    {"ditch", "avoid"}, {"forgo", "avoid"}, {"drop", "avoid"}, {"freeze", "avoid"}, {"dissuade", "avoid"},
    {"stop", "avoid"}, {"exclude", "avoid"}, {"disavow", "avoid"}, {"steering", "avoid"},
    {"talks", "lobby"}, {"contacted", "lobby"}, {"met", "lobby"}, {"outreach", "lobby"}, {"reached", "lobby"},
    {"lobbying", "lobby"}, {"persuade", "lobby"}, {"urging", "lobby"}, {"urge", "lobby"}, {"urges", "lobby"},
    {"pressure", "lobby"}, {"asked", "lobby"}, {"campaign", "lobby"},
    {"espionage", "spy"}, {"spying", "spy"}, {"spies", "spy"},
    {"denied", "deny"}, {"denies", "deny"}, {"denial", "deny"}, {"denials", "deny"},
    {"gear", "equipment"}, {"hardware", "equipment"}, {"components", "equipment"}, {"products", "equipment"},
    {"counterparts", "officials"}, {"representatives", "officials"},
    {"german", "germany"}, {"italian", "italy"}, {"japanese", "japan"}, {"chinese", "china"},
    {"china-based", "china"}, {"china-made", "china"}, {"chinese-made", "china"}, {"roll-out", "rollout"},
    {"military", "base"}, {"bases", "base"}};

constexpr std::string_view negations[] = {"not", "no", "never", "nor", "without", "neither"};

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// The words of `s`: letters, digits and UTF-8 bytes, with an apostrophe or period inside a word
/// kept ("Huawei's" -> "huawei's" is cut at the apostrophe below; "U.S." -> "u.s").
std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !word_char(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t end = i;
        while (end < s.size() && (word_char(static_cast<unsigned char>(s[end])) ||
                                  ((s[end] == '.' || s[end] == '\'' || s[end] == '-') && end + 1 < s.size() &&
                                   word_char(static_cast<unsigned char>(s[end + 1])))))
            ++end;
        if (end > i) out.push_back(s.substr(i, end - i));
        i = end;
    }
    return out;
}

} // namespace

bool is_stop_word(std::string_view w) {
    // built once (thread-safe static initialisation); a hash look-up per word, not a scan of the list
    static const std::unordered_set<std::string_view> words(std::begin(stop_words), std::end(stop_words));
    return words.count(w) != 0;
}

Terms sentence_terms(std::string_view sentence, Stemmer& stemmer) {
    static const std::unordered_map<std::string_view, std::string_view> concept_of(std::begin(concepts), std::end(concepts));
    Terms t;
    const auto words = words_of(sentence);
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string_view word = words[k];
        ++t.words;
        if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("n't"))) {
            if (word.ends_with("n't")) t.negated = true;
            word.remove_suffix(word.ends_with("'s") ? 2 : 3);
        }
        std::string w = ascii_lower(word);
        if (const auto it = concept_of.find(w); it != concept_of.end()) w = it->second;
        if (std::find(std::begin(negations), std::end(negations), w) != std::end(negations)) t.negated = true;
        if (is_stop_word(w)) continue;
        const bool digit = std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (digit) {
            t.numbers.push_back(w);
            t.stems.push_back(w);
            continue;
        }
        if (k > 0 && std::isupper(static_cast<unsigned char>(word.front()))) t.names.push_back(w);
        t.stems.push_back(stemmer.stem(w));
    }
    sort_unique(t.stems);
    sort_unique(t.names);
    sort_unique(t.numbers);
    return t;
}

} // namespace brief::synth
