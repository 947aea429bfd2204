// decode_picture: a PNG or JPEG file's bytes checked, measured and decoded into a Picture.
#pragma once

#include "doc/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace brief {

/// Largest picture decoded: 100 megapixels. A larger one is refused from its header, before any
/// pixel is decoded, so a decompression bomb costs nothing.
inline constexpr std::uint64_t max_picture_pixels = 100'000'000;

/// Fills `out` (all but id and file) from a PNG or JPEG file: its media type, size, resolution
/// and, for the PDF, its 8-bit samples (16-bit PNGs reduced, palettes expanded, interlacing
/// undone, alpha apart; CMYK JPEGs un-inverted when Adobe wrote them). Returns an empty string on
/// success, else why the bytes cannot be used ("not a PNG or JPEG file", "truncated", ...).
std::string decode_picture(std::string_view bytes, Picture& out);

namespace image_detail {
std::string decode_png(std::string_view bytes, Picture& out);
std::string decode_jpeg(std::string_view bytes, Picture& out);
} // namespace image_detail

} // namespace brief
