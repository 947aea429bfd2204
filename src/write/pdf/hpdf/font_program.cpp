// font_program: libharu's subset TrueType program (hpdf_fontdef_tt.c's layout and checksums), written from whole tables.
#include "write/pdf/hpdf/font_program.hpp"

#include "core/error.hpp"

#include <hpdf_streams.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace brief::pdf {

namespace {

// The tables libharu embeds, in its order; a table the face lacks is written empty.
constexpr std::array<const char*, 13> tags = {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                              "hmtx", "loca", "maxp", "name", "post", "prep"};
// The offset table and one 16-byte directory entry per table come before the tables.
constexpr std::uint32_t directory_size = 12 + 16 * tags.size();

void put16(std::string& out, unsigned v) {
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}

/// The big-endian 32-bit word at `at` of `bytes`, zero past the end.
std::uint32_t word(std::string_view bytes, std::size_t at) {
    std::uint32_t w = 0;
    for (std::size_t k = 0; k < 4; ++k)
        w = (w << 8) | (at + k < bytes.size() ? static_cast<unsigned char>(bytes[at + k]) : 0U);
    return w;
}

/// The sum of the whole words of `bytes` (a last partial word left out).
std::uint32_t whole_words(std::string_view bytes) {
    std::uint32_t sum = 0;
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4)
        sum += std::uint32_t{b[at]} << 24 | std::uint32_t{b[at + 1]} << 16 | std::uint32_t{b[at + 2]} << 8 | b[at + 3];
    return sum;
}

/// The TrueType checksum of `bytes`: the sum of its words, the last one padded with zeros.
std::uint32_t checksum(std::string_view bytes) {
    const std::size_t whole = bytes.size() / 4 * 4;
    return whole_words(bytes) + (whole < bytes.size() ? word(bytes, whole) : 0U);
}

/// One face's tables: the libharu attributes and the file they were read from.
class Face {
  public:
    explicit Face(HPDF_FontDef def) : def_(def), attr_(static_cast<HPDF_TTFontDefAttr>(def->attr)) {
        if (def->type != HPDF_FONTDEF_TYPE_TRUETYPE || attr_ == nullptr || attr_->stream == nullptr ||
            attr_->stream->type != HPDF_STREAM_FILE || attr_->stream->attr == nullptr)
            throw Error("font " + name() + " is not a TrueType face loaded from a file for embedding");
        fd_ = fileno(static_cast<FILE*>(attr_->stream->attr));
    }

    [[nodiscard]] std::string name() const { return attr_ != nullptr ? attr_->base_font : def_->base_font; }
    [[nodiscard]] const HPDF_TTFontDefAttr_Rec& attr() const { return *attr_; }

    /// The directory entry of table `tag`, or nullptr.
    [[nodiscard]] const HPDF_TTFTable* table(const char* tag) const {
        for (HPDF_UINT i = 0; i < attr_->offset_tbl.num_tables; ++i)
            if (std::memcmp(attr_->offset_tbl.table[i].tag, tag, 4) == 0) return &attr_->offset_tbl.table[i];
        return nullptr;
    }

    /// `length` bytes of the file from `offset`.
    [[nodiscard]] std::string read(std::uint64_t offset, std::size_t length) const {
        std::string out(length, '\0');
        std::size_t done = 0;
        while (done < length) {
            const ssize_t n = pread(fd_, out.data() + done, length - done, static_cast<off_t>(offset + done));
            if (n <= 0) throw Error("font " + name() + ": its file is shorter than its table directory says");
            done += static_cast<std::size_t>(n);
        }
        return out;
    }

  private:
    HPDF_FontDef def_;
    HPDF_TTFontDefAttr attr_;
    int fd_ = -1;
};

/// The 'head' table from what libharu read of it, checkSumAdjustment zero (filled in at the end).
void write_head(const Face& face, std::string& out) {
    const HPDF_TTF_FontHeader& h = face.attr().header;
    out.append(reinterpret_cast<const char*>(h.version_number), 4);
    put32(out, h.font_revision);
    put32(out, 0);
    put32(out, h.magic_number);
    put16(out, h.flags);
    put16(out, h.units_per_em);
    out.append(reinterpret_cast<const char*>(h.created), 8);
    out.append(reinterpret_cast<const char*>(h.modified), 8);
    for (const HPDF_INT16 v : {h.x_min, h.y_min, h.x_max, h.y_max}) put16(out, static_cast<std::uint16_t>(v));
    put16(out, h.mac_style);
    put16(out, h.lowest_rec_ppem);
    for (const HPDF_INT16 v : {h.font_direction_hint, h.index_to_loc_format, h.glyph_data_format})
        put16(out, static_cast<std::uint16_t>(v));
}

