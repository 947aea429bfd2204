// TrueTypeMetrics: the table directory, then head, hhea, maxp, hmtx and the cmap libharu would pick.
#include "write/pdf/fonts/truetype.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <string_view>

namespace brief::pdf {

namespace {

/// Big-endian reads from a table held in memory; reading past its end throws.
class Reader {
  public:
    Reader(std::string bytes, const std::string& path) : bytes_(std::move(bytes)), path_(path) {}
    [[nodiscard]] std::uint8_t u8(std::size_t at) const {
        need(at, 1);
        return static_cast<std::uint8_t>(byte(at));
    }
    [[nodiscard]] std::uint16_t u16(std::size_t at) const {
        need(at, 2);
        return static_cast<std::uint16_t>((byte(at) << 8) | byte(at + 1));
    }
    [[nodiscard]] std::int16_t s16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
    [[nodiscard]] std::uint32_t u32(std::size_t at) const {
        return (static_cast<std::uint32_t>(u16(at)) << 16) | u16(at + 2);
    }

  private:
    std::string bytes_;
    const std::string& path_;
    [[nodiscard]] unsigned byte(std::size_t at) const { return static_cast<unsigned char>(bytes_[at]); }
    void need(std::size_t at, std::size_t n) const {
        if (at + n > bytes_.size()) throw Error("the font " + path_ + " is cut short (a table ends early)");
    }
};

/// The font file, read a table at a time.
class FontFileReader {
  public:
    FontFileReader(const std::string& path, int index) : path_(path), in_(path, std::ios::binary) {
        if (!in_) throw Error("cannot read the font " + path_);
        std::uint32_t directory = 0;
        const Reader header(read(0, 12), path_);
        if (header.u32(0) == 0x74746366) { // 'ttcf': a collection, offsets of its faces follow
            const Reader offsets(read(12, 4U * (static_cast<std::size_t>(index) + 1)), path_);
            directory = offsets.u32(4U * static_cast<std::size_t>(index));
        }
        const Reader head(read(directory, 12), path_);
        const std::uint16_t tables = head.u16(4);
        const Reader entries(read(directory + 12, 16U * tables), path_);
        for (std::size_t i = 0; i < tables; ++i) {
            Table t;
            for (int k = 0; k < 4; ++k) t.tag[k] = static_cast<char>((entries.u32(16 * i) >> (24 - 8 * k)) & 0xFF);
            t.offset = entries.u32(16 * i + 8);
            t.length = entries.u32(16 * i + 12);
            tables_.push_back(t);
        }
    }

    /// The whole table `tag`; throws when the font has none.
    Reader table(std::string_view tag) {
        for (const Table& t : tables_)
            if (std::string_view(t.tag, 4) == tag) return Reader(read(t.offset, t.length), path_);
        throw Error("the font " + path_ + " has no '" + std::string(tag) + "' table (libharu needs it)");
    }

  private:
    struct Table {
        char tag[4] = {};
        std::uint32_t offset = 0, length = 0;
    };
    const std::string& path_;
    std::ifstream in_;
    std::vector<Table> tables_;

