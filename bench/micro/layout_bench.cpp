// Microbenchmarks of PDF layout: hyphenation of words, and setting a long paragraph (optimum-fit
// line breaking with hyphenation) with fixed metrics, so the numbers measure layout, not fonts.
#include "write/pdf/layout/paragraph.hpp"

#include "../../tests/unit/write/pdf/fake_metrics.hpp"

#include <benchmark/benchmark.h>

namespace {

const char* sentence =
    "The international squeeze also reflects a growing sense of urgency as the operators around the world "
    "prepare to buy new telecom hardware for 5G, according to the Wall Street Journal. ";

void hyphenate_words(benchmark::State& state) {
    const auto hyphenator = brief::pdf::Hyphenator::for_language("en");
    const std::vector<std::string> words{"international", "telecommunications", "representatives", "cybersecurity",
                                         "administration", "infrastructure", "vulnerable", "espionage"};
    for (auto _ : state)
        for (const auto& w : words) benchmark::DoNotOptimize(hyphenator.points(w));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(hyphenate_words);

void set_long_paragraph(benchmark::State& state) {
    brief::pdf::fake::FakeMetrics metrics;
    const auto hyphenator = brief::pdf::Hyphenator::for_language("en");
    std::string text;
    for (int i = 0; i < state.range(0); ++i) text += sentence;
    brief::pdf::Span span;
    span.text = text;
    span.style.size = 10.5;
    brief::pdf::ParaOptions options;
    options.width = 450;
    for (auto _ : state)
        benchmark::DoNotOptimize(brief::pdf::set_paragraph({span}, options, metrics, hyphenator, nullptr));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(set_long_paragraph)->Arg(5)->Arg(50)->Arg(500);

} // namespace
