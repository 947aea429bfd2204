// Precompressed streams: their bytes read out of libharu, deflated by brief, put back with the filter named.
#include "write/pdf/hpdf/streams.hpp"

#include "core/error.hpp"
#include "core/parallel.hpp"
#include "core/deflate.hpp"
#include "core/memo.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>

namespace brief::pdf {

namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

} // namespace

std::string stream_data(HPDF_Dict stream) {
    HPDF_Stream s = stream->stream;
    std::string out(HPDF_Stream_Size(s), '\0');
    auto size = static_cast<HPDF_UINT>(out.size());
    if (HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK ||
        (!out.empty() && HPDF_Stream_Read(s, reinterpret_cast<HPDF_BYTE*>(out.data()), &size) != HPDF_OK))
        throw Error("libharu could not read back a stream it holds");
    out.resize(size);
    return out;
}

HPDF_STATUS set_flate_data(HPDF_Dict stream, std::string_view flate) {
    HPDF_MemStream_FreeData(stream->stream);
    const HPDF_STATUS ret =
        HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(flate.data()), static_cast<HPDF_UINT>(flate.size()));
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = write_flate_filter;
    return ret;
}

bool holds_flate_data(HPDF_Dict stream) { return stream != nullptr && stream->write_fn == write_flate_filter; }

void compress_streams(const std::vector<HPDF_Dict>& streams, int threads, const std::function<std::string(HPDF_Dict)>& bytes,
                      Memo* memo) {
    std::vector<HPDF_Dict> todo;
    for (HPDF_Dict s : streams)
        if (s != nullptr && s->stream != nullptr && !holds_flate_data(s) && std::find(todo.begin(), todo.end(), s) == todo.end())
            todo.push_back(s);
    std::vector<std::string> data(todo.size());
    parallel_for(todo.size(), threads, [&](std::size_t i) {
        data[i] = remade(memo, "pdf deflated stream", bytes(todo[i]), deflate);
    });
    for (std::size_t i = 0; i < todo.size(); ++i)
        if (set_flate_data(todo[i], data[i]) != HPDF_OK) throw Error("libharu could not store a compressed stream");
}

} // namespace brief::pdf
