// File input and output with POSIX calls, so a write is durable before the rename publishes it.
#include "core/files.hpp"

#include "core/error.hpp"

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

/// Owns a temporary file's descriptor and removes the file unless it was published.
class TempFile {
  public:
    explicit TempFile(const fs::path& target) {
        name_ = target.parent_path() / ("." + target.filename().string() + ".XXXXXX.tmp");
        std::string pattern = name_.string();
        fd_ = mkstemps(pattern.data(), 4);
        if (fd_ < 0) throw Error("cannot create a temporary file in " + target.parent_path().string() +
                                 ": " + errno_text());
        name_ = pattern;
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!published_) ::unlink(name_.c_str());
    }

    void write_all(std::string_view bytes) {
        while (!bytes.empty()) {
            const auto n = ::write(fd_, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) throw Error("cannot write " + name_.string() + ": " + errno_text());
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        if (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) {
            fd_ = -1;
            throw Error("cannot finish writing " + name_.string() + ": " + errno_text());
        }
        fd_ = -1;
    }

    void publish(const fs::path& target) {
        if (::rename(name_.c_str(), target.c_str()) != 0)
            throw Error("cannot replace " + target.string() + ": " + errno_text());
        published_ = true;
    }

  private:
    fs::path name_;
    int fd_ = -1;
    bool published_ = false;
};

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

void write_file_atomic(const fs::path& path, std::string_view bytes) {
    const fs::path target = path.parent_path().empty() ? fs::path(".") / path : path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) throw Error("cannot create folder " + target.parent_path().string() + ": " + ec.message());
    if (fs::is_directory(target, ec))
        throw Error("cannot write " + target.string() + ": a folder is in the way");
    TempFile temp(target);
    temp.write_all(bytes);
    temp.publish(target);
}

} // namespace brief
