// run_build, run_check, run_dump: read, run the passes, render, write; diagnostics to stderr.
#include "app/run.hpp"

#include "app/dump_json.hpp"
#include "app/formats.hpp"
#include "app/progress.hpp"
#include "core/error.hpp"
#include "core/files.hpp"
#include "core/parallel.hpp"
#include "doc/dates.hpp"
#include "doc/dump.hpp"
#include "doc/fingerprint.hpp"
#include "synth/passes.hpp"
#include "read/articles.hpp"
#include "style/load.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <ostream>
#include <sys/resource.h>

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0"
#endif

namespace brief {

namespace fs = std::filesystem;

namespace {

/// Everything a command has after reading: the model after the passes, the style, and what
/// reading said.
struct Loaded {
    Briefing briefing;
    Style style;
    Diagnostics diagnostics;
};

/// The style a run uses: --style, else briefing.yaml's `style`, else "default".
std::string style_name(const InputOptions& options, const Briefing& briefing) {
    if (!options.style.empty()) return options.style;
    if (!briefing.meta.style.empty()) return briefing.meta.style;
    return "default";
}

Loaded load_inputs(const InputOptions& options, int threads, BuildCache* cache = nullptr,
                   fs::path* style_file = nullptr) {
    Memo* made = cache != nullptr ? &cache->made : nullptr;
    Loaded l;
    ReadOptions read_options;
    read_options.max_file_bytes = options.max_file_bytes;
    read_options.threads = threads;
    read_options.cache = cache != nullptr ? &cache->articles : nullptr;
    l.briefing = read_briefing(options.inputs, read_options, l.diagnostics);
    run_passes(l.briefing, l.diagnostics, threads, made);
    const std::string style = style_name(options, l.briefing);
    if (style_file != nullptr) *style_file = find_style(style, default_style_dirs());
    l.style = load_style(style, default_style_dirs(), l.diagnostics);
    if (options.strict) l.diagnostics.promote_warnings();
    return l;
}

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& err) {
    for (const auto& d : diagnostics.all()) err << format_diagnostic(d) << '\n';
}

/// Prints every diagnostic; true when the run may go on.
bool report_loaded(const Loaded& l, const InputOptions& options, std::ostream& err) {
    print_diagnostics(l.diagnostics, err);
    if (!l.diagnostics.has_errors()) return true;
    if (options.keep_going && !l.briefing.articles.empty()) {
        err << "brief: --keep-going: building from the " << l.briefing.articles.size()
            << " article(s) without errors\n";
        return true;
    }
    err << "brief: " << l.diagnostics.error_count() << " error(s); nothing written"
        << (options.keep_going ? "" : " (--keep-going builds from the good articles)") << '\n';
    return false;
}

/// SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the briefing's date, else 2000-01-01.
std::int64_t choose_timestamp(const Briefing& briefing, std::ostream& err) {
    if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env != nullptr && *env != '\0') {
        std::int64_t value = 0;
        const std::string_view text(env);
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && ptr == text.data() + text.size() && value >= 0 && value < 253402300800) return value;
        err << "brief: warning: SOURCE_DATE_EPOCH='" << text << "' is not a number of seconds; ignored\n";
    }
    if (const auto d = parse_iso_date(briefing.meta.date)) return to_epoch(*d);
    return 946684800;
}

std::vector<const Format*> select_formats(const std::vector<std::string>& names) {
    std::vector<const Format*> out;
    for (const auto& f : all_formats())
        if (names.empty() || std::find(names.begin(), names.end(), f.name) != names.end()) out.push_back(&f);
    return out;
}

/// One format's result: bytes, or the message of the failure that stopped it; and its file,
/// staged under a temporary name (published by write_outputs, removed when not).
struct Rendered {
    const Format* format = nullptr;
    Bytes bytes;
    Diagnostics diagnostics;
    std::string failure;
    std::optional<StagedFile> staged;
    std::string staging_failure;
    int pages = 0; ///< the PDF's page count
};

