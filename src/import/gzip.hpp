// The zlib wrapper: gzip-compressed pages (`page.html.gz`) inflated with a bound. The only file that includes zlib.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace brief::importer {

/// True when `bytes` start with the gzip magic (1f 8b).
bool is_gzip(std::string_view bytes);

/// Inflates a gzip stream (several members are concatenated, as gzip(1) does). Throws Error when
/// the stream is corrupt or inflates past `max_bytes` (a small file may expand a thousandfold).
std::string gunzip(std::string_view bytes, std::size_t max_bytes);

} // namespace brief::importer
