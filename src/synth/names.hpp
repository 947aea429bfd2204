// Names in sentences: the countries a word names (a word-family table written here) and when two
// written names may be one entity (a surname and the full name, an acronym and its expansion).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brief::synth {

/// The country a capitalised word names, as one key ("German" and "Germany" -> "germany";
/// "U.S", "US", "USA", "American" -> "united-states"), or "" when it names none. `word` is as
/// written: "US" names the country, "us" is the pronoun.
std::string_view place_of(std::string_view word);

/// The country two capitalised words name together ("United States", "South Korean"), or "".
std::string_view place_of(std::string_view first, std::string_view second);

/// True when two names (lower case, words joined by one space) may be one entity: equal, every
/// word of one among the other's ("trump" and "donald trump"), or one the initials of the other
/// ("fcc" and "federal communications commission"). Two names of one word each must be equal.
bool same_entity(std::string_view a, std::string_view b);

/// True when some name of `a` is none of `b`'s (same_entity).
bool names_beyond(const std::vector<std::string>& a, const std::vector<std::string>& b);

} // namespace brief::synth
