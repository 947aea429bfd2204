// Font fixes for libharu's UTF-8 TrueType fonts: a valid ToUnicode CMap, compact widths, CIDSet and CapHeight.
#include "write/pdf/hpdf/fixes.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/font_program.hpp"
#include "write/pdf/hpdf/interpose.hpp"
#include "write/pdf/hpdf/streams.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace brief::pdf {
namespace {

// An identity map from 2-byte codes to UTF-16BE, the way ISO 32000-1 9.10.3 allows it: each
// bfrange stays within one high byte (the last byte may not wrap), at most 100 entries per
// begin/end block (Adobe TN 5411, section 1.4.5). Surrogates (D800-DFFF) and the noncharacters
// FFFE/FFFF are not characters and get no mapping; codes below U+0020 are never shown.
std::string make_identity_to_unicode_cmap() {
    std::vector<std::string> ranges;
    for (unsigned high = 0x00; high <= 0xFF; ++high) {
        if (high >= 0xD8 && high <= 0xDF) continue;
        const unsigned first = high == 0x00 ? 0x20 : 0x00;
        const unsigned last = high == 0xFF ? 0xFD : 0xFF;
        char line[40];
        std::snprintf(line, sizeof line, "<%02X%02X> <%02X%02X> <%02X%02X>\n", high, first, high, last,
                      high, first);
        ranges.emplace_back(line);
    }
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t start = 0; start < ranges.size(); start += 100) {
        const std::size_t count = std::min<std::size_t>(100, ranges.size() - start);
        cmap += std::to_string(count) + " beginbfrange\n";
        for (std::size_t i = start; i < start + count; ++i) cmap += ranges[i];
        cmap += "endbfrange\n";
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return cmap;
}

// The same text for every font: made once.
const std::string& identity_to_unicode_cmap() {
    static const std::string cmap = make_identity_to_unicode_cmap();
    return cmap;
}

// A Type0 font over a TrueType font with libharu's UTF-8 encoder: the only kind whose codes are
// the characters' UTF-16 values (other encoders' ToUnicode maps are libharu's and fine).
bool is_utf8_type0_truetype(HPDF_Font font) {
    if (font == nullptr || (font->header.obj_class & HPDF_OSUBCLASS_FONT) == 0 || font->attr == nullptr)
        return false;
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    return attr->type == HPDF_FONT_TYPE0_TT && attr->encoder != nullptr &&
           std::string_view(attr->encoder->name) == "UTF-8";
}

// ---- widths, CIDSet, CapHeight: fixed while libharu writes the font ---------------------------

// The CIDs whose glyphs libharu embeds: CID 0 (.notdef) and every code whose glyph the text used
// (libharu flags a glyph when it measures it; with Identity-H and the UTF-8 encoder the CID is
// the BMP code point, and the CIDToGIDMap sends it to the cmap's glyph).
std::vector<std::uint16_t> used_cids(HPDF_FontDef def) {
    auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
    std::vector<std::uint16_t> cids{0};
    for_each_cmap_code(def, [&](std::uint16_t cid, std::uint16_t gid) {
        if (cid != 0 && gid != 0 && gid < attr->num_glyphs && attr->glyph_tbl.flgs[gid] != 0) cids.push_back(cid);
    });
    return cids;
}

int cid_width(HPDF_FontDef def, std::uint16_t cid) {
    return HPDF_TTFontDef_GetGidWidth(def, cid == 0 ? 0 : HPDF_TTFontDef_GetGlyphid(def, cid));
}

// The width most used CIDs have (ties: the smallest), written once as DW instead of in W.
int common_width(HPDF_FontDef def, const std::vector<std::uint16_t>& cids) {
    std::map<int, std::size_t> counts;
    for (std::uint16_t cid : cids) ++counts[cid_width(def, cid)];
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? 1000 : best->first;
}

struct WidthRun {
    std::uint16_t first = 0;
    std::vector<int> widths;
};

// W entries `c [w1 w2 ...]` for the used CIDs whose width is not DW (ISO 32000-1 9.7.4.3).
// libharu lists every CID up to the highest its encoder knows, which breaks PDF/A-1's limit of
// 8191 elements per array (ISO 19005-1 6.1.12, implementation limits of PDF 1.4 Appendix C);
// runs closer than `gap` CIDs are joined so that neither W nor a run exceeds it.
std::vector<WidthRun> width_runs(HPDF_FontDef def, const std::vector<std::uint16_t>& cids, int dw) {
    constexpr std::size_t limit = 8000;
    for (std::uint32_t gap = 0;; gap = gap * 2 + 1) {
        std::vector<WidthRun> runs;
        for (std::uint16_t cid : cids) {
            const int w = cid_width(def, cid);
            if (w == dw) continue;
            WidthRun* run = runs.empty() ? nullptr : &runs.back();
            const std::uint32_t next = run ? run->first + run->widths.size() : 0;
            if (run && cid - next <= gap && run->widths.size() + (cid - next) < limit) {
                for (std::uint32_t between = next; between < cid; ++between)
                    run->widths.push_back(cid_width(def, static_cast<std::uint16_t>(between)));
                run->widths.push_back(w);
            } else {
                runs.push_back({cid, {w}});
            }
        }
        if (runs.size() * 2 <= limit) return runs;
    }
}

HPDF_STATUS write_widths(HPDF_Font font, const std::vector<std::uint16_t>& cids) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_Dict cid_font = attr->descendant_font;
    const int dw = common_width(attr->fontdef, cids);
    HPDF_Array w = HPDF_Array_New(font->mmgr);
    if (w == nullptr) return HPDF_Error_GetCode(font->error);
    HPDF_STATUS ret = HPDF_Dict_AddNumber(cid_font, "DW", dw);
    if (ret == HPDF_OK) ret = HPDF_Dict_Add(cid_font, "W", w);
    for (const WidthRun& run : width_runs(attr->fontdef, cids, dw)) {
        HPDF_Array widths = HPDF_Array_New(font->mmgr);
        if (ret != HPDF_OK || widths == nullptr) return HPDF_Error_GetCode(font->error);
        ret = HPDF_Array_AddNumber(w, run.first);
        if (ret == HPDF_OK) ret = HPDF_Array_Add(w, widths);
        for (int width : run.widths)
            if (ret == HPDF_OK) ret = HPDF_Array_AddNumber(widths, width);
    }
    return ret;
}

