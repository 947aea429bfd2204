// The import command: saved web pages and scraped text into articles/*.md for review.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <vector>

namespace brief {

struct ImportOptions {
    std::vector<std::filesystem::path> pages;
    std::filesystem::path out_dir = "articles";
    bool force = false;  ///< overwrite an existing DIR/<slug>.md
    bool to_stdout = false; ///< print the Markdown instead of writing files
    bool json = false;   ///< print one JSON record per page instead of writing files
    bool quiet = false;
    std::uintmax_t max_file_bytes = 64u << 20;
};

/// The examples and the review step, for `brief import --help`.
extern const char* const import_help;

/// Imports every page in turn; one progress line per page on `err`. Exit 0 when every page gave
/// an article, 1 when one could not be read or had no article (the others are still written),
/// as `build` does.
int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err);

} // namespace brief
