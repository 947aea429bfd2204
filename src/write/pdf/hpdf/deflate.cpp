// The zlib wrapper: one-shot deflate of a buffer, and of many buffers spread over threads.
#include "write/pdf/hpdf/deflate.hpp"

#include "core/error.hpp"

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <future>

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
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < raws.size(); i = next++) raws[i] = deflate(raws[i]);
    };
    const std::size_t helpers = std::min<std::size_t>(static_cast<std::size_t>(std::max(1, threads)) - 1, raws.size());
    std::vector<std::future<void>> running;
    for (std::size_t i = 0; i < helpers; ++i) running.push_back(std::async(std::launch::async, work));
    std::exception_ptr failure;
    try {
        work();
    } catch (...) {
        failure = std::current_exception();
        next = raws.size(); // the helpers stop at their next element
    }
    for (auto& r : running) {
        try {
            r.get();
        } catch (...) {
            if (!failure) failure = std::current_exception();
        }
    }
    if (failure) std::rethrow_exception(failure);
}

} // namespace brief::pdf