// ISO 19005-1 6.3.5: a subset CIDFont's descriptor has a CIDSet, one bit per CID (high bit
// first) set for each CID the embedded program has; ISO 32000-1 Table 122 calls CapHeight
// required for fonts with Latin text. libharu writes neither.
HPDF_STATUS complete_descriptor(HPDF_Font font, const std::vector<std::uint16_t>& cids) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_Dict descriptor = attr->fontdef->descriptor;
    if (descriptor == nullptr) return HPDF_OK;
    const int cap = attr->fontdef->cap_height != 0 ? attr->fontdef->cap_height : attr->fontdef->ascent;
    HPDF_STATUS ret = HPDF_Dict_AddNumber(descriptor, "CapHeight", cap);
    std::vector<HPDF_BYTE> bits(cids.back() / 8 + 1, 0);
    for (std::uint16_t cid : cids) bits[cid / 8] |= static_cast<HPDF_BYTE>(0x80 >> (cid % 8));
    auto cid_set = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(descriptor, "CIDSet", HPDF_OCLASS_DICT));
    if (cid_set == nullptr || cid_set->stream == nullptr) {
        cid_set = HPDF_DictStream_New(font->mmgr, attr->xref);
        if (ret != HPDF_OK || cid_set == nullptr) return HPDF_Error_GetCode(font->error);
        ret = HPDF_Dict_Add(descriptor, "CIDSet", cid_set);
    }
    cid_set->filter = font->filter;
    HPDF_MemStream_FreeData(cid_set->stream);
    if (ret == HPDF_OK) ret = HPDF_Stream_Write(cid_set->stream, bits.data(), static_cast<HPDF_UINT>(bits.size()));
    return ret;
}

