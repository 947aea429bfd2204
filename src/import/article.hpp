// An imported article and its two written forms: a Markdown file for review, a JSON record.
#pragma once

#include "import/blocks.hpp"
#include "import/metadata.hpp"

#include <string>
#include <vector>

namespace brief::importer {

/// Everything import found in one page, ready to be written.
struct ImportedArticle {
    Field title, author, date, outlet, url, language;
    std::string provenance;            ///< the page's file name
    std::vector<Block> blocks;         ///< the body, in order
    std::vector<std::string> dropped;  ///< text of the blocks dropped as chrome, in order
    int dropped_outside = 0;           ///< blocks outside the article's container (menus, footers)
};

/// The article as a Markdown file: YAML front matter with the review comment (where each field
/// came from, what was dropped), then the body as CommonMark. Every character of the page's text
/// is escaped so that it reads back as the same text; links are http(s) only; nothing raw.
std::string write_markdown(const ImportedArticle& article);

/// The body alone as CommonMark (write_markdown's second half).
std::string write_body(const std::vector<Block>& blocks);

/// One line of JSON: the front-matter fields that are known, `dropped` (a count) and `body`
/// (the plain text, blocks separated by blank lines).
std::string write_json_record(const ImportedArticle& article);

/// A file name for the article: its title in lower-case ASCII words joined by hyphens, at most
/// 80 bytes; `fallback` (the page's name) when the title has no ASCII letters.
std::string slug_of(const std::string& title, const std::string& fallback);

/// The text of `inline_text` escaped so CommonMark shows it literally.
std::string escape_markdown(std::string_view inline_text);

} // namespace brief::importer
