// The pieces of the briefing laid out outside the flow: the cover, contents lines, running heads.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/pdf/layout/builder.hpp"
#include "write/pdf/layout/flow.hpp"

#include <cstdint>

namespace brief {
class Memo;
}

namespace brief::pdf {

/// The text area of a page of `style`.
Frame frame_of(const Style& style);

/// The cover: marking banners at top and bottom, title, subtitle, issuer, date, coverage line;
/// tagged into `tree` as one Sect (the title its H1, the top banner's marking a P: said once; the
/// bottom banner an artifact). The coverage line links to the contents.
Page cover_page(const Briefing& briefing, const Style& style, FontMetrics& metrics, const LayoutContext& context,
                Structure& tree);

/// The title of a contents entry set ragged, short of the number column: the same whatever the
/// page number, so the contents' passes set it once.
std::vector<SetLine> contents_title(const std::vector<Span>& title, const SpanStyle& style, const LayoutContext& context);

/// One contents entry: its set title (contents_title), dot leaders, the page number flush right;
/// every run links to the entry's destination (`style.dest`). The title and number are tagged
/// `tag`, the leaders are artifacts.
std::vector<SetLine> contents_entry(std::vector<SetLine> title, const std::string& number, const SpanStyle& style,
                                    const LayoutContext& context, int tag);

/// Adds running head and foot to every page but the first (the cover). With a memo, a text set
/// by an earlier run in the same `context` (what layout_document keys its layouts by) is not set
/// again: most are the same page numbers run after run.
void running_heads(Document& doc, const Briefing& briefing, const Style& style, FontMetrics& metrics, int threads,
                   Memo* memo = nullptr, std::uint64_t context = 0);

} // namespace brief::pdf
