// The five scraped seeds imported and held to the hand-made articles/*.md made from them: the same
// title, author and date, and the same paragraphs (every sentence of the story, none of the chrome).
#include "core/files.hpp"
#include "import/import.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>

using namespace brief;
namespace fs = std::filesystem;

namespace {

/// ../shared/seeds beside the repository (BRIEF_SHARED_DIR overrides the ../shared part).
fs::path seeds_dir() {
    if (const char* env = std::getenv("BRIEF_SHARED_DIR"); env != nullptr && *env != '\0') return fs::path(env) / "seeds";
    return fs::path(BRIEF_SOURCE_DIR).parent_path() / "shared" / "seeds";
}

/// A hand-made article: its front-matter fields (one line each) and its body's paragraphs.
struct HandMade {
    std::map<std::string, std::string> fields;
    std::vector<std::string> paragraphs;
};

std::string unquote(std::string v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    return v;
}

std::vector<std::string> paragraphs_of(const std::string& body) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < body.size()) {
        std::size_t end = body.find("\n\n", pos);
        if (end == std::string::npos) end = body.size();
        std::string p = body.substr(pos, end - pos);
        while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) p.pop_back();
        while (!p.empty() && p.front() == '\n') p.erase(0, 1);
        if (!p.empty()) out.push_back(p);
        pos = end + 2;
    }
    return out;
}

HandMade read_hand_made(const fs::path& file) {
    const std::string text = read_file(file, 1 << 20);
    const std::size_t close = text.find("\n---\n", 4);
    REQUIRE(close != std::string::npos);
    HandMade h;
    std::size_t pos = 4;
    while (pos < close) {
        const std::size_t nl = text.find('\n', pos);
        const std::string line = text.substr(pos, nl - pos);
        pos = nl + 1;
        const std::size_t colon = line.find(": ");
        if (line.starts_with("#") || colon == std::string::npos) continue;
        h.fields[line.substr(0, colon)] = unquote(line.substr(colon + 2));
    }
    h.paragraphs = paragraphs_of(text.substr(close + 5));
    return h;
}

} // namespace

TEST_CASE("each seed imports to its hand-made article: title, byline, date, every paragraph, no chrome") {
    const fs::path seeds = seeds_dir();
    if (!fs::exists(seeds)) {
        WARN("no seeds at " << seeds.string() << "; set BRIEF_SHARED_DIR");
        return;
    }
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(BRIEF_SOURCE_DIR) / "articles")) {
        if (entry.path().extension() != ".md") continue;
        const HandMade want = read_hand_made(entry.path());
        const fs::path seed = seeds / want.fields.at("provenance");
        INFO(seed.filename().string());
        Diagnostics d;
        const auto got = importer::import_page(read_file(seed, 1 << 20), seed.string(), 1 << 20, d);
        REQUIRE(got.has_value());
        CHECK(d.all().empty());
        CHECK(got->title.value == want.fields.at("title"));
        CHECK(got->author.value == (want.fields.count("author") ? want.fields.at("author") : ""));
        CHECK(got->date.value == (want.fields.count("date") ? want.fields.at("date") : ""));
        CHECK(got->provenance == want.fields.at("provenance"));
        CHECK(paragraphs_of(importer::write_body(got->blocks)) == want.paragraphs);
        ++compared;
    }
    CHECK(compared == 5);
}

TEST_CASE("seed 003's byline and dateline give its author and date, and the chrome is listed as dropped") {
    const fs::path seed = seeds_dir() / "003_6655df4bea79d847.txt";
    if (!fs::exists(seed)) return;
    Diagnostics d;
    const auto got = importer::import_page(read_file(seed, 1 << 20), seed.string(), 1 << 20, d);
    REQUIRE(got.has_value());
    CHECK(got->author.from == "byline");
    CHECK(got->date.from == "dateline");
    const std::string md = importer::write_markdown(*got);
    CHECK(md.find("#   - Like this:") != std::string::npos);
    CHECK(md.find("\nLike this:") == std::string::npos);
}
