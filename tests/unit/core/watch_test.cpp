// Watcher: changes in watched folders come back once each, sorted, after the burst; a stop signal ends the wait.
#include "core/error.hpp"
#include "core/files.hpp"
#include "core/watch.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>
#include <signal.h>
#include <unistd.h>

using namespace brief;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

fs::path fresh_dir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("brief-watch-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("Watcher reports the files written, moved in and deleted, each once and sorted") {
    const auto dir = fresh_dir("files");
    write_file_atomic(dir / "old.md", "x");
    Watcher w;
    w.watch_folder(dir);
    write_file_atomic(dir / "b.md", "one");  // a temporary written, then renamed to b.md
    write_file_atomic(dir / "a.md", "two");
    write_file_atomic(dir / "a.md", "three"); // the same file twice in the burst
    fs::remove(dir / "old.md");
    const auto changed = w.wait(50ms);
    REQUIRE(changed);
    std::vector<fs::path> names;
    for (const auto& p : *changed)
        if (p.extension() == ".md") names.push_back(p);
    CHECK(names == std::vector<fs::path>{dir / "a.md", dir / "b.md", dir / "old.md"});
    fs::remove_all(dir);
}

TEST_CASE("Watcher gathers a burst that goes on past the first change") {
    const auto dir = fresh_dir("burst");
    Watcher w;
    w.watch_folder(dir);
    write_file_atomic(dir / "first.md", "1");
    // Nothing else is written: the wait returns after the quiet spell with the one file.
    const auto start = std::chrono::steady_clock::now();
    const auto changed = w.wait(100ms);
    REQUIRE(changed);
    CHECK(std::chrono::steady_clock::now() - start >= 100ms);
    CHECK(std::find(changed->begin(), changed->end(), dir / "first.md") != changed->end());
    fs::remove_all(dir);
}

TEST_CASE("Watcher gathers an editor's burst of saves a few milliseconds apart into one change") {
    // watch's debounce (app/watch.hpp: 40 ms) against a save in steps 3 ms apart: a temporary
    // written, then renamed over the file, four times. One wait returns them, and only after the
    // quiet spell that follows the last step. (On a machine so loaded that the steps themselves
    // come 20 ms or more apart, the burst is no editor's: only the first claim is checked.)
    const auto dir = fresh_dir("editor");
    Watcher w;
    w.watch_folder(dir);
    std::vector<std::chrono::steady_clock::time_point> steps;
    std::thread editor([&] {
        for (int i = 0; i < 4; ++i) {
            std::ofstream(dir / ".a.md.swp") << "draft " << i;
            steps.push_back(std::chrono::steady_clock::now()); // no event of this step comes before it
            fs::rename(dir / ".a.md.swp", dir / "a.md");
            std::this_thread::sleep_for(3ms);
        }
    });
    const auto changed = w.wait(40ms);
    const auto returned = std::chrono::steady_clock::now();
    editor.join();
    REQUIRE(changed);
    CHECK(std::find(changed->begin(), changed->end(), dir / "a.md") != changed->end());
    auto widest = 0ms;
    for (std::size_t i = 1; i < steps.size(); ++i)
        widest = std::max(widest, std::chrono::duration_cast<std::chrono::milliseconds>(steps[i] - steps[i - 1]));
    if (widest < 20ms) CHECK(returned - steps.back() >= 40ms);
    else WARN("the steps came up to " << widest.count() << " ms apart: the machine is too loaded to time a burst");
    fs::remove_all(dir);
}

TEST_CASE("Watcher ends its wait on SIGTERM and SIGINT, which are held while it lives") {
    const auto dir = fresh_dir("signal");
    for (const int sig : {SIGTERM, SIGINT}) {
        Watcher w;
        w.watch_folder(dir);
        REQUIRE(::kill(::getpid(), sig) == 0); // blocked: queued for the watcher, not fatal
        CHECK_FALSE(w.wait(50ms));
        CHECK(w.stop_signal() == sig);
    }
    fs::remove_all(dir);
}

TEST_CASE("Watcher says which folder it cannot watch") {
    Watcher w;
    CHECK_THROWS_WITH(w.watch_folder("/nonexistent/brief-folder"), Catch::Contains("/nonexistent/brief-folder"));
}
