// brief's own PDF stream writing: content operators for shaped glyphs, libharu's byte loops replaced.
#include "write/pdf/hpdf/content.hpp"

#include <catch2/catch.hpp>
#include <dlfcn.h>
#include <hpdf.h>

#include <cctype>
#include <cmath>
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

// Glyphs each as wide as the W array says (no kerning): id and width in 1/1000 em.
std::vector<ShapedGlyph> plain(std::initializer_list<std::pair<std::uint32_t, int>> glyphs) {
    std::vector<ShapedGlyph> out;
    for (const auto& [id, width] : glyphs) {
        ShapedGlyph& g = out.emplace_back();
        g.glyph = id;
        g.width = width;
        g.advance = width;
    }
    return out;
}

} // namespace

TEST_CASE("content operators: fills, strokes, and text with font and colour written only on change") {
    ContentStream out;
    out.fill_rect(PdfRect{0, 822.69, 595.2756, 841.89}, Color{46, 94, 62});
    out.stroke_rect(PdfRect{10, 20, 15.5, 30}, Color{0, 0, 0}, 0.5);
    out.begin_text();
    out.text("F1", 10.5, Color{26, 26, 26}, 72, 700, plain({{0x48, 700}, {0x69, 300}, {0x20, 500}})); // pen after: 87.75
    out.text("F1", 10.5, Color{26, 26, 26}, 90.25, 700, plain({{0xE9, 400}, {0x74, 400}, {0xE9, 400}})); // 2.5 pt on
    out.text("F2", 8, Color{26, 26, 26}, 72, 686, plain({{0x2014, 1000}}));
    out.end_text();
    using namespace std::string_literals;
    CHECK(out.bytes() == "0.18 0.369 0.243 rg\n0 822.69 595.276 19.2 re\nf\n"
                         "0 0 0 RG\n0.5 w\n10 20 5.5 10 re\nS\n"
                         "BT\n0.102 0.102 0.102 rg\n/F1 10.5 Tf\n72 700 Td\n[(\0H\0i\0 )-238 (\0\xE9\0t\0\xE9)] TJ\n"
                         "/F2 8 Tf\n0 -14 Td\n[( \x14)] TJ\nET\n"s);
}

TEST_CASE("glyph ids are two bytes, escaped where a reader would take one for a delimiter or an end of line") {
    ContentStream out;
    out.text("F1", 10, Color{}, 0, 0, plain({{0x28, 20}, {0x61, 20}, {0x5C, 20}, {0x62, 20}, {0x29, 20}, {0x10A, 0}, {0x10D, 0}}));
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
        out.text("F1", 9.5, Color{}, x, 700, plain({{1, units.back()}}));
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
        out.text("F1", 10, Color{}, x, y, plain({{1, 500}}));
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

TEST_CASE("kerning and mark offsets move the pen inside the array, a vertical offset is a text rise") {
    ContentStream out;
    out.begin_text();
    std::vector<ShapedGlyph> glyphs = plain({{0x39, 722}, {0x24, 722}, {0x3A, 722}, {0x300, 0}});
    glyphs[0].advance = 642; // V kerned 80 units towards A
    glyphs[3].dx = -400;     // a combining mark drawn over the W
    glyphs[3].dy = 50;
    out.text("F1", 10, Color{}, 100, 700, glyphs);
    out.end_text();
    using namespace std::string_literals;
    CHECK(out.bytes() == "BT\n0 0 0 rg\n/F1 10 Tf\n100 700 Td\n[(\0\x39)80 (\0\x24\0\x3A)] TJ\n"
                         "0.5 Ts\n[400 (\x03\0)] TJ\n0 Ts\nET\n"s);
}

TEST_CASE("a cluster its glyphs cannot give back in order is drawn in an ActualText span") {
    ContentStream out;
    out.begin_text();
    // "x" then Devanagari "कि" (6 bytes): the vowel sign's glyph drawn before the consonant's
    std::vector<ShapedGlyph> glyphs = plain({{0x5B, 500}, {0x120, 300}, {0x110, 600}, {0x44, 500}});
    glyphs[1].cluster = glyphs[2].cluster = 1;
    glyphs[1].actual_length = glyphs[2].actual_length = 6;
    glyphs[3].cluster = 7;
    out.text("F1", 10, Color{}, 100, 700, glyphs, "x\u0915\u093Fy");
    out.end_text();
    using namespace std::string_literals;
    CHECK(out.bytes() == "BT\n0 0 0 rg\n/F1 10 Tf\n100 700 Td\n[(\0\x5B)] TJ\n"
                         "/Span <</ActualText <FEFF0915093F>>> BDC\n[(\x01\x20\x01\x10)] TJ\nEMC\n"
                         "[(\0\x44)] TJ\nET\n"s);
    // a span at the start of an array opens no empty array; one past the text is not drawn
    ContentStream first;
    first.begin_text();
    glyphs[0].actual_length = 1;
    glyphs[3].actual_length = 9;
    first.text("F1", 10, Color{}, 100, 700, glyphs, "x\u0915\u093Fy");
    first.end_text();
    CHECK(first.bytes().find("[] TJ") == std::string::npos);
    CHECK(first.bytes().find("Td\n/Span <</ActualText <FEFF0078>>> BDC\n[(\0\x5B)] TJ\nEMC\n") != std::string::npos);
    CHECK(first.bytes().find("<FEFF0079") == std::string::npos);
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

