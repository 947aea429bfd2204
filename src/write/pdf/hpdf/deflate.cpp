// The zlib wrapper: one-shot deflate of a buffer, and of many buffers spread over threads.
#include "write/pdf/hpdf/deflate.hpp"

#include "core/error.hpp"
#include "core/parallel.hpp"

#include <zlib.h>


namespace brief::pdf {

std::string deflate(std::string_view raw) {
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string out(size, '\0');
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
                             static_cast<uLong>(raw.size()), Z_DEFAULT_COMPRESSION);
    if (rc != Z_OK) throw Error("zlib could not compress a PDF stream (error " + std::to_string(rc) + ")");
    out.resize(size);
    return out;
}

void deflate_all(std::vector<std::string>& raws, int threads) {
    parallel_for(raws.size(), threads, [&](std::size_t i) { raws[i] = deflate(raws[i]); });
}

} // namespace brief::pdf
