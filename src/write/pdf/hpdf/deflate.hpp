// Flate compression of PDF streams (libdeflate), done by brief so pages can be compressed on two threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// `raw` compressed as a zlib stream (RFC 1950), which is what /FlateDecode reads (ISO 32000-1
/// 7.4.4), at level 1. The same input always gives the same bytes. Throws brief::Error when
/// libdeflate fails (out of memory).
std::string deflate(std::string_view raw);

/// Every element of `raws` compressed with deflate, in place; up to `threads` at once (each
/// element is compressed whole by one thread, so the result does not depend on the count).
void deflate_all(std::vector<std::string>& raws, int threads);

} // namespace brief::pdf
