// Watcher: changes in watched folders come back once each, sorted, once the burst is settled; over() says whether it went on; a stop signal ends the wait.
#include "core/error.hpp"
#include "core/files.hpp"
#include "core/watch.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>
#include <fcntl.h>
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
    const auto changed = w.wait({50ms, 50ms});
    REQUIRE(changed);
    std::vector<fs::path> names;
    for (const auto& p : *changed)
        if (p.extension() == ".md") names.push_back(p);
    CHECK(names == std::vector<fs::path>{dir / "a.md", dir / "b.md", dir / "old.md"});
    fs::remove_all(dir);
}

TEST_CASE("Watcher returns a settled burst at once; over() is true only after the settled spell") {
    const auto dir = fresh_dir("burst");
    Watcher w;
    w.watch_folder(dir);
    write_file_atomic(dir / "first.md", "1");
    // Written and renamed into place: whole, so the wait does not sit out the 2 s unsettled spell.
    const auto start = std::chrono::steady_clock::now();
    const auto changed = w.wait({100ms, 2000ms});
    REQUIRE(changed);
    CHECK(std::chrono::steady_clock::now() - start < 1000ms);
    CHECK(std::find(changed->begin(), changed->end(), dir / "first.md") != changed->end());
    // Nothing else is written: the burst is over once 100 ms passed since it was read.
    CHECK(w.over({100ms, 2000ms}, [](const fs::path&) { return true; }));
    CHECK(std::chrono::steady_clock::now() - start >= 100ms);
    fs::remove_all(dir);
}

namespace {

/// Whether `changed` names `file`.
bool names(const std::optional<std::vector<fs::path>>& changed, const fs::path& file) {
    return changed && std::find(changed->begin(), changed->end(), file) != changed->end();
}

/// What `w` gathers while `late` is written `delay` after the wait begins.
std::optional<std::vector<fs::path>> wait_with_late_write(Watcher& w, Quiet quiet, std::chrono::milliseconds delay,
                                                          const fs::path& late) {
    std::thread writer([=] {
        std::this_thread::sleep_for(delay);
        write_file_atomic(late, "late");
    });
    auto changed = w.wait(quiet);
    writer.join();
    return changed;
}

} // namespace

TEST_CASE("Watcher ends a burst of files written and closed after the settled spell") {
    // A save complete (written and closed, a temporary renamed over): a change 300 ms later is
    // the next burst's, not this one's, though the unsettled spell is 2 s; and the burst was
    // over 30 ms after its last change.
    const auto dir = fresh_dir("settled");
    Watcher w;
    w.watch_folder(dir);
    write_file_atomic(dir / "first.md", "1");
    std::ofstream(dir / "in-place.md") << "written and closed";
    std::thread writer([&] {
        std::this_thread::sleep_for(300ms);
        write_file_atomic(dir / "next.md", "late");
    });
    const auto changed = w.wait({30ms, 2000ms});
    const bool over = w.over({30ms, 2000ms}, [](const fs::path&) { return true; });
    writer.join();
    CHECK(names(changed, dir / "first.md"));
    CHECK(names(changed, dir / "in-place.md"));
    CHECK_FALSE(names(changed, dir / "next.md"));
    CHECK(over);
    CHECK(names(w.wait({30ms, 2000ms}), dir / "next.md")); // the next burst
    fs::remove_all(dir);
}

TEST_CASE("Watcher keeps a burst open while a file created is still open") {
    const auto dir = fresh_dir("open");
    Watcher w;
    w.watch_folder(dir);
    const int fd = ::open((dir / "open.md").c_str(), O_CREAT | O_WRONLY, 0644);
    REQUIRE(fd >= 0);
    const auto changed = wait_with_late_write(w, {20ms, 600ms}, 150ms, dir / "next.md"); // 20 ms: before next.md
    ::close(fd);
    CHECK(names(changed, dir / "open.md"));
    CHECK(names(changed, dir / "next.md"));
    fs::remove_all(dir);
}

TEST_CASE("Watcher keeps a burst open when a file that was there is deleted, not when a temporary is") {
    const auto dir = fresh_dir("deleted");
    write_file_atomic(dir / "old.md", "x");
    {
        Watcher w;
        w.watch_folder(dir);
        fs::remove(dir / "old.md"); // it may be coming back
        const auto changed = wait_with_late_write(w, {20ms, 600ms}, 150ms, dir / "next.md");
        CHECK(names(changed, dir / "old.md"));
        CHECK(names(changed, dir / "next.md"));
    }
    write_file_atomic(dir / "a.md", "1");
    {
        // vim's save: the file renamed to its backup, written anew, the backup deleted
        Watcher w;
        w.watch_folder(dir);
        fs::rename(dir / "a.md", dir / "a.md~");
        std::ofstream(dir / "a.md") << "2";
        fs::remove(dir / "a.md~");
        const auto changed = wait_with_late_write(w, {30ms, 2000ms}, 300ms, dir / "next2.md");
        CHECK(names(changed, dir / "a.md"));
        CHECK(names(changed, dir / "a.md~"));
        CHECK_FALSE(names(changed, dir / "next2.md"));
    }
    fs::remove_all(dir);
}

