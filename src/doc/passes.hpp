// The passes over the model that every backend shares, run once after reading.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

namespace brief {

/// Gives every article a unique source id and its attribution note, makes a Source for each
/// credit, and puts one `secondary` note after the first mention of each credit in each article
/// (body text only: not inside headings, links, code or other notes). Credits are matched as
/// whole words, case-sensitively, longest alias first.
void attribute_sources(Briefing& briefing, Diagnostics& diagnostics);

/// Numbers every note 1..N in reading order (article by article: the attribution, then the
/// body), and orders `briefing.sources` by first citation, dropping sources nothing cites.
/// Run once; backends never renumber.
void number_notes(Briefing& briefing);

/// Both passes in order: what every command runs after reading.
inline void run_passes(Briefing& briefing, Diagnostics& diagnostics) {
    attribute_sources(briefing, diagnostics);
    number_notes(briefing);
}

} // namespace brief
