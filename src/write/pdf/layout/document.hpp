// layout_document: the whole briefing laid out as pages (cover, contents, articles, sources).
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/pdf/layout/metrics.hpp"
#include "write/pdf/layout/page.hpp"

#include <functional>
#include <string>

namespace brief {
class Memo;
}

namespace brief::pdf {

/// Lays out the briefing: a cover, the contents (with the real page numbers: laid out again until
/// they no longer change), each article from a new page, the sources, and running heads and feet
/// on every page but the cover. Characters no font has become placeholders and warnings.
/// Articles are set on up to `threads` threads (`metrics` is only ever called by one at a time);
/// the result does not depend on the count. `cover_set`, when given, is called with the cover as
/// soon as it is set (the first page, before the rest is laid out). With a `memo` (watch keeps
/// one), an article laid out by an earlier run from the same article, at the same place, with the
/// same style, briefing metadata and pictures, is not laid out again: the same pages either way.
Document layout_document(const Briefing& briefing, const Style& style, FontMetrics& metrics,
                         Diagnostics& diagnostics, const std::string& hyphen_dir, int threads = 1,
                         const std::function<void(const Page&)>& cover_set = {}, Memo* memo = nullptr,
                         const std::vector<std::uint64_t>* article_keys = nullptr);

/// The text of a running head or foot with its placeholders filled in.
std::string expand_running(const std::string& pattern, const Briefing& briefing, int page, int pages);

} // namespace brief::pdf
