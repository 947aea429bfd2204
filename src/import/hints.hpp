// The words of a class or id that hint at the article ("article-body") or at chrome ("share-bar").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brief::importer {

/// The lower-case alphanumeric words of a class or id value ("article-body__text" gives
/// article, body, text).
std::vector<std::string> hint_words(std::string_view value);

/// The words of `value` that are hints (positive or negative), in order, joined by spaces.
std::string kept_hint_words(std::string_view value);

/// Words that name an article's container: "article", "content", "story" ...
bool is_positive_word(std::string_view word);

/// Words that name chrome: "share", "related", "comment", "advert" ...
bool is_negative_word(std::string_view word);

} // namespace brief::importer
