// check_golden: the accept-mode comparison of views with files under tests/golden.
#include "golden.hpp"

#include "core/files.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace brief::test {

namespace {

std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream e(expected), a(actual);
    std::string le, la;
    for (int line = 1;; ++line) {
        const bool more_e = static_cast<bool>(std::getline(e, le));
        const bool more_a = static_cast<bool>(std::getline(a, la));
        if (!more_e && !more_a) return "no line differs (whitespace at the end?)";
        if (le != la || more_e != more_a)
            return "line " + std::to_string(line) + "\n  golden: " + (more_e ? le : "<end>") + "\n  actual: " + (more_a ? la : "<end>");
    }
}

} // namespace

std::string read_test_file(const std::string& relative) {
    return read_file(std::filesystem::path(BRIEF_TEST_DIR) / relative, 1u << 30);
}

void check_golden(const std::string& relative, const std::string& actual) {
    const auto path = std::filesystem::path(BRIEF_TEST_DIR) / "golden" / relative;
    const char* update = std::getenv("UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        write_file_atomic(path, actual);
        return;
    }
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) FAIL("golden file " << path << " is missing; run with UPDATE_GOLDEN=1 to create it");
    const std::string expected = read_file(path, 1u << 30);
    INFO("golden file " << path.string() << " differs at " << first_difference(expected, actual)
                        << "\n(run with UPDATE_GOLDEN=1 to accept the new output)");
    CHECK(expected == actual);
}

} // namespace brief::test