// The CIDToGIDMap (ISO 32000-1 9.7.4.2, Table 117) up to the highest CID the text uses, each used
// CID sent to its glyph and every other to glyph 0 (.notdef, what the subset keeps of unused
// glyphs anyway). libharu writes all 65,535 entries of the BMP: 128 KiB per face, most of it
// compression time.
HPDF_STATUS write_glyph_map(HPDF_Font font, const std::vector<std::uint16_t>& cids) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (attr->map_stream == nullptr || attr->map_stream->stream == nullptr) return HPDF_OK;
    std::vector<HPDF_BYTE> map((std::size_t{cids.back()} + 1) * 2, 0);
    for (const std::uint16_t cid : cids) {
        const HPDF_UINT16 gid = cid == 0 ? 0 : HPDF_TTFontDef_GetGlyphid(attr->fontdef, cid);
        map[std::size_t{cid} * 2] = static_cast<HPDF_BYTE>(gid >> 8);
        map[std::size_t{cid} * 2 + 1] = static_cast<HPDF_BYTE>(gid & 0xFF);
    }
    HPDF_MemStream_FreeData(attr->map_stream->stream);
    return HPDF_Stream_Write(attr->map_stream->stream, map.data(), static_cast<HPDF_UINT>(map.size()));
}

// libharu's own before-write function of Type0 TrueType fonts, which makes the descriptor and
// embeds the font program; the same static function for every such font.
std::atomic<HPDF_Dict_BeforeWriteFunc> libharu_before_write{nullptr};

HPDF_STATUS before_write(HPDF_Dict font) {
    HPDF_STATUS ret = libharu_before_write.load()(font);
    if (ret != HPDF_OK) return ret;
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (holds_flate_data(attr->map_stream)) { // compress_fonts ran this already and packed the streams:
        // libharu has just given the CIDToGIDMap and ToUnicode streams its filter again
        for (HPDF_Dict packed : {attr->map_stream, attr->cmap_stream})
            if (holds_flate_data(packed)) packed->filter = HPDF_STREAM_FILTER_NONE;
        return HPDF_OK;
    }
    try {
        const std::vector<std::uint16_t> cids = used_cids(static_cast<HPDF_FontAttr>(font->attr)->fontdef);
        ret = write_widths(font, cids);
        if (ret == HPDF_OK) ret = write_glyph_map(font, cids);
        return ret == HPDF_OK ? complete_descriptor(font, cids) : ret;
    } catch (const std::bad_alloc&) { // never let an exception cross libharu's C frames
        return HPDF_FAILD_TO_ALLOC_MEM;
    }
}

// Runs before_write in place of libharu's function when the font is written.
void hook_before_write(HPDF_Font font) {
    if (font->before_write_fn == before_write) return;
    HPDF_Dict_BeforeWriteFunc expected = nullptr;
    libharu_before_write.compare_exchange_strong(expected, font->before_write_fn);
    if (font->before_write_fn == nullptr || font->before_write_fn != libharu_before_write.load())
        throw Error("libharu: font " + std::string(static_cast<HPDF_FontAttr>(font->attr)->fontdef->base_font) +
                    " has an unexpected writer (is this libharu 2.3.0?)");
    font->before_write_fn = before_write;
}

} // namespace

