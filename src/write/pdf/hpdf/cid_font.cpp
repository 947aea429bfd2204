// write_cid_font: a Type0/CIDFontType2 font, its descriptor, widths, CIDSet and ToUnicode CMap as libharu objects.
#include "write/pdf/hpdf/cid_font.hpp"

#include "core/utf8.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace brief::pdf {

namespace {

/// Six capital letters from the glyphs shown (FNV-1a of their ids): the same subset, the same tag.
std::string subset_tag(const std::map<std::uint32_t, CidFontData::Glyph>& glyphs) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const auto& [g, _] : glyphs)
        for (int i = 0; i < 4; ++i) h = (h ^ ((g >> (8 * i)) & 0xFF)) * 1099511628211ULL;
    std::string tag;
    for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
    return tag;
}

/// The width most glyphs shown have (ties: the smallest).
int common_width(const std::map<std::uint32_t, CidFontData::Glyph>& glyphs) {
    std::map<int, int> counts;
    for (const auto& [_, g] : glyphs) ++counts[g.width];
    auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? 1000 : best->first;
}

/// W entries `c [w1 w2 ...]` for the glyphs whose width is not DW. Glyphs closer than `gap` share
/// one run (the ones between, never shown, get DW) until the array is short enough for PDF/A-1.
std::vector<std::pair<std::uint32_t, std::vector<int>>> width_runs(const std::map<std::uint32_t, CidFontData::Glyph>& glyphs,
                                                                   int dw) {
    constexpr std::size_t limit = 8000;
    for (std::uint32_t gap = 0;; gap = gap * 2 + 1) {
        std::vector<std::pair<std::uint32_t, std::vector<int>>> runs;
        for (const auto& [cid, g] : glyphs) {
            if (g.width == dw) continue;
            auto* run = runs.empty() ? nullptr : &runs.back();
            const std::uint32_t next = run ? run->first + static_cast<std::uint32_t>(run->second.size()) : 0;
            if (run && cid - next <= gap && run->second.size() + (cid - next) < limit) {
                run->second.insert(run->second.end(), cid - next, dw);
                run->second.push_back(g.width);
            } else {
                runs.push_back({cid, {g.width}});
            }
        }
        if (runs.size() * 2 <= limit) return runs;
    }
}

void hex16(std::string& out, unsigned v) {
    char buf[5];
    std::snprintf(buf, sizeof buf, "%04X", v & 0xFFFF);
    out += buf;
}

/// Adds `value` under `key`, throwing on failure (libharu frees `value` then).
void put(HPDF_Doc doc, HPDF_Dict dict, const char* key, void* value) {
    if (value == nullptr) throw haru_error(doc, "making a font object");
    check(doc, HPDF_Dict_Add(dict, key, value), "writing a font object");
}

void name(HPDF_Doc doc, HPDF_Dict dict, const char* key, const std::string& value) {
    check(doc, HPDF_Dict_AddName(dict, key, value.c_str()), "writing a font object");
}

void number(HPDF_Doc doc, HPDF_Dict dict, const char* key, int value) {
    check(doc, HPDF_Dict_AddNumber(dict, key, value), "writing a font object");
}

HPDF_Dict new_stream(HPDF_Doc doc) {
    HPDF_Dict s = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (s == nullptr) throw haru_error(doc, "making a font stream");
    return s;
}

void write_bytes(HPDF_Doc doc, HPDF_Dict stream, std::string_view bytes) {
    check(doc, HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())),
          "writing a font stream");
}

HPDF_Array number_array(HPDF_Doc doc, std::initializer_list<int> values) {
    HPDF_Array a = HPDF_Array_New(doc->mmgr);
    if (a == nullptr) throw haru_error(doc, "making a font object");
    for (int v : values) check(doc, HPDF_Array_AddNumber(a, v), "writing a font object");
    return a;
}

HPDF_Array widths(HPDF_Doc doc, const CidFontData& data, int dw) {
    HPDF_Array w = HPDF_Array_New(doc->mmgr);
    if (w == nullptr) throw haru_error(doc, "making a W array");
    for (const auto& [first, run] : width_runs(data.glyphs, dw)) {
        HPDF_Array ws = HPDF_Array_New(doc->mmgr);
        if (ws == nullptr) throw haru_error(doc, "making a W array");
        check(doc, HPDF_Array_AddNumber(w, static_cast<HPDF_INT32>(first)), "writing a W array");
        check(doc, HPDF_Array_Add(w, ws), "writing a W array");
        for (int v : run) check(doc, HPDF_Array_AddNumber(ws, v), "writing a W array");
    }
    return w;
}

