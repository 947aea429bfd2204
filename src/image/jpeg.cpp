// The libjpeg-turbo wrapper: JPEG files through the TurboJPEG API (errors returned, no longjmp).
#include "image/picture.hpp"

#include <turbojpeg.h>

namespace brief::image_detail {

namespace {

/// Frees a TurboJPEG decompressor whatever happens.
struct Decompressor {
    tjhandle handle = tjInitDecompress();
    Decompressor() = default;
    Decompressor(const Decompressor&) = delete;
    Decompressor& operator=(const Decompressor&) = delete;
    ~Decompressor() {
        if (handle != nullptr) tjDestroy(handle);
    }
};

/// True when an Adobe APP14 segment precedes the frame: Adobe's CMYK JPEGs store inverted ink
/// values (a well-known Photoshop convention that libjpeg passes through), so 255 means no ink.
bool adobe_marker(std::string_view bytes) {
    for (std::size_t at = 2; at + 4 <= bytes.size();) {
        if (static_cast<unsigned char>(bytes[at]) != 0xFF) return false;
        const auto marker = static_cast<unsigned char>(bytes[at + 1]);
        if (marker == 0xDA) return false; // start of scan: no more headers
        const std::size_t length = (std::size_t(static_cast<unsigned char>(bytes[at + 2])) << 8) | static_cast<unsigned char>(bytes[at + 3]);
        if (marker == 0xEE && bytes.substr(at + 4, 5) == "Adobe") return true;
        at += 2 + length;
    }
    return false;
}

/// The JFIF header's density in dots per inch (units 1), 0 otherwise.
double jfif_dpi(std::string_view bytes) {
    if (bytes.size() < 18 || bytes.substr(6, 5) != std::string_view("JFIF\0", 5) || bytes[13] != 1) return 0;
    return (static_cast<unsigned char>(bytes[14]) << 8) | static_cast<unsigned char>(bytes[15]);
}

} // namespace

std::string decode_jpeg(std::string_view bytes, Picture& out) {
    Decompressor d;
    if (d.handle == nullptr) return "the JPEG decoder could not start";
    auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes.data()));
    const auto size = static_cast<unsigned long>(bytes.size());
    int width = 0, height = 0, subsampling = 0, colourspace = 0;
    if (tjDecompressHeader3(d.handle, data, size, &width, &height, &subsampling, &colourspace) != 0)
        return std::string("a broken JPEG file (") + tjGetErrorStr2(d.handle) + ")";
    const std::uint64_t pixels = std::uint64_t(width) * std::uint64_t(height);
    if (width <= 0 || height <= 0 || pixels > max_picture_pixels)
        return std::to_string(width) + "x" + std::to_string(height) + " pixels, over the limit of 100 megapixels";
    const bool cmyk = colourspace == TJCS_CMYK || colourspace == TJCS_YCCK;
    const bool grey = colourspace == TJCS_GRAY;
    const int format = cmyk ? TJPF_CMYK : grey ? TJPF_GRAY : TJPF_RGB;
    const int components = cmyk ? 4 : grey ? 1 : 3;
    std::string samples(pixels * static_cast<std::size_t>(components), '\0');
    // Every pixel is decoded even when the PDF embeds the bytes: a truncated or corrupt file is
    // found here, not by a reader later. LIMITSCANS refuses progressive files of absurd scan counts.
    if (tjDecompress2(d.handle, data, size, reinterpret_cast<unsigned char*>(samples.data()), width, 0, height, format,
                      TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS) != 0)
        return std::string("a broken or truncated JPEG file (") + tjGetErrorStr2(d.handle) + ")";
    out.media_type = "image/jpeg";
    out.width = width;
    out.height = height;
    out.dpi = jfif_dpi(bytes);
    out.components = components;
    if (cmyk) {
        if (adobe_marker(bytes))
            for (auto& c : samples) c = static_cast<char>(255 - static_cast<unsigned char>(c));
        out.samples = std::move(samples);
    }
    return {};
}

} // namespace brief::image_detail
