// save_document: a libharu document's file as bytes, its objects written in one pass.
#pragma once

#include "core/bytes.hpp"

#include <hpdf.h>

#include <functional>

namespace brief::pdf {

class OwnObjects;

/// The document as a PDF file (HPDF_SaveToStream into a string). libharu's own writer of the
/// objects and the cross-reference table is replaced (save.cpp): the same bytes, with the objects
/// brief wrote as bytes (entries.hpp) copied whole instead of written a piece at a time through
/// its stream calls. With `early`, the file's start is handed there a mebibyte at a time as the
/// objects are written. With `own`, brief's own objects follow libharu's; `own_written`, when
/// given, is called once libharu's objects are written and before `own` is read: it waits while
/// another thread still writes them. Throws brief::Error when libharu fails, or when `own` is not
/// numbered right after libharu's objects or has an object never given its value.
Bytes save_document(HPDF_Doc doc, EarlyBytes* early = nullptr, const OwnObjects* own = nullptr,
                    const std::function<void()>& own_written = {});

} // namespace brief::pdf
