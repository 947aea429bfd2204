// sentence_terms: what a sentence says, as weighted words: stems, names, numbers, negation.
#pragma once

#include "synth/stemmer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace brief::synth {

/// A sentence's content words. `stems` holds every content word's stem (stop words dropped),
/// sorted and unique; names and numbers are also in `names` and `numbers`, as written (lower
/// case), so that two sentences naming different countries or figures are told apart.
struct Terms {
    std::vector<std::string> stems;
    std::vector<std::string> names;   ///< capitalised words past the first: "germany", "huawei"
    std::vector<std::string> numbers; ///< words with a digit: "5g", "2012", "400"
    bool negated = false;             ///< "not", "no", "never", "n't", "nor", "without"
    std::size_t words = 0;            ///< every word, stop words included
};

/// The terms of one sentence (UTF-8; letters outside ASCII are kept in words as they are).
Terms sentence_terms(std::string_view sentence, Stemmer& stemmer);

/// True for the English words that carry no claim of their own ("the", "said", "according").
bool is_stop_word(std::string_view lower_word);

} // namespace brief::synth
