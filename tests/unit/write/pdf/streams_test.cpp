// brief's own PDF stream writing: content operators and the glyph lookup that replaces libharu's.
#include "write/pdf/fonts/fontconfig.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/fonts/truetype.hpp"
#include "write/pdf/hpdf/hpdf.hpp"
#include "write/pdf/hpdf/font_program.hpp"
#include "write/pdf/hpdf/interpose.hpp"
#include "write/pdf/hpdf/streams.hpp"

#include <catch2/catch.hpp>
#include <dlfcn.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <cctype>
#include <cmath>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace brief::pdf;
using brief::Color;

namespace {

// The Td operands of a content stream, in order.
std::vector<std::pair<double, double>> moves(const std::string& ops) {
    std::vector<std::pair<double, double>> out;
    std::istringstream in(ops);
    std::vector<std::string> stack;
    for (std::string word; in >> word;) {
        if (word == "Td") out.emplace_back(std::stod(stack[stack.size() - 2]), std::stod(stack.back()));
        stack.push_back(word);
    }
    return out;
}

using GlyphLookup = HPDF_UINT16 (*)(HPDF_FontDef, HPDF_UINT16);

} // namespace

TEST_CASE("content operators: fills, strokes, and text with font and colour written only on change") {
    ContentStream out;
    out.fill_rect(PdfRect{0, 822.69, 595.2756, 841.89}, Color{46, 94, 62});
    out.stroke_rect(PdfRect{10, 20, 15.5, 30}, Color{0, 0, 0}, 0.5);
    out.begin_text();
    out.text("F1", 10.5, Color{26, 26, 26}, 72, 700, "Hi ", 1500);        // pen after: 87.75
    out.text("F1", 10.5, Color{26, 26, 26}, 90.25, 700, "\xC3\xA9t\xC3\xA9", 1200); // "été", 2.5 pt on
    out.text("F2", 8, Color{26, 26, 26}, 72, 686, "\xE2\x80\x94", 1000);             // an em dash
    out.end_text();
    using namespace std::string_literals;
    CHECK(out.bytes() == "0.18 0.369 0.243 rg\n0 822.69 595.276 19.2 re\nf\n"
                         "0 0 0 RG\n0.5 w\n10 20 5.5 10 re\nS\n"
                         "BT\n0.102 0.102 0.102 rg\n/F1 10.5 Tf\n72 700 Td\n[(\0H\0i\0 )-238 (\0\xE9\0t\0\xE9)] TJ\n"
                         "/F2 8 Tf\n0 -14 Td\n[( \x14)] TJ\nET\n"s);
}

TEST_CASE("text strings escape what a reader would take for a delimiter or an end of line") {
    ContentStream out;
    out.text("F1", 10, Color{}, 0, 0, "(a\\b)\xC4\x8A\xC4\x8D", 100); // "(a\b)" then U+010A, U+010D
    using namespace std::string_literals;
    CHECK(out.bytes() == "0 0 0 rg\n/F1 10 Tf\n0 0 Td\n[(\0\\(\0a\0\\\\\0b\0\\)\x01\\n\x01\\r)"s);
}

