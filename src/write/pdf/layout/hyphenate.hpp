// Hyphenation points of words from Debian's hyphen-* pattern files (libhyphen's format), by Liang's algorithm.
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

    /// Patterns for the BCP 47 `language` ("" is English), from `dir`: hyph_ll_RR.dic for a tag
    /// with a region when it is installed ("pt-BR", "en-GB"), else the language's usual file (en:
    /// hyph_en_US, de: hyph_de_DE, fr: hyph_fr, es: hyph_es_ES, it: hyph_it_IT, ru: hyph_ru_RU, pt:
    /// hyph_pt_PT, nl: hyph_nl_NL), else hyph_ll.dic; a language with none of these gets no
    /// patterns. Each file is read once per process, on the first call that needs it (callers on
    /// other threads wait for that reading); hyphenators of the same file share its patterns.
    /// Throws brief::Error naming the file and its Debian package when one of the usual files
    /// above cannot be read.
    static Hyphenator for_language(const std::string& language, const std::string& dir = default_dir());

    /// Where the patterns are looked for: /usr/share/hyphen (Debian's hyphen-* packages).
    static std::string default_dir();

    /// True when this hyphenator has patterns.
    [[nodiscard]] bool active() const { return dict_ != nullptr; }

    /// Character (code point) offsets inside `word` where it may break (a hyphen is added
    /// there), never within the file's LEFTHYPHENMIN first or RIGHTHYPHENMIN last letters (2 when
    /// it names none). Only words of 5 to 60 letters of the alphabets that hyphenate (Latin,
    /// Greek, Cyrillic; see hyphen_letter) and apostrophes are hyphenated; anything else gives
    /// no points. Apostrophes divide a word into parts matched on their own, as in libhyphen.
    /// Results are cached per word inside the hyphenator (under a lock: layout threads share it);
    /// the span stays valid as long as the hyphenator (the cache never drops a word).
    [[nodiscard]] std::span<const std::size_t> points(std::string_view word) const;

  private:
    struct Dict;
    std::unique_ptr<Dict> dict_;
};

/// True for the letters of alphabets that hyphenate: Latin (with its accented and extended
/// letters), Greek and Cyrillic. Scripts written without hyphens (CJK, Thai, Arabic, Hebrew,
/// Indic...) never are, whatever the language.
bool hyphen_letter(char32_t c);

} // namespace brief::pdf
