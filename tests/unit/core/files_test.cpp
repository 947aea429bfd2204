// Bounded reads and atomic writes.
#include "core/error.hpp"
#include "core/files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace brief;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("brief-test-" + name);
    fs::remove_all(dir);
    return dir;
}

std::size_t count_entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

} // namespace

TEST_CASE("write_file_atomic creates folders, replaces files and leaves no temporary behind") {
    const auto dir = fresh_dir("atomic");
    write_file_atomic(dir / "sub" / "a.txt", "one");
    write_file_atomic(dir / "sub" / "a.txt", "two");
    CHECK(read_file(dir / "sub" / "a.txt", 100) == "two");
    CHECK(count_entries(dir / "sub") == 1);
}

TEST_CASE("write_file_atomic fails on a folder in the way and keeps the old file intact") {
    const auto dir = fresh_dir("blocked");
    fs::create_directories(dir / "briefing.pdf");
    CHECK_THROWS_AS(write_file_atomic(dir / "briefing.pdf", "x"), Error);
    CHECK(count_entries(dir) == 1);
}

TEST_CASE("read_file refuses files over the limit and names the option that raises it") {
    const auto dir = fresh_dir("limit");
    write_file_atomic(dir / "big.md", std::string(2000, 'x'));
    try {
        read_file(dir / "big.md", 1000);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("--max-file-size") != std::string::npos);
    }
}