/// Writes a rendered format's file under its temporary name, on the thread that rendered it (its
/// flush to disk then overlaps the formats still rendering), after what `writer` took of it while
/// it rendered. Nothing is staged for a format that failed or reported errors.
void stage(Rendered& r, FileWriter& writer) {
    if (!r.failure.empty() || r.diagnostics.has_errors()) return;
    try {
        r.staged.emplace(writer.finish(r.bytes));
    } catch (const Error& e) {
        r.staging_failure = e.what();
    }
}

/// Renders one format into `r`: its bytes, or the message of what stopped it; the start of its
/// file handed to `writer` as it comes.
void render_one(Rendered& r, const Format* f, const Loaded& l, const RenderOptions& ro, FileWriter& writer) {
    r.format = f;
    RenderOptions mine = ro;
    mine.pages = &r.pages;
    mine.early = &writer;
    try {
        r.bytes = f->write(l.briefing, l.style, mine, r.diagnostics);
    } catch (const Error& e) {
        r.failure = e.what();
    } catch (const std::exception& e) {
        r.failure = std::string("internal error: ") + e.what();
    }
}

/// Begins, on a helper, what the formats can prepare without the inputs (the PDF's font list and
/// hyphenation patterns): it runs while the inputs are read and the other formats render, and
/// whoever needs it first waits for it. With one job, nothing is begun (the formats prepare when
/// they first need to).
std::unique_ptr<Background> start_preparing(const std::vector<const Format*>& formats, int jobs) {
    if (jobs <= 1) return nullptr;
    return std::make_unique<Background>([&formats] {
        for (const Format* f : formats)
            if (f->prepare != nullptr) f->prepare();
    });
}

/// Renders the formats and stages their files; results keep the table's order, so the output is
/// the same whatever the thread count. With more than one job, a format that spreads over every
/// core itself (the PDF) runs on the calling thread, and the others on helpers at a lower
/// scheduling priority: they take the cores the PDF leaves idle in its serial steps (libharu's
/// objects, the save) instead of slowing its parallel layout, which with equal priority finished
/// last and alone. When the PDF is done, the calling thread takes the formats still waiting.
std::vector<Rendered> render_formats(const std::vector<const Format*>& formats, const Loaded& l,
                                     const RenderOptions& ro, int jobs, const std::filesystem::path& out_dir,
                                     Progress& progress) {
    std::vector<Rendered> out(formats.size());
    std::mutex reporting;
    auto render = [&](std::size_t i) {
        FileWriter writer(out_dir / formats[i]->file_name, jobs > 1);
        render_one(out[i], formats[i], l, ro, writer);
        stage(out[i], writer);
        const std::lock_guard<std::mutex> lock(reporting);
        progress.step("rendered " + formats[i]->name);
    };
    std::vector<std::size_t> front, behind;
    for (std::size_t i = 0; i < formats.size(); ++i) (formats[i]->spreads ? front : behind).push_back(i);
    if (jobs <= 1 || front.empty() || behind.empty()) {
        parallel_for(formats.size(), jobs, render);
        return out;
    }
    std::atomic<std::size_t> next{0};
    auto take_behind = [&] {
        for (std::size_t k = next++; k < behind.size(); k = next++) render(behind[k]);
    };
    Helpers running = start_helpers(std::min(behind.size(), static_cast<std::size_t>(jobs - 1)), take_behind, Priority::low);
    for (std::size_t i : front) render(i);
    take_behind();
    running.wait();
    return out;
}