/// ISO 19005-1 6.3.5: one bit per CID (high bit first), set for each glyph the program keeps.
std::string cid_set(const CidFontData& data) {
    const std::uint32_t last = data.glyphs.empty() ? 0 : data.glyphs.rbegin()->first;
    std::string bits(last / 8 + 1, '\0');
    bits[0] = static_cast<char>(0x80); // .notdef
    for (const auto& [g, _] : data.glyphs) bits[g / 8] = static_cast<char>(bits[g / 8] | (0x80 >> (g % 8)));
    return bits;
}

HPDF_Dict descriptor(HPDF_Doc doc, const CidFontData& data, const std::string& base, CidFontStreams& streams) {
    const FaceInfo& f = data.info;
    HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
    if (d == nullptr || HPDF_Xref_Add(doc->xref, d) != HPDF_OK) throw haru_error(doc, "making a font descriptor");
    name(doc, d, "Type", "FontDescriptor");
    name(doc, d, "FontName", base);
    // Table 123: FixedPitch 1, Serif 2, Symbolic 4 (glyphs outside the standard Latin set), Italic 64.
    number(doc, d, "Flags", (f.fixed_pitch ? 1 : 0) | (f.serif ? 2 : 0) | 4 | (f.italic ? 64 : 0));
    put(doc, d, "FontBBox", number_array(doc, {f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]}));
    check(doc, HPDF_Dict_AddReal(d, "ItalicAngle", static_cast<HPDF_REAL>(f.italic_angle)), "writing a font descriptor");
    number(doc, d, "Ascent", f.ascent);
    number(doc, d, "Descent", f.descent);
    number(doc, d, "CapHeight", f.cap_height);
    number(doc, d, "StemV", 80); // not in the font; readers only hint with it
    streams.program = new_stream(doc);
    write_bytes(doc, streams.program, data.program);
    number(doc, streams.program, "Length1", static_cast<int>(data.program.size()));
    put(doc, d, "FontFile2", streams.program);
    streams.cid_set = new_stream(doc);
    write_bytes(doc, streams.cid_set, cid_set(data));
    put(doc, d, "CIDSet", streams.cid_set);
    return d;
}

HPDF_Dict system_info(HPDF_Doc doc, const char* ordering) {
    HPDF_Dict info = HPDF_Dict_New(doc->mmgr);
    if (info == nullptr) throw haru_error(doc, "making CIDSystemInfo");
    put(doc, info, "Registry", HPDF_String_New(doc->mmgr, "Adobe", nullptr));
    put(doc, info, "Ordering", HPDF_String_New(doc->mmgr, ordering, nullptr));
    number(doc, info, "Supplement", 0);
    return info;
}

} // namespace

