// Stemmer: libstemmer's Snowball stemmers behind RAII.
#include "synth/stemmer.hpp"

#include "core/error.hpp"

#include <libstemmer.h>

namespace brief::synth {

Stemmer::Stemmer(const char* language) : stemmer_(sb_stemmer_new(language, "UTF_8")) {
    if (stemmer_ == nullptr) throw Error(std::string("libstemmer has no stemmer for ") + language);
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::stem(std::string_view word) {
    const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) return std::string(word); // out of memory in the stemmer: the word itself
    return {reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

} // namespace brief::synth
