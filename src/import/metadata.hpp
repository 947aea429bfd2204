// The article's metadata from the page's own statements, each field with where it came from.
#pragma once

#include "import/html.hpp"
#include "import/jsonld.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief::importer {

/// One front-matter field: its value (empty when the page does not show it) and its source,
/// as the review comment names it ("JSON-LD datePublished", "og:site_name", "<h1>").
struct Field {
    std::string value;
    std::string from;
    /// Sets the field when it is still empty and `v` is not; true when it did.
    bool offer(std::string_view v, std::string_view source);
};

/// What the page says about itself. Every field may be missing: nothing is guessed.
struct PageMeta {
    Field title, author, date, outlet, url, language;
    std::string stated_body; ///< JSON-LD articleBody, a hint for extraction (never written)
};

/// Reads the metadata of a parsed page, in order of trust: JSON-LD, Open Graph and article:
/// meta, <meta name=author>, <time datetime>, the canonical link, <html lang>, then <h1> and
/// <title>. Dates become ISO 8601 (YYYY-MM-DD); a date that does not parse is left out.
PageMeta read_page_meta(const HtmlDocument& doc);

/// Whether read_page_meta reads a <meta> whose key (its property, else its name, else its
/// itemprop, lower-cased) is `key`: prepare_html leaves the other meta elements out.
bool is_read_meta_key(std::string_view key);

/// A date as people write it: ISO ("2018-11-25T10:00Z"), or with an English month name
/// ("Sun, November 25, 2018", "25 Nov 2018"); as "YYYY-MM-DD", or nullopt.
std::optional<std::string> parse_loose_date(std::string_view text);

/// `text` with runs of whitespace made one space and the ends trimmed.
std::string collapse_space(std::string_view text);

/// A person's name from a byline ("By Jane Doe", "Money | By Bruce West", "by Jane Doe and John
/// Roe, Reuters"): the words after "By", or empty when the line is not a byline.
std::string byline_name(std::string_view line);

} // namespace brief::importer
