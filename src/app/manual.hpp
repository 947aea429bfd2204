// The man page and the bash and zsh completions, generated from the CLI11 definition (make_cli).
#pragma once

#include <iosfwd>
#include <string>

namespace brief {

struct Cli;

/// brief.1 in roff (man(7) macros): synopsis, commands, every option with its help text, then the
/// front-matter fields, exit status, environment, files and examples.
std::string generate_man(Cli& cli);

/// A bash completion script: `complete -F _brief brief`.
std::string generate_bash(Cli& cli);

/// A zsh completion function file (`#compdef brief`), for a folder on $fpath named _brief.
std::string generate_zsh(Cli& cli);

/// Prints what `which` names ("man", "bash" or "zsh") to `out`; returns the exit code.
int print_generated(Cli& cli, const std::string& which, std::ostream& out);

} // namespace brief
