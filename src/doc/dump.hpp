// The readable dump of the model: one node per line, indented; the golden view of reader tests.
#pragma once

#include "doc/model.hpp"

#include <string>

namespace brief {

/// The whole briefing as an indented tree: metadata, credits, sources, then each article with
/// its nodes, positions (`@line:col`) and notes (`note 3 secondary source=wsj`). Stable across
/// runs and platforms, so it can be compared with a golden file.
std::string dump_briefing(const Briefing& briefing);

} // namespace brief
