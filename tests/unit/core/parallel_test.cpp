// parallel_for and the thread priority hint.
#include "core/parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
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
