// Hyphenation points of words from the hyphen-en-us patterns (libhyphen's file), by Liang's algorithm.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// The patterns of one language, loaded once. A default Hyphenator (no patterns) finds no points,
/// which is what languages without patterns get.
class Hyphenator {
  public:
    Hyphenator();
    ~Hyphenator();
    Hyphenator(Hyphenator&&) noexcept;
    Hyphenator& operator=(Hyphenator&&) noexcept;

    /// Patterns for the BCP 47 `language`: English ("en", "en-GB"...) from `dir`/hyph_en_US.dic;
    /// any other language gets none. The file is read once per process; hyphenators of the same
    /// file share its patterns. Throws brief::Error when English patterns cannot be read.
    static Hyphenator for_language(const std::string& language, const std::string& dir = default_dir());

    /// Where the patterns are looked for: /usr/share/hyphen (hyphen-en-us).
    static std::string default_dir();

    /// True when this hyphenator has patterns.
    [[nodiscard]] bool active() const { return dict_ != nullptr; }

    /// Byte offsets inside `word` where it may break (a hyphen is added there): never within the
    /// first two or last three letters. Only words made of letters (and apostrophes) are
    /// hyphenated; anything else gives no points.
    /// Results are cached per word inside the hyphenator (under a lock: layout threads share it);
    /// the span stays valid as long as the hyphenator (the cache never drops a word).
    [[nodiscard]] std::span<const std::size_t> points(std::string_view word) const;

  private:
    struct Dict;
    std::unique_ptr<Dict> dict_;
};

} // namespace brief::pdf
