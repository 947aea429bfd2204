// The nlohmann-json wrapper: the article fields of a page's JSON-LD (schema.org). The only file
// that includes nlohmann/json.hpp.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace brief::importer {

/// What a schema.org Article (NewsArticle, BlogPosting, ReportageNewsArticle...) says about
/// itself; each field is empty when the JSON-LD does not state it.
struct JsonLdArticle {
    std::string headline;
    std::string author;    ///< names of every author, joined with ", "
    std::string published; ///< datePublished as written
    std::string publisher; ///< publisher.name
    std::string url;       ///< url or mainEntityOfPage
    std::string language;  ///< inLanguage
    std::string body;      ///< articleBody, the article's text as the site states it
};

/// Reads one <script type="application/ld+json"> text and fills the fields `into` does not have
/// yet from the first Article object in it (also inside @graph and arrays). True when one was
/// found. Malformed or absurdly nested JSON is passed over (false): a page's script is not its
/// article.
bool read_json_ld(std::string_view script, JsonLdArticle& into);

/// A one-line JSON object of string fields, in the order given (RFC 8259; invalid UTF-8 replaced).
std::string json_object(const std::vector<std::pair<std::string, std::string>>& fields);

} // namespace brief::importer
