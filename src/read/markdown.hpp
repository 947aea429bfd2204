// Markdown body to model blocks: every cmark node kind mapped, unsafe content defused.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <string>
#include <string_view>

namespace brief {

/// Converts a Markdown body (CommonMark + GFM footnotes, strikethrough, autolinks). Never fails:
/// raw HTML becomes visible text, links other than http, https and mailto become their text,
/// nesting deeper than `max_nesting` is flattened to text; each with a warning. Lines are
/// reported as `first_line + (line in body) - 1`, i.e. lines of the original file.
Blocks read_markdown(std::string_view body, const std::string& file, int first_line, Diagnostics& diagnostics);

/// Deepest nesting of blocks or inlines kept as structure; deeper content is kept as text.
inline constexpr int max_nesting = 32;

/// True for the link targets every backend may make clickable: http, https, mailto.
bool is_safe_url(std::string_view url);

} // namespace brief