TEST_CASE("runs on one line share a TJ array and land where layout put them") {
    ContentStream out;
    out.begin_text();
    std::vector<double> wanted;
    std::vector<int> units;
    double x = 40;
    for (int i = 0; i < 500; ++i) {
        units.push_back(300 + (i * 37) % 900);
        wanted.push_back(x);
        out.text("F1", 9.5, Color{}, x, 700, "w", units.back());
        x += units.back() * 9.5 / 1000.0 + std::fmod(i * 0.7331, 3.1); // the glue layout chose
    }
    out.end_text();
    // Read the operators back the way a viewer moves its pen: strings advance it by their width,
    // numbers inside the array move it back by number/1000 em.
    const std::string& ops = out.bytes();
    std::vector<double> pens, numbers;
    double pen = 0, line = 0;
    int moves = 0;
    for (std::size_t i = 0; i < ops.size();) {
        const char c = ops[i];
        if (c == '(') {
            pens.push_back(pen);
            pen += units[pens.size() - 1] * 9.5 / 1000.0;
            i = ops.find(')', i) + 1;
        } else if (c == '-' || c == '.' || std::isdigit(static_cast<unsigned char>(c)) != 0) {
            std::size_t used = 0;
            numbers.push_back(std::stod(ops.substr(i, 32), &used));
            if (!pens.empty()) pen -= numbers.back() * 9.5 / 1000.0;
            i += used;
        } else if (ops.compare(i, 2, "Td") == 0) {
            pen = line = numbers[numbers.size() - 2];
            ++moves;
            i += 2;
        } else {
            ++i;
        }
    }
    CHECK(line == 40);
    CHECK(moves == 1);
    REQUIRE(pens.size() == wanted.size());
    // within half a thousandth of an em (the spaces are whole ones), never drifting along the line
    for (std::size_t i = 0; i < pens.size(); ++i) REQUIRE(std::abs(pens[i] - wanted[i]) <= 9.5 / 2000 + 1e-9);
}

TEST_CASE("text positions do not drift: each Td is taken from where the last run was written") {
    ContentStream out;
    out.begin_text();
    std::vector<std::pair<double, double>> wanted;
    for (int i = 1; i <= 2000; ++i) {
        const double x = 50 + std::fmod(i * 13.3337, 400.0), y = 800 - i * 0.3999;
        wanted.emplace_back(x, y);
        out.text("F1", 10, Color{}, x, y, "w", 500);
    }
    double x = 0, y = 0;
    const auto got = moves(out.bytes());
    REQUIRE(got.size() == wanted.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        x += got[i].first;
        y += got[i].second;
        REQUIRE(std::abs(x - wanted[i].first) < 0.0011);
        REQUIRE(std::abs(y - wanted[i].second) < 0.0011);
    }
}

TEST_CASE("libharu's glyph lookup is brief's bisection, with libharu's answer for every BMP code") {
    auto ours = reinterpret_cast<GlyphLookup>(dlsym(RTLD_DEFAULT, "HPDF_TTFontDef_GetGlyphid"));
    auto theirs = reinterpret_cast<GlyphLookup>(dlsym(RTLD_NEXT, "HPDF_TTFontDef_GetGlyphid"));
    REQUIRE(ours != nullptr);
    REQUIRE(theirs != nullptr);
    CHECK(ours != theirs); // the executable's definition is the one everyone, libharu included, calls

    HaruErrorLog log;
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(HPDF_New(record_haru_error, &log),
                                                                               &HPDF_Free);
    REQUIRE(doc);
    int fonts = 0;
    for (const char* family : {"Noto Serif", "Noto Sans", "DejaVu Sans", "NanumMyeongjo", "WenQuanYi Zen Hei"}) {
        auto file = find_font(family, false, false);
        if (!file) continue;
        const char* name = file->is_collection()
                               ? HPDF_LoadTTFontFromFile2(doc.get(), file->path.c_str(),
                                                          static_cast<HPDF_UINT>(file->index), HPDF_FALSE)
                               : HPDF_LoadTTFontFromFile(doc.get(), file->path.c_str(), HPDF_FALSE);
        REQUIRE(name != nullptr);
        HPDF_FontDef def = HPDF_GetFontDef(doc.get(), name);
        REQUIRE(def != nullptr);
        INFO(family);
        CHECK(cmap_segments_sorted(def));
        int differ = 0, found = 0;
        for (unsigned c = 0; c <= 0xFFFF; ++c) { // from 0 upwards, as HPDF_GetFont asks: from a table
            const auto code = static_cast<HPDF_UINT16>(c);
            const HPDF_UINT16 gid = ours(def, code);
            differ += gid != theirs(def, code);
            found += gid != 0;
        }
        CHECK(differ == 0);
        CHECK(found > 200);
        int differ_down = 0;
        for (unsigned c = 0x10000; c-- > 0;) { // downwards: by bisection
            const auto code = static_cast<HPDF_UINT16>(c);
            differ_down += ours(def, code) != theirs(def, code);
        }
        CHECK(differ_down == 0);
        ++fonts;
    }
    CHECK(fonts >= 2); // Noto and DejaVu are what set-up installs
}

