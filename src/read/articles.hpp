// read_briefing: a folder (or list) of Markdown articles and briefing.yaml into the model.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

struct ReadOptions {
    /// Largest file read, in bytes; bigger files are an error that names this limit.
    std::uintmax_t max_file_bytes = 64u << 20;
    /// Articles read at once; the result and its diagnostics do not depend on it.
    int threads = 1;
};

/// Reads one article from its bytes (no disk access: the fuzzers call this). Returns nullopt
/// when the article has errors, which are in `diagnostics`.
std::optional<Article> read_article(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

/// Reads every input: a folder gives its *.md files (by name) and its briefing.yaml; a file is
/// read as an article, or as the briefing file when named briefing.yaml. Without a briefing
/// file, the one beside the first article is used if there is one. Articles with errors are left
/// out (their errors are in `diagnostics`). Throws Error for inputs that do not exist.
Briefing read_briefing(const std::vector<std::filesystem::path>& inputs, const ReadOptions& options,
                       Diagnostics& diagnostics);

} // namespace brief
