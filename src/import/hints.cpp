// Readability's idea of class and id hints, with word lists written here for today's news pages.
#include "import/hints.hpp"

#include <algorithm>
#include <unordered_map>

namespace brief::importer {

namespace {

constexpr std::string_view positive_words[] = {"article", "body",     "content",  "entry",       "main",
                                               "page",    "post",     "text",     "blog",        "story",
                                               "prose",   "richtext", "articlebody", "storybody", "postbody"};

constexpr std::string_view negative_words[] = {
    "comment",  "comments",    "contact",    "foot",       "footer",     "footnote",    "masthead",  "outbrain",
    "taboola",  "promo",       "related",    "share",      "sharing",    "social",      "sidebar",   "skyscraper",
    "sponsor",  "sponsored",   "shopping",   "tags",       "widget",     "nav",         "navigation", "menu",
    "subscribe", "subscription", "newsletter", "advert",   "advertisement", "ad",       "ads",       "cookie",
    "cookies",  "banner",      "breadcrumb", "breadcrumbs", "byline",    "author",      "bio",       "caption",
    "credit",   "popup",       "modal",      "signup",     "recommended", "recirc",     "trending",  "popular",
    "print",    "disclaimer",  "copyright",  "login",      "header",     "rating",      "teaser",    "toolbar",
    "tools",    "meta",        "dateline",   "timestamp",  "hidden",     "donate"};

/// +1 for a positive word, -1 for a negative one, looked up by hash (a page has thousands of
/// class words, and prepare_html asks about each).
int hint_of(std::string_view word) {
    static const std::unordered_map<std::string_view, int> hints = [] {
        std::unordered_map<std::string_view, int> m;
        for (std::string_view w : positive_words) m.emplace(w, 1);
        for (std::string_view w : negative_words) m.emplace(w, -1);
        return m;
    }();
    const auto it = hints.find(word);
    return it == hints.end() ? 0 : it->second;
}

/// Calls `f` with each lower-case alphanumeric word of `value` (a view of one lower-cased copy,
/// not a string built a letter at a time: pages have thousands of class words).
template <class F>
void for_each_word(std::string_view value, F&& f) {
    std::string lowered(value);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    auto is_word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    const std::string_view text(lowered);
    for (std::size_t i = 0; i < text.size();) {
        if (!is_word_char(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && is_word_char(text[j])) ++j;
        f(text.substr(i, j - i));
        i = j;
    }
}

} // namespace

std::vector<std::string> hint_words(std::string_view value) {
    std::vector<std::string> words;
    for_each_word(value, [&](std::string_view w) { words.emplace_back(w); });
    return words;
}

std::string kept_hint_words(std::string_view value) {
    std::string kept;
    for_each_word(value, [&](std::string_view w) {
        if (hint_of(w) == 0) return;
        if (!kept.empty()) kept += ' ';
        kept.append(w);
    });
    return kept;
}

bool is_positive_word(std::string_view w) { return hint_of(w) > 0; }

bool is_negative_word(std::string_view w) { return hint_of(w) < 0; }

} // namespace brief::importer
