// parallel_for: an atomic counter shared by the caller and up to threads-1 helpers.
#include "core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>
#include <system_error>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace brief {

void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& body) {
    std::vector<std::exception_ptr> failures(count);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                body(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    const std::size_t helpers = std::min(count, static_cast<std::size_t>(std::max(1, threads))) - (count > 0 ? 1 : 0);
    std::vector<std::future<void>> running = start_helpers(helpers, work);
    work();
    for (auto& r : running) r.get();
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);
}

std::vector<std::future<void>> start_helpers(std::size_t helpers, const std::function<void()>& work) {
    std::vector<std::future<void>> running;
    running.reserve(helpers);
    for (std::size_t i = 0; i < helpers; ++i) {
        try {
            running.push_back(std::async(std::launch::async, work));
        } catch (const std::system_error&) {
            break; // no thread to be had: fewer helpers (callers take the rest of the work themselves)
        }
    }
    return running;
}

void lower_thread_priority() {
    // On Linux the nice value belongs to the thread named (setpriority(2), NOTES); a failure (a
    // sandbox that forbids it) leaves the thread as it was, which changes only the timing.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
}

int thread_count(int jobs) { return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

} // namespace brief
