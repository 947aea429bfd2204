// Progress: elapsed-time gated status lines.
#include "app/progress.hpp"

#include <cstdio>
#include <ostream>
#include <unistd.h>

namespace brief {

Progress::Progress(std::ostream& err, bool quiet, bool forced)
    : err_(err), enabled_(!quiet && (forced || ::isatty(STDERR_FILENO) != 0)), forced_(forced),
      start_(std::chrono::steady_clock::now()) {}

void Progress::step(const std::string& what) {
    if (!enabled_) return;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (!forced_ && seconds < 1.0) return;
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1f s", seconds);
    err_ << "brief: " << what << " (" << elapsed << ")\n" << std::flush;
}

} // namespace brief