TEST_CASE("libharu's byte loops are brief's memmove and memset, with libharu's results") {
    using Copy = HPDF_BYTE* (*)(HPDF_BYTE*, const HPDF_BYTE*, HPDF_UINT);
    using Set = void* (*)(void*, HPDF_BYTE, HPDF_UINT);
    auto our_copy = reinterpret_cast<Copy>(dlsym(RTLD_DEFAULT, "HPDF_MemCpy"));
    auto their_copy = reinterpret_cast<Copy>(dlsym(RTLD_NEXT, "HPDF_MemCpy"));
    auto our_set = reinterpret_cast<Set>(dlsym(RTLD_DEFAULT, "HPDF_MemSet"));
    auto their_set = reinterpret_cast<Set>(dlsym(RTLD_NEXT, "HPDF_MemSet"));
    REQUIRE((our_copy && their_copy && our_set && their_set));
    CHECK(our_copy != their_copy);
    CHECK(our_set != their_set);
    // every offset pair in a small buffer, overlapping both ways, lengths 0 to 40
    for (int from = 0; from < 24; ++from)
        for (int to = 0; to < 24; ++to)
            for (HPDF_UINT n = 0; n <= 40; n += 3) {
                std::vector<HPDF_BYTE> a(64), b(64);
                for (std::size_t i = 0; i < a.size(); ++i) a[i] = b[i] = static_cast<HPDF_BYTE>(i * 7 + 1);
                const HPDF_BYTE* ra = our_copy(a.data() + to, a.data() + from, n);
                const HPDF_BYTE* rb = their_copy(b.data() + to, b.data() + from, n);
                INFO("from " << from << " to " << to << " n " << n);
                CHECK(ra - a.data() == rb - b.data());
                CHECK(a == b);
            }
    for (HPDF_UINT n : {0U, 1U, 17U, 64U}) {
        std::vector<HPDF_BYTE> a(80, 9), b(80, 9);
        CHECK(static_cast<HPDF_BYTE*>(our_set(a.data() + 3, 0xAB, n)) - a.data() ==
              static_cast<HPDF_BYTE*>(their_set(b.data() + 3, 0xAB, n)) - b.data());
        CHECK(a == b);
    }
}

namespace {

/// Runs `check` on each installed font of the five the tests use, loaded into a document of its
/// own (INFO names the family); returns how many ran.
int with_test_fonts(const std::function<void(const FontFile&, HaruDocument&, HPDF_Font)>& check) {
    int fonts = 0;
    for (const char* family : {"Noto Serif", "Noto Sans", "DejaVu Sans", "NanumMyeongjo", "WenQuanYi Zen Hei"}) {
        auto file = find_font(family, false, false);
        if (!file) continue;
        INFO(family);
        HaruDocument doc;
        check(*file, doc, doc.load_font(file->path, file->index));
        ++fonts;
    }
    return fonts;
}

} // namespace

TEST_CASE("brief's TrueType metrics are libharu's: glyph, width of every BMP code, ascent and descent") {
    const int fonts = with_test_fonts([](const FontFile& file, HaruDocument&, HPDF_Font font) {
        HPDF_FontDef def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
        const TrueTypeMetrics ours(file.path, file.index);
        CHECK(ours.ascent() == HPDF_Font_GetAscent(font));
        CHECK(ours.descent() == HPDF_Font_GetDescent(font));
        int glyphs_differ = 0, widths_differ = 0, found = 0;
        for (unsigned c = 0; c <= 0xFFFF; ++c) {
            const std::uint16_t gid = ours.glyph(c);
            glyphs_differ += gid != HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c));
            widths_differ += ours.advance(c) != HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(c));
            found += gid != 0;
        }
        CHECK(glyphs_differ == 0);
        CHECK(widths_differ == 0);
        CHECK(found > 200);
    });
    CHECK(fonts >= 2); // Noto Serif and Noto Sans are the default style's families
    CHECK_THROWS_WITH(TrueTypeMetrics("/nonexistent.ttf", 0), Catch::Contains("/nonexistent.ttf"));
}

