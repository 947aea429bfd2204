// save_document: a libharu document's file as bytes, its objects written in one pass.
#pragma once

#include "core/bytes.hpp"

#include <hpdf.h>

namespace brief::pdf {

/// The document as a PDF file (HPDF_SaveToStream into a string). libharu's own writer of the
/// objects and the cross-reference table is replaced (save.cpp): the same bytes, with the objects
/// brief wrote as bytes (entries.hpp) copied whole instead of written a piece at a time through
/// its stream calls. With `early`, the file's start is handed there a mebibyte at a time as the
/// objects are written. Throws brief::Error when libharu fails.
Bytes save_document(HPDF_Doc doc, EarlyBytes* early = nullptr);

} // namespace brief::pdf
