// Stemmer: libstemmer's Snowball stemmers behind RAII.
#include "synth/stemmer.hpp"

#include "core/error.hpp"

#include <libstemmer.h>

namespace brief::synth {

Stemmer::Stemmer(const char* language) : stemmer_(sb_stemmer_new(language, "UTF_8")) {
    if (stemmer_ == nullptr) throw Error(std::string("libstemmer has no stemmer for ") + language);
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

const std::string& Stemmer::stem(std::string_view word) {
    const std::string key(word);
    if (const auto it = known_.find(key); it != known_.end()) return it->second;
    if (known_.size() >= 200'000) known_.clear(); // a corpus of invented words does not grow it without bound
    const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    std::string stem = out == nullptr ? key // out of memory in the stemmer: the word itself
                                      : std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
    return known_.emplace(key, std::move(stem)).first->second;
}

} // namespace brief::synth
