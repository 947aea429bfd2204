// What every backend is told besides the briefing and the style.
#pragma once

#include "core/bytes.hpp"
#include "core/shared_work.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace brief {

class Leftovers;
class Memo;

struct RenderOptions {
    /// The one timestamp of the run (seconds since 1970, UTC): SOURCE_DATE_EPOCH when set, else
    /// the briefing's date at midnight, else 2000-01-01. Backends use nothing else for dates in
    /// metadata or containers, so the same input gives the same bytes.
    std::int64_t timestamp = 946684800;
    /// PDF only: write PDF/A-1b (embedded sRGB output intent, XMP metadata).
    bool pdfa = false;
    /// "brief 0.1.0": the producing application recorded in metadata.
    std::string generator = "brief";
    /// Threads a backend may use for its own work (the PDF compresses its pages on them). The
    /// bytes never depend on it.
    int threads = 1;
    /// Where a backend leaves its largest structures (the PDF's libharu document) instead of
    /// freeing them before returning its bytes, or nullptr: freed at once.
    Leftovers* leftovers = nullptr;
    /// Work that formats of the same run share (the DOCX and the flat XML build the same parts),
    /// or nullptr: each format then builds its own.
    SharedWork* shared = nullptr;
    /// Results of earlier runs (watch keeps one across its rebuilds), or nullptr: everything is
    /// made afresh. A backend may reuse what it made from the same inputs; the bytes are the same.
    Memo* memo = nullptr;
    /// With a memo, each article's fingerprint (article_fingerprints), taken once for the keys of
    /// every backend's kept results; or nullptr: a backend takes those it needs.
    const std::vector<std::uint64_t>* article_keys = nullptr;
    /// PDF only: when not null, receives the number of pages written (for --summary-json).
    int* pages = nullptr;
    /// When not null, where a backend may hand the start of its file while it makes the rest
    /// (the PDF does, as it saves): the run writes it to disk meanwhile.
    EarlyBytes* early = nullptr;
};

} // namespace brief
