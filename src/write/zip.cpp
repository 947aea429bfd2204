// ZipWriter: the ZIP container (PKWARE APPNOTE.TXT 6.3) written by brief, entries deflated at level 1 (core/deflate).
#include "write/zip.hpp"

#include "core/error.hpp"
#include "core/deflate.hpp"
#include "core/memo.hpp"
#include "doc/dates.hpp"

#include <limits>
#include <vector>

namespace brief {

namespace {

/// One entry as the central directory lists it.
struct Entry {
    std::string name;
    std::uint16_t method = 0; ///< 0 stored, 8 deflated
    std::uint32_t crc = 0;
    std::uint32_t packed = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0; ///< of its local header
};

void put16(Bytes& out, unsigned v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(Bytes& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

/// MS-DOS date and time fields (APPNOTE.TXT 4.4.6): seconds/2, 1980-based years.
void to_dos(std::int64_t timestamp, std::uint16_t& time, std::uint16_t& date) {
    const std::int64_t lo = 315532800;  // 1980-01-01
    const std::int64_t hi = 4354819198; // 2107-12-31T23:59:58
    const DateTime t = from_epoch(timestamp < lo ? lo : timestamp > hi ? hi : timestamp);
    time = static_cast<std::uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
    date = static_cast<std::uint16_t>(((t.date.year - 1980) << 9) | (t.date.month << 5) | t.date.day);
}

std::uint32_t checked32(std::size_t n, const std::string& what) {
    if (n > std::numeric_limits<std::uint32_t>::max()) throw Error("zip: " + what + " is larger than 4 GiB");
    return static_cast<std::uint32_t>(n);
}

/// Bit 11 (APPNOTE 4.4.4): the name is UTF-8; set only for names beyond ASCII.
std::uint16_t name_flags(const std::string& name) {
    for (const unsigned char c : name)
        if (c >= 0x80) return 0x0800;
    return 0;
}

/// The fields a local header and its central directory entry share, from "version needed" to
/// the name's length (APPNOTE 4.3.7 and 4.3.12).
void put_entry_fields(Bytes& out, const Entry& e, std::uint16_t dos_time, std::uint16_t dos_date) {
    put16(out, 20); // version needed: 2.0 (deflate)
    put16(out, name_flags(e.name));
    put16(out, e.method);
    put16(out, dos_time);
    put16(out, dos_date);
    put32(out, e.crc);
    put32(out, e.packed);
    put32(out, e.size);
    put16(out, static_cast<unsigned>(e.name.size()));
}

} // namespace

struct ZipWriter::State {
    std::uint16_t dos_time = 0;
    std::uint16_t dos_date = 0;
    Bytes out;
    std::vector<Entry> entries;
    bool finished = false;
    Memo* memo = nullptr; ///< deflated entries of earlier runs, or null
};

/// `bytes` deflated, or what an earlier run deflated from the same bytes.
std::string deflated(std::string_view bytes, Memo* memo) { return remade(memo, "deflated zip entry", bytes, deflate_raw); }

ZipWriter::ZipWriter(std::int64_t timestamp, Memo* memo) : state_(std::make_unique<State>()) {
    state_->memo = memo;
    to_dos(timestamp, state_->dos_time, state_->dos_date);
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add(const std::string& name, std::string_view bytes, bool stored) {
    if (state_->finished) throw Error("zip: an entry added after the archive was finished");
    if (state_->entries.size() >= 0xFFFF) throw Error("zip: more than 65,535 entries");
    if (name.size() > 0xFFFF) throw Error("zip: an entry name longer than 65,535 bytes");
    Entry e;
    e.name = name;
    e.size = checked32(bytes.size(), name);
    e.crc = crc32(bytes);
    const std::string packed = stored ? std::string() : deflated(bytes, state_->memo);
    // Deflated unless stored was asked for or deflating does not make it smaller.
    const bool deflated = !stored && !packed.empty() && packed.size() < bytes.size();
    const std::string_view data = deflated ? std::string_view(packed) : bytes;
    e.method = deflated ? 8 : 0;
    e.packed = checked32(data.size(), name);
    e.offset = checked32(state_->out.size(), "the archive");
    Bytes& out = state_->out;
    put32(out, 0x04034b50); // local file header (APPNOTE 4.3.7)
    put_entry_fields(out, e, state_->dos_time, state_->dos_date);
    put16(out, 0); // no extra field
    out += name;
    out += data;
    state_->entries.push_back(std::move(e));
}

Bytes ZipWriter::finish() {
    if (state_->finished) throw Error("zip: the archive was already finished");
    state_->finished = true;
    Bytes& out = state_->out;
    const std::uint32_t directory = checked32(out.size(), "the archive");
    for (const Entry& e : state_->entries) {
        put32(out, 0x02014b50); // central directory header (APPNOTE 4.3.12)
        put16(out, 20);         // made by: MS-DOS attributes, version 2.0
        put_entry_fields(out, e, state_->dos_time, state_->dos_date);
        put16(out, 0); // extra field
        put16(out, 0); // comment
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const std::uint32_t directory_size = checked32(out.size() - directory, "the central directory");
    const auto count = static_cast<unsigned>(state_->entries.size());
    put32(out, 0x06054b50); // end of central directory (APPNOTE 4.3.16)
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, directory_size);
    put32(out, directory);
    put16(out, 0); // no comment
    return std::move(out);
}

} // namespace brief
