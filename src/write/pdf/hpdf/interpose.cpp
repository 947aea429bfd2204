// libharu functions whose definitions here take the place of the library's (glyph lookup, byte loops, file reads).
#include "write/pdf/hpdf/interpose.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/font_program.hpp"
#include "write/pdf/fonts/truetype.hpp"

#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <dlfcn.h>
#include <cstdio>
#include <cstring>
#include <vector>

namespace brief::pdf {

namespace {

std::span<const std::uint16_t> end_counts(HPDF_FontDef def) {
    const HPDF_TTF_CmapRange& cmap = static_cast<HPDF_TTFontDefAttr>(def->attr)->cmap;
    if (cmap.format != 4 || cmap.end_count == nullptr) return {};
    return {cmap.end_count, cmap.seg_count_x2 / 2U};
}

HPDF_UINT16 glyph_of(const HPDF_TTF_CmapRange& cmap, HPDF_UINT segments, HPDF_UINT segment, HPDF_UINT16 unicode) {
    return format4_glyph(cmap.start_count, cmap.id_delta, cmap.id_range_offset, cmap.glyph_id_array,
                         cmap.glyph_id_array_count, segments, segment, unicode);
}

} // namespace

bool cmap_segments_sorted(HPDF_FontDef def) { return segments_sorted(end_counts(def)); }

void for_each_cmap_code(HPDF_FontDef def, const std::function<void(std::uint16_t, std::uint16_t)>& visit) {
    const HPDF_TTF_CmapRange& cmap = static_cast<HPDF_TTFontDefAttr>(def->attr)->cmap;
    if (cmap.format != 4) {
        for (std::uint32_t c = 0; c <= 0xFFFF; ++c)
            visit(static_cast<std::uint16_t>(c), HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c)));
        return;
    }
    const HPDF_UINT segments = cmap.seg_count_x2 / 2U;
    std::uint32_t next = 0; // codes below belong to an earlier segment
    for (HPDF_UINT s = 0; s < segments; ++s) {
        for (std::uint32_t c = std::max<std::uint32_t>(next, cmap.start_count[s]); c <= cmap.end_count[s]; ++c)
            visit(static_cast<std::uint16_t>(c), glyph_of(cmap, segments, s, static_cast<HPDF_UINT16>(c)));
        next = std::max<std::uint32_t>(next, cmap.end_count[s] + 1U);
    }
}

void require_sorted_cmap(HPDF_Doc doc, const char* font_name, const std::string& path) {
    HPDF_FontDef def = HPDF_GetFontDef(doc, font_name);
    if (def == nullptr || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return;
    require_sorted_segments(end_counts(def), path);
}

namespace {
thread_local DeferredFontPrograms* deferring = nullptr;
} // namespace

DeferredFontPrograms::DeferredFontPrograms() : outer_(deferring) { deferring = this; }
DeferredFontPrograms::~DeferredFontPrograms() { deferring = outer_; }

HPDF_STATUS libharu_save_font_data(HPDF_FontDef def, HPDF_Stream stream) {
    using Save = HPDF_STATUS (*)(HPDF_FontDef, HPDF_Stream);
    static const auto libharu = reinterpret_cast<Save>(dlsym(RTLD_NEXT, "HPDF_TTFontDef_SaveFontData"));
    return libharu != nullptr ? libharu(def, stream) : HPDF_INVALID_FONTDEF_DATA;
}

} // namespace brief::pdf

// Font programs are written when libharu first writes their font (CIDFontType2_BeforeWrite_Func
// calls this through its PLT); while a DeferredFontPrograms is alive they are only recorded,
// otherwise brief's font_program writes the bytes libharu's function would.
extern "C" HPDF_STATUS HPDF_TTFontDef_SaveFontData(HPDF_FontDef fontdef, HPDF_Stream stream) {
    try {
        if (brief::pdf::deferring != nullptr) {
            brief::pdf::deferring->recorded().push_back({fontdef, stream});
            return HPDF_OK;
        }
        const std::string program = brief::pdf::font_program(fontdef);
        static_cast<HPDF_TTFontDefAttr>(fontdef->attr)->length1 = static_cast<HPDF_UINT>(program.size());
        return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(program.data()),
                                 static_cast<HPDF_UINT>(program.size()));
    } catch (const std::bad_alloc&) { // never let an exception cross libharu's C frames
        return HPDF_FAILD_TO_ALLOC_MEM;
    } catch (const std::exception&) {
        return HPDF_SetError(fontdef->error, HPDF_INVALID_FONTDEF_DATA, 0);
    }
}

