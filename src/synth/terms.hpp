// sentence_terms: what a sentence says, as weighted words: stems, names, numbers, negation.
#pragma once

#include "synth/stemmer.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace brief::synth {

/// A sentence's content words. `stems` holds every content word's stem (stop words dropped),
/// sorted and unique; countries, other names and numbers are also in `places`, `names` and
/// `numbers`, so that two sentences naming different countries, firms or figures are told apart.
struct Terms {
    std::vector<std::string> stems;   ///< a country's stem is its key ("united-states")
    std::vector<std::string> places;  ///< the countries named, as keys (place_of): "germany", "united-states"
    /// Other names: runs of capitalised words (lower case, one space apart): "huawei",
    /// "donald trump", "fcc"; the sentence's first word only when the run goes on past it
    std::vector<std::string> names;
    std::vector<std::string> numbers; ///< words with a digit: "5g", "2012", "400"
    /// The sentence's first word when it is capitalised and no country, stop word or number
    /// ("huawei", "officials"): a name only if the briefing names it elsewhere (known_names).
    std::string lead;
    bool negated = false;             ///< "not", "no", "never", "n't", "nor", "without"
    std::size_t words = 0;            ///< every word, stop words included
};

/// Calls `each(word)` for each word of each of the sentence's names, in order (views of them).
template <class Each> void for_each_name_word(const Terms& t, Each each) {
    for (const std::string_view name : t.names)
        for (std::size_t at = 0; at <= name.size();) {
            const std::size_t space = std::min(name.find(' ', at), name.size());
            each(name.substr(at, space - at));
            at = space + 1;
        }
}

/// The indexes (in order) of the sentences whose `lead` is a name when some sentence has it as
/// one (or as a word of one): "Huawei has denied" names Huawei when another sentence names it
/// mid-sentence; "Officials said" names nobody.
std::vector<std::size_t> named_leads(const std::vector<const Terms*>& terms);

/// Adds the sentence's lead to its names, which stay sorted and unique.
void name_lead(Terms& t);

/// Counts each sentence's `lead` as a name when named_leads says so (name_lead).
void known_names(std::vector<Terms>& terms);

/// The terms of one sentence (UTF-8; letters outside ASCII are kept in words as they are).
Terms sentence_terms(std::string_view sentence, Stemmer& stemmer);

/// True for the English words that carry no claim of their own ("the", "said", "according").
bool is_stop_word(std::string_view lower_word);

} // namespace brief::synth