std::string to_unicode_cmap(const std::map<std::uint32_t, CidFontData::Glyph>& glyphs) {
    std::vector<std::string> entries;
    for (const auto& [g, glyph] : glyphs) {
        if (glyph.text.empty()) continue;
        std::string e = "<";
        hex16(e, g);
        e += "> <" + utf16be_hex(glyph.text) + ">\n";
        entries.push_back(std::move(e));
    }
    std::string cmap = "/CIDInit /ProcSet findresource begin\n"
                       "12 dict begin\n"
                       "begincmap\n"
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                       "/CMapName /Adobe-Identity-UCS def\n"
                       "/CMapType 2 def\n"
                       "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t start = 0; start < entries.size(); start += 100) {
        const std::size_t count = std::min<std::size_t>(100, entries.size() - start);
        cmap += std::to_string(count) + " beginbfchar\n";
        for (std::size_t i = start; i < start + count; ++i) cmap += entries[i];
        cmap += "endbfchar\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

namespace {

/// The last character of `text` (UTF-8), empty for empty text.
std::string_view last_character(std::string_view text) {
    std::size_t at = text.size();
    while (at > 0 && (static_cast<unsigned char>(text[at - 1]) & 0xC0) == 0x80) --at;
    return at > 0 ? text.substr(at - 1) : text;
}

} // namespace

void ShownGlyphs::add(std::string_view text, std::span<const ShapedGlyph> glyphs) {
    for (const ShapedGlyph& g : glyphs) {
        if (g.glyph >= width_.size()) { // a glyph id the face does not have: never from HarfBuzz
            width_.resize(g.glyph + 1, -1);
            text_.resize(g.glyph + 1);
            nominal_.resize(g.glyph + 1, false);
            stand_in_.resize(g.glyph + 1, false);
        }
        std::string_view mine = g.text_at < text.size() ? text.substr(g.text_at, g.text_length) : std::string_view();
        // A glyph that stands for no text of its own (a vowel sign's second part) is drawn only in an
        // ActualText span, which gives the text back; its ToUnicode value is its cluster's last
        // character, kept only until the glyph is shown with a text of its own (PDF/UA-1 7.21.7:
        // every glyph maps to Unicode).
        const bool stand_in = mine.empty() && !actual_text(g, text).empty();
        if (stand_in) mine = last_character(actual_text(g, text));
        std::string& kept = text_[g.glyph];
        const auto rank = [](bool s, bool n, std::string_view t) { return std::tuple(t.empty(), s, !n, t); };
        if (width_[g.glyph] < 0 ||
            rank(stand_in, g.nominal, mine) < rank(stand_in_[g.glyph], nominal_[g.glyph], kept)) {
            width_[g.glyph] = g.width;
            kept = mine;
            nominal_[g.glyph] = g.nominal;
            stand_in_[g.glyph] = stand_in;
        }
    }
}

std::map<std::uint32_t, CidFontData::Glyph> ShownGlyphs::shown() const {
    std::map<std::uint32_t, CidFontData::Glyph> out;
    for (std::size_t g = 0; g < width_.size(); ++g)
        if (width_[g] >= 0) out.emplace_hint(out.end(), static_cast<std::uint32_t>(g), CidFontData::Glyph{width_[g], text_[g]});
    return out;
}

HPDF_Dict new_cid_font(HPDF_Doc doc) {
    HPDF_Dict font = HPDF_Dict_New(doc->mmgr);
    if (font == nullptr || HPDF_Xref_Add(doc->xref, font) != HPDF_OK) throw haru_error(doc, "making a font");
    return font;
}

CidFontStreams write_cid_font(HPDF_Doc doc, HPDF_Dict font, const CidFontData& data) {
    CidFontStreams streams;
    const std::string base = subset_tag(data.glyphs) + "+" + data.info.postscript_name;
    HPDF_Dict cid = HPDF_Dict_New(doc->mmgr);
    if (cid == nullptr || HPDF_Xref_Add(doc->xref, cid) != HPDF_OK) throw haru_error(doc, "making a CIDFont");
    name(doc, cid, "Type", "Font");
    name(doc, cid, "Subtype", "CIDFontType2");
    name(doc, cid, "BaseFont", base);
    put(doc, cid, "CIDSystemInfo", system_info(doc, "Identity"));
    put(doc, cid, "FontDescriptor", descriptor(doc, data, base, streams));
    const int dw = common_width(data.glyphs);
    number(doc, cid, "DW", dw);
    put(doc, cid, "W", widths(doc, data, dw));
    name(doc, cid, "CIDToGIDMap", "Identity");

    name(doc, font, "Type", "Font");
    name(doc, font, "Subtype", "Type0");
    name(doc, font, "BaseFont", base);
    name(doc, font, "Encoding", "Identity-H");
    HPDF_Array descendants = HPDF_Array_New(doc->mmgr);
    put(doc, font, "DescendantFonts", descendants);
    check(doc, HPDF_Array_Add(descendants, cid), "writing a Type0 font");
    streams.to_unicode = new_stream(doc);
    write_bytes(doc, streams.to_unicode, to_unicode_cmap(data.glyphs));
    put(doc, streams.to_unicode, "CIDSystemInfo", system_info(doc, "UCS"));
    name(doc, streams.to_unicode, "CMapName", "Adobe-Identity-UCS");
    name(doc, streams.to_unicode, "Type", "CMap");
    put(doc, font, "ToUnicode", streams.to_unicode);
    return streams;
}

} // namespace brief::pdf
