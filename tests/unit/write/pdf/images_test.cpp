// Pictures in the PDF: samples for PDF and PDF/A, one XObject per picture, judged by qpdf, poppler and Preflight.
#include "core/error.hpp"
#include "image/picture.hpp"
#include "write/pdf/fontset.hpp"
#include "write/pdf/hpdf/images.hpp"
#include "write/pdf/page_content.hpp"
#include "write/pdf/paint.hpp"
#include "../../../support/fixtures.hpp"

#include "../../../support/images.hpp"
#include "../../../support/tools.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace brief;
using test::Command;
using test::have;
using test::run;
using test::scratch;
using test::slurp;
using namespace brief::pdf;

namespace {

// ---- pictures made here --------------------------------------------------------------------

Picture raw_picture(const std::string& id, int width, int height, int components, std::string samples,
                    std::string alpha = "") {
    Picture p;
    p.id = p.file = id;
    p.media_type = "image/png";
    p.width = width;
    p.height = height;
    p.components = components;
    p.samples = std::move(samples);
    p.alpha = std::move(alpha);
    return p;
}

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (int v : values) out += static_cast<char>(v);
    return out;
}

// A JPEG of one flat colour (`grey` when `components` is 1), made by libjpeg-turbo.
Picture jpeg_picture(const std::string& id, int width, int height, int components, std::string colour,
                     bool progressive) {
    std::vector<std::uint8_t> pixels;
    for (int i = 0; i < width * height; ++i) pixels.insert(pixels.end(), colour.begin(), colour.end());
    Picture p;
    p.id = p.file = id;
    p.media_type = "image/jpeg";
    p.bytes = test::make_jpeg(width, height, components, pixels, progressive);
    p.width = width;
    p.height = height;
    p.components = components;
    return p;
}

std::string inflate(const std::string& z, std::size_t size) {
    std::string out(size, '\0');
    uLongf length = size;
    REQUIRE(uncompress(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(z.data()),
                       z.size()) == Z_OK);
    out.resize(length);
    return out;
}

// ---- tools ---------------------------------------------------------------------------------

fs::path write(const std::string& name, const std::string& data) {
    const fs::path path = scratch(name);
    std::ofstream(path, std::ios::binary) << data;
    return path;
}

// ---- the document --------------------------------------------------------------------------

// Indices into pictures(): what each test draws.
enum : std::size_t { grey, rgb, rgba, cmyk, jpeg, grey_jpeg };

const std::vector<Picture>& pictures() {
    static const std::vector<Picture> all = {
        raw_picture("grey", 1, 2, 1, bytes({0, 255})),
        raw_picture("rgb", 2, 2, 3, bytes({255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255})),
        raw_picture("rgba", 2, 2, 3, bytes({255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0}), bytes({255, 128, 0, 64})),
        raw_picture("cmyk", 2, 1, 4, bytes({10, 20, 30, 40, 200, 0, 0, 100})),
        jpeg_picture("jpeg", 16, 8, 3, bytes({30, 120, 200}), false),
        jpeg_picture("grey-jpeg", 8, 16, 1, bytes({90}), true),
    };
    return all;
}

PlacedImage placed(double x, double y, double w, double h, std::size_t picture) { return {x, y, w, h, picture}; }

// A flat-colour JPEG as Photoshop writes CMYK ones: an Adobe marker (libjpeg writes one for CMYK)
// and each ink stored inverted, 255 for none; read back by the briefing's own decoder.
Picture adobe_cmyk_jpeg(std::string ink) {
    for (auto& c : ink) c = static_cast<char>(255 - static_cast<unsigned char>(c));
    std::vector<std::uint8_t> pixels;
    for (int i = 0; i < 64; ++i) pixels.insert(pixels.end(), ink.begin(), ink.end());
    const std::string file = test::make_jpeg(8, 8, 4, pixels);
    Picture p;
    p.id = p.file = "cmyk.jpg";
    REQUIRE(decode_picture(file, p).empty());
    p.bytes = file;
    return p;
}

