// libFuzzer target: brief import of any bytes, as a saved web page and as scraped text. Whatever
// it writes must read back through brief's own reader with no error (what build would refuse).
#include "import/import.hpp"
#include "read/articles.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"page.html", "page.txt"}) {
        brief::Diagnostics d;
        const auto article = brief::importer::import_page(bytes, name, 1 << 20, d);
        if (!article) continue;
        const std::string markdown = brief::importer::write_markdown(*article);
        brief::Diagnostics read;
        const auto back = brief::read_article(markdown, "a.md", read);
        if (!back || read.has_errors()) {
            for (const auto& item : read.all()) std::fprintf(stderr, "%s\n", brief::format_diagnostic(item).c_str());
            std::fprintf(stderr, "%s\n", markdown.c_str());
            std::abort();
        }
    }
    return 0;
}
