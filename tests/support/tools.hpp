// Outside tools from a test: run a shell command capturing its streams, in a scratch folder.
#pragma once

#include <filesystem>
#include <string>

namespace brief::test {

/// What a shell command printed and how it ended (std::system's status).
struct Command {
    int status = -1;
    std::string out, err;
};

/// A path named `name` in this process's scratch folder (under the system's temporary folder,
/// removed at exit unless BRIEF_KEEP_TEST_FILES is set).
std::filesystem::path scratch(const std::string& name);

/// The whole file, as bytes (empty when it cannot be read).
std::string slurp(const std::filesystem::path& path);

/// Runs `command` in a shell, its output and error streams captured.
Command run(const std::string& command);

/// True when `tool` is on PATH.
bool have(const std::string& tool);

} // namespace brief::test
