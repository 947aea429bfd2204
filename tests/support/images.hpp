// Small PNG and JPEG files made in memory for tests: every PNG colour type, depth and interlacing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace brief::test {

/// A PNG of `width` x `height` (PNG §11.2.2 colour type 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6
/// RGBA) at `depth` bits, Adam7-interlaced when asked. `samples` holds each pixel's samples in
/// order, one value per sample (0..2^depth-1; palette indexes for type 3), row by row. A palette
/// image gets `palette` (RGB triples).
std::string make_png(int width, int height, int colour_type, int depth, const std::vector<int>& samples,
                     bool interlaced = false, const std::vector<std::uint8_t>& palette = {});

/// A baseline (or progressive) JPEG from 8-bit samples: 1 grey, 3 RGB, 4 CMYK (Adobe-inverted, as
/// libjpeg writes and Photoshop reads them).
std::string make_jpeg(int width, int height, int components, const std::vector<std::uint8_t>& samples,
                      bool progressive = false);

} // namespace brief::test
