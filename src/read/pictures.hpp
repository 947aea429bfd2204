// load_pictures: the image files articles name, read under the folder rule and embedded once.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <cstdint>

namespace brief {

/// Reads the file of every image of every article into `briefing.pictures` and names it on the
/// image. Only a relative path inside the article's own folder is opened: a path leaving it
/// (`..`), an absolute path, `~`, any scheme (`file:`, `data:`) or a symlink resolving outside the
/// folder is refused unopened, with a warning at the image. Remote (http, https) images are never
/// fetched: the alt text stays, followed by a note giving the address. Files over `max_bytes`,
/// pictures over 100 megapixels and anything but PNG or JPEG are refused with a warning. A figure
/// whose picture cannot be had becomes a paragraph of its image (the alt text). The same bytes
/// used twice are one picture.
void load_pictures(Briefing& briefing, std::uintmax_t max_bytes, Diagnostics& diagnostics);

} // namespace brief
