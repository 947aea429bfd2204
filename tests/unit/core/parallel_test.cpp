// parallel_for and the thread priority hint.
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

TEST_CASE("lower_thread_priority lowers the calling thread only") {
    const auto nice_of_this_thread = [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); };
    const int before = nice_of_this_thread();
    int lowered = before;
    std::thread([&] {
        lower_thread_priority();
        lowered = nice_of_this_thread();
    }).join();
    CHECK(lowered == 19);
    CHECK(nice_of_this_thread() == before);
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
