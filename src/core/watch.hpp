// Watcher: the one wrapper of inotify and of the stop signals (a signalfd) that `brief watch` waits on.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <signal.h>

namespace brief {

/// When a burst of changes is over. An editor saves in steps a few milliseconds apart. A file
/// still open after its creation, or one that was there before and is moved away or deleted (it
/// may be coming back: vim renames the file to its backup, then writes it anew), keeps the burst
/// open until `unsettled` passes with no change; a file the burst itself made and then deleted or
/// moved away (a temporary, vim's backup) is settled. Once every file the burst named was last
/// written and closed, or moved into place, the save is complete: wait() returns, so the rebuild
/// starts at once, and over() then checks that `settled` passed with no change that matters (a
/// step that follows: a second file, a second write) before its outputs are published.
struct Quiet {
    std::chrono::milliseconds settled;
    std::chrono::milliseconds unsettled;
};

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

    /// Waits for the first change (or takes those over() saw), then gathers the burst that
    /// follows until every path of it is settled, or until `quiet.unsettled` passes with no change
    /// (see Quiet). Returns the paths changed, sorted and each once (possibly none, when the queue
    /// overflowed); nullopt when SIGINT or SIGTERM came (stop_signal() says which).
    std::optional<std::vector<std::filesystem::path>> wait(Quiet quiet);

    /// After wait(), while its changes are being built: whether their burst is over, that is
    /// `quiet.settled` has passed since its last change with no new change that `matters` (nor a
    /// lost one). False as soon as one comes; every change seen here, mattering or not, starts the
    /// next wait()'s burst. A stop signal gives true (the build in progress is whole), and the
    /// next wait() returns nullopt.
    bool over(Quiet quiet, const std::function<bool(const std::filesystem::path&)>& matters);

    [[nodiscard]] int stop_signal() const { return stop_signal_; }

    /// True when the kernel's queue overflowed during the last wait(): changes were lost, and
    /// anything in the watched folders may have changed.
    [[nodiscard]] bool overflowed() const { return overflowed_; }

  private:
    /// Closes the descriptors and restores the signal mask.
    void release();
    /// Reads what inotify has queued into `changed`, noting whether each path is settled; false
    /// when nothing was there.
    bool drain(std::vector<std::filesystem::path>& changed);
    /// Notes an event's path as settled or not (see Quiet).
    void note(const std::filesystem::path& path, std::uint32_t mask);
    /// Whether every path of the burst so far is settled (see Quiet).
    [[nodiscard]] bool settled() const;
    /// Polls both descriptors for up to `timeout` (-1: forever): 1 change, 0 nothing, -1 a stop signal.
    int poll_once(int timeout_ms);

    int inotify_ = -1;
    int signals_ = -1;
    sigset_t old_mask_{};
    std::map<int, std::filesystem::path> folders_;
    int stop_signal_ = 0;
    bool overflowed_ = false;
    /// A path of the burst: whether it is settled, and whether the burst brought it into being
    /// (created or moved in first: a temporary, whose going away again settles it).
    struct Settling {
        bool settled = false;
        bool born = false;
    };
    std::map<std::filesystem::path, Settling> burst_; ///< the paths of the burst so far
    std::chrono::steady_clock::time_point last_change_; ///< when the latest change was read
    std::vector<std::filesystem::path> carried_;        ///< changes over() saw, for the next wait()
};

} // namespace brief
