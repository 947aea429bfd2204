// The one exception type: a failure that stops the run (problems in user content are diagnostics).
#pragma once

#include <stdexcept>
#include <string>

namespace brief {

/// A failure that stops the whole run: unreadable input folder, unwritable output, a C library
/// that failed. Its message is complete and user-facing; the CLI prints it as `brief: error: ...`.
class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

} // namespace brief
