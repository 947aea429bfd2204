// make_cli and run_cli: every subcommand's options, help text and examples, in one place.
#include "app/cli.hpp"

#include "app/formats.hpp"
#include "app/import.hpp"
#include "app/init.hpp"
#include "app/manual.hpp"
#include "app/run.hpp"
#include "app/watch.hpp"
#include "core/error.hpp"

#include <iostream>

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0"
#endif

namespace brief {

namespace {

void add_input_options(CLI::App& cmd, InputOptions& in) {
    cmd.add_option("paths", in.inputs, "Folders of articles (*.md, plus briefing.yaml) or single files")
        ->default_str("articles")
        ->type_name("PATH");
    cmd.add_option("-s,--style", in.style,
                   "Style NAME (styles/NAME.yaml, then the shipped styles) or a style FILE; default: the "
                   "briefing.yaml 'style' key, else default")
        ->type_name("STYLE");
    cmd.add_flag("--strict", in.strict, "Treat warnings as errors");
    cmd.add_flag("-k,--keep-going", in.keep_going, "Leave out articles with errors instead of failing");
    cmd.add_option("--max-file-size", in.max_file_bytes, "Largest input file in bytes")
        ->default_str("67108864")
        ->type_name("BYTES");
}

/// What build and watch share: the output options, and the -f list parsed after CLI11's pass.
struct BuildArgs {
    BuildOptions build;
    std::string formats;
};

/// Watch's arguments: build's, and how long a burst of changes must fall quiet.
struct WatchArgs : BuildArgs {
    int debounce_ms = static_cast<int>(default_debounce.count());
};

void add_build_options(CLI::App& cmd, BuildArgs& a) {
    add_input_options(cmd, a.build.input);
    cmd.add_option("-o,--output", a.build.out_dir, "Output folder (created if missing)")->default_str("out")->type_name("DIR");
    cmd.add_option("-f,--formats", a.formats, "Comma-separated formats: " + format_names() + " (default: all)")
        ->type_name("LIST");
    cmd.add_flag("--pdfa", a.build.pdfa, "Write the PDF as PDF/A-1a (and PDF/UA-1) for archiving");
    cmd.add_flag("-q,--quiet", a.build.quiet, "No progress lines");
    cmd.add_flag("--progress", a.build.progress, "Progress lines even when stderr is not a terminal");
    cmd.add_option("-j,--jobs", a.build.jobs,
                   "Threads to use: formats, articles read and laid out, PDF pages compressed (default: one per "
                   "core; the output is the same for any number)")
        ->type_name("N");
    cmd.add_option("--summary-json", a.build.summary_json,
                   "Also write a JSON summary of the run to FILE: exit status, warnings, and per format the "
                   "file, its bytes and (PDF) its pages")
        ->type_name("FILE");
}

/// Splits -f's comma list into known format names; false (after saying why) on an unknown one.
bool parse_formats(const std::string& list, std::vector<std::string>& out) {
    for (std::size_t start = 0; start <= list.size() && !list.empty();) {
        const auto end = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, end - start);
        bool known = false;
        for (const auto& f : all_formats()) known = known || f.name == name;
        if (!known) {
            std::cerr << "brief: error: unknown format '" << name << "' (known: " << format_names() << ")\n";
            return false;
        }
        out.push_back(name);
        start = end + 1;
    }
    return true;
}

const char* build_help = R"(
Examples:
  brief build                          all formats from articles/ into out/
  brief build articles -f pdf,epub     only the PDF and the EPUB
  brief build -f pdf --pdfa --style letter
                                       PDF/A-1a on US Letter paper
  brief build -q --summary-json out/summary.json
                                       silent; what was written, for a scheduler
  SOURCE_DATE_EPOCH=1543190400 brief build
                                       fix every timestamp (same input, same bytes)

Each file is written atomically: a failed run leaves earlier outputs as they were.)";

const char* watch_help = R"(
Examples:
  brief watch                          build articles/ into out/, then again on every save
  brief watch -f pdf --style letter    only the PDF, on US Letter paper
  brief watch --debounce 300           write only once 300 ms pass with no change (a script
                                       writing several files)

Rebuilds when an article, briefing.yaml, an image beside them or the style file changes. A run
with errors prints them and leaves the last good outputs in place. Ctrl-C stops it.)";

const char* check_help = R"(
Example:
  brief check articles      prints problems as FILE:LINE:COL: error: ..., exit 1 on errors)";

const char* dump_help = R"(
Example:
  brief dump articles > model.txt
  One node per line with @line:col positions; notes show their number and kind.
  brief dump --json articles | jq '.key_points[] | {text, articles}'
  The model as JSON: key points with the files of the articles that report them, then every node.)";

const char* init_help = R"(
Example:
  brief init hearing && cd hearing && brief build
  DIR gets articles/briefing.yaml (commented), one example article showing every front-matter
  field, and a .gitignore for out/. A folder that already has articles is left alone.)";

} // namespace

std::string version_line() { return std::string("brief ") + BRIEF_VERSION; }

void add_build_command(Cli& cli) {
    auto a = std::make_shared<BuildArgs>();
    auto* cmd = cli.app.add_subcommand("build", "Render the articles into out/briefing.{pdf,epub,docx,xml}");
    add_build_options(*cmd, *a);
    cmd->footer(build_help);
    cli.commands.push_back({cmd, [a] {
                                if (!parse_formats(a->formats, a->build.formats)) return int(exit_usage);
                                a->build.process_exits_after = true; // main returns right after
                                return run_build(a->build, std::cerr);
                            }});
}

