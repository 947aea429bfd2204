// libFuzzer target: any bytes as an article, through the reader, the passes and (when built
// with BRIEF_FUZZ_WRITER) one backend, all in memory. Errors are fine; crashes and hangs are not.
#include "core/error.hpp"
#include "doc/dump.hpp"
#include "synth/passes.hpp"
#include "read/articles.hpp"
#include "style/load.hpp"

#ifdef BRIEF_FUZZ_HEADER
#include BRIEF_FUZZ_HEADER
#endif

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace {

const brief::Style& style() {
    static const brief::Style s = [] {
        brief::Diagnostics d;
        return brief::load_style("default", {std::filesystem::path(BRIEF_SOURCE_DIR) / "styles"}, d);
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace brief;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Diagnostics diagnostics;
    auto article = read_article(bytes, "fuzz.md", diagnostics);
    if (!article) return 0;
    Briefing briefing;
    briefing.meta.title = "Fuzz";
    briefing.credits.push_back(Credit{"The Wall Street Journal", {"Wall Street Journal", "WSJ"}, "https://www.wsj.com/"});
    briefing.articles.push_back(std::move(*article));
    run_passes(briefing, diagnostics);
    (void)dump_briefing(briefing);
#ifdef BRIEF_FUZZ_WRITER
    try {
        (void)BRIEF_FUZZ_WRITER(briefing, style(), RenderOptions{}, diagnostics);
    } catch (const Error&) {
        // A failure the backend reports cleanly is an acceptable answer to hostile bytes.
    }
#else
    (void)style;
#endif
    return 0;
}
