// import_page: one saved web page or scraped text in, one article (or diagnostics) out.
#pragma once

#include "core/diagnostics.hpp"
#include "import/article.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brief::importer {

/// Imports a page's bytes: decode, then the HTML path (parse, metadata, extraction) or the text
/// path. `name` is the page's path as the user gave it (used in diagnostics and, as its last part,
/// for `provenance`). nullopt after an error, for instance "no article text found".
std::optional<ImportedArticle> import_page(std::string_view bytes, const std::string& name, std::size_t max_bytes,
                                           Diagnostics& diagnostics);

/// The HTML path alone, on UTF-8 text (for tests).
ImportedArticle import_html(std::string_view utf8, const std::string& name, Diagnostics& diagnostics);

} // namespace brief::importer
