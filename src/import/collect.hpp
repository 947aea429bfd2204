// From the parsed page to candidate blocks: every run of text with the element that holds it.
#pragma once

#include "import/blocks.hpp"
#include "import/html.hpp"

#include <string>
#include <vector>

namespace brief::importer {

/// One block of the page and what scoring needs to know about it.
struct Leaf {
    Block block;
    int owner = -1;          ///< the block element whose text this is (a <p>, an <li>, a <div>...)
    std::size_t chars = 0;   ///< bytes of text, whitespace collapsed
    std::size_t link_chars = 0;
    bool caption = false;    ///< inside <figcaption> (or a <figure>'s text)
};

/// Collects the page's blocks in document order from <body>, leaving out what is never article
/// text (scripts, styles, forms' controls, navigation, hidden elements, embedded media). Links
/// keep only absolute http(s) addresses, relative ones resolved against `base_url` when known.
std::vector<Leaf> collect_leaves(const HtmlDocument& doc, const std::string& base_url);

/// `href` made absolute against `base` (http or https), or empty when it is not a web address
/// (javascript:, data:, mailto:, a fragment, or relative with no base).
std::string resolve_url(std::string_view href, std::string_view base);

} // namespace brief::importer
