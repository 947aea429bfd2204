// sentence_terms: words split on what is not a letter, digit or inner apostrophe; a stop list
// written here (function words, and the reporting verbs every outlet uses).
#include "synth/terms.hpp"

#include "core/utf8.hpp"
#include "synth/names.hpp"

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
    "one", "two", "us", "u.s", "mr", "ms", "many", "like", "well", "around", "however", "already",
    "although", "though", "meanwhile", "yet", "since", "unless", "whether", "moreover", "still"};

/// Words news reports use for one idea, mapped to one term, so that paraphrases meet: written
/// here for English, a handful of families (aid, avoidance, lobbying, spying, denial, gear, concern, firm, telecom). The
/// countries and their adjectives are names (names.cpp: a "German" official is about Germany).
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
    {"counterparts", "officials"}, {"representatives", "officials"}, {"roll-out", "rollout"},
    {"worries", "concern"}, {"worry", "concern"}, {"worried", "concern"}, {"fears", "concern"}, {"fear", "concern"},
    {"concerns", "concern"}, {"concerned", "concern"}, {"presidency", "administration"},
    {"telecoms", "telecom"}, {"telecommunications", "telecom"}, {"telecommunication", "telecom"},
    {"firm", "company"}, {"firms", "company"}, {"companies", "company"}, {"manufacturer", "company"},
    {"vendor", "company"}, {"vendors", "company"},
    {"military", "base"}, {"bases", "base"}};

constexpr std::string_view negations[] = {"not", "no", "never", "nor", "without", "neither"};

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// The length of the typographic punctuation at `at` (curly quotes, dashes, ellipsis: U+2013,
/// U+2014, U+2018, U+2019, U+201C, U+201D, U+2026, all E2 80 xx in UTF-8), or 0.
std::size_t punctuation_at(std::string_view s, std::size_t at) {
    if (at + 2 >= s.size() || s[at] != '\xE2' || s[at + 1] != '\x80') return 0;
    const auto c = static_cast<unsigned char>(s[at + 2]);
    return c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0xA6 ? 3 : 0;
}

/// The length of the word character at `at`: a letter, a digit or a byte of another UTF-8
/// character that is no punctuation; 0 for anything else.
std::size_t word_at(std::string_view s, std::size_t at) {
    const auto c = static_cast<unsigned char>(s[at]);
    if (std::isalnum(c)) return 1;
    return c >= 0x80 && punctuation_at(s, at) == 0 ? 1 : 0;
}

/// The length of what joins two parts of one word at `at` ("U.S", "Huawei's", "Huawei’s",
/// "roll-out"), or 0.
std::size_t joiner_at(std::string_view s, std::size_t at) {
    const std::size_t length = s[at] == '.' || s[at] == '\'' || s[at] == '-' ? 1 : s.substr(at, 3) == "\u2019" ? 3 : 0;
    return length > 0 && at + length < s.size() && word_at(s, at + length) > 0 ? length : 0;
}

/// The words of `s`: letters, digits and other UTF-8 characters, with an apostrophe (straight or
/// curly), period or hyphen inside a word kept ("Huawei's" is cut at the apostrophe later;
/// "U.S." -> "U.S"). Curly quotes and dashes part words.
std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && word_at(s, i) == 0) i += std::max<std::size_t>(punctuation_at(s, i), 1);
        std::size_t end = i;
        while (end < s.size()) {
            const std::size_t step = std::max(word_at(s, end), joiner_at(s, end));
            if (step == 0) break;
            end += step;
        }
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

namespace {

bool capitalised(std::string_view word) { return !word.empty() && std::isupper(static_cast<unsigned char>(word.front())); }

/// True when only one space parts two words of the sentence (a comma or a dash ends a name).
bool adjacent(std::string_view before, std::string_view after) {
    return after.data() == before.data() + before.size() + 1 && before.data()[before.size()] == ' ';
}

/// A word without its possessive or its "n't" ("Huawei's", "Huawei’s" -> "Huawei"; "isn't" -> "is").
std::string_view without_clitic(std::string_view word) {
    using namespace std::string_view_literals;
    if (word.size() < 3 || (word.back() != 's' && word.back() != 't')) return word; // most words
    for (const std::string_view clitic : {"'s"sv, "\u2019s"sv, "n't"sv, "n\u2019t"sv})
        if (word.size() > clitic.size() && word.ends_with(clitic)) return word.substr(0, word.size() - clitic.size());
    return word;
}

/// A capitalised word with a hyphen ("Huawei-made", "China-based") is its first part: the name.
std::string_view name_part(std::string_view word) {
    const std::size_t hyphen = word.find('-');
    return capitalised(word) && hyphen != std::string_view::npos ? word.substr(0, hyphen) : word;
}

/// The name run being read: capitalised words one space apart. The sentence's first word is left
/// to known_names ("Officials met", "Although Huawei said", "Defense Department officials").
struct NameRun {
    std::string text;
    std::size_t words = 0;
    bool at_start = false;
    void add(const std::string& lower) {
        text += (text.empty() ? "" : " ") + lower;
        ++words;
    }
    void end(std::vector<std::string>& names) {
        if (at_start) text.erase(0, text.find(' ') == std::string::npos ? text.size() : text.find(' ') + 1);
        if (!text.empty()) names.push_back(std::move(text));
        *this = NameRun{};
    }
};

} // namespace

