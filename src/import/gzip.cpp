// The zlib wrapper: one z_stream owned for the inflation of one gzip file, freed on every path.
#include "import/gzip.hpp"

#include "core/error.hpp"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace brief::importer {

namespace {

/// Owns an inflating z_stream set for gzip headers (windowBits 15 + 16).
struct Inflater {
    z_stream z{};
    Inflater() {
        if (inflateInit2(&z, 15 + 16) != Z_OK) throw Error("zlib: cannot start inflating");
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
    ~Inflater() { inflateEnd(&z); }
};

} // namespace

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip(std::string_view bytes, std::size_t max_bytes) {
    Inflater in;
    std::string out;
    if (bytes.size() >= 18) { // the last member's ISIZE (RFC 1952 §2.3.1): the usual size, to reserve
        std::size_t size = 0;
        for (int i = 4; i-- > 0;) size = size << 8 | static_cast<unsigned char>(bytes[bytes.size() - 4 + static_cast<std::size_t>(i)]);
        out.reserve(std::min(size, max_bytes) + 1);
    }
    char chunk[1 << 16];
    in.z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    in.z.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), UINT_MAX));
    for (;;) {
        in.z.next_out = reinterpret_cast<Bytef*>(chunk);
        in.z.avail_out = sizeof chunk;
        const int rc = inflate(&in.z, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - in.z.avail_out);
        if (out.size() > max_bytes)
            throw Error("the page inflates past " + std::to_string(max_bytes) + " bytes (--max-file-size raises it)");
        if (rc == Z_STREAM_END) {
            if (in.z.avail_in == 0) return out;
            inflateReset(&in.z); // another gzip member follows
            continue;
        }
        if (rc != Z_OK) throw Error("the gzip data is corrupt (zlib: " + std::string(in.z.msg ? in.z.msg : "error") + ")");
        if (in.z.avail_in == 0 && in.z.avail_out != 0) throw Error("the gzip data ends early");
    }
}

} // namespace brief::importer
