// make_png writes the chunks itself (with zlib) so every colour type, depth and Adam7 can be had;
// make_jpeg asks TurboJPEG.
#include "images.hpp"

#include <turbojpeg.h>
#include <zlib.h>

#include <stdexcept>

namespace brief::test {

namespace {

void put32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

void chunk(std::string& out, const char* type, const std::string& data) {
    put32(out, static_cast<std::uint32_t>(data.size()));
    const std::string body = std::string(type, 4) + data;
    out += body;
    put32(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

int channels(int colour_type) { return colour_type == 2 ? 3 : colour_type == 4 ? 2 : colour_type == 6 ? 4 : 1; }

/// One scanline of the given pixels, packed at `depth` bits, after a filter byte 0.
std::string scanline(const std::vector<int>& samples, const std::vector<int>& pixels, int per_pixel, int depth) {
    std::string row(1, '\0');
    int bits = 0, acc = 0;
    for (int p : pixels)
        for (int s = 0; s < per_pixel; ++s) {
            const int v = samples[static_cast<std::size_t>(p * per_pixel + s)];
            if (depth == 16) {
                row += static_cast<char>(v >> 8), row += static_cast<char>(v & 0xFF);
            } else if (depth == 8) {
                row += static_cast<char>(v);
            } else {
                acc = (acc << depth) | v, bits += depth;
                if (bits == 8) row += static_cast<char>(acc), acc = 0, bits = 0;
            }
        }
    if (bits > 0) row += static_cast<char>(acc << (8 - bits));
    return row;
}

} // namespace

std::string make_png(int width, int height, int colour_type, int depth, const std::vector<int>& samples, bool interlaced,
                     const std::vector<std::uint8_t>& palette) {
    std::string raw;
    const int per_pixel = channels(colour_type);
    // Adam7 (PNG §8.2): the seven passes' starts and steps; without interlacing, one pass of all.
    static const int adam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    static const int whole[1][4] = {{0, 0, 1, 1}};
    const auto& passes = interlaced ? adam7 : whole;
    for (int k = 0; k < (interlaced ? 7 : 1); ++k) {
        const auto* pass = passes[k];
        for (int y = pass[1]; y < height; y += pass[3]) {
            std::vector<int> pixels;
            for (int x = pass[0]; x < width; x += pass[2]) pixels.push_back(y * width + x);
            if (!pixels.empty()) raw += scanline(samples, pixels, per_pixel, depth);
        }
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string packed(size, '\0');
    if (compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size())) != Z_OK)
        throw std::runtime_error("zlib failed");
    packed.resize(size);
    std::string out("\x89PNG\r\n\x1a\n", 8), header;
    put32(header, static_cast<std::uint32_t>(width));
    put32(header, static_cast<std::uint32_t>(height));
    header += static_cast<char>(depth), header += static_cast<char>(colour_type);
    header += '\0', header += '\0', header += static_cast<char>(interlaced ? 1 : 0);
    chunk(out, "IHDR", header);
    if (colour_type == 3) chunk(out, "PLTE", std::string(palette.begin(), palette.end()));
    chunk(out, "IDAT", packed);
    chunk(out, "IEND", "");
    return out;
}

std::string make_jpeg(int width, int height, int components, const std::vector<std::uint8_t>& samples, bool progressive) {
    tjhandle h = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long size = 0;
    const int format = components == 1 ? TJPF_GRAY : components == 4 ? TJPF_CMYK : TJPF_RGB;
    const int sampling = components == 1 ? TJSAMP_GRAY : TJSAMP_444;
    const int ok = tjCompress2(h, samples.data(), width, 0, height, format, &jpeg, &size, sampling, 95,
                               progressive ? TJFLAG_PROGRESSIVE : 0);
    std::string out = ok == 0 ? std::string(reinterpret_cast<char*>(jpeg), size) : std::string();
    tjFree(jpeg);
    tjDestroy(h);
    if (out.empty()) throw std::runtime_error("TurboJPEG could not compress the test picture");
    return out;
}

} // namespace brief::test
