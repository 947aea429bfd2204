// The commands behind the CLI: build, check and dump, each a list of phases returning an exit code.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace brief {

/// Exit codes: 0 success, 1 problems in the input (or a failed write), 2 usage errors.
enum ExitCode { exit_ok = 0, exit_input = 1, exit_usage = 2 };

/// What every command reads and how.
struct InputOptions {
    std::vector<std::filesystem::path> inputs{"articles"};
    std::string style = "default";
    bool strict = false;     ///< warnings count as errors
    bool keep_going = false; ///< leave out articles with errors instead of failing
    std::uintmax_t max_file_bytes = 64u << 20;
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
};

int run_build(const BuildOptions& options, std::ostream& err);
int run_check(const InputOptions& options, std::ostream& err);
int run_dump(const InputOptions& options, std::ostream& out, std::ostream& err);

} // namespace brief
