// parallel_for, start_helpers and Background on kept threads, and the thread priority hint.
#include "core/parallel.hpp"
#include "core/shared_work.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace brief;

TEST_CASE("parallel_for calls every index once, whatever the thread count") {
    for (int threads : {1, 2, 3, 16}) {
        std::vector<std::atomic<int>> calls(100);
        parallel_for(calls.size(), threads, [&](std::size_t i) { ++calls[i]; });
        for (const auto& c : calls) CHECK(c.load() == 1);
    }
}

TEST_CASE("parallel_for rethrows the failure of the lowest index, after running the rest") {
    std::atomic<int> ran{0};
    try {
        parallel_for(10, 3, [&](std::size_t i) {
            ++ran;
            if (i == 7 || i == 4) throw std::runtime_error("index " + std::to_string(i));
        });
        FAIL("nothing was thrown");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "index 4");
    }
    CHECK(ran.load() == 10);
}

namespace {

int nice_of_this_thread() { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); }

} // namespace

TEST_CASE("lower_thread_priority lowers the calling thread only") {
    const int before = nice_of_this_thread();
    int lowered = before;
    std::thread([&] {
        lower_thread_priority();
        lowered = nice_of_this_thread();
    }).join();
    CHECK(lowered == 19);
    CHECK(nice_of_this_thread() == before);
}

namespace {

/// A low helper runs at nice 19, and so do the two threads of a parallel_for inside it; a normal
/// helper started after is never a lowered thread.
void check_priorities() {
    const int before = nice_of_this_thread();
    std::atomic<int> helper{0}, arrived{0};
    std::vector<int> nested(2, 0);
    Helpers low = start_helpers(1, [&] {
        helper = nice_of_this_thread();
        parallel_for(2, 2, [&](std::size_t i) {
            ++arrived; // both indices wait for each other, so each runs on a thread of its own
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (arrived.load() < 2 && std::chrono::steady_clock::now() < until) std::this_thread::yield();
            nested[i] = nice_of_this_thread();
        });
    }, Priority::low);
    low.wait();
    REQUIRE(low.size() == 1);
    CHECK(helper.load() == 19);
    CHECK(arrived.load() == 2);
    CHECK(nested == std::vector<int>{19, 19});
    CHECK(nice_of_this_thread() == before);
    for (int round = 0; round < 3; ++round) { // on kept threads: after the lowered ones went idle
        std::atomic<int> normal{-1};
        start_helpers(1, [&] { normal = nice_of_this_thread(); }).wait();
        CHECK(normal.load() == before);
    }
}

/// Helpers dropped without wait() still wait for their work; wait() rethrows a helper's failure.
void check_waiting() {
    std::atomic<bool> finished{false};
    {
        Helpers slow = start_helpers(1, [&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            finished = true;
        });
    }
    CHECK(finished.load());
    Helpers failing = start_helpers(2, [] { throw std::runtime_error("helper failed"); });
    CHECK_THROWS_AS(failing.wait(), std::runtime_error);
}

/// Background: done once, by a helper when one is asked for, else by finish() on the caller;
/// failures rethrown; left undone when dropped before a helper began it.
void check_background() {
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> runs{0};
    std::thread::id ran_on;
    {
        Background later([&] { ++runs, ran_on = std::this_thread::get_id(); }, false);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(runs == 0);
        later.finish();
        later.finish();
        CHECK(runs == 1);
        CHECK(ran_on == caller);
    }
    {
        Background now([&] { ++runs, ran_on = std::this_thread::get_id(); });
        for (int i = 0; i < 500 && runs < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        now.finish();
        CHECK(runs == 2);
        CHECK(ran_on != caller);
    }
    for (bool helper : {false, true}) {
        Background failing([] { throw std::runtime_error("no patterns"); }, helper);
        CHECK_THROWS_WITH(failing.finish(), "no patterns");
        CHECK_NOTHROW(failing.finish()); // said once
    }
    { Background dropped([&] { ++runs; }, false); }
    CHECK(runs == 2);
}

} // namespace

TEST_CASE("Background work is done once, on a helper or by finish(), its failure rethrown") {
    check_background();
}

TEST_CASE("start_helpers at low priority runs its work, and its helpers' own helpers, at nice 19") {
    check_priorities();
}

TEST_CASE("Helpers dropped without wait() still wait for their work, and wait() rethrows a helper's failure") {
    check_waiting();
}

TEST_CASE("On kept threads too: priorities apart, work waited for, failures rethrown, every index once") {
    keep_helper_threads(); // this process's helpers from here on (each test case runs alone)
    check_priorities();
    check_waiting();
    check_background();
    for (int threads : {2, 3, 16}) {
        std::vector<std::atomic<int>> calls(100);
        parallel_for(calls.size(), threads, [&](std::size_t i) { ++calls[i]; });
        for (const auto& c : calls) CHECK(c.load() == 1);
    }
}

TEST_CASE("SharedWork builds a result once for callers on many threads, and shares a failure") {
    SharedWork shared;
    std::atomic<int> builds{0};
    std::vector<int> seen(8, 0);
    parallel_for(seen.size(), 4, [&](std::size_t i) {
        seen[i] = shared.get<int>("answer", [&] {
            ++builds;
            std::this_thread::sleep_for(std::chrono::milliseconds(20)); // let the others arrive and wait
            return 42;
        });
    });
    CHECK(builds.load() == 1);
    for (int v : seen) CHECK(v == 42);
    CHECK(shared.get<int>("other", [] { return 7; }) == 7);
    CHECK(shared.get<int>("answer", [] { return 0; }) == 42);

    int failed = 0;
    for (int k = 0; k < 2; ++k) {
        try {
            shared.get<int>("broken", []() -> int { throw std::runtime_error("no parts"); });
        } catch (const std::runtime_error& e) {
            failed += std::string(e.what()) == "no parts";
        }
    }
    CHECK(failed == 2);
}
