// brief watch: build, then rebuild on every change of the inputs, until SIGINT or SIGTERM.
#pragma once

#include "app/run.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace brief {

/// Whether a changed file is one a build reads or shows: an article (.md, .markdown), a
/// briefing.yaml, an image beside them, or the style file. Editors' and brief's own temporary
/// files (*.swp, *~, *.tmp) are not.
bool is_watched_change(const std::filesystem::path& changed, const std::filesystem::path& style_file);

/// "a.md, b.md and 3 more": what changed, for the line printed per rebuild.
std::string describe_changes(const std::vector<std::filesystem::path>& changed);

/// Builds once, then rebuilds whenever a watched input changes, reparsing only the articles whose
/// bytes changed. A failed rebuild prints its diagnostics and leaves the last good outputs. Returns
/// 0 when stopped by SIGINT or SIGTERM, 1 when the inputs cannot be watched at all.
int run_watch(const BuildOptions& options, std::ostream& err);

} // namespace brief
