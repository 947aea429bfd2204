// The libdeflate wrapper: one compressor and one decompressor per thread, kept; every call checked.
#include "core/deflate.hpp"

#include "core/error.hpp"
#include "core/parallel.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <memory>

namespace brief {

namespace {

// Level 1, for PDF streams and ZIP entries alike. Measured on a 500-article briefing
// (bench/PROFILE.md): its 7.2 MB of PDF streams made 1.85 MB in 189 ms at level 6 (zlib's
// default), 1.93 MB in 93 ms at level 3 and 2.03 MB in 70 ms at level 1; the EPUB's 2.53 MB of
// XHTML 935 KB in 56 ms at level 6 and 950 KB in 31 ms at level 1. The files grow by a few per
// cent; the time is what a reader waits for.
constexpr int level = 1;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
struct DecompressorDeleter {
    void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

// Allocating a compressor costs more than compressing a small page: one per thread, kept.
libdeflate_compressor* compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> mine(libdeflate_alloc_compressor(level));
    if (!mine) throw Error("libdeflate could not allocate a compressor (out of memory)");
    return mine.get();
}

libdeflate_decompressor* decompressor() {
    thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> mine(libdeflate_alloc_decompressor());
    if (!mine) throw Error("libdeflate could not allocate a decompressor (out of memory)");
    return mine.get();
}

/// The last member's ISIZE (RFC 1952 §2.3.1): its length modulo 2^32, the usual first guess.
std::size_t stated_size(std::string_view bytes) {
    std::size_t size = 0;
    if (bytes.size() < 18) return 0;
    for (int i = 4; i-- > 0;) size = size << 8 | static_cast<unsigned char>(bytes[bytes.size() - 4 + static_cast<std::size_t>(i)]);
    return size;
}

[[noreturn]] void too_big(std::size_t max_bytes) {
    throw Error("the page inflates past " + std::to_string(max_bytes) + " bytes (--max-file-size raises it)");
}

} // namespace

std::string deflate(std::string_view raw) {
    libdeflate_compressor* c = compressor();
    std::string out(libdeflate_zlib_compress_bound(c, raw.size()), '\0');
    const std::size_t size = libdeflate_zlib_compress(c, raw.data(), raw.size(), out.data(), out.size());
    if (size == 0) throw Error("libdeflate could not compress a PDF stream");
    out.resize(size);
    return out;
}

void deflate_all(std::vector<std::string>& raws, int threads) {
    parallel_for(raws.size(), threads, [&](std::size_t i) { raws[i] = deflate(raws[i]); });
}

std::string deflate_raw(std::string_view raw) {
    libdeflate_compressor* c = compressor();
    std::string out(libdeflate_deflate_compress_bound(c, raw.size()), '\0');
    out.resize(libdeflate_deflate_compress(c, raw.data(), raw.size(), out.data(), out.size()));
    return out;
}

std::uint32_t crc32(std::string_view bytes) {
    return static_cast<std::uint32_t>(libdeflate_crc32(0, bytes.data(), bytes.size()));
}

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b;
}

// libdeflate inflates a member whole into the buffer it is given: the buffer starts at the size
// the file states (exact for one member) and doubles while a member does not fit, up to max_bytes.
std::string gunzip(std::string_view bytes, std::size_t max_bytes) {
    libdeflate_decompressor* d = decompressor();
    std::string out(std::min(std::max<std::size_t>(stated_size(bytes), 4096), max_bytes + 1), '\0');
    std::size_t filled = 0;
    for (std::size_t in = 0; in < bytes.size();) {
        std::size_t used = 0, made = 0;
        const libdeflate_result rc = libdeflate_gzip_decompress_ex(d, bytes.data() + in, bytes.size() - in, out.data() + filled,
                                                                   out.size() - filled, &used, &made);
        if (rc == LIBDEFLATE_INSUFFICIENT_SPACE) {
            if (out.size() > max_bytes) too_big(max_bytes);
            out.resize(std::min(out.size() * 2, max_bytes + 1));
            continue; // the member again, into the larger buffer
        }
        if (rc != LIBDEFLATE_SUCCESS) throw Error("the gzip data is corrupt or cut short");
        in += used;
        filled += made;
    }
    if (filled > max_bytes) too_big(max_bytes);
    out.resize(filled);
    return out;
}

} // namespace brief
