// The brief command line: CLI11 options to run_build / run_check / run_dump, and their exit codes.
#include "app/formats.hpp"
#include "app/import.hpp"
#include "app/run.hpp"
#include "core/error.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0"
#endif

namespace {

using namespace brief;

void add_input_options(CLI::App& cmd, InputOptions& in) {
    cmd.add_option("paths", in.inputs, "Folders of articles (*.md, plus briefing.yaml) or single files")
        ->default_str("articles");
    cmd.add_option("-s,--style", in.style, "Style NAME (styles/NAME.yaml) or a style FILE")->default_str("default");
    cmd.add_flag("--strict", in.strict, "Treat warnings as errors");
    cmd.add_flag("-k,--keep-going", in.keep_going, "Leave out articles with errors instead of failing");
    cmd.add_option("--max-file-size", in.max_file_bytes, "Largest input file in bytes")->default_str("67108864");
}

const char* build_help = R"(
Examples:
  brief build                          all formats from articles/ into out/
  brief build articles -f pdf,epub     only the PDF and the EPUB
  brief build -f pdf --pdfa --style letter
                                       PDF/A-1b on US Letter paper
  SOURCE_DATE_EPOCH=1543190400 brief build
                                       fix every timestamp (same input, same bytes)

Each file is written atomically: a failed run leaves earlier outputs as they were.)";

const char* check_help = R"(
Example:
  brief check articles      prints problems as FILE:LINE:COL: error: ..., exit 1 on errors)";

const char* dump_help = R"(
Example:
  brief dump articles > model.txt
  One node per line with @line:col positions; notes show their number and kind.)";

/// `brief import PAGE... [-o DIR] [--force] [--stdout] [--json]`: the options live in src/app/import.
CLI::App* add_import_command(CLI::App& app, ImportOptions& o) {
    auto* cmd = app.add_subcommand("import", "Turn saved web pages and scraped text into articles/*.md to review");
    cmd->add_option("pages", o.pages, "Saved pages (.html, .htm, .gz) or text files")->required();
    cmd->add_option("-o,--output", o.out_dir, "Folder for the articles (created if missing)")->default_str("articles");
    cmd->add_flag("--force", o.force, "Overwrite articles that already exist");
    cmd->add_flag("--stdout", o.to_stdout, "Print the Markdown instead of writing files");
    cmd->add_flag("--json", o.json, "Print one JSON record per page instead of writing files");
    cmd->add_flag("-q,--quiet", o.quiet, "No progress lines");
    cmd->add_option("--max-file-size", o.max_file_bytes, "Largest page in bytes (also once unzipped)")->default_str("67108864");
    cmd->footer(import_help);
    return cmd;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"brief: turn a folder of news articles into one attributed briefing\n"
                 "(PDF, EPUB 3, DOCX and flat WordprocessingML, with source footnotes)."};
    app.set_version_flag("--version", std::string("brief ") + BRIEF_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'brief COMMAND --help' for a command's options and examples.\n"
               "Exit codes: 0 success, 1 problems in the input or output, 2 usage errors.");

    BuildOptions build;
    std::string formats;
    auto* b = app.add_subcommand("build", "Render the articles into out/briefing.{pdf,epub,docx,xml}");
    add_input_options(*b, build.input);
    b->add_option("-o,--output", build.out_dir, "Output folder (created if missing)")->default_str("out");
    b->add_option("-f,--formats", formats, "Comma-separated formats: " + format_names() + " (default: all)");
    b->add_flag("--pdfa", build.pdfa, "Write the PDF as PDF/A-1b for archiving");
    b->add_flag("-q,--quiet", build.quiet, "No progress lines");
    b->add_flag("--progress", build.progress, "Progress lines even when stderr is not a terminal");
    b->add_option("-j,--jobs", build.jobs,
                  "Threads to use: formats, articles read and laid out, PDF pages compressed (default: one per "
                  "core; the output is the same for any number)");
    b->footer(build_help);

    InputOptions check;
    auto* c = app.add_subcommand("check", "Read and validate the articles; print every problem");
    add_input_options(*c, check);
    c->footer(check_help);

    InputOptions dump;
    auto* d = app.add_subcommand("dump", "Print the document model after the passes (for tests and bug reports)");
    add_input_options(*d, dump);
    d->footer(dump_help);

    ImportOptions import_options;
    auto* import_cmd = add_import_command(app, import_options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_usage;
    }

    try {
        if (*b) {
            for (std::size_t start = 0; start <= formats.size() && !formats.empty();) {
                const auto end = std::min(formats.find(',', start), formats.size());
                const std::string name = formats.substr(start, end - start);
                bool known = false;
                for (const auto& f : all_formats()) known = known || f.name == name;
                if (!known) {
                    std::cerr << "brief: error: unknown format '" << name << "' (known: " << format_names() << ")\n";
                    return exit_usage;
                }
                build.formats.push_back(name);
                start = end + 1;
            }
            build.process_exits_after = true; // main returns right after
            return run_build(build, std::cerr);
        }
        if (*c) return run_check(check, std::cerr);
        if (*import_cmd) return run_import(import_options, std::cout, std::cerr);
        return run_dump(dump, std::cout, std::cerr);
    } catch (const Error& e) {
        std::cerr << "brief: error: " << e.what() << '\n';
        return exit_input;
    }
}
