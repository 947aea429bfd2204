// Streams brief compresses itself (on several threads) and libharu then writes as they are.
#pragma once

#include <hpdf.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace brief {
class Memo;
} // namespace brief

namespace brief::pdf {

/// The bytes a stream dictionary holds (before any filter libharu would apply while saving).
/// Throws brief::Error when libharu cannot read them back.
std::string stream_data(HPDF_Dict stream);

/// Makes `flate` (a zlib stream, deflate.hpp) the stream's data, written as it is with
/// /Filter /FlateDecode: libharu drops any /Filter of a stream it does not compress itself, so
/// the key is written by the dictionary's write hook (hpdf_dict.c calls it after the entries).
/// Returns libharu's status.
HPDF_STATUS set_flate_data(HPDF_Dict stream, std::string_view flate);

/// True when set_flate_data gave the stream its data.
bool holds_flate_data(HPDF_Dict stream);

/// Compresses every stream of `streams` (each once; null entries and streams holding flate data
/// are skipped) on up to `threads` threads and stores it with set_flate_data, in order. What is
/// compressed is `bytes` of the stream, called on the thread that compresses it: by default what
/// the stream holds. With a memo, bytes an earlier run compressed are not compressed again (watch
/// writes the same fonts rebuild after rebuild). Throws brief::Error on failure.
void compress_streams(const std::vector<HPDF_Dict>& streams, int threads,
                      const std::function<std::string(HPDF_Dict)>& bytes = stream_data, Memo* memo = nullptr);

} // namespace brief::pdf