void add_watch_command(Cli& cli) {
    auto a = std::make_shared<WatchArgs>();
    auto* cmd = cli.app.add_subcommand("watch", "Build, then rebuild whenever an input changes, until Ctrl-C");
    add_build_options(*cmd, *a);
    cmd->add_option("--debounce", a->debounce_ms,
                    "Milliseconds with no change after a save before the rebuild's outputs are written (it "
                    "starts at once; a change within them starts it again); raise it when one save comes in "
                    "steps further apart (a script, a network file system); 1 to 60000")
        ->default_str(std::to_string(default_debounce.count()))
        ->check(CLI::Range(1, 60000).description(""))
        ->type_name("MS");
    cmd->footer(watch_help);
    cli.commands.push_back({cmd, [a] {
                                if (!parse_formats(a->formats, a->build.formats)) return int(exit_usage);
                                return run_watch(a->build, watch_quiet(std::chrono::milliseconds{a->debounce_ms}), std::cerr);
                            }});
}

void add_check_command(Cli& cli) {
    auto in = std::make_shared<InputOptions>();
    auto* cmd = cli.app.add_subcommand("check", "Read and validate the articles; print every problem");
    add_input_options(*cmd, *in);
    cmd->add_flag("-q,--quiet", in->quiet, "Print only the problems, not the closing count");
    cmd->footer(check_help);
    cli.commands.push_back({cmd, [in] { return run_check(*in, std::cerr); }});
}

void add_dump_command(Cli& cli) {
    auto in = std::make_shared<InputOptions>();
    auto* cmd = cli.app.add_subcommand("dump", "Print the document model after the passes (for tests and bug reports)");
    add_input_options(*cmd, *in);
    cmd->add_flag("-q,--quiet", in->quiet, "Print no warnings, only errors");
    cmd->add_flag("--json", in->json, "Print the whole model as JSON, key points first");
    cmd->footer(dump_help);
    cli.commands.push_back({cmd, [in] { return run_dump(*in, std::cout, std::cerr); }});
}

void add_init_command(Cli& cli) {
    auto o = std::make_shared<InitOptions>();
    auto* cmd = cli.app.add_subcommand("init", "Start a new briefing folder: briefing.yaml, an example article, .gitignore");
    cmd->add_option("dir", o->dir, "Folder to create or fill (default: the current folder)")->type_name("DIR");
    cmd->add_option("-s,--style", o->style, "Style the briefing names in briefing.yaml (default, letter, or a FILE)")
        ->default_str("default")
        ->type_name("STYLE");
    cmd->add_flag("-q,--quiet", o->quiet, "Do not list the files written");
    cmd->footer(init_help);
    cli.commands.push_back({cmd, [o] { return run_init(*o, std::cout, std::cerr); }});
}

/// `brief import PAGE... [-o DIR] [--force] [--stdout] [--json]`: the options live in src/app/import.
void add_import_command(Cli& cli) {
    auto o = std::make_shared<ImportOptions>();
    auto* cmd = cli.app.add_subcommand("import", "Turn saved web pages and scraped text into articles/*.md to review");
    cmd->add_option("pages", o->pages, "Saved pages (.html, .htm, .gz) or text files")->required()->type_name("PAGE");
    cmd->add_option("-o,--output", o->out_dir, "Folder for the articles (created if missing)")->default_str("articles")->type_name("DIR");
    cmd->add_flag("--force", o->force, "Overwrite articles that already exist");
    cmd->add_flag("--stdout", o->to_stdout, "Print the Markdown instead of writing files");
    cmd->add_flag("--json", o->json, "Print one JSON record per page instead of writing files");
    cmd->add_flag("-q,--quiet", o->quiet, "No progress lines");
    cmd->add_option("--max-file-size", o->max_file_bytes, "Largest page in bytes (also once unzipped)")
        ->default_str("67108864")
        ->type_name("BYTES");
    cmd->footer(import_help);
    cli.commands.push_back({cmd, [o] { return run_import(*o, std::cout, std::cerr); }});
}

std::unique_ptr<Cli> make_cli() {
    auto cli = std::make_unique<Cli>();
    CLI::App& app = cli->app;
    app.description("brief: turn a folder of news articles into one attributed briefing\n"
                    "(PDF, EPUB 3, DOCX and flat WordprocessingML, with source footnotes).");
    app.name("brief");
    app.set_version_flag("--version", version_line());
    app.require_subcommand(0, 1);
    app.footer("Run 'brief COMMAND --help' for a command's options and examples.\n"
               "Exit codes: 0 success, 1 problems in the input or output, 2 usage errors.");
    app.add_option("--generate", cli->generate, "Print the man page or a shell completion (man, bash, zsh)")
        ->check(CLI::IsMember({"man", "bash", "zsh"}))
        ->group(""); // hidden: the build runs it
    add_build_command(*cli);
    add_watch_command(*cli);
    add_check_command(*cli);
    add_dump_command(*cli);
    add_init_command(*cli);
    add_import_command(*cli);
    return cli;
}

int run_cli(Cli& cli, int argc, char** argv) {
    try {
        cli.app.parse(argc, argv);
        if (cli.app.get_subcommands().empty() && cli.generate.empty()) throw CLI::RequiredError("A subcommand");
    } catch (const CLI::CallForHelp& e) {
        return cli.app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return cli.app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.app.exit(e);
    } catch (const CLI::ParseError& e) {
        cli.app.exit(e);
        return exit_usage;
    }
    try {
        if (!cli.generate.empty()) return print_generated(cli, cli.generate, std::cout);
        for (const auto& c : cli.commands)
            if (c.app->parsed()) return c.run();
        return exit_usage;
    } catch (const Error& e) {
        std::cerr << "brief: error: " << e.what() << '\n';
        return exit_input;
    }
}

} // namespace brief
