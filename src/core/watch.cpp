// Watcher with inotify(7) and signalfd(2): the only place brief talks to either.
#include "core/watch.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <pthread.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace brief {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t folder_events = IN_CLOSE_WRITE | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE;

} // namespace

Watcher::Watcher() {
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    // Blocked in this thread before any helper thread starts: threads made later inherit the
    // mask, so the signals stay queued for the signalfd instead of killing the process mid-write.
    if (pthread_sigmask(SIG_BLOCK, &stop, &old_mask_) != 0) throw Error("cannot block SIGINT and SIGTERM");
    signals_ = signalfd(-1, &stop, SFD_CLOEXEC | SFD_NONBLOCK);
    inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (signals_ < 0 || inotify_ < 0) {
        const std::string reason = std::strerror(errno);
        release();
        throw Error("cannot watch files: " + reason);
    }
}

Watcher::~Watcher() { release(); }

void Watcher::release() {
    if (inotify_ >= 0) ::close(inotify_);
    if (signals_ >= 0) ::close(signals_);
    inotify_ = signals_ = -1;
    pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

void Watcher::watch_folder(const fs::path& folder) {
    const fs::path where = folder.empty() ? fs::path(".") : folder;
    const int wd = inotify_add_watch(inotify_, where.c_str(), folder_events | IN_ONLYDIR);
    if (wd < 0) throw Error("cannot watch " + where.string() + ": " + std::strerror(errno));
    folders_[wd] = folder;
}

bool Watcher::drain(std::vector<fs::path>& changed) {
    alignas(inotify_event) char buffer[16384];
    bool any = false;
    for (;;) {
        const ssize_t n = ::read(inotify_, buffer, sizeof buffer);
        if (n <= 0) { // EAGAIN: the queue is empty
            if (any) last_change_ = std::chrono::steady_clock::now();
            return any;
        }
        for (ssize_t at = 0; at < n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buffer + at);
            const auto folder = folders_.find(e->wd);
            if ((e->mask & IN_Q_OVERFLOW) != 0) {
                overflowed_ = true;
                any = true;
            } else if (e->len > 0 && folder != folders_.end()) {
                changed.push_back(folder->second / e->name);
                note(changed.back(), e->mask);
                any = true;
            }
            at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
        }
    }
}

void Watcher::note(const fs::path& path, std::uint32_t mask) {
    auto [at, first] = burst_.try_emplace(path);
    Settling& s = at->second;
    if (first) s.born = (mask & (IN_CREATE | IN_MOVED_TO)) != 0; // brought into being by this burst
    if ((mask & IN_ISDIR) != 0) s.settled = false;
    else if ((mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) != 0) s.settled = true;  // whole at this name
    else if ((mask & (IN_DELETE | IN_MOVED_FROM)) != 0) s.settled = s.born; // a temporary gone; else maybe coming back
    else s.settled = false;                                                  // created, still open
}

bool Watcher::settled() const {
    return std::all_of(burst_.begin(), burst_.end(), [](const auto& path_state) { return path_state.second.settled; });
}

int Watcher::poll_once(int timeout_ms) {
    pollfd fds[2] = {{signals_, POLLIN, 0}, {inotify_, POLLIN, 0}};
    const int n = ::poll(fds, 2, timeout_ms);
    if (n < 0 && errno != EINTR) throw Error(std::string("cannot wait for changes: ") + std::strerror(errno));
    if (n <= 0) return 0;
    if ((fds[0].revents & POLLIN) != 0) {
        signalfd_siginfo info{};
        if (::read(signals_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            stop_signal_ = static_cast<int>(info.ssi_signo);
            return -1;
        }
    }
    return (fds[1].revents & POLLIN) != 0 ? 1 : 0;
}

std::optional<std::vector<fs::path>> Watcher::wait(Quiet quiet) {
    std::vector<fs::path> changed;
    changed.swap(carried_);
    if (changed.empty()) { // a new burst; else over() saw its first changes
        overflowed_ = false;
        burst_.clear();
    }
    if (stop_signal_ != 0) return std::nullopt;
    while (changed.empty() && !overflowed_) {
        const int got = poll_once(-1);
        if (got < 0) return std::nullopt;
        if (got > 0) drain(changed);
    }
    while (!settled() || overflowed_) { // the burst: until it is settled, or quiet
        const int got = poll_once(static_cast<int>(quiet.unsettled.count()));
        if (got < 0) return std::nullopt;
        if (got == 0 || !drain(changed)) break;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

bool Watcher::over(Quiet quiet, const std::function<bool(const fs::path&)>& matters) {
    const auto until = last_change_ + quiet.settled;
    for (;;) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        const int got = poll_once(static_cast<int>(std::max<std::int64_t>(0, left.count())));
        if (got < 0) return true;
        const std::size_t seen = carried_.size();
        if (got > 0 && drain(carried_)) {
            if (overflowed_ || std::any_of(carried_.begin() + static_cast<std::ptrdiff_t>(seen), carried_.end(), matters))
                return false;
        } else if (left.count() <= 0) {
            return true;
        }
    }
}

} // namespace brief