TEST_CASE("Watcher's over() is false while an editor's saves come, true once they stop") {
    // watch's quiet spells (app/watch.hpp: 10 ms settled, 40 ms not) against a save in steps
    // 3 ms apart: a temporary written, then renamed over the file, four times. Each wait returns
    // as soon as a save is whole; over() says the burst went on until the last step, and is true
    // only 10 ms after it. (On a machine so loaded that the steps themselves come 8 ms or more
    // apart, the burst is no editor's: only the first claim is checked.)
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
    const Quiet quiet{10ms, 40ms};
    const auto is_article = [](const fs::path& p) { return p.extension() == ".md"; };
    auto changed = w.wait(quiet);
    bool named = names(changed, dir / "a.md");
    while (changed && !w.over(quiet, is_article)) {
        changed = w.wait(quiet);
        named = named || names(changed, dir / "a.md");
    }
    const auto returned = std::chrono::steady_clock::now();
    editor.join();
    REQUIRE(changed);
    CHECK(named);
    auto widest = 0ms;
    for (std::size_t i = 1; i < steps.size(); ++i)
        widest = std::max(widest, std::chrono::duration_cast<std::chrono::milliseconds>(steps[i] - steps[i - 1]));
    if (widest < 8ms) CHECK(returned - steps.back() >= 10ms);
    else WARN("the steps came up to " << widest.count() << " ms apart: the machine is too loaded to time a burst");
    fs::remove_all(dir);
}

TEST_CASE("Watcher's over() ignores changes that do not matter and hands every change to the next wait") {
    const auto dir = fresh_dir("matters");
    Watcher w;
    w.watch_folder(dir);
    write_file_atomic(dir / "a.md", "1");
    REQUIRE(w.wait({50ms, 50ms}));
    std::thread writer([&] {
        std::this_thread::sleep_for(10ms);
        std::ofstream(dir / "notes.txt") << "not an input";
    });
    const auto is_article = [](const fs::path& p) { return p.extension() == ".md"; };
    CHECK(w.over({200ms, 200ms}, is_article)); // notes.txt came within the spell, and does not matter
    writer.join();
    CHECK(names(w.wait({50ms, 50ms}), dir / "notes.txt"));
    write_file_atomic(dir / "a.md", "2"); // a new burst, whose spell starts now
    REQUIRE(w.wait({50ms, 50ms}));
    std::thread saver([&] {
        std::this_thread::sleep_for(10ms);
        write_file_atomic(dir / "b.md", "2");
    });
    CHECK_FALSE(w.over({200ms, 200ms}, is_article)); // b.md matters
    saver.join();
    CHECK(names(w.wait({50ms, 50ms}), dir / "b.md"));
    fs::remove_all(dir);
}

TEST_CASE("Watcher ends its wait on SIGTERM and SIGINT, which are held while it lives") {
    const auto dir = fresh_dir("signal");
    for (const int sig : {SIGTERM, SIGINT}) {
        Watcher w;
        w.watch_folder(dir);
        REQUIRE(::kill(::getpid(), sig) == 0); // blocked: queued for the watcher, not fatal
        CHECK_FALSE(w.wait({50ms, 50ms}));
        CHECK(w.stop_signal() == sig);
    }
    {
        // during a build: over() says the burst is over (the build is whole), then the wait ends
        Watcher w;
        w.watch_folder(dir);
        write_file_atomic(dir / "a.md", "1");
        REQUIRE(w.wait({50ms, 50ms}));
        REQUIRE(::kill(::getpid(), SIGTERM) == 0);
        CHECK(w.over({5000ms, 5000ms}, [](const fs::path&) { return true; }));
        CHECK_FALSE(w.wait({50ms, 50ms}));
        CHECK(w.stop_signal() == SIGTERM);
    }
    fs::remove_all(dir);
}

TEST_CASE("Watcher says which folder it cannot watch") {
    Watcher w;
    CHECK_THROWS_WITH(w.watch_folder("/nonexistent/brief-folder"), Catch::Contains("/nonexistent/brief-folder"));
}
