// parallel_for and start_helpers: the one way brief spreads independent work over threads.
#pragma once

#include <cstddef>
#include <functional>
#include <future>
#include <vector>

namespace brief {

/// Calls `body(i)` once for every i in [0, count), on up to `threads` threads (the caller's
/// included); each thread takes the next index when it is free. Results must go to slots of their
/// own index, so they never depend on the thread count. When calls throw, the others still run
/// and the exception of the lowest index is rethrown, as a sequential loop would have thrown it
/// (later indices having run does not matter to callers, which discard everything on failure).
void parallel_for(std::size_t count, int threads, const std::function<void(std::size_t)>& body);

/// Starts `work` on up to `helpers` new threads, fewer when the system has no more to give, and
/// returns their futures. Callers must do the work themselves as well, so that none is left
/// undone with fewer helpers (parallel_for's caller takes indices like its helpers).
std::vector<std::future<void>> start_helpers(std::size_t helpers, const std::function<void()>& work);

/// Lowers the calling thread's scheduling priority (Linux: nice 19 for this thread alone), so it
/// runs mostly when a core would otherwise be idle. A hint: where it cannot be done, nothing changes.
void lower_thread_priority();

/// The thread count to use for `jobs` (0: one per core).
int thread_count(int jobs);

} // namespace brief
