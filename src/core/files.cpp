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
#include <utility>

namespace brief {

namespace fs = std::filesystem;

namespace {

std::string errno_text() { return std::strerror(errno); }

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

StagedFile::StagedFile(const fs::path& target, std::string_view bytes) : StagedFile(FileWriter(target, false).finish(bytes)) {}

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

FileWriter::FileWriter(fs::path target, bool helpers) : target_(std::move(target)), helpers_(helpers) {}

FileWriter::~FileWriter() {
    try {
        settle();
    } catch (...) { // nothing to say: finish(), which says what failed, was not called
    }
    remove();
}

void FileWriter::remove() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
}

/// The temporary file beside the target, made on the first write (a failure is kept for finish()).
void FileWriter::open() {
    if (fd_ >= 0 || !failure_.empty()) return;
    try {
        target_ = prepare_target(target_);
    } catch (const Error& e) {
        failure_ = e.what();
        return;
    }
    std::string pattern = (target_.parent_path() / ("." + target_.filename().string() + ".XXXXXX.tmp")).string();
    fd_ = mkstemps(pattern.data(), 4);
    if (fd_ < 0) failure_ = "cannot create a temporary file in " + target_.parent_path().string() + ": " + errno_text();
    else temp_ = pattern;
}

void FileWriter::write_at(std::string_view bytes, std::size_t offset) {
    open();
    while (!bytes.empty() && failure_.empty()) {
        const auto n = ::pwrite(fd_, bytes.data(), bytes.size(), static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            failure_ = "cannot write " + target_.string() + ": write failed (disk full?): " + errno_text();
            return;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
        offset += static_cast<std::size_t>(n);
    }
}

void FileWriter::write_pending() {
    if (claimed_.exchange(true)) return; // written, or being written, by the other side
    try {
        write_at(pending_, pending_at_);
    } catch (const std::exception& e) { // out of memory: said by finish(), never thrown at settle()
        if (failure_.empty()) failure_ = "cannot write " + target_.string() + ": " + e.what();
    }
    // its way to the disk started now, not by finish()'s fsync (a hint: an error is said there)
    if (failure_.empty()) (void)::sync_file_range(fd_, static_cast<off_t>(pending_at_), static_cast<off_t>(pending_.size()), SYNC_FILE_RANGE_WRITE);
}

void FileWriter::take(std::string_view piece) {
    settle(); // one piece in flight at a time: the file's writes go one after another anyway
    pending_ = piece;
    pending_at_ = taken_;
    taken_ += piece.size();
    claimed_ = false;
    if (helpers_) writing_.emplace(start_helpers(1, [this] { write_pending(); }));
    else write_pending();
}

void FileWriter::settle() {
    write_pending(); // when no helper has started on it (or none could be had), here
    if (writing_) writing_->wait();
    writing_.reset();
}

StagedFile FileWriter::finish(std::string_view bytes) {
    settle();
    if (bytes.size() < taken_) throw Error("cannot write " + target_.string() + ": fewer bytes than were written");
    write_at(bytes.substr(taken_), taken_);
    if (failure_.empty() && (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0))
        failure_ = "cannot write " + target_.string() + ": flush failed: " + errno_text();
    if (failure_.empty() && ::close(std::exchange(fd_, -1)) != 0)
        failure_ = "cannot write " + target_.string() + ": close failed: " + errno_text();
    if (!failure_.empty()) {
        remove();
        throw Error(failure_);
    }
    return StagedFile(StagedFile::Written{}, target_, std::exchange(temp_, fs::path()));
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