    std::string read(std::uint32_t offset, std::size_t length) {
        std::string bytes(length, '\0');
        in_.seekg(offset);
        in_.read(bytes.data(), static_cast<std::streamsize>(length));
        bytes.resize(static_cast<std::size_t>(in_.gcount()));
        in_.clear();
        return bytes;
    }
};

/// libharu's choice of subtable (ParseCMap): the first Windows Unicode BMP format 4 ends the
/// search; else Macintosh Roman format 0; else Unicode BMP format 4. Returns its offset in the
/// table, or 0 when there is none.
std::uint32_t choose_subtable(const Reader& cmap, std::uint16_t& format) {
    std::uint32_t windows = 0, mac = 0, unicode = 0;
    const std::uint16_t count = cmap.u16(2);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint16_t platform = cmap.u16(4 + 8 * i), encoding = cmap.u16(6 + 8 * i);
        const std::uint32_t offset = cmap.u32(8 + 8 * i);
        const std::uint16_t f = cmap.u16(offset);
        if (platform == 3 && encoding == 1 && f == 4) {
            windows = offset;
            break;
        }
        if (platform == 1 && encoding == 0 && f == 0) mac = offset;
        if (platform == 0 && encoding == 3 && f == 4) unicode = offset;
    }
    const std::uint32_t chosen = windows != 0 ? windows : mac != 0 ? mac : unicode;
    format = chosen == 0 ? 0 : cmap.u16(chosen);
    return chosen;
}

Format4 read_format4(const Reader& cmap, std::uint32_t at) {
    Format4 f;
    const std::uint16_t length = cmap.u16(at + 2);
    const std::size_t segments = cmap.u16(at + 6) / 2U;
    const std::size_t ends = at + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                      offsets = deltas + 2 * segments, glyphs = offsets + 2 * segments;
    for (std::size_t i = 0; i < segments; ++i) {
        f.end_count.push_back(cmap.u16(ends + 2 * i));
        f.start_count.push_back(cmap.u16(starts + 2 * i));
        f.id_delta.push_back(cmap.s16(deltas + 2 * i));
        f.id_range_offset.push_back(cmap.u16(offsets + 2 * i));
    }
    // as libharu counts them: what the subtable's length leaves after the four arrays
    const long count = (static_cast<long>(length) - static_cast<long>(glyphs - at)) / 2;
    for (long i = 0; i < count; ++i) f.glyph_ids.push_back(cmap.u16(glyphs + 2 * static_cast<std::size_t>(i)));
    return f;
}

} // namespace

bool segments_sorted(std::span<const std::uint16_t> end_count) {
    return std::adjacent_find(end_count.begin(), end_count.end(), std::greater_equal<>()) == end_count.end();
}

void require_sorted_segments(std::span<const std::uint16_t> end_count, const std::string& path) {
    if (!segments_sorted(end_count))
        throw Error("the font " + path + " has a cmap whose segments are out of order (OpenType 'cmap' format 4 "
                    "sorts them by end code); remove or reinstall it, or name another font in the style");
}

TrueTypeMetrics::TrueTypeMetrics(const std::string& path, int index) {
    FontFileReader file(path, index);
    const Reader head = file.table("head");
    units_per_em_ = head.u16(18);
    if (units_per_em_ == 0) throw Error("the font " + path + " has 0 units per em");
    const Reader hhea = file.table("hhea");
    ascent_ = static_cast<std::int16_t>(hhea.s16(4) * 1000 / units_per_em_);
    descent_ = static_cast<std::int16_t>(hhea.s16(6) * 1000 / units_per_em_);
    const std::uint16_t long_metrics = hhea.u16(34);
    glyph_count_ = file.table("maxp").u16(4);
    const Reader hmtx = file.table("hmtx");
    std::uint16_t last = 0;
    for (std::size_t g = 0; g < glyph_count_; ++g) {
        if (g < long_metrics) last = hmtx.u16(4 * g);
        advances_.push_back(last);
    }
    const Reader cmap = file.table("cmap");
    std::uint16_t format = 0;
    const std::uint32_t at = choose_subtable(cmap, format);
    if (at == 0) throw Error("the font " + path + " has no Unicode BMP cmap (format 4) libharu can read");
    if (format == 0) {
        for (std::size_t c = 0; c < 256; ++c) format0_.push_back(cmap.u8(at + 6 + c)); // after format, length, language
        return;
    }
    format4_ = read_format4(cmap, at);
    require_sorted_segments(format4_.end_count, path);
}

std::uint16_t TrueTypeMetrics::glyph(char32_t c) const {
    if (c > 0xFFFF) return 0;
    const auto code = static_cast<std::uint16_t>(c);
    if (!format0_.empty()) return format0_[code & 0xFF];
    const Format4& f = format4_;
    const std::size_t segment =
        static_cast<std::size_t>(std::lower_bound(f.end_count.begin(), f.end_count.end(), code) - f.end_count.begin());
    return format4_glyph(f.start_count, f.id_delta, f.id_range_offset, f.glyph_ids, f.glyph_ids.size(),
                         f.end_count.size(), segment, code);
}

int TrueTypeMetrics::advance(char32_t c) const {
    std::uint16_t g = glyph(c);
    if (g >= glyph_count_) g = 0; // libharu gives the missing width: glyph 0's
    if (advances_.empty()) return 0;
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(static_cast<unsigned>(advances_[g]) * 1000U / units_per_em_));
}

} // namespace brief::pdf
