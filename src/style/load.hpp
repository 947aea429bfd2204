// load_style: styles/<name>.yaml (or any file) into a Style, with `base:` inheritance.
#pragma once

#include "core/diagnostics.hpp"
#include "style/style.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

/// Where `--style NAME` looks: ./styles, then the installed styles (../share/brief/styles from the
/// program's folder), then the source tree's styles folder the build was made from.
std::vector<std::filesystem::path> default_style_dirs();

/// Finds a style: a value with a '/' or ending in .yaml is a file; otherwise NAME.yaml in each
/// folder of `dirs`. Throws Error listing the places looked when there is none.
std::filesystem::path find_style(const std::string& name_or_file, const std::vector<std::filesystem::path>& dirs);

/// Reads a style file. A `base: NAME` key loads that style first and applies this file over it.
/// Unknown keys warn; bad values are errors with file and line (the Style keeps its defaults).
Style load_style(const std::string& name_or_file, const std::vector<std::filesystem::path>& dirs,
                 Diagnostics& diagnostics);

/// Parses a length: a bare number is points; units pt, mm, cm, in. Returns false when invalid.
bool parse_length(std::string_view text, double& points);

/// Parses "#RRGGBB" or "RRGGBB".
bool parse_color(std::string_view text, Color& color);

} // namespace brief
