// ZipWriter: an in-memory zip with fixed entry order and timestamps.
#pragma once

#include "core/bytes.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace brief {

class Memo;

/// Builds a zip archive in memory (PKWARE APPNOTE.TXT, without ZIP64: entries and archive under
/// 4 GiB, at most 65,535 entries). Entries keep the order they are added in; every entry gets
/// the same DOS timestamp (from `timestamp`, UTC, clamped to 1980-2107), no extra fields, and is
/// deflated by libdeflate at level 1 unless stored or unless deflating would not
/// make it smaller. libzip deflated each entry through a new zlib stream: for an EPUB of 500
/// chapters, a third of the writer's time. Throws brief::Error past the format's limits.
class ZipWriter {
  public:
    /// With a `memo` (watch keeps one), an entry whose bytes an earlier run deflated is not
    /// deflated again (a fingerprint of the bytes finds it): the same archive.
    explicit ZipWriter(std::int64_t timestamp, Memo* memo = nullptr);
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    ~ZipWriter();

    /// Adds an entry; `stored` leaves it uncompressed (EPUB's mimetype must be).
    void add(const std::string& name, std::string_view bytes, bool stored = false);

    /// Closes the archive and returns its bytes; the writer cannot be used afterwards.
    Bytes finish();

  private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace brief
