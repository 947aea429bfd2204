// Watcher: the one wrapper of inotify and of the stop signals (a signalfd) that `brief watch` waits on.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

#include <signal.h>

namespace brief {

/// Changes to files in watched folders, and SIGINT/SIGTERM, as one thing to wait on. While a
/// Watcher lives those signals are blocked and read from a signalfd (so a stop never interrupts a
/// build half-way); the destructor closes both descriptors and restores the signal mask.
class Watcher {
  public:
    Watcher();
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;
    ~Watcher();

    /// Watches the files directly in `folder` (written and closed, created, moved in or out,
    /// deleted). Watching a folder twice is harmless. Throws Error when it cannot be watched.
    void watch_folder(const std::filesystem::path& folder);

    /// Waits for the first change, then gathers the burst that follows until `quiet` passes with
    /// none (an editor saves in several steps). Returns the paths changed, sorted and each once
    /// (possibly none, when the queue overflowed); nullopt when SIGINT or SIGTERM came
    /// (stop_signal() says which).
    std::optional<std::vector<std::filesystem::path>> wait(std::chrono::milliseconds quiet);

    [[nodiscard]] int stop_signal() const { return stop_signal_; }

    /// True when the kernel's queue overflowed during the last wait(): changes were lost, and
    /// anything in the watched folders may have changed.
    [[nodiscard]] bool overflowed() const { return overflowed_; }

  private:
    /// Closes the descriptors and restores the signal mask.
    void release();
    /// Reads what inotify has queued into `changed`; false when nothing was there.
    bool drain(std::vector<std::filesystem::path>& changed);
    /// Polls both descriptors for up to `timeout` (-1: forever): 1 change, 0 nothing, -1 a stop signal.
    int poll_once(int timeout_ms);

    int inotify_ = -1;
    int signals_ = -1;
    sigset_t old_mask_{};
    std::map<int, std::filesystem::path> folders_;
    int stop_signal_ = 0;
    bool overflowed_ = false;
};

} // namespace brief