std::vector<std::size_t> named_leads(const std::vector<const Terms*>& terms) {
    std::unordered_set<std::string_view> known; // views of the names, which stay as they are here
    for (const Terms* t : terms) for_each_name_word(*t, [&](std::string_view word) { known.insert(word); });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < terms.size(); ++i)
        if (!terms[i]->lead.empty() && known.contains(terms[i]->lead)) out.push_back(i);
    return out;
}

void name_lead(Terms& t) {
    t.names.insert(std::lower_bound(t.names.begin(), t.names.end(), t.lead), t.lead);
    t.names.erase(std::unique(t.names.begin(), t.names.end()), t.names.end());
}

void known_names(std::vector<Terms>& terms) {
    std::vector<const Terms*> all;
    for (const Terms& t : terms) all.push_back(&t);
    for (const std::size_t i : named_leads(all)) name_lead(terms[i]);
}

namespace {

/// The country words[k] names, alone or with the word after it ("United States"), and how many
/// words that takes (0: none).
std::size_t place_at(const std::vector<std::string_view>& words, std::size_t k, std::string_view& place) {
    if (!capitalised(words[k])) return 0;
    const std::string_view word = name_part(without_clitic(words[k]));
    if (k + 1 < words.size() && adjacent(words[k], words[k + 1]))
        if (place = place_of(word, name_part(without_clitic(words[k + 1]))); !place.empty()) return 2;
    place = place_of(word);
    return place.empty() ? 0 : 1;
}

/// What add_word makes of one word as written, whatever sentence it is in.
struct WordFacts {
    std::string lower; ///< in lower case
    std::string term;  ///< lower case, or the concept it stands for; kept as is when it has a digit
    std::string stem;  ///< the term's stem (empty for a stop word or a number)
    bool negation = false;
    bool digit = false;
    bool stop = false;
};

WordFacts facts_of(std::string_view word, Stemmer& stemmer) {
    static const std::unordered_map<std::string_view, std::string_view> concept_of(std::begin(concepts), std::end(concepts));
    WordFacts f;
    f.lower = ascii_lower(word);
    f.term = f.lower;
    if (const auto it = concept_of.find(f.term); it != concept_of.end()) f.term = it->second;
    f.negation = std::find(std::begin(negations), std::end(negations), f.term) != std::end(negations);
    f.digit = std::any_of(f.term.begin(), f.term.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    f.stop = is_stop_word(f.term);
    if (!f.stop && !f.digit) f.stem = stemmer.stem(f.term);
    return f;
}

struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

/// facts_of, remembered a thread at a time (a briefing repeats its words: 500 articles have
/// 211,000 words and a few thousand distinct ones). What a word gives depends on the word alone
/// (English is the one language the stemmer is made for); the memory is bounded like the stems'.
const WordFacts& known_facts(std::string_view word, Stemmer& stemmer) {
    thread_local std::unordered_map<std::string, WordFacts, WordHash, std::equal_to<>> known;
    if (const auto it = known.find(word); it != known.end()) return it->second;
    if (known.size() >= 200'000) known.clear();
    return known.emplace(std::string(word), facts_of(word, stemmer)).first->second;
}

/// Adds one word that names no country (the `k`th of its sentence): dropped as a stop word,
/// kept as written when it has a digit, stemmed otherwise; a capitalised one goes on the name run.
void add_word(std::string_view word, std::size_t k, Terms& t, NameRun& run, Stemmer& stemmer) {
    const WordFacts& f = known_facts(word, stemmer);
    if (f.negation) t.negated = true;
    const bool upper = capitalised(word);
    if (f.stop || f.digit || !upper) run.end(t.names);
    if (f.stop) return;
    if (f.digit) {
        t.numbers.push_back(f.term);
        t.stems.push_back(f.term);
        return;
    }
    if (upper) {
        if (k == 0) t.lead = f.lower;
        if (run.words == 0) run.at_start = k == 0;
        run.add(f.lower);
    }
    t.stems.push_back(f.stem);
}

} // namespace

Terms sentence_terms(std::string_view sentence, Stemmer& stemmer) {
    Terms t;
    const auto words = words_of(sentence);
    NameRun run;
    for (std::size_t k = 0; k < words.size(); ++k) {
        ++t.words;
        if (k > 0 && !adjacent(words[k - 1], words[k])) run.end(t.names);
        if (words[k].ends_with("n't") || words[k].ends_with("n\u2019t")) t.negated = true;
        std::string_view place;
        if (const std::size_t taken = place_at(words, k, place); taken > 0) {
            run.end(t.names); // a country, wherever it stands; it ends a name ("US President Trump")
            t.places.emplace_back(place);
            t.stems.emplace_back(place);
            k += taken - 1;
            t.words += taken - 1;
            continue;
        }
        add_word(name_part(without_clitic(words[k])), k, t, run, stemmer);
    }
    run.end(t.names);
    sort_unique(t.stems);
    sort_unique(t.places);
    sort_unique(t.names);
    sort_unique(t.numbers);
    return t;
}

} // namespace brief::synth