/// Publishes every staged file, or none when any format failed or reported errors; the files they
/// replace are held in `leftovers` (when given) until it is emptied.
int write_outputs(std::vector<Rendered>& rendered, const BuildOptions& options, Leftovers* leftovers, Progress& progress,
                  std::ostream& err, BuildReport& report) {
    bool failed = false;
    for (const auto& r : rendered) {
        Diagnostics d = r.diagnostics;
        if (options.input.strict) d.promote_warnings();
        print_diagnostics(d, err);
        report.warnings += d.warning_count();
        report.errors += d.error_count();
        if (!r.failure.empty()) err << "brief: error: " << r.format->name << ": " << r.failure << '\n';
        failed = failed || !r.failure.empty() || d.has_errors();
    }
    if (failed) {
        err << "brief: nothing written; earlier outputs in " << options.out_dir.string() << " are untouched\n";
        return exit_input;
    }
    if (options.may_publish && !options.may_publish()) { // the staged files are removed
        report.dropped = true;
        return exit_ok;
    }
    try {
        // Every file was written under a temporary name first; only when all are complete are
        // they renamed into place, so a failure leaves every earlier output as it was.
        for (const auto& r : rendered)
            if (!r.staging_failure.empty()) throw Error(r.staging_failure);
        for (auto& r : rendered) r.staged->publish(leftovers); // the replaced files freed later
        for (const auto& r : rendered)
            report.written.push_back({r.format->name, options.out_dir / r.format->file_name, r.bytes.size(), r.pages});
        for (const auto& r : rendered)
            progress.step("wrote " + (options.out_dir / r.format->file_name).string() + " (" +
                          std::to_string(r.bytes.size() / 1024) + " KiB)");
    } catch (const Error& e) {
        err << "brief: error: " << e.what() << '\n';
        return exit_input;
    }
    return exit_ok;
}

/// Where a build leaves what it is done with: the cache's under watch (freed between rebuilds),
/// one the process keeps when it exits after the build (reachable, so leak checkers see no leak),
/// else nowhere (freed as it goes).
Leftovers* leftovers_of(const BuildOptions& options, BuildCache* cache) {
    if (cache != nullptr) return &cache->leftovers;
    if (!options.process_exits_after) return nullptr;
    static auto* until_exit = new Leftovers(); // never destroyed: the process's memory goes at exit
    return until_exit;
}

/// The phases of one build, filling `report` as they go; returns the exit code.
int build_into(BuildReport& report, const BuildOptions& options, BuildCache* cache, std::ostream& err) {
    Progress progress(err, options.quiet, options.progress);
    const auto formats = select_formats(options.formats);
    if (formats.empty()) {
        err << "brief: error: no output format selected (known: " << format_names() << ")\n";
        return exit_usage;
    }
    const int jobs = thread_count(options.jobs);
    const std::unique_ptr<Background> preparing = start_preparing(formats, jobs); // waited for when it goes out of scope
    auto held = std::make_unique<Loaded>(load_inputs(options.input, jobs, cache, &report.style_file));
    const Loaded& loaded = *held;
    report.warnings = loaded.diagnostics.warning_count();
    report.errors = loaded.diagnostics.error_count();
    progress.step("read " + std::to_string(loaded.briefing.articles.size()) + " article(s)");
    if (!report_loaded(loaded, options.input, err)) return exit_input;
    RenderOptions ro;
    ro.timestamp = choose_timestamp(loaded.briefing, err);
    ro.pdfa = options.pdfa;
    ro.generator = std::string("brief ") + BRIEF_VERSION;
    ro.threads = jobs;
    ro.leftovers = leftovers_of(options, cache);
    SharedWork shared;
    ro.shared = &shared;
    ro.memo = cache != nullptr ? &cache->made : nullptr;
    std::vector<std::uint64_t> article_keys;
    if (ro.memo != nullptr) {
        article_keys = article_fingerprints(loaded.briefing, jobs);
        ro.article_keys = &article_keys;
    }
    auto rendered = render_formats(formats, loaded, ro, jobs, options.out_dir, progress);
    if (preparing != nullptr) preparing->finish();
    const int code = write_outputs(rendered, options, ro.leftovers, progress, err, report);
    if (ro.leftovers != nullptr) { // the model and the outputs' bytes are freed after the outputs are said written
        auto bytes = std::make_unique<std::vector<Bytes>>();
        for (auto& r : rendered) bytes->push_back(std::move(r.bytes));
        ro.leftovers->keep(std::move(bytes));
        ro.leftovers->keep(std::move(held));
    }
    return code; // files staged and not published are removed here
}