TEST_CASE("libharu's file streams read through brief's unlocked reader: same bytes, same end of file") {
    auto ours = dlsym(RTLD_DEFAULT, "HPDF_FileReader_ReadFunc");
    REQUIRE(ours != nullptr);
    CHECK(ours != dlsym(RTLD_NEXT, "HPDF_FileReader_ReadFunc"));
    const std::string path = "streams_test_reader.bin";
    std::string bytes;
    for (int i = 0; i < 1000; ++i) bytes += static_cast<char>(i * 31 % 256);
    {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    HaruErrorLog log;
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(HPDF_New(record_haru_error, &log),
                                                                               &HPDF_Free);
    REQUIRE(doc);
    HPDF_Stream stream = HPDF_FileReader_New(doc->mmgr, path.c_str());
    REQUIRE(stream != nullptr);
    CHECK(reinterpret_cast<void*>(stream->read_fn) == ours); // libharu's own streams call brief's function
    std::string read;
    HPDF_STATUS status = HPDF_OK;
    while (status == HPDF_OK) {
        HPDF_BYTE piece[7];
        HPDF_UINT size = sizeof piece;
        status = HPDF_Stream_Read(stream, piece, &size);
        read.append(reinterpret_cast<const char*>(piece), size);
    }
    CHECK(status == HPDF_STREAM_EOF);
    CHECK(read == bytes);
    HPDF_Stream_Free(stream);
    std::remove(path.c_str());
}

TEST_CASE("font programs: brief writes libharu's bytes, recorded while deferred, brief's otherwise") {
    CHECK(dlsym(RTLD_DEFAULT, "HPDF_TTFontDef_SaveFontData") != dlsym(RTLD_NEXT, "HPDF_TTFontDef_SaveFontData"));
    const int fonts = with_test_fonts([](const FontFile&, HaruDocument& doc, HPDF_Font font) {
        HPDF_FontDef def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
        auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
        HPDF_Dict theirs = HPDF_DictStream_New(doc.raw()->mmgr, doc.raw()->xref);
        HPDF_Dict ours = HPDF_DictStream_New(doc.raw()->mmgr, doc.raw()->xref);
        REQUIRE((theirs && ours));
        // Only .notdef used, then a text's glyphs (composites pull in their parts), then every
        // third glyph of the font: each time the same bytes as libharu's and the same /Length1.
        for (int round = 0; round < 3; ++round) {
            if (round == 1) doc.use_glyphs(font, "Huawei \xC3\xA9t\xC3\xA9 \xE2\x80\x9C" "5G\xE2\x80\x9D \xC3\x85 fi");
            if (round == 2)
                for (HPDF_UINT g = 0; g < attr->num_glyphs; g += 3) attr->glyph_tbl.flgs[g] = 1;
            HPDF_MemStream_FreeData(theirs->stream);
            REQUIRE(libharu_save_font_data(def, theirs->stream) == HPDF_OK);
            const HPDF_UINT length1 = attr->length1;
            const std::string program = font_program(def);
            CHECK(program.size() == length1);
            CHECK(program == stream_data(theirs));
            HPDF_MemStream_FreeData(ours->stream);
            attr->length1 = 0;
            REQUIRE(HPDF_TTFontDef_SaveFontData(def, ours->stream) == HPDF_OK); // not deferred: brief's bytes
            CHECK(stream_data(ours) == program);
            CHECK(attr->length1 == length1);
        }
        DeferredFontPrograms deferred;
        HPDF_MemStream_FreeData(ours->stream);
        CHECK(HPDF_TTFontDef_SaveFontData(def, ours->stream) == HPDF_OK);
        REQUIRE(deferred.programs().size() == 1);
        CHECK(deferred.programs()[0].def == def);
        CHECK(deferred.programs()[0].stream == ours->stream);
        CHECK(HPDF_Stream_Size(ours->stream) == 0);
    });
    CHECK(fonts >= 2);
}
