// Microbenchmarks of reading: one seed article through the reader, and the passes.
#include "core/files.hpp"
#include "doc/passes.hpp"
#include "read/articles.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace {

std::string seed_text() {
    const auto dir = std::filesystem::path(BRIEF_SOURCE_DIR) / "articles";
    return brief::read_file(dir / "us-campaign-to-block-huawei-5g-hardware-expands.md", 1u << 20);
}

void read_one_article(benchmark::State& state) {
    const std::string text = seed_text();
    for (auto _ : state) {
        brief::Diagnostics d;
        benchmark::DoNotOptimize(brief::read_article(text, "a.md", d));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(read_one_article);

void passes_over_100_articles(benchmark::State& state) {
    const std::string text = seed_text();
    brief::Diagnostics d;
    brief::Briefing base;
    base.credits.push_back({"The Wall Street Journal", {"Wall Street Journal", "WSJ"}, ""});
    for (int i = 0; i < 100; ++i) base.articles.push_back(*brief::read_article(text, "a" + std::to_string(i) + ".md", d));
    for (auto _ : state) {
        brief::Briefing b = base;
        brief::run_passes(b, d);
        benchmark::DoNotOptimize(b);
    }
}
BENCHMARK(passes_over_100_articles);

} // namespace