/// A JSON string literal (RFC 8259 section 7): quotes, backslashes and control characters escaped.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += {'\\', c};
        else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else out += c;
    }
    return out + '"';
}

} // namespace

std::string summary_json(const BuildReport& report) {
    std::string out = "{\n  \"ok\": " + std::string(report.exit_code == 0 ? "true" : "false") +
                      ",\n  \"exit_code\": " + std::to_string(report.exit_code) +
                      ",\n  \"warnings\": " + std::to_string(report.warnings) +
                      ",\n  \"errors\": " + std::to_string(report.errors) + ",\n  \"outputs\": [";
    for (std::size_t i = 0; i < report.written.size(); ++i) {
        const WrittenFile& w = report.written[i];
        out += std::string(i == 0 ? "" : ",") + "\n    {\"format\": " + json_string(w.format) +
               ", \"file\": " + json_string(w.file.string()) + ", \"bytes\": " + std::to_string(w.bytes);
        if (w.pages > 0) out += ", \"pages\": " + std::to_string(w.pages);
        out += "}";
    }
    return out + (report.written.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

/// Writes the summary atomically; false (after saying why) when it cannot be written.
bool write_summary(const fs::path& file, const BuildReport& report, std::ostream& err) {
    try {
        write_file_atomic(file, summary_json(report));
        return true;
    } catch (const Error& e) {
        err << "brief: error: --summary-json: " << e.what() << '\n';
        return false;
    }
}

/// Processor time this process has used so far, in seconds (user and system, every thread).
double cpu_seconds_used() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

BuildReport build_briefing(const BuildOptions& options, BuildCache* cache, std::ostream& err) {
    const auto started = std::chrono::steady_clock::now();
    const double cpu_before = cpu_seconds_used();
    BuildReport report;
    const std::size_t hits_before = cache != nullptr ? cache->made.hits() : 0;
    const std::size_t made_before = cache != nullptr ? cache->made.made() : 0;
    report.exit_code = build_into(report, options, cache, err);
    if (cache != nullptr) {
        report.reused = cache->made.hits() - hits_before;
        report.remade = cache->made.made() - made_before;
        // Only a build that rendered asked for everything it needs: after a failed or dropped
        // one the results stay for the next.
        if (report.exit_code == exit_ok && !report.dropped) cache->made.sweep();
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    report.cpu_seconds = cpu_seconds_used() - cpu_before;
    return report;
}

int run_build(const BuildOptions& options, std::ostream& err) {
    BuildReport report;
    try {
        report = build_briefing(options, nullptr, err);
    } catch (const Error&) {
        report.exit_code = exit_input;
        report.errors += 1;
        if (!options.summary_json.empty()) write_summary(options.summary_json, report, err);
        throw;
    }
    if (!options.summary_json.empty() && !write_summary(options.summary_json, report, err)) return exit_input;
    return report.exit_code;
}

int run_check(const InputOptions& options, std::ostream& err) {
    const Loaded loaded = load_inputs(options, thread_count(0));
    print_diagnostics(loaded.diagnostics, err);
    if (!options.quiet)
        err << "brief: " << loaded.briefing.articles.size() << " article(s), " << loaded.diagnostics.error_count()
        << " error(s), " << loaded.diagnostics.warning_count() << " warning(s)\n";
    return loaded.diagnostics.has_errors() ? exit_input : exit_ok;
}

int run_dump(const InputOptions& options, std::ostream& out, std::ostream& err) {
    Loaded loaded = load_inputs(options, thread_count(0));
    for (const auto& d : loaded.diagnostics.all())
        if (!options.quiet || d.severity == Severity::error) err << format_diagnostic(d) << '\n';
    out << (options.json ? dump_json(loaded.briefing) : dump_briefing(loaded.briefing));
    return loaded.diagnostics.has_errors() ? exit_input : exit_ok;
}

} // namespace brief
