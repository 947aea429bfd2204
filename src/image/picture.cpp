// decode_picture: the file's signature picks the decoder; anything else is refused by name.
#include "image/picture.hpp"

namespace brief {

std::string decode_picture(std::string_view bytes, Picture& out) {
    static constexpr std::string_view png_signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.substr(0, 8) == png_signature) return image_detail::decode_png(bytes, out);
    if (bytes.size() >= 3 && bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)) return image_detail::decode_jpeg(bytes, out);
    if (bytes.substr(0, 4) == "GIF8") return "a GIF file; only PNG and JPEG pictures are embedded";
    if (bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") return "a WebP file; only PNG and JPEG pictures are embedded";
    if (bytes.find("<svg") != std::string_view::npos) return "an SVG file; only PNG and JPEG pictures are embedded";
    return "not a PNG or JPEG file";
}

} // namespace brief
