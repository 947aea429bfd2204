// run_init: checks the folder is free of articles, then writes the templates with the chosen style.
#include "app/init.hpp"

#include "app/run.hpp"
#include "core/error.hpp"
#include "core/files.hpp"
#include "style/load.hpp"

#include <ostream>

namespace brief {

namespace fs = std::filesystem;

namespace {

std::string_view template_text(std::string_view name) {
    for (const auto& t : init_templates())
        if (t.name == name) return t.text;
    throw Error("brief was built without the init template " + std::string(name));
}

/// The first article or briefing file already in `dir` or `dir/articles`, or an empty path.
fs::path existing_articles(const fs::path& dir) {
    for (const fs::path& folder : {dir, dir / "articles"}) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            const auto& p = entry.path();
            if (p.extension() == ".md" || p.extension() == ".markdown" || p.filename() == "briefing.yaml") return p;
        }
    }
    return {};
}

/// The `style:` value for briefing.yaml: a shipped NAME as it is; a FILE is copied into DIR/styles
/// and named by its stem (brief looks in ./styles first).
std::string place_style(const InitOptions& options, std::vector<fs::path>& written) {
    const fs::path found = find_style(options.style, default_style_dirs()); // throws when there is none
    const bool is_file = options.style.find('/') != std::string::npos || options.style.ends_with(".yaml");
    if (!is_file) return options.style;
    const fs::path copy = options.dir / "styles" / found.filename();
    write_file_atomic(copy, read_file(found, 1u << 20));
    written.push_back(copy);
    return found.stem().string();
}

/// briefing.yaml's template with its @STYLE@ filled in.
std::string briefing_yaml(const std::string& style) {
    std::string text(template_text("briefing.yaml"));
    const auto at = text.find("@STYLE@");
    if (at != std::string::npos) text.replace(at, 7, style);
    return text;
}

/// Writes .gitignore, or adds the out/ line to one that lacks it.
void write_gitignore(const fs::path& dir, std::vector<fs::path>& written) {
    const fs::path file = dir / ".gitignore";
    std::error_code ec;
    std::string text;
    if (fs::is_regular_file(file, ec)) {
        text = read_file(file, 1u << 20);
        if (text.find("/out/") != std::string::npos) return;
        if (!text.empty() && text.back() != '\n') text += '\n';
    }
    write_file_atomic(file, text + std::string(template_text("gitignore")));
    written.push_back(file);
}

} // namespace

int run_init(const InitOptions& options, std::ostream& out, std::ostream& err) {
    if (const fs::path found = existing_articles(options.dir); !found.empty()) {
        err << "brief: error: " << found.string() << ": " << options.dir.string()
            << " already has articles; brief init only fills a new or empty briefing folder\n";
        return exit_input;
    }
    std::vector<fs::path> written;
    const std::string style = place_style(options, written);
    const fs::path articles = options.dir / "articles";
    write_file_atomic(articles / "briefing.yaml", briefing_yaml(style));
    written.push_back(articles / "briefing.yaml");
    write_file_atomic(articles / "example-article.md", template_text("example-article.md"));
    written.push_back(articles / "example-article.md");
    write_gitignore(options.dir, written);
    if (!options.quiet) {
        for (const auto& w : written) out << "wrote " << w.string() << '\n';
        out << "next: cd " << options.dir.string() << " && brief build   (or brief watch while you write)\n";
    }
    return exit_ok;
}

} // namespace brief
