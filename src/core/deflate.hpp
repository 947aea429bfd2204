// The libdeflate wrapper: zlib and raw deflate compression, CRC-32 and bounded gzip inflation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

/// `raw` compressed as a zlib stream (RFC 1950), which is what PDF's /FlateDecode reads (ISO
/// 32000-1 7.4.4), at level 1. The same input always gives the same bytes. Throws brief::Error
/// when libdeflate fails (out of memory).
std::string deflate(std::string_view raw);

/// Every element of `raws` compressed with deflate, in place; up to `threads` at once (each
/// element is compressed whole by one thread, so the result does not depend on the count).
void deflate_all(std::vector<std::string>& raws, int threads);

/// `raw` as a raw deflate stream (RFC 1951, a ZIP entry's method 8) at level 1; empty when
/// libdeflate cannot make it (the caller stores the bytes instead).
std::string deflate_raw(std::string_view raw);

/// The CRC-32 of ZIP and gzip (ISO 3309).
std::uint32_t crc32(std::string_view bytes);

/// True when `bytes` start with the gzip magic (1f 8b).
bool is_gzip(std::string_view bytes);

/// Inflates a gzip stream (several members are concatenated, as gzip(1) does). Throws Error when
/// the stream is corrupt or inflates past `max_bytes` (a small file may expand a thousandfold).
std::string gunzip(std::string_view bytes, std::size_t max_bytes);

} // namespace brief
