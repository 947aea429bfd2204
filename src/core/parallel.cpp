// parallel_for: an atomic counter shared by the caller and up to threads-1 helpers (under watch, on threads kept between runs).
#include "core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include <csignal>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

namespace brief {

namespace {

/// The priority of the calling thread's work: low once lower_thread_priority has run on it.
thread_local Priority this_thread_priority = Priority::normal;

/// Whether helpers run on kept threads (keep_helper_threads), or each on a thread of its own.
std::atomic<bool> keeping{false};

} // namespace

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
    Helpers running = start_helpers(helpers, work);
    work();
    running.wait();
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);
}

namespace {

/// Helper threads kept once started, one set per priority (a thread's priority, once lowered,
/// cannot be raised again without privilege). A task goes to an idle thread, or to a new one when
/// none is idle, so every task starts at once, as on a thread of its own: work that waits for
/// other work (a format's pass waiting on its helpers) cannot wait for a thread. Never destroyed:
/// idle threads wait until the process ends.
class KeptThreads {
  public:
    /// `work` started on a thread of `priority`; throws std::system_error when no thread can be had.
    std::future<void> start(const std::function<void()>& work, Priority priority) {
        Set& set = sets_[priority == Priority::low ? 1 : 0];
        std::packaged_task<void()> task(work);
        std::future<void> done = task.get_future();
        const std::lock_guard<std::mutex> hold(lock_);
        set.tasks.push_back(std::move(task));
        if (set.idle >= set.tasks.size()) {
            set.wake.notify_one();
            return done;
        }
        ++set.idle; // the new thread, counted from now so the next task does not start another
        try {
            std::thread([this, &set, priority] { serve(set, priority); }).detach();
        } catch (const std::system_error&) {
            --set.idle;
            set.tasks.pop_back();
            throw;
        }
        return done;
    }

  private:
    struct Set {
        std::deque<std::packaged_task<void()>> tasks; ///< started, not yet taken by a thread
        std::size_t idle = 0;                         ///< threads waiting for a task, or starting
        std::condition_variable wake;
    };
    std::mutex lock_;
    Set sets_[2];

    /// A kept thread's life: no signal is delivered to it (they go to the thread that waits for
    /// them, as watch's signalfd does), then task after task.
    void serve(Set& set, Priority priority) {
        sigset_t all;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, nullptr);
        if (priority == Priority::low) lower_thread_priority();
        std::unique_lock<std::mutex> hold(lock_);
        for (;;) {
            set.wake.wait(hold, [&] { return !set.tasks.empty(); });
            std::packaged_task<void()> task = std::move(set.tasks.front());
            set.tasks.pop_front();
            --set.idle;
            hold.unlock();
            task(); // its exception, if any, goes to its future
            task = {};
            hold.lock();
            ++set.idle;
        }
    }
};

KeptThreads& kept_threads() {
    static auto* threads = new KeptThreads(); // never destroyed: its threads outlive every caller
    return *threads;
}

} // namespace

Helpers::~Helpers() {
    for (auto& r : running_)
        if (r.valid()) r.wait();
}

void Helpers::wait() {
    for (auto& r : running_)
        if (r.valid()) r.get(); // a throw leaves the rest to the destructor, which waits
}

void keep_helper_threads() { keeping = true; }

Helpers start_helpers(std::size_t helpers, const std::function<void()>& work, Priority priority) {
    // a thread made by a lowered one inherits its nice value, and could not raise it again
    if (this_thread_priority == Priority::low) priority = Priority::low;
    Helpers running;
    for (std::size_t i = 0; i < helpers; ++i) {
        try {
            if (keeping) {
                running.add(kept_threads().start(work, priority));
                continue;
            }
            running.add(std::async(std::launch::async, [work, priority] {
                if (priority == Priority::low) lower_thread_priority();
                work();
            }));
        } catch (const std::system_error&) {
            break; // no thread to be had: fewer helpers (callers take the rest of the work themselves)
        }
    }
    return running;
}

Background::Background(std::function<void()> work, bool helper)
    : work_(std::make_unique<Work>(std::move(work))),
      helper_(helper ? start_helpers(1, [w = work_.get()] { w->claim(); }) : Helpers()) {}

Background::~Background() {
    work_->begun = true; // a helper that has not begun it never will; one that has is waited for
}

void Background::Work::claim() {
    if (begun.exchange(true)) return;
    try {
        work();
    } catch (...) {
        failure = std::current_exception();
    }
}

void Background::finish() {
    work_->claim();
    helper_.wait();
    if (work_->failure) std::rethrow_exception(std::exchange(work_->failure, nullptr));
}

void lower_thread_priority() {
    // On Linux the nice value belongs to the thread named (setpriority(2), NOTES); a failure (a
    // sandbox that forbids it) leaves the thread as it was, which changes only the timing.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
    this_thread_priority = Priority::low;
}

int thread_count(int jobs) { return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

} // namespace brief