// Page 1 shows every picture (the RGB one twice), page 2 the RGB one and the JPEG again: points
// are pixels at 72 dpi, each picture's pixels 50 pt squares (25 pt for the CMYK one's height).
Document sample_document() {
    Document doc;
    doc.width = doc.height = 300;
    doc.pictures = &pictures();
    Page one;
    one.images = {placed(0, 0, 50, 100, grey),   placed(100, 0, 100, 100, rgb), placed(0, 150, 100, 100, rgba),
                  placed(150, 150, 100, 50, cmyk), placed(220, 0, 64, 32, jpeg), placed(220, 40, 32, 64, grey_jpeg),
                  placed(150, 220, 40, 40, rgb)};
    Page two;
    two.images = {placed(0, 0, 100, 100, rgb), placed(100, 100, 64, 32, jpeg)};
    doc.pages = {one, two};
    return doc;
}

Bytes paint(bool pdfa, int threads = 1) {
    static const Style style = test::shipped_style();
    Diagnostics d;
    static FontSet fonts(style, d);
    PaintInfo info;
    info.info.title = "Pictures";
    info.info.created = info.info.modified = "2018-11-25T00:00:00Z";
    info.pdfa = pdfa;
    info.id_seed = "pictures test";
    info.threads = threads;
    return paint_pdf(sample_document(), fonts, info);
}

// One row of `pdfimages -list`.
struct Listed {
    int page = 0;
    std::string type, color, enc, interp;
    int width = 0, height = 0, object = 0;
};

std::vector<Listed> list_images(const fs::path& pdf) {
    const Command c = run("pdfimages -list " + pdf.string());
    REQUIRE(c.status == 0);
    std::vector<Listed> rows;
    std::istringstream in(c.out);
    std::string line;
    std::getline(in, line), std::getline(in, line); // the heading and its rule
    while (std::getline(in, line)) {
        std::istringstream f(line);
        Listed r;
        int num = 0, comp = 0, bpc = 0, generation = 0;
        f >> r.page >> num >> r.type >> r.width >> r.height >> r.color >> comp >> bpc >> r.enc >> r.interp >>
            r.object >> generation;
        if (f) rows.push_back(r);
    }
    return rows;
}

// The first row of a page showing an image `width` by `height` of `type`.
Listed find(const std::vector<Listed>& rows, int page, int width, int height, const std::string& type = "image") {
    for (const auto& r : rows)
        if (r.page == page && r.width == width && r.height == height && r.type == type) return r;
    FAIL("pdfimages lists no " << type << " " << width << "x" << height << " on page " << page);
    return {};
}

// A stream's data as a reader decodes it (`--filtered-stream-data`) or as stored.
std::string stream_of(const fs::path& pdf, int object, bool decoded = true) {
    const Command c = run("qpdf --show-object=" + std::to_string(object) +
                          (decoded ? " --filtered-stream-data " : " --raw-stream-data ") + pdf.string());
    REQUIRE(c.status == 0);
    return c.out;
}

// Page `page` drawn by poppler at 72 dpi: RGB pixels, 300 by 300 (one per point).
struct Rendered {
    std::string pixels;
    int width = 0;
    [[nodiscard]] std::array<int, 3> at(int x, int y) const {
        const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
        return {static_cast<unsigned char>(pixels[i]), static_cast<unsigned char>(pixels[i + 1]),
                static_cast<unsigned char>(pixels[i + 2])};
    }
};

Rendered render(const fs::path& pdf, int page) {
    const fs::path prefix = scratch("render");
    const std::string p = std::to_string(page);
    REQUIRE(run("pdftoppm -r 72 -f " + p + " -l " + p + " -singlefile " + pdf.string() + " " + prefix.string())
                .status == 0);
    const std::string ppm = slurp(prefix.string() + ".ppm");
    std::istringstream in(ppm);
    std::string magic;
    int w = 0, h = 0, max = 0;
    in >> magic >> w >> h >> max;
    REQUIRE(magic == "P6");
    REQUIRE(max == 255);
    Rendered r;
    r.width = w;
    r.pixels = ppm.substr(static_cast<std::size_t>(in.tellg()) + 1);
    REQUIRE(r.pixels.size() == static_cast<std::size_t>(w) * h * 3);
    return r;
}