void fix_to_unicode(HPDF_Doc doc, HPDF_Font font) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document to fix");
    if (!is_utf8_type0_truetype(font)) return;
    auto cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (cmap == nullptr || cmap->stream == nullptr) {
        cmap = HPDF_DictStream_New(doc->mmgr, doc->xref);
        if (cmap == nullptr) throw haru_error(doc, "creating a ToUnicode stream");
        check(doc, HPDF_Dict_Add(font, "ToUnicode", cmap), "adding a ToUnicode stream");
    }
    HPDF_MemStream_FreeData(cmap->stream);
    check(doc, HPDF_Stream_WriteStr(cmap->stream, identity_to_unicode_cmap().c_str()), "writing a ToUnicode CMap");
    // The stream's dictionary describes the CMap it holds (ISO 32000-1 9.7.5.3, Table 120).
    HPDF_Dict system_info = HPDF_Dict_New(doc->mmgr);
    if (system_info == nullptr) throw haru_error(doc, "creating CIDSystemInfo");
    check(doc, HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(doc->mmgr, "Adobe", nullptr)), "CIDSystemInfo");
    check(doc, HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(doc->mmgr, "UCS", nullptr)), "CIDSystemInfo");
    check(doc, HPDF_Dict_AddNumber(system_info, "Supplement", 0), "CIDSystemInfo");
    check(doc, HPDF_Dict_Add(cmap, "CIDSystemInfo", system_info), "CIDSystemInfo");
    check(doc, HPDF_Dict_AddName(cmap, "CMapName", "Adobe-Identity-UCS"), "CMapName");
    check(doc, HPDF_Dict_AddName(cmap, "Type", "CMap"), "CMap type");
}

void compress_fonts(HPDF_Doc doc, int threads) {
    fix_fonts(doc);
    std::vector<HPDF_Dict> streams;
    DeferredFontPrograms deferred;   // libharu's writer makes the objects; the programs wait
    for (HPDF_UINT i = 0; doc->font_mgr != nullptr && i < doc->font_mgr->count; ++i) {
        auto font = static_cast<HPDF_Font>(HPDF_List_ItemAt(doc->font_mgr, i));
        if (!is_utf8_type0_truetype(font)) continue;
        check(doc, font->before_write_fn(font), "preparing a font for writing");
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        HPDF_Dict descriptor = attr->fontdef->descriptor;
        if (descriptor != nullptr) {
            streams.push_back(static_cast<HPDF_Dict>(HPDF_Dict_GetItem(descriptor, "FontFile2", HPDF_OCLASS_DICT)));
            streams.push_back(static_cast<HPDF_Dict>(HPDF_Dict_GetItem(descriptor, "CIDSet", HPDF_OCLASS_DICT)));
        }
        streams.push_back(attr->map_stream);
        streams.push_back(static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT)));
    }
    // The programs are written (by brief, font_program.hpp) and compressed on the threads; the
    // /Length1 libharu's writer set before the program existed is set to each program's size.
    std::vector<std::pair<HPDF_Dict, HPDF_FontDef>> written;
    for (const auto& p : deferred.programs()) {
        auto dict = std::find_if(streams.begin(), streams.end(), [&](HPDF_Dict s) { return s && s->stream == p.stream; });
        if (dict != streams.end()) written.emplace_back(*dict, p.def);
    }
    if (written.size() != deferred.programs().size())
        throw Error("libharu wrote a font program outside a font descriptor (is this libharu 2.3.0?)");
    std::vector<std::size_t> lengths(written.size(), 0);
    compress_streams(streams, threads, [&](HPDF_Dict stream) {
        for (std::size_t i = 0; i < written.size(); ++i)
            if (written[i].first == stream) {
                std::string program = font_program(written[i].second);
                lengths[i] = program.size();
                return program;
            }
        return stream_data(stream);
    });
    for (std::size_t i = 0; i < written.size(); ++i)
        check(doc, HPDF_Dict_AddNumber(written[i].first, "Length1", static_cast<HPDF_INT32>(lengths[i])),
              "setting a font program's length");
}

void fix_fonts(HPDF_Doc doc) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document to fix");
    for (HPDF_UINT i = 0; doc->font_mgr != nullptr && i < doc->font_mgr->count; ++i) {
        auto font = static_cast<HPDF_Font>(HPDF_List_ItemAt(doc->font_mgr, i));
        if (!is_utf8_type0_truetype(font)) continue;
        fix_to_unicode(doc, font);
        hook_before_write(font);
    }
}

} // namespace brief::pdf
