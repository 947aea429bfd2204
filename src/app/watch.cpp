// run_watch: a Watcher over the inputs' folders, a BuildCache across rebuilds, one line per rebuild.
#include "app/watch.hpp"

#include "core/error.hpp"
#include "core/parallel.hpp"
#include "core/watch.hpp"
#include "read/articles.hpp"

#include <array>
#include <cstdio>
#include <optional>
#include <ostream>
#include <sstream>

namespace brief {

namespace fs = std::filesystem;

namespace {

/// The folders whose files a build reads: each folder input, and the folder of each file input.
/// Throws Error for an input that does not exist (there is nothing to watch for it).
std::vector<fs::path> input_folders(const std::vector<fs::path>& inputs) {
    std::vector<fs::path> out;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!fs::exists(input, ec)) throw Error(input.string() + ": no such file or folder");
        out.push_back(fs::is_directory(input, ec) ? input : input.parent_path());
    }
    return out;
}

/// "wrote out/briefing.pdf, out/briefing.epub", or what went wrong.
std::string describe_result(const BuildReport& r, const BuildCache& cache) {
    char took[160];
    std::snprintf(took, sizeof took,
                  " in %.2f s, %.2f s CPU (%zu file(s) read, %zu article(s) parsed, %zu part(s) made, %zu reused)",
                  r.seconds, r.cpu_seconds, cache.articles.read(), cache.articles.parsed(), r.remade, r.reused);
    if (r.exit_code != 0 || r.written.empty())
        return std::string("failed") + took + ": " + std::to_string(r.errors) +
               " error(s) above; the last good outputs are kept";
    std::string files;
    for (const auto& w : r.written) files += (files.empty() ? "" : ", ") + w.file.string();
    return std::string("built") + took + ": wrote " + files;
}

/// One build with its errors caught: a broken input is a failed rebuild, not the end of watching.
BuildReport rebuild(const BuildOptions& options, BuildCache& cache, std::ostream& err) {
    try {
        BuildReport r = build_briefing(options, &cache, err);
        if (!options.summary_json.empty() && !r.dropped) write_summary(options.summary_json, r, err);
        return r;
    } catch (const Error& e) {
        err << "brief: error: " << e.what() << '\n';
        BuildReport r;
        r.exit_code = exit_input;
        r.errors = 1;
        return r;
    }
}

/// Watches every folder the inputs and the style live in (again after each build: the style
/// may have changed).
void watch_inputs(Watcher& watcher, const BuildOptions& options, const fs::path& style_file) {
    for (const auto& folder : input_folders(options.input.inputs)) watcher.watch_folder(folder);
    if (!style_file.empty()) watcher.watch_folder(style_file.parent_path());
}

/// watch_inputs after a rebuild: a folder that went away is said, and watching goes on.
void rewatch_inputs(Watcher& watcher, const BuildOptions& options, const fs::path& style_file, std::ostream& err) {
    try {
        watch_inputs(watcher, options, style_file);
    } catch (const Error& e) {
        err << "brief: warning: " << e.what() << '\n';
    }
}

} // namespace

bool is_watched_change(const fs::path& changed, const fs::path& style_file) {
    static const std::array<std::string_view, 8> images{".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".tif", ".tiff"};
    const std::string ext = changed.extension().string();
    if (ext == ".md" || ext == ".markdown" || changed.filename() == "briefing.yaml") return true;
    for (const auto image : images)
        if (ext == image) return true;
    std::error_code ec;
    return !style_file.empty() && (changed == style_file || fs::equivalent(changed, style_file, ec));
}

std::string describe_changes(const std::vector<fs::path>& changed) {
    if (changed.empty()) return "any file (the kernel lost the change events; every file is read again)";
    std::string out;
    const std::size_t shown = changed.size() <= 3 ? changed.size() : 2;
    for (std::size_t i = 0; i < shown; ++i)
        out += (i == 0 ? "" : (i + 1 == changed.size() ? " and " : ", ")) + changed[i].filename().string();
    if (shown < changed.size()) out += " and " + std::to_string(changed.size() - shown) + " more";
    return out;
}

Quiet watch_quiet(std::chrono::milliseconds settled) {
    return {settled, settled + std::chrono::milliseconds{30}};
}

int run_watch(const BuildOptions& options, Quiet quiet_spell, std::ostream& err) {
    Watcher watcher; // from here SIGINT and SIGTERM wait for the build in progress to end
    BuildOptions quiet = options;
    quiet.quiet = true; // one line per rebuild instead of progress lines
    BuildCache cache;
    cache.articles.trust_watch(); // the watcher says what changed (and the stamps check it)
    keep_helper_threads();
    try {
        for (const auto& folder : input_folders(options.input.inputs)) watcher.watch_folder(folder);
    } catch (const Error& e) {
        err << "brief: error: " << e.what() << '\n';
        return exit_input;
    }
    BuildReport last = rebuild(quiet, cache, err);
    rewatch_inputs(watcher, options, last.style_file, err);
    if (!options.quiet) err << "brief: " << describe_result(last, cache) << "; watching (Ctrl-C stops)" << std::endl;
    // while waiting, not before the outputs are said: the replaced files and the last PDF's
    // objects are freed, and the articles copied for the next rebuild
    const auto tidy = [&] {
        cache.leftovers.release();
        cache.articles.prepare_copies(thread_count(options.jobs));
    };
    tidy();
    std::vector<fs::path> burst; // what changed since the last rebuild that was not dropped
    const auto matters = [&](const fs::path& p) { return is_watched_change(p, last.style_file); };
    while (auto changed = watcher.wait(quiet_spell)) {
        // every file named is read again, whatever its kind: the article cache trusts the rest
        cache.articles.changed(*changed);
        if (watcher.overflowed()) cache.articles.changed_all();
        std::erase_if(*changed, [&](const fs::path& p) { return !matters(p); });
        burst.insert(burst.end(), changed->begin(), changed->end());
        if (burst.empty() && !watcher.overflowed()) continue;
        // The rebuild starts as soon as the save is whole; its outputs are published only once
        // the burst is over (asked once: the build asks before publishing, a failed one after).
        std::optional<bool> is_over;
        const auto over = [&] { return is_over ? *is_over : *(is_over = watcher.over(quiet_spell, matters)); };
        BuildOptions this_time = quiet;
        this_time.may_publish = over;
        std::ostringstream said; // a dropped build's diagnostics are not the user's concern
        BuildReport made = rebuild(this_time, cache, said);
        if (made.dropped || !over()) continue; // the burst went on: built again with what came
        last = std::move(made);
        err << said.str();
        rewatch_inputs(watcher, options, last.style_file, err);
        std::sort(burst.begin(), burst.end());
        burst.erase(std::unique(burst.begin(), burst.end()), burst.end());
        if (!options.quiet || last.exit_code != 0)
            err << "brief: " << describe_changes(burst) << " changed: " << describe_result(last, cache) << std::endl;
        burst.clear();
        tidy();
    }
    if (!options.quiet) err << "brief: stopped by " << (watcher.stop_signal() == SIGINT ? "SIGINT" : "SIGTERM") << '\n';
    return exit_ok;
}

} // namespace brief
