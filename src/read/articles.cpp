// read_briefing: finding inputs, reading each file, ordering the articles.
#include "read/articles.hpp"

#include "core/error.hpp"
#include "core/files.hpp"
#include "core/fingerprint.hpp"
#include "core/parallel.hpp"
#include "read/briefing_file.hpp"
#include "read/decode.hpp"
#include "read/front_matter.hpp"
#include "read/markdown.hpp"
#include "read/pictures.hpp"

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace brief {

namespace fs = std::filesystem;

namespace {

/// The files one run reads, found from the inputs.
struct InputFiles {
    std::vector<fs::path> articles;
    std::optional<fs::path> briefing;
};

bool is_markdown(const fs::path& p) { return p.extension() == ".md" || p.extension() == ".markdown"; }

InputFiles find_inputs(const std::vector<fs::path>& inputs) {
    InputFiles found;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<fs::path> here;
            for (const auto& entry : fs::directory_iterator(input, ec)) {
                std::error_code entry_ec;
                if (entry.is_regular_file(entry_ec) && is_markdown(entry.path())) here.push_back(entry.path());
            }
            if (ec) throw Error(input.string() + ": cannot list the folder: " + ec.message());
            // one folder's files: ordered by name, as path order would (the folder is common to
            // all), without comparing the paths component by component
            std::sort(here.begin(), here.end(), [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
            found.articles.insert(found.articles.end(), here.begin(), here.end());
            std::error_code probe;
            if (fs::is_regular_file(input / "briefing.yaml", probe) && !found.briefing) found.briefing = input / "briefing.yaml";
        } else if (fs::is_regular_file(input, ec)) {
            if (input.filename() == "briefing.yaml") found.briefing = input;
            else found.articles.push_back(input);
        } else {
            throw Error(input.string() + ": no such file or folder");
        }
    }
    if (!found.briefing && !found.articles.empty()) {
        std::error_code ec;
        const auto beside = found.articles.front().parent_path() / "briefing.yaml";
        if (fs::is_regular_file(beside, ec)) found.briefing = beside;
    }
    return found;
}

/// Two articles with one title are kept (they may be two outlets' copies) but said, each with
/// the first article of its title.
void warn_same_titles(const std::vector<Article>& articles, Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, std::size_t> first; // title -> the first article with it
    first.reserve(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const auto [it, fresh] = first.try_emplace(articles[i].source.title, i);
        if (!fresh)
            diagnostics.warn({articles[i].file, 0, 0}, "same title as " + articles[it->second].file,
                             "both are kept; check that it is not the same article twice");
    }
}

/// Puts the articles named in `order` first, in that order; warns about names that match none.
void order_articles(std::vector<Article>& articles, const std::vector<std::string>& order,
                    const std::string& briefing_file, Diagnostics& diagnostics) {
    std::vector<Article> ordered;
    for (const auto& name : order) {
        auto it = std::find_if(articles.begin(), articles.end(),
                               [&](const Article& a) { return fs::path(a.file).filename() == name; });
        if (it == articles.end()) {
            diagnostics.warn({briefing_file, 0, 0}, "order names '" + name + "', which is not among the articles read");
            continue;
        }
        ordered.push_back(std::move(*it));
        articles.erase(it);
    }
    for (auto& a : articles) ordered.push_back(std::move(a));
    articles = std::move(ordered);
}

} // namespace

std::optional<Article> read_article(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    const auto text = decode_text(bytes, file, diagnostics);
    if (!text) return std::nullopt;
    const auto split = split_front_matter(*text, file, diagnostics);
    if (!split) return std::nullopt;
    auto source = read_front_matter(*split, file, diagnostics);
    if (!source) return std::nullopt;
    Article article;
    article.file = file;
    article.source = std::move(*source);
    article.source.id = fs::path(file).stem().string();
    article.blocks = read_markdown(split->body, file, split->body_first_line, diagnostics);
    article.may_name_images = split->body.find("![") != std::string_view::npos;
    return article;
}

std::string ArticleCache::key_of(const fs::path& path) { return path.lexically_normal().string(); }

void ArticleCache::changed(const std::vector<fs::path>& paths) {
    for (const auto& path : paths)
        if (auto it = entries_.find(key_of(path)); it != entries_.end()) it->second.said_changed = true;
}

void ArticleCache::changed_all() {
    for (auto& [path, entry] : entries_) entry.said_changed = true;
}

std::shared_ptr<const ReadArticle> ArticleCache::unchanged(const std::string& key, const std::optional<FileStamp>& stamp) const {
    if (!trusting_ || !stamp) return nullptr;
    const auto it = entries_.find(key);
    if (it == entries_.end() || it->second.said_changed || it->second.stamp != stamp) return nullptr;
    return it->second.result;
}

std::shared_ptr<const ReadArticle> ArticleCache::find(const std::string& key, std::string_view bytes) const {
    const auto it = entries_.find(key);
    if (it == entries_.end() || it->second.size != bytes.size()) return nullptr;
    return it->second.hash == std::hash<std::string_view>{}(bytes) ? it->second.result : nullptr;
}

void ArticleCache::prepare_copies(int threads) {
    std::vector<Entry*> entries;
    for (auto& [path, entry] : entries_)
        if (entry.result != nullptr && !entry.copy) entries.push_back(&entry);
    parallel_for(entries.size(), threads, [&](std::size_t i) { entries[i]->copy = *entries[i]->result; });
}

std::optional<ReadArticle> ArticleCache::take_copy(const std::string& key, const std::shared_ptr<const ReadArticle>& result) {
    const auto it = entries_.find(key);
    if (it == entries_.end() || it->second.result != result || !it->second.copy) return std::nullopt;
    std::optional<ReadArticle> out = std::move(it->second.copy);
    it->second.copy.reset();
    return out;
}

void ArticleCache::keep(std::vector<File> files, std::size_t read, std::size_t parsed) {
    std::unordered_map<std::string, Entry> next;
    next.reserve(files.size());
    for (auto& file : files) {
        std::string key = std::move(file.key);
        Entry entry;
        if (!file.bytes) { // taken unread: what was known of its bytes still holds
            const auto it = entries_.find(key);
            if (it != entries_.end()) entry = it->second;
        } else {
            entry.size = file.bytes->size();
            entry.hash = std::hash<std::string_view>{}(*file.bytes);
        }
        entry.stamp = file.stamp;
        entry.said_changed = false;
        entry.result = std::move(file.result);
        next[std::move(key)] = std::move(entry);
    }
    entries_ = std::move(next);
    read_ = read;
    parsed_ = parsed;
}

namespace {

/// Every article file, in order, read on up to options.threads threads (an unreadable file
/// throws, the first in order winning, as reading them one by one would). With a cache, a file
/// it may take unread (ArticleCache::unchanged) is not read, and one whose bytes it holds is not
/// parsed.
std::vector<ReadArticle> read_articles(const std::vector<fs::path>& paths, const ReadOptions& options) {
    std::vector<ReadArticle> out(paths.size());
    std::vector<std::string> bytes(paths.size());
    std::vector<ArticleCache::File> files(options.cache != nullptr ? paths.size() : 0);
    std::atomic<std::size_t> read{0}, parsed{0};
    parallel_for(paths.size(), options.threads, [&](std::size_t i) {
        if (options.cache == nullptr) {
            out[i].article = read_article(read_file(paths[i], options.max_file_bytes), paths[i].string(), out[i].diagnostics);
            return;
        }
        ArticleCache::File& file = files[i];
        file.path = paths[i].string();
        file.key = ArticleCache::key_of(paths[i]);
        file.stamp = stamp_file(paths[i]); // before reading: a write after it changes the stamp
        file.result = options.cache->unchanged(file.key, file.stamp);
        if (file.result == nullptr) {
            bytes[i] = read_file(paths[i], options.max_file_bytes);
            file.bytes = bytes[i];
            ++read;
            file.result = options.cache->find(file.key, bytes[i]);
        }
        if (file.result == nullptr) {
            ReadArticle fresh;
            fresh.article = read_article(bytes[i], file.path, fresh.diagnostics);
            if (fresh.article) fresh.article->as_read = Fingerprint().add(file.path).add(bytes[i]).value();
            file.result = std::make_shared<const ReadArticle>(std::move(fresh));
            ++parsed;
        }
        // the passes change the briefing's copy, never the cache's
        if (auto copy = options.cache->take_copy(file.key, file.result)) out[i] = std::move(*copy);
        else out[i] = *file.result;
    });
    if (options.cache != nullptr) options.cache->keep(std::move(files), read, parsed);
    return out;
}

} // namespace

Briefing read_briefing(const std::vector<fs::path>& inputs, const ReadOptions& options, Diagnostics& diagnostics) {
    const InputFiles files = find_inputs(inputs);
    Briefing briefing;
    std::vector<std::string> order;
    std::string briefing_name;
    if (files.briefing) {
        briefing_name = files.briefing->string();
        const auto text = decode_text(read_file(*files.briefing, options.max_file_bytes), briefing_name, diagnostics);
        if (text) {
            BriefingFile bf = read_briefing_file(*text, briefing_name, diagnostics);
            briefing.meta = std::move(bf.meta);
            briefing.credits = std::move(bf.credits);
            order = std::move(bf.order);
        }
    }
    for (auto& [article, found] : read_articles(files.articles, options)) {
        diagnostics.merge(found);
        if (article) {
            if (article->source.language.empty()) article->source.language = briefing.meta.language;
            briefing.articles.push_back(std::move(*article));
        }
    }
    if (files.articles.empty()) diagnostics.error({}, "no articles found (*.md)", "pass a folder of .md files, e.g. brief build articles");
    warn_same_titles(briefing.articles, diagnostics);
    order_articles(briefing.articles, order, briefing_name, diagnostics);
    load_pictures(briefing, options.max_file_bytes, diagnostics);
    return briefing;
}

} // namespace brief
