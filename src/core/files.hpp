// File input and output: bounded reads and atomic writes (temporary file, then rename).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace brief {

/// Reads a whole file. Throws Error naming the file when it cannot be read or is larger than
/// `max_bytes` (the message says which option raises the limit).
std::string read_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed, then
/// renamed over the target. On any failure the temporary file is removed, the old target is left
/// untouched, and Error says what failed. Creates missing parent folders.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

} // namespace brief
