// The commands behind the CLI: build, check and dump, each a list of phases returning an exit code.
#pragma once

#include "core/leftovers.hpp"
#include "core/memo.hpp"
#include "read/articles.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace brief {

/// Exit codes: 0 success, 1 problems in the input (or a failed write), 2 usage errors.
enum ExitCode { exit_ok = 0, exit_input = 1, exit_usage = 2 };

/// What every command reads and how.
struct InputOptions {
    std::vector<std::filesystem::path> inputs{"articles"};
    /// --style: a NAME or FILE; empty means the briefing.yaml `style` key, else "default".
    std::string style;
    bool strict = false;     ///< warnings count as errors
    bool keep_going = false; ///< leave out articles with errors instead of failing
    std::uintmax_t max_file_bytes = 64u << 20;
    bool quiet = false; ///< check: no closing count; dump: no warnings
    bool json = false;  ///< dump: the whole model as JSON (dump_json) instead of the readable lines
};

struct BuildOptions {
    InputOptions input;
    std::filesystem::path out_dir = "out";
    std::vector<std::string> formats; ///< empty: every format
    bool pdfa = false;
    bool quiet = false;
    bool progress = false; ///< force the progress lines even when stderr is not a terminal
    int jobs = 0;          ///< threads for the run (formats, reading, PDF layout and compression); 0 = one per core
    /// The process exits when the run ends (the command line): the largest structures are left
    /// for the operating system to reclaim instead of being freed piece by piece.
    bool process_exits_after = false;
    /// --summary-json: where to write the run's summary for schedulers (empty: nowhere).
    std::filesystem::path summary_json;
    /// Asked once every output is staged, before any is published (watch: whether the burst of
    /// changes being built is over); false drops them, and the report says so. Unset: publish.
    std::function<bool()> may_publish;
};

/// One file a build wrote.
struct WrittenFile {
    std::string format;
    std::filesystem::path file;
    std::uintmax_t bytes = 0;
    int pages = 0; ///< the PDF's page count; 0 for formats without pages
};

/// What one build did, for the summary and for watch's one line per rebuild.
struct BuildReport {
    int exit_code = 0;
    std::vector<WrittenFile> written; ///< empty when nothing was written
    int warnings = 0;
    int errors = 0;
    std::filesystem::path style_file; ///< the style file read (watch watches it); empty if none was found
    double seconds = 0;     ///< wall-clock time of the build
    double cpu_seconds = 0; ///< processor time of the build, every thread (user and system)
    std::size_t reused = 0; ///< with a cache: results of earlier builds used again (Memo::hits)
    std::size_t remade = 0; ///< with a cache: results made by this build and kept
    bool dropped = false;   ///< BuildOptions::may_publish said no: nothing was written
};

/// What `brief watch` keeps from one build to the next: the articles as parsed, and what the
/// backends made from them (RenderOptions::memo). A plain build keeps nothing.
struct BuildCache {
    ArticleCache articles;
    Memo made;
    /// What the latest build was done with, freed by the caller once it has said what was written.
    Leftovers leftovers;
};

/// The build behind `brief build` and each of watch's rebuilds. With a cache, articles whose bytes
/// are unchanged since the cache last saw them are not parsed again, and what the backends made
/// from unchanged inputs is not made again: the same result, the same bytes. After a build that
/// succeeds, the cache forgets what it did not use.
BuildReport build_briefing(const BuildOptions& options, BuildCache* cache, std::ostream& err);

/// The report as JSON: {"ok":..., "exit_code":..., "warnings":..., "errors":..., "outputs":[...]}.
std::string summary_json(const BuildReport& report);

/// Writes summary_json(report) to `file` atomically; false (after saying why on `err`) when it cannot.
bool write_summary(const std::filesystem::path& file, const BuildReport& report, std::ostream& err);

int run_build(const BuildOptions& options, std::ostream& err);
int run_check(const InputOptions& options, std::ostream& err);
int run_dump(const InputOptions& options, std::ostream& out, std::ostream& err);

} // namespace brief
