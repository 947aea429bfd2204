// parallel_for, start_helpers and Background: the one way brief spreads independent work over threads.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace brief {

/// Calls `body(i)` once for every i in [0, count), on up to `threads` threads (the caller's
/// included); each thread takes the next index when it is free. Results must go to slots of their
/// own index, so they never depend on the thread count. When calls throw, the others still run
/// and the exception of the lowest index is rethrown, as a sequential loop would have thrown it
/// (later indices having run does not matter to callers, which discard everything on failure).
void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& body);

/// How eagerly a helper's work is scheduled: `low` runs mostly when a core would otherwise be
/// idle (Linux: nice 19 for the helper's thread alone; a hint: where it cannot be had, nothing
/// changes).
enum class Priority { normal, low };

/// The helpers start_helpers started. wait() waits for every one and rethrows what the first
/// threw; going out of scope without it still waits (helpers hold references to the caller's
/// frame), and drops what they threw.
class Helpers {
  public:
    Helpers() = default;
    Helpers(Helpers&&) = default;
    Helpers& operator=(Helpers&&) = delete;
    Helpers(const Helpers&) = delete;
    Helpers& operator=(const Helpers&) = delete;
    ~Helpers();
    void add(std::future<void> helper) { running_.push_back(std::move(helper)); }
    void wait();
    [[nodiscard]] std::size_t size() const { return running_.size(); }

  private:
    std::vector<std::future<void>> running_;
};

/// Starts `work` on up to `helpers` threads at once, fewer when the system has no more to give.
/// Each starts at once, on a thread of its own that ends with it or, after keep_helper_threads(),
/// on a kept thread that is idle or a new one kept after. Callers must do the work themselves as
/// well, so that none is left undone with fewer helpers (parallel_for's caller takes indices like
/// its helpers). Helpers started from a thread of low priority are low as well, whatever is asked
/// (a parallel_for inside a low helper).
Helpers start_helpers(std::size_t helpers, const std::function<void()>& work, Priority priority = Priority::normal);

/// Work done on a helper while the caller goes on, or by the caller: finish() does it on the
/// calling thread when no helper has begun it, else waits for it, and rethrows what it threw. The
/// helper is one of start_helpers', so under watch (keep_helper_threads) a rebuild starts no
/// thread of its own (std::async started three a rebuild).
/// Destroying it unfinished waits for a helper that began the work, and drops the work otherwise.
class Background {
  public:
    /// `work` begun on a helper when `helper` (and one can be had), else left for finish().
    explicit Background(std::function<void()> work, bool helper = true);
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;
    ~Background();
    /// Once done, returns at once.
    void finish();

  private:
    struct Work {
        explicit Work(std::function<void()> w) : work(std::move(w)) {}
        std::function<void()> work;
        std::atomic<bool> begun{false};
        std::exception_ptr failure;
        /// Does the work unless the other side has begun it.
        void claim();
    };
    std::unique_ptr<Work> work_; ///< where the helper finds it, whatever becomes of this object
    Helpers helper_;
};

/// From now on helpers run on threads kept for later work, one set a priority: watch's rebuilds
/// reuse the same few threads instead of starting and ending a dozen each, with fresh memory to
/// fault in and tear down. Not for a single build: a kept thread keeps the memory its allocator
/// gave it (the 5000-article build's peak went from 0.95-0.98 to 0.99-1.0 GiB).
void keep_helper_threads();

/// Lowers the calling thread's scheduling priority for good (Priority::low).
void lower_thread_priority();

/// The thread count to use for `jobs` (0: one per core).
int thread_count(int jobs);

} // namespace brief