// libharu 2.3.0 finds a character's glyph by walking the format 4 segments one by one
// (hpdf_fontdef_tt.c), and HPDF_GetFont asks it about all 65,536 codes of the BMP for each face:
// a quarter of a small briefing's time. The executable's definition takes the place of the
// library's (ELF symbol interposition: libharu calls it through its PLT). For the sorted segments
// OpenType requires (Microsoft OpenType spec, 'cmap' format 4; load_font refuses others) the first
// segment whose end code is at least `unicode` is found by bisection; the rest is libharu's
// arithmetic, except that out-of-range reads it would make (past the last segment, one past the
// glyph array) answer 0, the missing glyph; HPDF_GetFont's walk from code 0 upwards is answered
// from a table made at its first question (BmpWalk). tests/unit/write/pdf compares every code,
// asked in both orders, with the library's own function.
namespace {

// The first segment whose end code is at least `unicode` (`segments` when none is). Callers ask
// about codes in ascending order (HPDF_GetFont walks the BMP), so the last answer or the one
// after it is tried before bisecting.
HPDF_UINT segment_of(const HPDF_UINT16* ends, HPDF_UINT segments, HPDF_UINT16 unicode) {
    thread_local const HPDF_UINT16* last_ends = nullptr;
    thread_local HPDF_UINT last = 0;
    const auto fits = [&](HPDF_UINT i) { return i < segments && ends[i] >= unicode && (i == 0 || ends[i - 1] < unicode); };
    if (ends == last_ends && (fits(last) || fits(++last))) return last;
    last_ends = ends;
    last = static_cast<HPDF_UINT>(std::lower_bound(ends, ends + segments, unicode) - ends);
    return last;
}

// HPDF_GetFont's walk over the BMP: when a font is asked about code 0, every code's glyph is
// worked out at once, segment by segment, and the answers to 1, 2, 3... that follow on the same
// thread about the same font (its cmap arrays unchanged) are read from that table. Any other
// question ends the walk and is answered by bisection. The state is trivial, so reading it costs
// no thread-local initialisation check; the table it points to is the thread's own.
struct BmpWalk {
    HPDF_FontDef def;
    const HPDF_UINT16* ends;
    const HPDF_UINT16* glyph_ids;
    HPDF_UINT next; ///< the code the walk expects next (0: no walk)
    HPDF_UINT16* glyphs;

    [[nodiscard]] bool follows(HPDF_FontDef d, const HPDF_TTF_CmapRange& cmap, HPDF_UINT16 unicode) const {
        return next != 0 && unicode == next && d == def && cmap.end_count == ends && cmap.glyph_id_array == glyph_ids;
    }

    void start(HPDF_FontDef d, const HPDF_TTF_CmapRange& cmap) {
        thread_local std::vector<HPDF_UINT16> table;
        table.assign(0x10000, 0);
        brief::pdf::for_each_cmap_code(d, [](std::uint16_t code, std::uint16_t glyph) { table[code] = glyph; });
        glyphs = table.data();
        def = d;
        ends = cmap.end_count;
        glyph_ids = cmap.glyph_id_array;
        next = 1;
    }
};

thread_local BmpWalk walk{};

// Everything but the next step of a walk: format 0, errors, a new walk, bisection.
[[gnu::noinline]] HPDF_UINT16 glyph_asked(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
    auto* attr = static_cast<HPDF_TTFontDefAttr>(fontdef->attr);
    const HPDF_TTF_CmapRange& cmap = attr->cmap;
    walk.next = 0;
    if (cmap.format == 0) return cmap.glyph_id_array[unicode & 0xFF];
    if (cmap.seg_count_x2 == 0) {
        HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
        return 0;
    }
    const HPDF_UINT segments = cmap.seg_count_x2 / 2U;
    if (unicode == 0 && brief::pdf::segments_sorted({cmap.end_count, segments})) {
        walk.start(fontdef, cmap);
        return walk.glyphs[0];
    }
    return brief::pdf::glyph_of(cmap, segments, segment_of(cmap.end_count, segments, unicode), unicode);
}

} // namespace

extern "C" HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
    if (walk.follows(fontdef, static_cast<HPDF_TTFontDefAttr>(fontdef->attr)->cmap, unicode)) {
        walk.next = (unicode + 1U) & 0xFFFFU; // after 0xFFFF: 0, no walk
        return walk.glyphs[unicode];
    }
    return glyph_asked(fontdef, unicode);
}

// libharu copies and clears memory one byte at a time (hpdf_utils.c); a font's program passes
// through HPDF_MemCpy twice on its way into the file, and each CIDToGIDMap entry once. These are
// the same functions, returning what libharu's return (the end of what was written). Short copies
// keep libharu's forward loop; longer ones use memmove unless they overlap onto a later address,
// where a forward byte copy repeats the source (a case libharu never asks for, kept as the loop).
extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
    if (n == 2) { // each CIDToGIDMap entry: the loop below, unrolled
        out[0] = in[0];
        out[1] = in[1];
        return out + 2;
    }
    if (n <= 16 || (out > in && out < in + n)) {
        for (HPDF_UINT i = 0; i < n; ++i) out[i] = in[i];
    } else {
        std::memmove(out, in, n);
    }
    return out + n;
}

extern "C" void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
    if (n != 0) std::memset(s, c, n);
    return static_cast<HPDF_BYTE*>(s) + n;
}

// libharu reads a font file in pieces of two and four bytes through fread, which takes the
// FILE's lock each time; the file is only ever read by the thread loading it, so the unlocked
// read does the same without. Otherwise libharu's HPDF_FileReader_ReadFunc: the buffer cleared,
// a short read at the end of the file is HPDF_STREAM_EOF, any other an I/O error.
extern "C" HPDF_STATUS HPDF_FileReader_ReadFunc(HPDF_Stream stream, HPDF_BYTE* ptr, HPDF_UINT* siz) {
    auto* fp = static_cast<FILE*>(stream->attr);
    std::memset(ptr, 0, *siz);
    const auto read = static_cast<HPDF_UINT>(fread_unlocked(ptr, 1, *siz, fp));
    if (read == *siz) return HPDF_OK;
    if (feof_unlocked(fp) != 0) {
        *siz = read;
        return HPDF_STREAM_EOF;
    }
    return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, static_cast<HPDF_STATUS>(ferror_unlocked(fp)));
}
