// Main-content extraction: score the page's containers by the text they hold, keep the best one's
// blocks, drop the chrome inside it.
#pragma once

#include "import/collect.hpp"

#include <string>
#include <vector>

namespace brief::importer {

/// What extraction kept and what it left out (for the front matter's review comment).
struct Extracted {
    std::vector<Block> blocks;
    std::vector<std::string> dropped; ///< the text of each dropped block inside the article, in order
    int dropped_outside = 0;          ///< blocks outside the chosen container (menus, footers...)
    std::size_t first_leaf = 0;       ///< the index of the first leaf kept (where bylines are near)
};

/// Hints for extraction from the page's own metadata: the title (a heading repeating it is not
/// body text) and the JSON-LD articleBody (blocks it does not contain are chrome, when the page
/// gives one that matches most of the candidate text).
struct ExtractHints {
    std::string title;
    std::string stated_body;
};

/// Picks the article's blocks from the leaves of the page.
Extracted extract_article(const HtmlDocument& doc, const std::vector<Leaf>& leaves, const ExtractHints& hints);

/// The weight of an element's class and id: positive for article-like names ("content",
/// "article-body"), negative for chrome ("share", "related", "comment"), zero otherwise.
int class_weight(const HtmlNode& node);

} // namespace brief::importer
