// read_briefing: a folder (or list) of Markdown articles and briefing.yaml into the model.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

class ArticleCache;

struct ReadOptions {
    /// Largest file read, in bytes; bigger files are an error that names this limit.
    std::uintmax_t max_file_bytes = 64u << 20;
    /// Articles read at once; the result and its diagnostics do not depend on it.
    int threads = 1;
    /// Articles read by earlier runs (watch keeps one); nullptr reads every file afresh.
    ArticleCache* cache = nullptr;
};

/// What reading one article file gave: the article (nullopt when it has errors) and what was found.
struct ReadArticle {
    std::optional<Article> article;
    Diagnostics diagnostics;
};

/// The articles of earlier runs by path, each with the size and hash of the bytes it was read
/// from: a file whose bytes are the same is not parsed again, its stored result is used (the same
/// article and diagnostics, so the same output). Files no longer read are forgotten.
class ArticleCache {
  public:
    /// The stored result for `path` when it was read from these bytes, else nullptr.
    [[nodiscard]] std::shared_ptr<const ReadArticle> find(const std::string& path, std::string_view bytes) const;
    /// Replaces what is stored with the results of the latest run (same order as `paths`), of
    /// which `parsed` were parsed rather than found. Results found are shared, not copied.
    void keep(const std::vector<std::string>& paths, const std::vector<std::string_view>& bytes,
              std::vector<std::shared_ptr<const ReadArticle>> results, std::size_t parsed);
    /// Files parsed by the latest run (the others came from the cache).
    [[nodiscard]] std::size_t parsed() const { return parsed_; }

  private:
    struct Entry {
        std::size_t size = 0;
        std::size_t hash = 0;
        std::shared_ptr<const ReadArticle> result;
    };
    std::map<std::string, Entry> entries_;
    std::size_t parsed_ = 0;
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