bool near(std::array<int, 3> got, std::array<int, 3> want, int tolerance = 2) {
    for (int c = 0; c < 3; ++c)
        if (std::abs(got[c] - want[c]) > tolerance) return false;
    return true;
}

} // namespace

// ---- samples -------------------------------------------------------------------------------

TEST_CASE("alpha is flattened onto white, rounded to the nearest level") {
    // c·a/255 + 255·(255−a)/255: opaque keeps, transparent is white, 200 at 100 is 233.4, 0 at 64 is 191.5.
    CHECK(flatten_onto_white(bytes({7, 0, 200, 0}), bytes({255, 0, 100, 64}), 1) == bytes({7, 255, 233, 191}));
    CHECK(flatten_onto_white(bytes({0, 255, 0}), bytes({128}), 3) == bytes({127, 255, 127}));
}

TEST_CASE("CMYK becomes RGB by the naive rule, ink plus black clipped at full") {
    CHECK(cmyk_to_rgb(bytes({10, 20, 30, 40, 200, 0, 0, 100, 0, 0, 0, 0})) ==
          bytes({205, 195, 185, 0, 155, 155, 255, 255, 255}));
}

TEST_CASE("image streams: JPEG as it is, samples deflated, alpha a soft mask except under PDF/A") {
    const auto& all = pictures();
    const ImageStreams j = image_streams(all[jpeg], false);
    CHECK(j.dct);
    CHECK(j.data == all[jpeg].bytes);
    CHECK(std::string(j.color_space) == "DeviceRGB");
    CHECK(std::string(image_streams(all[grey_jpeg], true).color_space) == "DeviceGray");

    const ImageStreams plain = image_streams(all[rgba], false);
    CHECK_FALSE(plain.dct);
    CHECK(inflate(plain.data, 12) == all[rgba].samples);
    CHECK(inflate(plain.smask, 4) == all[rgba].alpha);

    const ImageStreams a = image_streams(all[rgba], true);
    CHECK(a.smask.empty());
    CHECK(inflate(a.data, 12) == bytes({255, 0, 0, 127, 255, 127, 255, 255, 255, 191, 191, 191}));

    CHECK(std::string(image_streams(all[cmyk], false).color_space) == "DeviceCMYK");
    CHECK(inflate(image_streams(all[cmyk], false).data, 8) == all[cmyk].samples);
    const ImageStreams c = image_streams(all[cmyk], true);
    CHECK(std::string(c.color_space) == "DeviceRGB");
    CHECK(inflate(c.data, 6) == bytes({205, 195, 185, 0, 155, 155}));
}

TEST_CASE("samples that do not match the picture's size are refused, not written") {
    Picture short_rgb = raw_picture("short", 2, 2, 3, bytes({1, 2, 3}));
    CHECK_THROWS_AS(image_streams(short_rgb, false), Error);
    Picture bad_alpha = raw_picture("alpha", 1, 1, 1, bytes({1}), bytes({1, 2}));
    CHECK_THROWS_AS(image_streams(bad_alpha, false), Error);
    Picture two = raw_picture("two", 1, 1, 2, bytes({1, 2}));
    CHECK_THROWS_AS(image_streams(two, false), Error);
    Picture png_without_samples = raw_picture("empty", 1, 1, 3, "");
    CHECK_THROWS_AS(image_streams(png_without_samples, false), Error);
    Picture jpeg_without_bytes = pictures()[jpeg];
    jpeg_without_bytes.bytes.clear();
    CHECK_THROWS_AS(image_streams(jpeg_without_bytes, false), Error);
}

// ---- page content --------------------------------------------------------------------------

