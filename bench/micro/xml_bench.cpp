// Microbenchmark of XML serialisation through write/xml: a chapter-sized document.
#include "write/xml.hpp"

#include <benchmark/benchmark.h>

namespace {

void serialise_chapter(benchmark::State& state) {
    auto doc = brief::xml::new_document();
    auto body = doc.append_child("html").append_child("body");
    const std::string sentence = "The U.S. government\u2019s concerns about potential espionage via Huawei products & others. ";
    for (int i = 0; i < state.range(0); ++i) {
        auto p = body.append_child("p");
        brief::xml::add_text(p, sentence + sentence + sentence);
        auto a = p.append_child("a");
        brief::xml::set_attr(a, "href", "#n" + std::to_string(i));
        brief::xml::add_text(a, std::to_string(i));
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto out = brief::xml::to_bytes(doc);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(serialise_chapter)->Arg(100)->Arg(10000);

} // namespace
