// Front matter: the YAML block between `---` lines that opens an article, split and read.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace brief {

/// An article's text cut in two. Lines are 1-based lines of the file.
struct SplitArticle {
    bool has_front_matter = false;
    std::string_view yaml;  ///< between the fences, empty without front matter
    int yaml_first_line = 2;
    std::string_view body;  ///< everything after the closing fence (or the whole text)
    int body_first_line = 1;
};

/// Splits off front matter: a first line `---`, then YAML, then a line `---` or `...`.
/// An opening fence never closed is an error (nullopt).
std::optional<SplitArticle> split_front_matter(std::string_view text, const std::string& file,
                                               Diagnostics& diagnostics);

/// Reads the keys title (required), outlet, author, date, url, retrieved, provenance and language
/// into a Source. Unknown keys warn; wrong types, bad dates and a missing title are errors
/// (nullopt) naming line and key.
std::optional<Source> read_front_matter(const SplitArticle& split, const std::string& file,
                                        Diagnostics& diagnostics);

} // namespace brief
