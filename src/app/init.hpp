// brief init: a new briefing folder from the templates in share/init (embedded at build time).
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

struct InitOptions {
    std::filesystem::path dir = "."; ///< the folder to fill; created when missing
    std::string style = "default";   ///< written as briefing.yaml's `style`; a FILE is copied into DIR/styles
    bool quiet = false;
};

/// One template file: its name under share/init and its text (embedded by the build).
struct InitTemplate {
    std::string_view name;
    std::string_view text;
};

/// The templates, from the build's generated init_files.cpp.
const std::vector<InitTemplate>& init_templates();

/// Writes DIR/articles/briefing.yaml, DIR/articles/example-article.md and DIR/.gitignore. Refuses
/// (exit 1, nothing written) a folder that already has articles or a briefing.yaml.
int run_init(const InitOptions& options, std::ostream& out, std::ostream& err);

} // namespace brief
