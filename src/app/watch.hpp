// brief watch: build, then rebuild on every change of the inputs, until SIGINT or SIGTERM.
#pragma once

#include "app/run.hpp"
#include "core/watch.hpp"

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace brief {

/// The quiet spells that end a burst of changes (core/watch.hpp's Quiet). An editor saves in a
/// burst of steps a few milliseconds apart (vim renames the file to a backup, writes it anew and
/// deletes the backup; gedit writes a temporary and renames it over; VS Code writes the file in
/// place). Once each file is written and closed or moved into place, the rebuild starts at once,
/// and its outputs are published if `settled` has passed with no further change that matters: by
/// default 10 ms, always over by the time a rebuild is done, so it costs nothing (before, every
/// rebuild waited it out first). A change within it drops the rebuild, which starts again with
/// that change. While a file is still open, or one was deleted or moved away, the rebuild waits
/// until 30 ms more pass with no change (several times the gaps of a burst, below the ~100 ms a
/// person notices). `--debounce MS` sets `settled` for saves that come further apart: a script
/// writing several files, a network file system, a loaded machine.
inline constexpr std::chrono::milliseconds default_debounce{10};
Quiet watch_quiet(std::chrono::milliseconds settled);

/// Whether a changed file is one a build reads or shows: an article (.md, .markdown), a
/// briefing.yaml, an image beside them, or the style file. Editors' and brief's own temporary
/// files (*.swp, *~, *.tmp) are not.
bool is_watched_change(const std::filesystem::path& changed, const std::filesystem::path& style_file);

/// "a.md, b.md and 3 more": what changed, for the line printed per rebuild; with no file named
/// (inotify lost the changes), that any file may have changed.
std::string describe_changes(const std::vector<std::filesystem::path>& changed);

/// Builds once, then rebuilds whenever a watched input changes, reading again only the articles
/// inotify names (or whose stamp changed) and reparsing only those whose bytes changed. A failed
/// rebuild prints its diagnostics and leaves the last good outputs. Returns 0 when stopped by
/// SIGINT or SIGTERM, 1 when the inputs cannot be watched at all. `quiet` ends a burst of changes.
int run_watch(const BuildOptions& options, Quiet quiet, std::ostream& err);

} // namespace brief
