// Progress lines on stderr for long runs: shown after the first second on a terminal, or always
// with --progress; never with --quiet.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

namespace brief {

class Progress {
  public:
    Progress(std::ostream& err, bool quiet, bool forced);
    /// Prints "brief: <what> (1.2 s)" when progress is on and the run is long enough to care.
    void step(const std::string& what);

  private:
    std::ostream& err_;
    bool enabled_;
    bool forced_;
    std::chrono::steady_clock::time_point start_;
};

} // namespace brief