TEST_CASE("a page paints rects, then pictures named by first use, then text") {
    Page page;
    page.rects = {Rect{0, 0, 10, 10, Color{}, false}};
    page.images = {placed(30, 30, 20, 10, 4), placed(0, 0, 5, 5, 1), placed(60, 0, 20, 10, 4), placed(1, 1, 0, 9, 2)};
    Line line;
    line.baseline = 100;
    Run run;
    run.size = 10;
    run.text = "a";
    line.runs.push_back(run);
    page.lines.push_back(line);
    const PageContent c = page_content(page, 792, {std::vector<ShapedGlyph>(1, ShapedGlyph{0x61, 0, 500, 0, 0, 500})});
    CHECK(c.pictures == std::vector<std::size_t>{4, 1}); // the empty box is not painted
    const std::string& ops = c.operators;
    // y' = 792 − 30 − 10: PDF measures from the bottom, layout from the top.
    CHECK(ops.find("q\n20 0 0 10 30 752 cm\n/X1 Do\nQ\n") != std::string::npos);
    CHECK(ops.find("q\n5 0 0 5 0 787 cm\n/X2 Do\nQ\n") != std::string::npos);
    CHECK(ops.find("q\n20 0 0 10 60 782 cm\n/X1 Do\nQ\n") != std::string::npos);
    CHECK(ops.find("/X3") == std::string::npos);
    CHECK(ops.find(" re\n") < ops.find(" Do\n"));
    CHECK(ops.rfind(" Do\n") < ops.find("BT\n"));
}

TEST_CASE("a placed picture that is not among the document's pictures stops painting") {
    Document doc = sample_document();
    doc.pages[1].images.push_back(placed(0, 0, 10, 10, pictures().size()));
    const Style style = test::shipped_style();
    Diagnostics d;
    FontSet fonts(style, d);
    CHECK_THROWS_AS(paint_pdf(doc, fonts, PaintInfo{}), Error);
    doc.pictures = nullptr;
    CHECK_THROWS_AS(paint_pdf(doc, fonts, PaintInfo{}), Error);
}

// ---- the PDF as readers see it -------------------------------------------------------------

TEST_CASE("each picture is one XObject, however often and on however many pages it is shown") {
    const fs::path pdf = write("plain.pdf", paint(false));
    const fs::path expanded = scratch("plain-qdf.pdf");
    REQUIRE(run("qpdf --qdf --object-streams=disable " + pdf.string() + " " + expanded.string()).status == 0);
    const std::string text = slurp(expanded);
    std::size_t images = 0;
    for (std::size_t at = 0; (at = text.find("/Subtype /Image", at)) != std::string::npos; ++at) ++images;
    CHECK(images == 7); // six pictures and one soft mask
    CHECK(text.find("/Interpolate") == std::string::npos);
    CHECK(text.rfind("%PDF-1.7", 0) == 0); // soft masks need PDF 1.4, tagged PDF (/Tabs) 1.5

    if (!have("pdfimages")) {
        WARN("pdfimages not installed: skipped");
        return;
    }
    const auto rows = list_images(pdf);
    CHECK(rows.size() == 10); // 7 draws and a soft mask on page 1, 2 draws on page 2
    CHECK(find(rows, 1, 2, 2).object == find(rows, 2, 2, 2).object);
    CHECK(find(rows, 1, 16, 8).object == find(rows, 2, 16, 8).object);
    std::set<int> objects;
    for (const auto& r : rows) {
        objects.insert(r.object);
        CHECK(r.interp == "no");
    }
    CHECK(objects.size() == 6); // pdfimages gives a soft mask its image's object number
}

TEST_CASE("pdfimages lists each picture with its size, colour and encoding") {
    if (!have("pdfimages")) {
        WARN("pdfimages not installed: skipped");
        return;
    }
    for (const bool pdfa : {false, true}) {
        INFO((pdfa ? "PDF/A" : "PDF"));
        const auto rows = list_images(write(pdfa ? "a.pdf" : "p.pdf", paint(pdfa)));
        CHECK(find(rows, 1, 1, 2).color == "gray");
        CHECK(find(rows, 1, 2, 2).color == "rgb");
        CHECK(find(rows, 1, 2, 1).color == (pdfa ? "rgb" : "cmyk"));
        CHECK(find(rows, 1, 16, 8).color == "rgb");
        CHECK(find(rows, 1, 16, 8).enc == "jpeg");
        CHECK(find(rows, 1, 8, 16).color == "gray");
        CHECK(find(rows, 1, 8, 16).enc == "jpeg");
        CHECK(find(rows, 1, 2, 1).enc == "image");
        std::size_t masks = 0;
        for (const auto& r : rows) masks += r.type == "smask";
        CHECK(masks == (pdfa ? 0U : 1U));
    }
}

