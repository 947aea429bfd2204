// UTF-8 decoding, validation and the output cleaning rule.
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace brief;

TEST_CASE("decode_utf8 accepts well-formed sequences of every length") {
    const std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
    auto d = decode_utf8(s, 0);
    CHECK((d.valid && d.code == U'a' && d.length == 1));
    d = decode_utf8(s, 1);
    CHECK((d.valid && d.code == U'\u00E9' && d.length == 2));
    d = decode_utf8(s, 3);
    CHECK((d.valid && d.code == U'\u201C' && d.length == 3));
    d = decode_utf8(s, 6);
    CHECK((d.valid && d.code == U'\U0001F600' && d.length == 4));
}

TEST_CASE("decode_utf8 rejects overlong, surrogate, truncated and out-of-range forms") {
    for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80", "\xFF", "\x80"}) {
        INFO(bad.size());
        CHECK_FALSE(decode_utf8(bad, 0).valid);
        CHECK(decode_utf8(bad, 0).length == 1);
    }
}

TEST_CASE("UTF-16BE: code units big end first, surrogate pairs beyond U+FFFF, U+FFFD for a malformed byte") {
    using namespace std::string_literals;
    CHECK(brief::utf16be("A\u00E9") == "\0A\0\xE9"s);
    CHECK(brief::utf16be_hex("A\u00E9\U0001D11E") == "004100E9D834DD1E");
    CHECK(brief::utf16be_hex("\xFF") == "FFFD");
    CHECK(brief::utf16be("").empty());
}

TEST_CASE("a paragraph's direction is its first strong character's, digits and punctuation neutral") {
    CHECK(starts_right_to_left("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world"));           // Hebrew first
    CHECK(starts_right_to_left("2024 (\xD9\x82\xD8\xA7\xD9\x84) done"));              // Arabic after neutrals
    CHECK_FALSE(starts_right_to_left("He said \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
    CHECK_FALSE(starts_right_to_left("\xC3\xA9t\xC3\xA9 \xD7\xA9"));                   // Latin-1 letters are strong
    CHECK_FALSE(starts_right_to_left("123 ..."));
    CHECK(has_right_to_left("a \xD8\xA7 b"));
    CHECK_FALSE(has_right_to_left("plain"));
    CHECK(script_language("x \xD7\xA9") == "he");
    CHECK(script_language("\xD9\x82") == "ar");
    CHECK(script_language("none").empty());
    CHECK(right_to_left_language("ar"));
    CHECK(right_to_left_language("he-IL"));
    CHECK(right_to_left_language("FA"));
    CHECK_FALSE(right_to_left_language("en"));
    CHECK_FALSE(right_to_left_language("arn")); // Mapudungun
}

TEST_CASE("find_invalid_utf8 gives the offset of the first bad byte") {
    CHECK(find_invalid_utf8("plain text") == std::string::npos);
    CHECK(find_invalid_utf8("caf\xE9 au lait") == 3);
}

TEST_CASE("clean_text removes what XML 1.0 forbids and keeps tab and newline") {
    CHECK(clean_text(std::string("a\x01" "b\tc\nd\x7F" "e", 9)) == "ab\tc\nde");
    CHECK(clean_text(std::string("nul\0here", 8)) == "nulhere");
    CHECK(clean_text("bom\xEF\xBB\xBFinside") == "bominside");
    CHECK(clean_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
    CHECK(clean_text("emoji \xF0\x9F\x98\x80 stays") == "emoji \xF0\x9F\x98\x80 stays");
}

TEST_CASE("clean_text's runs of plain ASCII, and first_unclean, agree with a character-by-character rule") {
    // the rule, one decoded character at a time: invalid bytes become U+FFFD, forbidden characters go
    auto by_character = [](std::string_view text) {
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const Decoded d = decode_utf8(text, i);
            if (!d.valid) append_utf8(out, 0xFFFD);
            else if (!is_forbidden_char(d.code)) out.append(text.substr(i, d.length));
            i += d.length;
        }
        return out;
    };
    const std::vector<std::string> pieces = {"a", " ", "\t", "\n", "\r", std::string(1, '\0'), "\x7F", "\x1F", "~",
                                             "\xC3\xA9", "\xC2\x85", "\xEF\xBB\xBF", "\xEF\xBF\xBE", "\xF0\x9F\x98\x80",
                                             "\xFF", "\xC3", "\xED\xA0\x80", "\xE2\x80"};
    std::uint32_t state = 12345;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int n = static_cast<int>(state % 12);
        for (int k = 0; k < n; ++k) {
            state = state * 1664525U + 1013904223U;
            text += pieces[(state >> 8) % pieces.size()];
        }
        state = state * 1664525U + 1013904223U;
        INFO(text);
        REQUIRE(clean_text(text) == by_character(text));
        // first_unclean: none exactly when the rule keeps the text as it is; else a clean prefix
        const std::size_t at = first_unclean(text);
        REQUIRE((at == std::string_view::npos) == (by_character(text) == text));
        if (at != std::string_view::npos) {
            REQUIRE(by_character(text.substr(0, at)) == text.substr(0, at));
            REQUIRE(by_character(text.substr(at, decode_utf8(text, at).length)) != text.substr(at, decode_utf8(text, at).length));
        }
    }
}

TEST_CASE("append_utf8 round-trips through decode_utf8") {
    for (const char32_t c : {U'A', U'\u00E9', U'\u4E2D', U'\U0001F600'}) {
        std::string s;
        append_utf8(s, c);
        const auto d = decode_utf8(s, 0);
        CHECK(d.valid);
        CHECK(d.code == c);
        CHECK(d.length == s.size());
    }
}

TEST_CASE("default-ignorable characters are the invisible ones") {
    for (const char32_t c : {U'\u200D', U'\u200C', U'\u202E', U'\u2066', U'\uFE0F', U'\u00AD', U'\U000E0041'}) CHECK(is_default_ignorable(c));
    for (const char32_t c : {U'a', U' ', U'\u00E9', U'\u4E2D', U'\U0001F600', U'\u05D0'}) CHECK_FALSE(is_default_ignorable(c));
}
