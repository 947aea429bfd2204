// The passes over the model that every backend shares, run once after reading.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

namespace brief {

/// Gives every article a unique source id and its attribution note, makes a Source for each
/// credit, and puts one `secondary` note after the first mention of each credit in each article
/// (body text only: not inside headings, links, code or other notes). Credits are matched as
/// whole words, case-sensitively, longest alias first. The articles are gone through on up to
/// `threads` threads; the result does not depend on how many.
void attribute_sources(Briefing& briefing, Diagnostics& diagnostics, int threads = 1);

/// Numbers every note 1..N in reading order (the key points' notes first, then article by
/// article: the attribution, then the body), and orders `briefing.sources` by first citation, dropping sources nothing cites.
/// Run once; backends never renumber. The notes are found on up to `threads` threads.
void number_notes(Briefing& briefing, int threads = 1);

/// The deepest heading level below an article's title (its title is level 0; HTML's h6 is 5).
inline constexpr int deepest_heading = 5;

/// Gives each heading its place in the article's outline: the shallowest level written becomes 1,
/// and every heading is one level below the nearest shallower heading before it (so no level is
/// skipped, and `## a` / `# b` / `## c` keeps c under b), at most deepest_heading.
void outline_headings(Briefing& briefing);

/// Numbers tables and figures 1..N each, in reading order, the front parts before the articles
/// ("Table 3", "Figure 2" in every format).
/// Only a captioned table is numbered (as pandoc and LaTeX number only floats with captions): an
/// uncaptioned one keeps number 0 and no label anywhere. Every figure has a caption.
void number_tables_and_figures(Briefing& briefing);

/// Sets out the key points (briefing.key_points, already numbered) as the briefing's first
/// FrontPart, "Key points": a line of introduction, a list item per claim with "Reported by N of M
/// sources" and its notes, then the coverage table (which source reports which claim, captioned).
/// The sentence each claim was drawn from becomes, in its article, a link to the claim, and the
/// claim a link back to it, when the sentence can be wrapped in a link (it does not cross another
/// link). Runs after number_notes and before number_tables_and_figures (the table is the first).
void present_key_points(Briefing& briefing);

// Every pass in order: run_passes in synth/passes.hpp (the key points need the synthesis).

} // namespace brief
