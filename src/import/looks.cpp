// The looks of page lines: calls to action, datelines, credits, sentence ends.
#include "import/looks.hpp"

#include "import/metadata.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

namespace {

bool has_time(std::string_view t) {
    for (std::size_t i = 1; i + 2 < t.size(); ++i)
        if (t[i] == ':' && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(t[i + 1])) && std::isdigit(static_cast<unsigned char>(t[i + 2])))
            return true;
    return false;
}

bool has_year(std::string_view t) {
    for (std::size_t i = 0; i + 4 <= t.size(); ++i) {
        const bool edge_before = i == 0 || !std::isdigit(static_cast<unsigned char>(t[i - 1]));
        const bool edge_after = i + 4 == t.size() || !std::isdigit(static_cast<unsigned char>(t[i + 4]));
        const bool digits = std::all_of(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(i) + 4,
                                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (digits && edge_before && edge_after && (t.substr(i, 2) == "19" || t.substr(i, 2) == "20")) return true;
    }
    return false;
}

} // namespace

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (c != ' ' && c != '\n') w += c;
        else if (!w.empty()) words.push_back(std::move(w)), w.clear();
    }
    return words;
}

bool ends_sentence(std::string_view t) {
    for (std::string_view close : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"})
        while (t.size() > close.size() && t.ends_with(close)) t.remove_suffix(close.size());
    return t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("\xE2\x80\xA6") ||
           t.ends_with("\xE3\x80\x82");
}

bool is_call_to_action(const std::vector<std::string>& words) {
    if (words.empty() || words.size() > 8) return false;
    std::string first = ascii_lower(words[0]);
    while (!first.empty() && !std::isalpha(static_cast<unsigned char>(first.back()))) first.pop_back();
    static const std::vector<std::string_view> verbs{
        "skip", "share", "follow", "subscribe", "sign", "read", "click", "learn", "like", "download", "watch",
        "listen", "join", "discover", "register", "tap", "see", "view", "comment", "email", "print", "tweet",
        "save", "log", "continue", "advertisement", "sponsored", "related", "jump", "back", "more", "get"};
    return std::find(verbs.begin(), verbs.end(), first) != verbs.end();
}

bool is_navigation(std::string_view text) {
    int separators = 0;
    for (std::string_view sep : {" | ", " \xC2\xBB ", " \xE2\x80\xBA ", " \xC2\xB7 ", " > ", " / "})
        for (std::size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep, at + sep.size())) ++separators;
    return separators >= 2 && split_words(text).size() <= static_cast<std::size_t>(separators + 1) * 4;
}

bool is_dateline(std::string_view text, std::size_t words) {
    if (words > 12 || ends_sentence(text)) return false;
    return parse_loose_date(text).has_value() || (has_year(text) && has_time(text));
}

bool is_credit(std::string_view text, std::size_t words) {
    if (words > 30) return false;
    const std::string l = ascii_lower(text);
    for (std::string_view mark : {"(image:", "(photo:", "(picture:", "photo:", "image:", "credit:", "photograph:",
                                  "\xC2\xA9", "(getty", "getty images", "photo by", "image by", "(ap photo"})
        if (l.find(mark) != std::string::npos) return words <= 30;
    return false;
}

std::string opening_words(const std::string& text) {
    if (text.size() <= 85) return text;
    std::size_t cut = text.rfind(' ', 85);
    if (cut == std::string::npos || cut < 20) cut = 85;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + " \xE2\x80\xA6";
}

} // namespace brief::importer
