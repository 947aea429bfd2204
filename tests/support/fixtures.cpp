// Test fixtures built with the real reader, passes and style loader.
#include "fixtures.hpp"

#include "synth/passes.hpp"
#include "read/articles.hpp"
#include "style/load.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace brief::test {

Briefing make_briefing(const std::vector<ArticleText>& articles, Diagnostics& diagnostics, bool with_credit) {
    Briefing b;
    b.meta.title = "Test Briefing";
    b.meta.date = "2018-11-26";
    b.meta.issuer = "Test Unit";
    b.meta.classification = "UNCLASSIFIED";
    if (with_credit) b.credits.push_back(Credit{"The Wall Street Journal", {"Wall Street Journal", "WSJ"}, "https://www.wsj.com/"});
    for (const auto& a : articles)
        if (auto article = read_article(a.text, a.file, diagnostics)) b.articles.push_back(std::move(*article));
    run_passes(b, diagnostics);
    return b;
}

Briefing briefing_from_body(const std::string& markdown_body, Diagnostics& diagnostics) {
    return make_briefing({{"test.md", "---\ntitle: Test article\noutlet: Test Outlet\n---\n" + markdown_body}}, diagnostics);
}

Briefing seed_briefing(Diagnostics& diagnostics) {
    // Read from the repository root so file names are "articles/x.md" on every machine.
    std::filesystem::current_path(BRIEF_SOURCE_DIR);
    Briefing b = read_briefing({"articles"}, ReadOptions{}, diagnostics);
    run_passes(b, diagnostics);
    return b;
}

Style shipped_style(const std::string& name) {
    Diagnostics d;
    Style s = load_style(name, {std::filesystem::path(BRIEF_SOURCE_DIR) / "styles"}, d);
    REQUIRE_FALSE(d.has_errors());
    return s;
}

} // namespace brief::test
