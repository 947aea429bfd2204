// find_key_points: the claims two or more sources report, grouped sentence by sentence.
#pragma once

#include "doc/model.hpp"

namespace brief {
class Memo;
}

namespace brief::synth {

/// Fills briefing.key_points (at most briefing.meta.key_points): each article's paragraphs are cut
/// into sentences, their content words stemmed, and sentences of different sources grouped when
/// their IDF-weighted cosine reaches a threshold, their numbers and negation agree and their names
/// do not conflict (the credited outlets' names blanked out first: who said it is not what).
/// Candidate pairs come from an index of the rarer words, never from all pairs. A group's claim
/// is its most central sentence; a source is credited only if one of its sentences is itself close
/// to that claim. Runs after attribute_sources (the notes cite the articles' source ids) and
/// before number_notes. The articles are read on up to `threads` threads (0: one per core); the
/// result is the same with any number. With a `memo` (watch keeps one), an article cut and stemmed
/// by an earlier run, unchanged as read (Article::as_read) and at the same place, is not cut
/// again: the same key points.
void find_key_points(Briefing& briefing, int threads = 0, Memo* memo = nullptr);

/// The similarity two sentences must reach to be grouped. Low enough for paraphrases of different
/// lengths (0.3 missed most of the seeds' shared claims once credits stopped counting as words);
/// what keeps unlike sentences apart is mostly names, numbers and negation (compatible).
inline constexpr double group_threshold = 0.25;

} // namespace brief::synth