/// The 'glyf' table with only the glyphs marked as used (flag 1), and the new 'loca' offsets
/// (in the table's units: halved for the short format), one per glyph and one past the last.
/// Glyphs are read from where libharu's offsets put them, up to the end of the last one used.
std::vector<std::uint32_t> write_glyf(const Face& face, std::string& out) {
    const auto& a = face.attr();
    const std::uint64_t unit = a.header.index_to_loc_format == 0 ? 2 : 1;
    std::uint64_t end = 0;
    for (HPDF_UINT i = 0; i < a.num_glyphs; ++i)
        if (a.glyph_tbl.flgs[i] == 1) {
            if (a.glyph_tbl.offsets[i + 1] < a.glyph_tbl.offsets[i])
                throw Error("font " + face.name() + ": its 'loca' offsets go backwards");
            end = std::max(end, std::uint64_t{a.glyph_tbl.offsets[i + 1]} * unit);
        }
    const std::string glyphs = face.read(a.glyph_tbl.base_offset, end);
    const std::size_t start = out.size();
    std::vector<std::uint32_t> offsets(a.num_glyphs + 1U, 0);
    std::uint32_t last = 0;
    for (HPDF_UINT i = 0; i < a.num_glyphs; ++i) {
        if (a.glyph_tbl.flgs[i] != 1) {
            offsets[i] = last;
            continue;
        }
        offsets[i] = static_cast<std::uint32_t>((out.size() - start) / unit);
        const std::uint64_t from = std::uint64_t{a.glyph_tbl.offsets[i]} * unit;
        out.append(glyphs, from, std::uint64_t{a.glyph_tbl.offsets[i + 1]} * unit - from);
        last = static_cast<std::uint32_t>((out.size() - start) / unit);
    }
    offsets[a.num_glyphs] = last;
    return offsets;
}

void write_loca(const Face& face, const std::vector<std::uint32_t>& offsets, std::string& out) {
    for (const std::uint32_t o : offsets) {
        if (face.attr().header.index_to_loc_format == 0) {
            put16(out, o & 0xFFFF);
        } else {
            put32(out, o);
        }
    }
}

/// The 'name' table with the subset tag ("ABCDEF+") before each family (1) and full (4) name:
/// in UTF-16BE for the Unicode and Windows platforms, in bytes for the others.
void write_name(const Face& face, std::string& out) {
    const auto& a = face.attr();
    const HPDF_TTFTable* table = face.table("name");
    if (table == nullptr) throw Error("font " + face.name() + " has no 'name' table");
    put16(out, a.name_tbl.format);
    put16(out, a.name_tbl.count);
    put16(out, a.name_tbl.string_offset);
    std::string strings;
    for (HPDF_UINT i = 0; i < a.name_tbl.count; ++i) {
        const HPDF_TTF_NameRecord& r = a.name_tbl.name_records[i];
        const auto at = static_cast<std::uint16_t>(strings.size());
        if (r.name_id == 1 || r.name_id == 4) {
            if (r.platform_id == 0 || r.platform_id == 3) {
                strings.append(a.tag_name2, sizeof a.tag_name2);
            } else {
                strings.append(a.tag_name, sizeof a.tag_name);
            }
        }
        const std::size_t added = strings.size() - at;
        for (const unsigned v : {unsigned{r.platform_id}, unsigned{r.encoding_id}, unsigned{r.language_id},
                                 unsigned{r.name_id}, static_cast<unsigned>((r.length + added) & 0xFFFF), unsigned{at}})
            put16(out, v);
        strings += face.read(std::uint64_t{table->offset} + a.name_tbl.string_offset + r.offset, r.length);
    }
    out += strings;
}

} // namespace

std::string font_program(HPDF_FontDef def) {
    const Face face(def);
    if (face.table("glyf") == nullptr) throw Error("font " + face.name() + " has no 'glyf' table (only TrueType outlines are embedded)");
    std::string tables; // what follows the directory
    std::array<std::pair<std::size_t, std::size_t>, tags.size()> spans{}; // offset, length in `tables`
    std::vector<std::uint32_t> loca;
    std::size_t head_at = 0;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string_view tag = tags[i];
        const std::size_t at = tables.size();
        if (tag == "head") {
            head_at = at;
            write_head(face, tables);
        } else if (tag == "glyf") {
            loca = write_glyf(face, tables);
        } else if (tag == "loca") {
            write_loca(face, loca, tables);
        } else if (tag == "name") {
            write_name(face, tables);
        } else if (const HPDF_TTFTable* t = face.table(tags[i]); t != nullptr) {
            tables += face.read(t->offset, t->length);
        }
        spans[i] = {at, tables.size() - at};
    }
    // The directory's checksums are taken before checkSumAdjustment is set, and the adjustment
    // (libharu's) is 0xB1B0AFBA less the sum of the whole words after the directory.
    std::array<std::uint32_t, tags.size()> sums{};
    for (std::size_t i = 0; i < tags.size(); ++i) sums[i] = checksum(std::string_view(tables).substr(spans[i].first, spans[i].second));
    const std::uint32_t adjustment = 0xB1B0AFBA - whole_words(tables);
    std::string head_sum;
    put32(head_sum, adjustment);
    tables.replace(head_at + 8, 4, head_sum);

    const HPDF_TTF_OffsetTbl& offsets = face.attr().offset_tbl;
    std::string out;
    out.reserve(directory_size + tables.size());
    put32(out, offsets.sfnt_version);
    put16(out, static_cast<unsigned>(tags.size()));
    put16(out, offsets.search_range);
    put16(out, offsets.entry_selector);
    put16(out, offsets.range_shift);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const auto [at, length] = spans[i];
        out.append(tags[i], 4);
        put32(out, sums[i]);
        put32(out, static_cast<std::uint32_t>(at + directory_size));
        put32(out, static_cast<std::uint32_t>(length));
    }
    out += tables;
    return out;
}

} // namespace brief::pdf
