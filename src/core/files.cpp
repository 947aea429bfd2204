// File input and output with POSIX calls, so a write is durable before the rename publishes it.
#include "core/files.hpp"

#include "core/error.hpp"
#include "core/leftovers.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <sstream>
#include <unistd.h>

namespace brief {

namespace fs = std::filesystem;

namespace {

std::string errno_text() { return std::strerror(errno); }

/// Creates the temporary file for `target` and writes all of `bytes` to it, flushed to disk.
/// Returns its name; on failure removes it and throws.
fs::path write_temporary(const fs::path& target, std::string_view bytes) {
    std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX.tmp")).string();
    const int fd = mkstemps(pattern.data(), 4);
    if (fd < 0) throw Error("cannot create a temporary file in " + target.parent_path().string() + ": " + errno_text());
    const auto fail = [&](const std::string& what) {
        const std::string reason = errno_text();
        ::close(fd);
        ::unlink(pattern.c_str());
        throw Error("cannot write " + target.string() + ": " + what + ": " + reason);
    };
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("write failed (disk full?)");
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) fail("flush failed");
    if (::close(fd) != 0) {
        ::unlink(pattern.c_str());
        throw Error("cannot write " + target.string() + ": close failed: " + errno_text());
    }
    return pattern;
}

fs::path prepare_target(const fs::path& path) {
    const fs::path target = path.parent_path().empty() ? fs::path(".") / path : path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw Error("cannot create folder " + target.parent_path().string() + ": " + ec.message());
    if (fs::is_directory(target, ec)) throw Error("cannot write " + target.string() + ": a folder is in the way");
    return target;
}

} // namespace

std::string read_file(const fs::path& path, std::uintmax_t max_bytes) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error(path.string() + ": not a readable file");
    const auto size = fs::file_size(path, ec);
    if (ec) throw Error(path.string() + ": cannot read: " + ec.message());
    if (size > max_bytes)
        throw Error(path.string() + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                    std::to_string(max_bytes) + " (raise it with --max-file-size)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path.string() + ": cannot open: " + errno_text());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::optional<FileStamp> stamp_file(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    const auto ns = [](const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; };
    return FileStamp{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
                     static_cast<std::int64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim)};
}

StagedFile::StagedFile(const fs::path& target, std::string_view bytes)
    : target_(prepare_target(target)), temp_(write_temporary(target_, bytes)) {}

StagedFile::StagedFile(StagedFile&& other) noexcept : target_(std::move(other.target_)), temp_(std::move(other.temp_)) {
    other.temp_.clear();
}

StagedFile::~StagedFile() {
    if (!temp_.empty()) ::unlink(temp_.c_str());
}

namespace {

/// A descriptor closed when dropped.
class HeldFile {
  public:
    explicit HeldFile(int fd) : fd_(fd) {}
    HeldFile(const HeldFile&) = delete;
    HeldFile& operator=(const HeldFile&) = delete;
    ~HeldFile() { ::close(fd_); }

  private:
    int fd_;
};

} // namespace

void StagedFile::publish(Leftovers* replaced) {
    // the target itself, not what a symbolic link there names (rename replaces the link)
    const int fd = replaced != nullptr ? ::open(target_.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC) : -1;
    auto old = fd >= 0 ? std::make_unique<HeldFile>(fd) : nullptr;
    if (::rename(temp_.c_str(), target_.c_str()) != 0) throw Error("cannot replace " + target_.string() + ": " + errno_text());
    temp_.clear();
    if (old != nullptr) replaced->keep(std::move(old));
}

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    StagedFile(path, bytes).publish();
}

fs::path executable_dir() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

} // namespace brief
