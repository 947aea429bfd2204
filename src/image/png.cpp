// The libpng wrapper: PNG files through libpng's simplified API (no setjmp reaches C++ frames).
#include "image/picture.hpp"

#include <png.h>

#include <cstring>
#include <memory>

namespace brief::image_detail {

namespace {

/// Frees the simplified API's state whatever happens.
struct PngImage {
    png_image image{};
    PngImage() {
        std::memset(&image, 0, sizeof image);
        image.version = PNG_IMAGE_VERSION;
    }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;
    ~PngImage() { png_image_free(&image); }
};

std::uint32_t be32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

/// The pHYs chunk's resolution in dots per inch (PNG §11.3.5.3), 0 when absent or not in metres.
/// The simplified API does not report it; the chunk is found by walking the chunk headers.
double png_dpi(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    for (std::size_t at = 8; at + 12 <= bytes.size();) {
        const std::uint32_t length = be32(p + at);
        if (length > bytes.size() - at - 12) return 0;
        const std::string_view type(bytes.data() + at + 4, 4);
        if (type == "IDAT" || type == "IEND") return 0; // pHYs comes before the image data
        if (type == "pHYs" && length == 9 && p[at + 16] == 1) return be32(p + at + 8) * 0.0254;
        at += 12 + length;
    }
    return 0;
}

} // namespace

std::string decode_png(std::string_view bytes, Picture& out) {
    PngImage png;
    if (!png_image_begin_read_from_memory(&png.image, bytes.data(), bytes.size()))
        return std::string("a broken PNG file (") + png.image.message + ")";
    // A 16-bit file without gAMA or sRGB is read as sRGB, as viewers show it (libpng would take it
    // for linear light and brighten it on the way to 8 bits). Set after the header: reading it
    // resets the flags.
    png.image.flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
    const std::uint64_t pixels = std::uint64_t(png.image.width) * png.image.height;
    if (pixels == 0 || pixels > max_picture_pixels)
        return std::to_string(png.image.width) + "x" + std::to_string(png.image.height) + " pixels, over the limit of 100 megapixels";
    const bool colour = (png.image.format & PNG_FORMAT_FLAG_COLOR) != 0;
    const bool alpha = (png.image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
    // 8-bit sRGB samples whatever the file holds (16-bit, palette, grey with tRNS, interlaced).
    png.image.format = (colour ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY) | (alpha ? PNG_FORMAT_FLAG_ALPHA : 0);
    const int channels = PNG_IMAGE_SAMPLE_CHANNELS(png.image.format);
    std::string buffer(PNG_IMAGE_SIZE(png.image), '\0');
    if (!png_image_finish_read(&png.image, nullptr, buffer.data(), 0, nullptr))
        return std::string("a broken or truncated PNG file (") + png.image.message + ")";
    out.media_type = "image/png";
    out.width = static_cast<int>(png.image.width);
    out.height = static_cast<int>(png.image.height);
    out.dpi = png_dpi(bytes);
    out.components = colour ? 3 : 1;
    if (!alpha) {
        out.samples = std::move(buffer);
        return {};
    }
    out.samples.resize(pixels * static_cast<std::size_t>(out.components));
    out.alpha.resize(pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
        std::memcpy(&out.samples[i * out.components], &buffer[i * channels], static_cast<std::size_t>(out.components));
        out.alpha[i] = buffer[i * channels + out.components];
    }
    return {};
}

} // namespace brief::image_detail
