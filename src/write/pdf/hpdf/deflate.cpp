// The libdeflate wrapper: one-shot zlib-format compression of a buffer, and of many buffers over threads.
#include "write/pdf/hpdf/deflate.hpp"

#include "core/error.hpp"
#include "core/parallel.hpp"

#include <libdeflate.h>

#include <memory>

namespace brief::pdf {

namespace {

// Level 1. Measured on the 7.2 MB of streams of a 500-article briefing (bench/PROFILE.md): level 6
// (zlib's default) made 1.85 MB in 189 ms, level 3 1.93 MB in 93 ms, level 1 2.03 MB in 70 ms; on
// the seed's font programs level 1 took 2.6 ms instead of 4.1 for 8 % more bytes. The files grow by
// 3 % (500 articles) and 6 % (the seed); the time is what a reader waits for.
constexpr int level = 1;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One compressor per thread, kept: allocating one costs more than compressing a small page.
libdeflate_compressor* compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> mine(libdeflate_alloc_compressor(level));
    if (!mine) throw Error("libdeflate could not allocate a compressor (out of memory)");
    return mine.get();
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

} // namespace brief::pdf
