// What a line of page text looks like: shared by the text importer and the HTML extractor, so
// both judge chrome by the same general rules (no site's words).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brief::importer {

/// The words of `text`, split at spaces.
std::vector<std::string> split_words(std::string_view text);

/// Ends as a sentence does: . ! ? or an ellipsis, perhaps inside a closing quote or bracket.
bool ends_sentence(std::string_view text);

/// A short line (8 words at most) that asks the reader to do something: it opens with one of
/// the web's verbs ("Share this story", "Skip to main content", "Get our newsletter").
bool is_call_to_action(const std::vector<std::string>& words);

/// A menu or a breadcrumb trail: three or more short items between separators ("Home | News |
/// Sport", "Mensagens » Autoestima » Só quem se Ama").
bool is_navigation(std::string_view text);

/// A short line that carries a date or a time and little else ("Posted on March 30, 2015 by
/// Admin", "Nov 18, 2019 at 9:24 pm ET • 2 min read", "22 de janeiro de 2018 às 0:13").
bool is_dateline(std::string_view text, std::size_t words);

/// A photo credit or caption line: "(Image: GETTY)", "Photo: AP", "© Inexhibit, 2018".
bool is_credit(std::string_view text, std::size_t words);

/// A title made of a text's opening words when the page shows none: at most 85 bytes, cut at a
/// word (never inside a character), marked as cut with " …".
std::string opening_words(const std::string& text);

} // namespace brief::importer
