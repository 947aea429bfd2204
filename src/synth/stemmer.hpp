// The Snowball wrapper: English stems for the key points' word matching. The only file that
// includes libstemmer.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace brief::synth {

/// Owns a Snowball stemmer for one language (UTF-8). Not thread-safe: one per thread.
class Stemmer {
  public:
    explicit Stemmer(const char* language = "english");
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;
    ~Stemmer();

    /// The stem of a lower-case word ("reported" -> "report", "allies" -> "alli").
    [[nodiscard]] std::string stem(std::string_view word);

  private:
    sb_stemmer* stemmer_ = nullptr;
};

} // namespace brief::synth
