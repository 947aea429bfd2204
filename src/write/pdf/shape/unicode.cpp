// Bidi levels and line breaks through ICU (every ICU call of brief is here).
#include "write/pdf/shape/unicode.hpp"

#include "core/error.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace brief::pdf {

namespace {

/// `text` as UTF-16, with the UTF-16 index where each code point starts.
icu::UnicodeString utf16(std::u32string_view text, std::vector<std::int32_t>& starts) {
    icu::UnicodeString out;
    starts.clear();
    for (const char32_t c : text) {
        starts.push_back(out.length());
        out.append(static_cast<UChar32>(c));
    }
    return out;
}

} // namespace

std::vector<std::uint8_t> bidi_levels(std::u32string_view text, std::uint8_t& paragraph_level, bool left_to_right) {
    std::vector<std::int32_t> starts;
    const icu::UnicodeString u = utf16(text, starts);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_openSized(u.length(), 0, &status), &ubidi_close);
    ubidi_setPara(bidi.get(), u.getBuffer(), u.length(), left_to_right ? 0 : UBIDI_DEFAULT_LTR, nullptr, &status);
    const UBiDiLevel* levels = U_SUCCESS(status) ? ubidi_getLevels(bidi.get(), &status) : nullptr;
    if (U_FAILURE(status) || (levels == nullptr && u.length() > 0))
        throw Error(std::string("ICU could not find the bidi levels of a paragraph: ") + u_errorName(status));
    paragraph_level = ubidi_getParaLevel(bidi.get());
    std::vector<std::uint8_t> out(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = levels[starts[i]];
    return out;
}

char32_t bidi_mirror(char32_t c) { return static_cast<char32_t>(u_charMirror(static_cast<UChar32>(c))); }

bool draws_without_advance(char32_t c) {
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool needs_dictionary_breaks(char32_t c) {
    return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF);
}

std::vector<std::size_t> line_break_opportunities(std::u32string_view text) {
    std::vector<std::int32_t> starts;
    const icu::UnicodeString u = utf16(text, starts);
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> lines(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !lines) throw Error(std::string("ICU has no line breaker: ") + u_errorName(status));
    lines->setText(u);
    std::vector<std::size_t> out;
    std::size_t i = 0;
    for (std::int32_t at = lines->next(); at != icu::BreakIterator::DONE && at < u.length(); at = lines->next()) {
        while (i < starts.size() && starts[i] < at) ++i;
        if (i > 0 && i < text.size() && starts[i] == at) out.push_back(i);
    }
    return out;
}

} // namespace brief::pdf
