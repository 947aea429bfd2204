// File input and output: bounded reads and atomic writes (temporary file, then rename).
#pragma once

#include "core/bytes.hpp"
#include "core/parallel.hpp"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace brief {

class Leftovers;

/// Reads a whole file. Throws Error naming the file when it cannot be read or is larger than
/// `max_bytes` (the message says which option raises the limit).
std::string read_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

/// What stat(2) says of a file that changes whenever its bytes do: its device and inode, its size,
/// and when its data and its inode last changed (nanoseconds; links followed). Equal stamps: the
/// same file, not written since, as far as the file system's clock tells (a write within the same
/// tick keeps the times, which is why watch also goes by what inotify reports).
struct FileStamp {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modified_ns = 0;
    std::int64_t changed_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

/// The file's stamp, or nullopt when it cannot be had (the file is gone, or not to be read).
std::optional<FileStamp> stamp_file(const std::filesystem::path& path);

class FileWriter;

/// A file written under a temporary name beside its target, not yet visible there. Destroying it
/// without publish() removes the temporary file, so nothing half-written is ever left.
class StagedFile {
  public:
    /// `bytes` written under a temporary name and flushed to disk (FileWriter).
    StagedFile(const std::filesystem::path& target, std::string_view bytes);
    StagedFile(StagedFile&& other) noexcept;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    StagedFile& operator=(StagedFile&&) = delete;
    ~StagedFile();

    /// Renames the temporary file over the target (atomic within one file system). With
    /// `replaced`, the file it replaces is held open there (an O_PATH descriptor, which opens
    /// nothing: a FIFO or an unreadable file is held all the same) and its blocks are freed when
    /// the bin is emptied, not in the rename: freeing a large file's blocks took the PDF's rename
    /// 2.5 ms of a watch rebuild.
    void publish(Leftovers* replaced = nullptr);

  private:
    friend class FileWriter;
    struct Written {}; ///< the temporary file a FileWriter wrote
    StagedFile(Written, std::filesystem::path target, std::filesystem::path temp)
        : target_(std::move(target)), temp_(std::move(temp)) {}
    std::filesystem::path target_;
    std::filesystem::path temp_;
};

/// A file being staged while its bytes are made: each piece taken (EarlyBytes) is written to the
/// temporary file on a helper thread while the backend makes the next, and finish() writes the
/// rest, flushes to disk and gives the StagedFile. Each piece's way to the disk is started once
/// it is written (sync_file_range), so the flush waits for the last ones alone. The 500-article
/// PDF's copy into the page cache after it was saved, then its flush, took 10 ms of a watch
/// rebuild's 70; written and sent on while it is saved, 4 ms are left after the save. Without
/// helpers, each piece is written at once. Destroying it unfinished waits for the piece in flight
/// and removes the temporary file.
class FileWriter : public EarlyBytes {
  public:
    FileWriter(std::filesystem::path target, bool helpers);
    FileWriter(const FileWriter&) = delete;
    FileWriter& operator=(const FileWriter&) = delete;
    ~FileWriter() override;

    void take(std::string_view piece) override;
    void settle() override;
    /// The file's bytes, of which the pieces taken are the start: the rest written, all flushed,
    /// the staged file. Throws Error naming the file when anything failed.
    StagedFile finish(std::string_view bytes);

  private:
    std::filesystem::path target_;
    std::filesystem::path temp_; ///< empty until the temporary file is made
    int fd_ = -1;
    bool helpers_;
    std::size_t taken_ = 0;   ///< bytes handed over so far: the next piece's offset
    std::string failure_;     ///< what failed first, said by finish()
    /// The piece in flight, written by whichever of the helper or settle() claims it first.
    std::string_view pending_;
    std::size_t pending_at_ = 0;
    std::atomic<bool> claimed_{true};
    std::optional<Helpers> writing_;

    void open();
    void write_pending();
    void write_at(std::string_view bytes, std::size_t offset);
    void remove();
};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed, then
/// renamed over the target. On any failure the temporary file is removed, the old target is left
/// untouched, and Error says what failed. Creates missing parent folders.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

/// The folder of the running program (from /proc/self/exe), or an empty path when not known: an
/// installed brief finds its data in ../share/brief from there.
std::filesystem::path executable_dir();

} // namespace brief
