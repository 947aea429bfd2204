// Small real pictures for tests: a PNG and a JPEG, decoded as the reader decodes them, and embedded by URL.
#pragma once

#include "doc/model.hpp"

#include <string>
#include <vector>

namespace brief::test {

/// A 4×2 RGB PNG (pHYs 150 dpi), decoded by decode_picture; its file is "chart.png".
Picture tiny_png(const std::string& id = "picture-1");

/// An 8×4 baseline JPEG (JFIF, no resolution), decoded; its file is "photo.jpg".
Picture tiny_jpeg(const std::string& id = "picture-2");

/// Adds the pictures to the briefing and names them on every image (inline or a figure's) whose
/// URL is a picture's file, as load_pictures does after reading the files.
void embed_pictures(Briefing& briefing, std::vector<Picture> pictures);

/// A table with every alignment, a caption, a footnote in a cell, a long URL, CJK and Arabic.
extern const char* const table_markdown;

/// A figure from tiny_png, an inline tiny_jpeg, an image not embedded, and task items.
extern const char* const picture_markdown;

/// The briefing of one article body (briefing_from_body) with tiny_png and tiny_jpeg embedded.
Briefing with_pictures(const std::string& markdown);


} // namespace brief::test
