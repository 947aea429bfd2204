// split_sentences: a paragraph's text cut into sentences, knowing abbreviations such as "U.S.".
#pragma once

#include <string_view>
#include <vector>

namespace brief::synth {

/// The sentences of `text`, in order, each trimmed of surrounding spaces. A sentence ends at '.',
/// '!' or '?' (with any closing quotes or brackets after it) followed by a space and a capital
/// letter, digit or opening quote, or at the end of the text; but not after an abbreviation
/// ("Mr.", "U.S.", "e.g.", "Jan."), a single capital letter ("J. Smith") or inside a number.
std::vector<std::string_view> split_sentences(std::string_view text);

} // namespace brief::synth
