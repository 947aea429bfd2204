// The command line as data: one function builds the CLI11 app that main parses and that the man
// page and the shell completions are generated from.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace brief {

/// One subcommand: its CLI11 node (which owns the parsed values through `run`'s captures) and
/// what runs when it was chosen, returning the exit code.
struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

/// The whole command line. Not movable (CLI11 keeps pointers into it): made by make_cli.
struct Cli {
    CLI::App app;
    std::vector<Command> commands;
    std::string generate; ///< hidden --generate man|bash|zsh: print that file instead of running a command
};

/// Builds the brief command line: one add_*_command call per subcommand, in the order --help
/// lists them. A new subcommand is one more function of that shape.
std::unique_ptr<Cli> make_cli();

/// Each subcommand's registration: adds its options to `cli.app` and its Command to `cli.commands`.
void add_build_command(Cli& cli);
void add_watch_command(Cli& cli);
void add_check_command(Cli& cli);
void add_dump_command(Cli& cli);
void add_init_command(Cli& cli);
void add_import_command(Cli& cli);

/// Parses argv and runs the chosen command (or the generator); returns the exit code.
int run_cli(Cli& cli, int argc, char** argv);

/// The version line, "brief 0.1.0".
std::string version_line();

} // namespace brief