TEST_CASE("the PDF holds the samples, the alpha and the JPEG bytes, PDF/A the flattened samples") {
    if (!have("pdfimages") || !have("qpdf")) {
        WARN("pdfimages or qpdf not installed: skipped");
        return;
    }
    const fs::path plain = write("samples.pdf", paint(false)), archival = write("samples-a.pdf", paint(true));
    const auto rows = list_images(plain), rows_a = list_images(archival);
    // The first 2x2 drawn on page 1 is the RGB one, drawn before the translucent one.
    const Listed opaque = find(rows, 1, 2, 2);
    CHECK(stream_of(plain, opaque.object) == pictures()[rgb].samples);
    int translucent_object = 0;
    for (const auto& r : rows)
        if (r.page == 1 && r.width == 2 && r.height == 2 && r.type == "image" && r.object != opaque.object)
            translucent_object = r.object;
    REQUIRE(translucent_object != 0);
    CHECK(stream_of(plain, translucent_object) == pictures()[rgba].samples);
    // The soft mask, found from its image's dictionary (pdfimages names it by the image).
    const Command image = run("qpdf --show-object=" + std::to_string(translucent_object) + " " + plain.string());
    std::smatch smask;
    REQUIRE(std::regex_search(image.out, smask, std::regex("/SMask ([0-9]+) 0 R")));
    CHECK(stream_of(plain, std::stoi(smask[1].str())) == pictures()[rgba].alpha);
    CHECK(stream_of(plain, find(rows, 1, 2, 1).object) == pictures()[cmyk].samples);
    CHECK(stream_of(plain, find(rows, 1, 16, 8).object, false) == pictures()[jpeg].bytes);
    CHECK(stream_of(plain, find(rows, 1, 8, 16).object, false) == pictures()[grey_jpeg].bytes);

    std::set<std::string> archived;
    for (const auto& r : rows_a)
        if (r.page == 1 && r.width == 2 && r.height == 2) archived.insert(stream_of(archival, r.object));
    for (const auto& r : rows_a)
        CHECK(run("qpdf --show-object=" + std::to_string(r.object) + " " + archival.string()).out.find("/SMask") ==
              std::string::npos);
    CHECK(archived == std::set<std::string>{pictures()[rgb].samples,
                                            bytes({255, 0, 0, 127, 255, 127, 255, 255, 255, 191, 191, 191})});
    CHECK(stream_of(archival, find(rows_a, 1, 2, 1).object) == bytes({205, 195, 185, 0, 155, 155}));
}

TEST_CASE("poppler draws the pictures upright, in their boxes, in their colours") {
    if (!have("pdftoppm")) {
        WARN("pdftoppm not installed: skipped");
        return;
    }
    const fs::path plain = write("render.pdf", paint(false)), archival = write("render-a.pdf", paint(true));
    const Rendered p = render(plain, 1), a = render(archival, 1);
    // The grey picture's first row is its top (ISO 32000-1 8.9.4): black above, white below.
    CHECK(near(p.at(25, 25), {0, 0, 0}));
    CHECK(near(p.at(25, 75), {255, 255, 255}));
    CHECK(near(p.at(60, 50), {255, 255, 255})); // beside its box, the page
    CHECK(near(p.at(125, 25), {255, 0, 0}));
    CHECK(near(p.at(175, 25), {0, 255, 0}));
    CHECK(near(p.at(125, 75), {0, 0, 255}));
    CHECK(near(p.at(175, 75), {255, 255, 255}));
    // The translucent picture over white: the soft mask, composited by poppler, looks like
    // PDF/A's flattened samples.
    const std::pair<int, int> quarters[] = {{25, 175}, {75, 175}, {25, 225}, {75, 225}};
    const std::array<int, 3> flat[] = {{255, 0, 0}, {127, 255, 127}, {255, 255, 255}, {191, 191, 191}};
    for (int q = 0; q < 4; ++q) {
        INFO("quarter " << q);
        CHECK(near(p.at(quarters[q].first, quarters[q].second), flat[q]));
        CHECK(near(a.at(quarters[q].first, quarters[q].second), flat[q]));
    }
    // CMYK kept (no Adobe inversion): the light pixel is light, the cyan and black one dark cyan.
    const auto light = p.at(175, 175), cyan = p.at(225, 175);
    CHECK(light[0] + light[1] + light[2] > 450);
    CHECK(cyan[0] < 60);
    CHECK(cyan[1] > cyan[0] + 40);
    CHECK(near(a.at(175, 175), {205, 195, 185}));
    CHECK(near(a.at(225, 175), {0, 155, 155}));
    // The JPEGs, flat colours, within what compression changes.
    CHECK(near(p.at(252, 16), {30, 120, 200}, 4));
    CHECK(near(p.at(236, 72), {90, 90, 90}, 4));
    // The second page shows the same pictures.
    const Rendered two = render(plain, 2);
    CHECK(near(two.at(25, 25), {255, 0, 0}));
    CHECK(near(two.at(132, 116), {30, 120, 200}, 4));
}

