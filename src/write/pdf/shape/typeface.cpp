// Typeface: the HarfBuzz wrapper (every hb_* call of brief but hb-subset's is here).
#include "write/pdf/shape/typeface.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <cmath>

namespace brief::pdf {

struct Typeface::Handles {
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    ~Handles() {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

namespace {

/// A big-endian number of `bytes` bytes at `at` of a table, 0 past its end.
long table_number(hb_blob_t* table, unsigned at, unsigned bytes, bool is_signed) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(table, &length);
    if (data == nullptr || at + bytes > length) return 0;
    unsigned long v = 0;
    for (unsigned i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(data[at + i]);
    if (is_signed && bytes < sizeof(long) && (v >> (bytes * 8 - 1)) != 0) return static_cast<long>(v) - (1L << (bytes * 8));
    return static_cast<long>(v);
}

/// A PDF name made of the PostScript name's printable characters (ISO 32000-1 9.6.2.1: no spaces).
std::string postscript_name(hb_face_t* face, const std::string& path) {
    char buf[128] = {0};
    unsigned size = sizeof buf;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buf);
    std::string name;
    for (const char* p = buf; *p != 0; ++p)
        if (*p > 0x20 && *p < 0x7F && std::string_view("()<>[]{}/%#").find(*p) == std::string_view::npos) name += *p;
    if (name.empty()) {
        for (char c : path.substr(path.find_last_of('/') + 1))
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') name += c;
    }
    return name;
}

/// True when the glyph `space` is in the coverage or context of any lookup of `table`.
bool lookups_touch(hb_face_t* face, hb_tag_t table, hb_codepoint_t space) {
    hb_set_t* before = hb_set_create();
    hb_set_t* input = hb_set_create();
    hb_set_t* after = hb_set_create();
    bool found = false;
    const unsigned count = hb_ot_layout_table_get_lookup_count(face, table);
    for (unsigned i = 0; i < count && !found; ++i) {
        hb_set_clear(before);
        hb_set_clear(input);
        hb_set_clear(after);
        hb_ot_layout_lookup_collect_glyphs(face, table, i, before, input, after, nullptr);
        found = hb_set_has(before, space) || hb_set_has(input, space) || hb_set_has(after, space);
    }
    hb_set_destroy(after);
    hb_set_destroy(input);
    hb_set_destroy(before);
    return found;
}

} // namespace

Typeface::Typeface(const std::string& path, int index) : hb_(std::make_unique<Handles>()) {
    hb_->blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (hb_->blob == nullptr) throw Error("cannot read the font file " + path);
    hb_->face = hb_face_create(hb_->blob, static_cast<unsigned>(index));
    const unsigned upem = hb_face_get_upem(hb_->face);
    info_.glyph_count = hb_face_get_glyph_count(hb_->face);
    if (info_.glyph_count == 0) throw Error("the font file " + path + " has no glyphs (face " + std::to_string(index) + ")");
    hb_->font = hb_font_create(hb_->face);
    hb_ot_font_set_funcs(hb_->font);
    hb_font_make_immutable(hb_->font);
    scale_ = 1000.0 / upem;
    auto em = [&](double v) { return static_cast<int>(std::lround(v * scale_)); };
    hb_position_t pos = 0;
    if (hb_ot_metrics_get_position(hb_->font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &pos)) info_.ascent = em(pos);
    if (hb_ot_metrics_get_position(hb_->font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &pos)) info_.descent = em(pos);
    info_.cap_height = hb_ot_metrics_get_position(hb_->font, HB_OT_METRICS_TAG_CAP_HEIGHT, &pos) && pos > 0 ? em(pos)
                                                                                                          : info_.ascent;
    hb_blob_t* head = hb_face_reference_table(hb_->face, HB_TAG('h', 'e', 'a', 'd'));
    for (unsigned i = 0; i < 4; ++i) info_.bbox[i] = em(static_cast<double>(table_number(head, 36 + 2 * i, 2, true)));
    hb_blob_destroy(head);
    hb_blob_t* post = hb_face_reference_table(hb_->face, HB_TAG('p', 'o', 's', 't'));
    info_.italic_angle = static_cast<double>(table_number(post, 4, 4, true)) / 65536.0;
    info_.fixed_pitch = table_number(post, 12, 4, false) != 0;
    hb_blob_destroy(post);
    info_.italic = info_.italic_angle != 0 || hb_style_get_value(hb_->font, HB_STYLE_TAG_ITALIC) > 0;
    info_.postscript_name = postscript_name(hb_->face, path);
    info_.serif = info_.postscript_name.find("Sans") == std::string::npos;
    hb_codepoint_t space = 0;
    if (hb_font_get_nominal_glyph(hb_->font, ' ', &space))
        space_in_lookups_ = lookups_touch(hb_->face, HB_OT_TAG_GSUB, space) || lookups_touch(hb_->face, HB_OT_TAG_GPOS, space);
}

Typeface::~Typeface() = default;

void Typeface::shape(std::string_view utf8, std::vector<ShapedGlyph>& out, std::uint32_t cluster_base) const {
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(hb_->font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    out.reserve(out.size() + count);
    for (unsigned i = 0; i < count; ++i) {
        ShapedGlyph& g = out.emplace_back();
        g.glyph = info[i].codepoint;
        g.cluster = info[i].cluster + cluster_base;
        g.advance = pos[i].x_advance * scale_;
        g.dx = pos[i].x_offset * scale_;
        g.dy = pos[i].y_offset * scale_;
        g.width = width(g.glyph);
    }
    const bool rtl = hb_buffer_get_direction(buffer) == HB_DIRECTION_RTL;
    hb_buffer_destroy(buffer);
    assign_text(utf8, std::span<ShapedGlyph>(out).subspan(out.size() - count), cluster_base, rtl);
}

void Typeface::assign_text(std::string_view utf8, std::span<ShapedGlyph> glyphs, std::uint32_t base, bool rtl) const {
    for (std::size_t first = 0; first < glyphs.size();) {
        std::size_t last = first + 1; // HarfBuzz keeps a cluster's glyphs together
        while (last < glyphs.size() && glyphs[last].cluster == glyphs[first].cluster) ++last;
        const std::size_t from = glyphs[first].cluster - base;
        std::size_t to = utf8.size(); // where the next cluster in the text starts
        for (const ShapedGlyph& g : glyphs)
            if (g.cluster - base > from && g.cluster - base < to) to = g.cluster - base;
        const auto cluster = glyphs.subspan(first, last - first);
        assign_cluster(utf8, from, to, cluster, base);
        if (!reads_in_order(cluster, from + base, to + base, rtl) && to - from <= 0xFFFF)
            for (ShapedGlyph& g : cluster) g.actual_length = static_cast<std::uint16_t>(to - from);
        first = last;
    }
}

/// True when the texts assign_cluster gave a cluster's glyphs, read in logical order (the glyphs
/// reversed in a right-to-left run), are its text [from, to) once each, and no glyph of several is
/// left without text (it might be another character's glyph elsewhere, which ToUnicode would
/// then give back here too).
bool Typeface::reads_in_order(std::span<const ShapedGlyph> glyphs, std::size_t from, std::size_t to, bool rtl) {
    if (glyphs.size() == 1) return true;
    std::size_t at = from;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const ShapedGlyph& g = glyphs[rtl ? glyphs.size() - 1 - i : i];
        if (g.text_length == 0 || g.text_at != at) return false;
        at += g.text_length;
    }
    return at == to;
}

void Typeface::assign_cluster(std::string_view utf8, std::size_t from, std::size_t to, std::span<ShapedGlyph> glyphs,
                              std::uint32_t base) const {
    std::vector<bool> taken(glyphs.size(), false);
    std::size_t rest_from = to, rest_to = from; // the characters no glyph is the cmap's glyph of
    for (std::size_t at = from; at < to;) {
        const Decoded d = decode_utf8(utf8, at);
        const std::uint32_t mine = glyph(d.code);
        bool matched = false;
        for (std::size_t i = 0; i < glyphs.size() && !matched && glyphs.size() > 1; ++i)
            if (!taken[i] && glyphs[i].glyph == mine) {
                taken[i] = matched = true;
                glyphs[i].text_at = static_cast<std::uint32_t>(at) + base;
                glyphs[i].text_length = static_cast<std::uint32_t>(d.length);
                glyphs[i].nominal = true;
            }
        if (!matched) rest_from = std::min(rest_from, at), rest_to = at + d.length;
        at += d.length;
    }
    if (rest_from >= rest_to) return;
    for (std::size_t i = 0; i < glyphs.size(); ++i)
        if (!taken[i]) { // the first glyph no character claims stands for the rest
            glyphs[i].text_at = static_cast<std::uint32_t>(rest_from) + base;
            glyphs[i].text_length = static_cast<std::uint32_t>(rest_to - rest_from);
            glyphs[i].nominal = glyphs.size() == 1 && rest_to - rest_from == static_cast<std::size_t>(decode_utf8(utf8, rest_from).length) &&
                                glyph(decode_utf8(utf8, rest_from).code) == glyphs[i].glyph;
            return;
        }
}

std::uint32_t Typeface::glyph(char32_t c) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(hb_->font, static_cast<hb_codepoint_t>(c), &g) ? g : 0;
}

double Typeface::advance(char32_t c) const {
    const std::uint32_t g = glyph(c);
    return g == 0 ? 0 : hb_font_get_glyph_h_advance(hb_->font, g) * scale_;
}

int Typeface::width(std::uint32_t glyph) const {
    return static_cast<int>(std::lround(hb_font_get_glyph_h_advance(hb_->font, glyph) * scale_));
}

void* Typeface::raw_face() const { return hb_->face; }

} // namespace brief::pdf
