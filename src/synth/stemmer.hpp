// The Snowball wrapper: English stems for the key points' word matching. The only file that
// includes libstemmer.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace brief::synth {

/// Owns a Snowball stemmer for one language (UTF-8). Not thread-safe: one per thread.
class Stemmer {
  public:
    explicit Stemmer(const char* language = "english");
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;
    ~Stemmer();

    /// The stem of a lower-case word ("reported" -> "report", "allies" -> "alli"). Each word's is
    /// remembered: a briefing repeats its words, and Snowball takes hundreds of instructions a word.
    /// The reference is good until the next call.
    [[nodiscard]] const std::string& stem(std::string_view word);

  private:
    sb_stemmer* stemmer_ = nullptr;
    std::unordered_map<std::string, std::string> known_; ///< word -> stem, bounded (see stem)
};

} // namespace brief::synth
