// Small briefings made in memory for tests: Markdown in, model after the passes out.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"

#include <string>
#include <vector>

namespace brief::test {

/// One article file's text (front matter included) and its name.
struct ArticleText {
    std::string file;
    std::string text;
};

/// Reads the articles with the real reader, adds a Wall Street Journal credit (aliases
/// "Wall Street Journal", "WSJ") unless `with_credit` is false, and runs the passes. The
/// briefing is titled "Test Briefing", dated 2018-11-26, marked UNCLASSIFIED.
Briefing make_briefing(const std::vector<ArticleText>& articles, Diagnostics& diagnostics, bool with_credit = true);

/// The same for one article body: front matter "title: Test article", outlet "Test Outlet".
Briefing briefing_from_body(const std::string& markdown_body, Diagnostics& diagnostics);

/// The briefing of the repository's articles/ folder, as `brief build` reads it.
Briefing seed_briefing(Diagnostics& diagnostics);

/// styles/default.yaml (or letter.yaml) from the repository.
Style shipped_style(const std::string& name = "default");

} // namespace brief::test
