// The scratch folder and the shell commands of tools.hpp.
#include "tools.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace brief::test {

namespace fs = std::filesystem;

namespace {

/// A folder of this process's files, removed when the tests end.
struct ScratchDir {
    fs::path path = fs::temp_directory_path() / ("brief-test-" + std::to_string(::getpid()));
    ScratchDir() { fs::create_directories(path); }
    ~ScratchDir() {
        std::error_code ignored;
        if (std::getenv("BRIEF_KEEP_TEST_FILES") == nullptr) fs::remove_all(path, ignored);
    }
};

} // namespace

fs::path scratch(const std::string& name) {
    static ScratchDir dir;
    return dir.path / name;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Command run(const std::string& command) {
    const fs::path out = scratch("cmd.out"), err = scratch("cmd.err");
    Command result;
    result.status = std::system((command + " >" + out.string() + " 2>" + err.string()).c_str());
    result.out = slurp(out);
    result.err = slurp(err);
    return result;
}

bool have(const std::string& tool) { return run("command -v " + tool).status == 0; }

} // namespace brief::test
