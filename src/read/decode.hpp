// Input bytes to clean UTF-8 text: one rule for every file brief reads.
#pragma once

#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace brief {

/// The rules, the same for articles, briefing.yaml and styles:
/// - a UTF-8 byte-order mark is dropped silently;
/// - UTF-16 or UTF-32 (by their byte-order marks, or NUL bytes in the first line) and malformed
///   UTF-8 (Latin-1, say) are errors naming line and column, with the iconv command that fixes it;
/// - CRLF and lone CR line ends become LF;
/// - control characters other than tab and line feed, U+FEFF inside text and the other
///   characters XML 1.0 forbids are removed, with one warning at the first of them.
/// Returns nullopt after an error.
std::optional<std::string> decode_text(std::string_view raw, const std::string& file, Diagnostics& diagnostics);

} // namespace brief
