// read_briefing: a folder (or list) of Markdown articles and briefing.yaml into the model.
#pragma once

#include "core/diagnostics.hpp"
#include "core/files.hpp"
#include "doc/model.hpp"

#include <cstdint>
#include <filesystem>
#include <unordered_map>
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

/// The articles of earlier runs by path, each with the stamp, size and hash of the file it was
/// read from: a file whose bytes are the same is not parsed again, its stored result is used (the
/// same article and diagnostics, so the same output). Files no longer read are forgotten. Under
/// watch (trust_watch()), a file is not even read again while its stamp is the one it had and
/// watch has not said it changed.
class ArticleCache {
  public:
    /// From now on the caller says, through changed(), every file that may have changed (watch,
    /// from inotify): a file it has not named since it was read, whose stamp is unchanged, is
    /// taken as stored without reading it.
    void trust_watch() { trusting_ = true; }
    /// These files may have changed: the next run reads them.
    void changed(const std::vector<std::filesystem::path>& paths);
    /// Anything may have changed (inotify lost events): the next run reads every file.
    void changed_all();
    /// The name the cache gives a file's path: lexically normal, as changed() takes inotify's
    /// names ("a/./b.md" and "a/b.md" are one file). The lookups below take it, made once a run.
    [[nodiscard]] static std::string key_of(const std::filesystem::path& path);
    /// The stored result for the file named `key` (key_of) when it may be taken without reading
    /// the file (trusting, not said changed, the same stamp), else nullptr.
    [[nodiscard]] std::shared_ptr<const ReadArticle> unchanged(const std::string& key, const std::optional<FileStamp>& stamp) const;
    /// The stored result for the file named `key` when it was read from these bytes, else nullptr.
    [[nodiscard]] std::shared_ptr<const ReadArticle> find(const std::string& key, std::string_view bytes) const;

    /// One file of a run: its stamp taken before it was read, its bytes (nullopt when it was taken
    /// unread, by unchanged()), and what it gave.
    struct File {
        std::string path;
        std::string key; ///< key_of(path)
        std::optional<FileStamp> stamp;
        std::optional<std::string_view> bytes;
        std::shared_ptr<const ReadArticle> result;
    };
    /// Replaces what is stored with the files of the latest run, of which `read` were read and
    /// `parsed` parsed. Results are shared, not copied.
    void keep(std::vector<File> files, std::size_t read, std::size_t parsed);
    /// Copies each stored article once, ahead of the next run, on up to `threads` threads (watch
    /// calls it while it waits for a change): that run then takes the copy (take_copy) instead of
    /// copying the stored result while the user waits. Runs change their copies (the passes),
    /// never what is stored.
    void prepare_copies(int threads);
    /// The copy prepare_copies made of `result` for the file named `key` (key_of), moved out
    /// (each copy is taken once), or nullopt. Threads may take the copies of different files at once.
    [[nodiscard]] std::optional<ReadArticle> take_copy(const std::string& key, const std::shared_ptr<const ReadArticle>& result);
    /// Files read by the latest run, and files parsed (the others came from the cache).
    [[nodiscard]] std::size_t read() const { return read_; }
    [[nodiscard]] std::size_t parsed() const { return parsed_; }

  private:
    struct Entry {
        std::optional<FileStamp> stamp;
        std::size_t size = 0;
        std::size_t hash = 0;
        bool said_changed = false;
        std::shared_ptr<const ReadArticle> result;
        std::optional<ReadArticle> copy; ///< of *result, made by prepare_copies
    };
    std::unordered_map<std::string, Entry> entries_; ///< by key_of, never walked in an order that shows
    bool trusting_ = false;
    std::size_t read_ = 0;
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
