// ZipWriter on libzip: a buffer source kept across zip_close, then read back.
#include "write/zip.hpp"

#include "core/error.hpp"
#include "doc/dates.hpp"

#include <zip.h>

#include <deque>

namespace brief {

struct ZipWriter::State {
    zip_source_t* source = nullptr;
    zip_t* archive = nullptr;
    std::uint16_t dos_time = 0;
    std::uint16_t dos_date = 0;
    std::deque<std::string> buffers; // libzip reads entry data at zip_close; keep it alive
};

namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    throw Error("zip: " + what + ": " + (error != nullptr ? zip_error_strerror(error) : "unknown error"));
}

/// MS-DOS date and time fields (APPNOTE.TXT 4.4.6): seconds/2, 1980-based years.
void to_dos(std::int64_t timestamp, std::uint16_t& time, std::uint16_t& date) {
    const std::int64_t lo = 315532800;  // 1980-01-01
    const std::int64_t hi = 4354819198; // 2107-12-31T23:59:58
    const DateTime t = from_epoch(timestamp < lo ? lo : timestamp > hi ? hi : timestamp);
    time = static_cast<std::uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
    date = static_cast<std::uint16_t>(((t.date.year - 1980) << 9) | (t.date.month << 5) | t.date.day);
}

} // namespace

ZipWriter::ZipWriter(std::int64_t timestamp) : state_(std::make_unique<State>()) {
    to_dos(timestamp, state_->dos_time, state_->dos_date);
    zip_error_t error;
    zip_error_init(&error);
    state_->source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (state_->source == nullptr) fail("cannot create a buffer", &error);
    state_->archive = zip_open_from_source(state_->source, ZIP_TRUNCATE, &error);
    if (state_->archive == nullptr) {
        zip_source_free(state_->source);
        fail("cannot open the archive", &error);
    }
    zip_source_keep(state_->source);
}

ZipWriter::~ZipWriter() {
    if (state_->archive != nullptr) zip_discard(state_->archive);
    if (state_->source != nullptr) zip_source_free(state_->source);
}

void ZipWriter::add(const std::string& name, std::string_view bytes, bool stored) {
    const std::string& data = state_->buffers.emplace_back(bytes);
    zip_source_t* src = zip_source_buffer(state_->archive, data.data(), data.size(), 0);
    if (src == nullptr) fail("cannot add " + name, zip_get_error(state_->archive));
    const zip_int64_t index = zip_file_add(state_->archive, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        fail("cannot add " + name, zip_get_error(state_->archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    const bool ok = zip_set_file_compression(state_->archive, i, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, stored ? 0 : 6) == 0 &&
                    zip_file_set_dostime(state_->archive, i, state_->dos_time, state_->dos_date, 0) == 0;
    if (!ok) fail("cannot set up " + name, zip_get_error(state_->archive));
}

Bytes ZipWriter::finish() {
    if (zip_close(state_->archive) != 0) fail("cannot finish the archive", zip_get_error(state_->archive));
    state_->archive = nullptr;
    zip_stat_t st;
    if (zip_source_stat(state_->source, &st) != 0 || zip_source_open(state_->source) != 0)
        fail("cannot read the archive back", zip_source_error(state_->source));
    Bytes out(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_source_read(state_->source, out.data(), st.size);
    zip_source_close(state_->source);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) fail("short read of the archive", zip_source_error(state_->source));
    return out;
}

} // namespace brief
