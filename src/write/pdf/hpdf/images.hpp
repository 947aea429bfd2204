// Image XObjects: each picture prepared for the PDF or PDF/A, compressed by brief, added once to libharu's document.
#pragma once

#include "doc/model.hpp"

#include <hpdf.h>

#include <string>
#include <string_view>

namespace brief::pdf {

/// A picture as the PDF will hold it (ISO 32000-1 8.9.5), made without libharu, so on any thread.
struct ImageStreams {
    int width = 0, height = 0; ///< pixels
    const char* color_space = "DeviceRGB"; ///< "DeviceGray", "DeviceRGB" or "DeviceCMYK"
    /// True: `data` is the JPEG file as read, written with /DCTDecode. False: `data` is 8-bit
    /// samples compressed as a zlib stream (deflate.hpp), written with /FlateDecode.
    bool dct = false;
    std::string data;
    /// The alpha plane as a zlib stream, for a DeviceGray soft mask (11.6.5.3); empty: opaque,
    /// and always empty for PDF/A.
    std::string smask;
};

/// What `picture` becomes in the PDF. A JPEG that is not CMYK keeps its bytes (DCTDecode, baseline
/// or progressive alike); decoded samples (PNG, CMYK JPEG) are compressed with their alpha as a soft
/// mask. With `pdfa` (ISO 19005-1), there is no soft mask (6.4: the alpha is flattened onto white)
/// and CMYK becomes RGB (6.2.3.3: DeviceCMYK needs a CMYK output intent, brief's is sRGB).
/// Throws brief::Error when the picture's samples do not match its size and components.
ImageStreams image_streams(const Picture& picture, bool pdfa);

/// `samples` (`components` per pixel) composited over white with `alpha` (one byte per pixel):
/// c' = c·a/255 + 255·(255−a)/255, rounded to the nearest integer.
std::string flatten_onto_white(std::string_view samples, std::string_view alpha, int components);

/// 8-bit CMYK (0 = no ink) as 8-bit RGB by the naive rule r = 255 − min(255, c + k) (and g from m,
/// b from y): no colour management, which a device CMYK picture never had in a PDF either.
std::string cmyk_to_rgb(std::string_view cmyk);

/// Adds `image` to `doc` as an image XObject (with its /SMask, when it has one, and the PDF version
/// raised to 1.4 that soft masks need) and returns it; libharu writes its data as it is.
/// Throws brief::Error when libharu fails.
HPDF_Image add_image(HPDF_Doc doc, const ImageStreams& image);

} // namespace brief::pdf