TEST_CASE("a CMYK JPEG, decoded by the reader, is painted with its ink, not its inverse") {
    if (!have("pdftoppm")) {
        WARN("pdftoppm not installed: skipped");
        return;
    }
    const std::vector<Picture> jpegs = {adobe_cmyk_jpeg(bytes({255, 0, 0, 0})), adobe_cmyk_jpeg(bytes({0, 0, 0, 0}))};
    REQUIRE(jpegs[0].components == 4);
    REQUIRE(jpegs[0].samples.size() == 256);
    for (const bool pdfa : {false, true}) {
        INFO((pdfa ? "PDF/A" : "PDF"));
        Document doc;
        doc.width = doc.height = 300;
        doc.pictures = &jpegs;
        doc.pages.resize(1);
        doc.pages[0].images = {placed(0, 0, 100, 100, 0), placed(100, 0, 100, 100, 1)};
        static const Style style = test::shipped_style();
        Diagnostics d;
        FontSet fonts(style, d);
        PaintInfo info;
        info.info.created = "2018-11-25T00:00:00Z";
        info.pdfa = pdfa;
        const Rendered r = render(write("cmyk-jpeg.pdf", paint_pdf(doc, fonts, info)), 1);
        const auto cyan = r.at(50, 50), none = r.at(150, 50);
        CHECK(cyan[0] < 60); // full cyan ink: little red
        CHECK(cyan[2] > 150);
        CHECK(near(none, {255, 255, 255}, 4)); // no ink: the paper
        if (pdfa) CHECK(near(cyan, {0, 255, 255}, 4));
    }
}

TEST_CASE("documents with pictures pass qpdf --check, PDF and PDF/A alike") {
    if (!have("qpdf")) {
        WARN("qpdf not installed: skipped");
        return;
    }
    for (const bool pdfa : {false, true}) {
        const Command check = run("qpdf --check " + write("check.pdf", paint(pdfa)).string());
        INFO(check.out << check.err);
        CHECK(check.status == 0);
        CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
        CHECK(check.err.empty());
    }
}

TEST_CASE("the same pictures give the same bytes with one thread and with several") {
    CHECK(paint(false, 1) == paint(false, 3));
    CHECK(paint(true, 1) == paint(true, 3));
    CHECK(paint(false) != paint(true));
}

TEST_CASE("PDF/A with a translucent PNG, a CMYK picture and JPEGs is valid PDF/A-1b for PDFBox Preflight") {
    std::string cp;
    for (const char* jar : {"preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
                            "javax.activation.jar", "jaxb-api.jar"}) {
        const fs::path path = fs::path("/usr/share/java") / jar;
        if (!fs::exists(path) || !have("java")) {
            WARN("PDFBox Preflight (libpdfbox2-java) or java not installed: skipped");
            return;
        }
        cp += (cp.empty() ? "" : ":") + path.string();
    }
    const fs::path pdf = write("preflight.pdf", paint(true));
    const Command preflight = run("java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp " + cp +
                                  " org.apache.pdfbox.preflight.Validator_A1b " + pdf.string());
    INFO(preflight.out << preflight.err);
    CHECK(preflight.status == 0);
    CHECK(preflight.out.find("is a valid PDF/A-1b file") != std::string::npos);
}
