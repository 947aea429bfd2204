// Pictures: every PNG and JPEG kind decoded to the PDF's samples, and load_pictures' folder rule.
#include "image/picture.hpp"
#include "read/articles.hpp"
#include "read/pictures.hpp"

#include "../../support/images.hpp"

#include <catch2/catch.hpp>

#include <zlib.h>

#include <filesystem>
#include <fstream>

using namespace brief;
namespace fs = std::filesystem;

namespace {

Picture decoded(const std::string& bytes) {
    Picture p;
    const std::string why = decode_picture(bytes, p);
    INFO(why);
    REQUIRE(why.empty());
    return p;
}

std::string refused(const std::string& bytes) {
    Picture p;
    return decode_picture(bytes, p);
}

/// A folder of its own under the system's temporary folder, removed at the end.
struct Folder {
    fs::path path;
    explicit Folder(const std::string& name) : path(fs::temp_directory_path() / ("brief-pictures-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path / "articles" / "img");
    }
    ~Folder() { fs::remove_all(path); }
    void write(const fs::path& rel, const std::string& bytes) const { std::ofstream(path / rel, std::ios::binary) << bytes; }
};

const std::string rgb_png = test::make_png(2, 1, 2, 8, {255, 0, 0, 0, 0, 255});

} // namespace

TEST_CASE("every PNG colour type and depth becomes 8-bit samples with the alpha apart") {
    const Picture grey = decoded(test::make_png(2, 1, 0, 8, {0, 255}));
    CHECK(grey.components == 1);
    CHECK(grey.samples == std::string("\x00\xFF", 2));
    CHECK(grey.alpha.empty());
    const Picture grey1 = decoded(test::make_png(3, 1, 0, 1, {1, 0, 1}));
    CHECK(grey1.samples == std::string("\xFF\x00\xFF", 3));
    const Picture rgb16 = decoded(test::make_png(1, 1, 2, 16, {65535, 0, 32896}));
    CHECK(rgb16.components == 3);
    CHECK(rgb16.samples == std::string("\xFF\x00\x80", 3));
    const Picture palette = decoded(test::make_png(2, 1, 3, 4, {1, 0}, false, {10, 20, 30, 40, 50, 60}));
    CHECK(palette.samples == std::string("\x28\x32\x3C\x0A\x14\x1E", 6));
    const Picture grey_alpha = decoded(test::make_png(1, 1, 4, 8, {200, 128}));
    CHECK(grey_alpha.components == 1);
    CHECK(grey_alpha.alpha == std::string("\x80", 1));
    const Picture rgba = decoded(test::make_png(1, 2, 6, 8, {1, 2, 3, 255, 4, 5, 6, 0}));
    CHECK(rgba.width == 1);
    CHECK(rgba.height == 2);
    CHECK(rgba.alpha == std::string("\xFF\x00", 2));
    CHECK(rgba.media_type == "image/png");
}

TEST_CASE("an interlaced PNG decodes to the same samples as a plain one") {
    std::vector<int> samples;
    for (int i = 0; i < 9 * 9; ++i) samples.push_back((i * 37) % 256);
    const Picture plain = decoded(test::make_png(9, 9, 0, 8, samples));
    const Picture adam7 = decoded(test::make_png(9, 9, 0, 8, samples, true));
    CHECK(adam7.samples == plain.samples);
}

TEST_CASE("JPEGs: grey and RGB keep their bytes for the PDF, CMYK is decoded and un-inverted") {
    const Picture grey = decoded(test::make_jpeg(8, 8, 1, std::vector<std::uint8_t>(64, 100)));
    CHECK(grey.media_type == "image/jpeg");
    CHECK(grey.components == 1);
    CHECK(grey.samples.empty());
    const Picture rgb = decoded(test::make_jpeg(8, 8, 3, std::vector<std::uint8_t>(192, 50), true));
    CHECK(rgb.components == 3);
    CHECK(rgb.samples.empty());
    // libjpeg writes CMYK with Adobe's marker, so the samples given are read as inverted ink
    std::vector<std::uint8_t> ink(8 * 8 * 4);
    for (std::size_t i = 0; i < ink.size(); ++i) ink[i] = i % 4 == 3 ? 255 : 0; // inverted: no C, M, Y; no K
    const Picture cmyk = decoded(test::make_jpeg(8, 8, 4, ink));
    REQUIRE(cmyk.components == 4);
    REQUIRE(cmyk.samples.size() == 8 * 8 * 4);
    CHECK(static_cast<unsigned char>(cmyk.samples[0]) >= 250); // full cyan after un-inverting
    CHECK(static_cast<unsigned char>(cmyk.samples[3]) <= 5);   // no black
}

TEST_CASE("anything but a whole PNG or JPEG is refused, and so is a bomb, before decoding") {
    CHECK(refused("GIF89a....") .find("GIF") != std::string::npos);
    CHECK(refused("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>").find("SVG") != std::string::npos);
    CHECK(refused(std::string("RIFF\0\0\0\0WEBPVP8 ", 16)).find("WebP") != std::string::npos);
    CHECK(refused("just text called .png") == "not a PNG or JPEG file");
    CHECK(refused(rgb_png.substr(0, rgb_png.size() - 20)).find("PNG") != std::string::npos);
    const std::string jpeg = test::make_jpeg(16, 16, 3, std::vector<std::uint8_t>(16 * 16 * 3, 90));
    CHECK(refused(jpeg.substr(0, jpeg.size() / 2)).find("JPEG") != std::string::npos);
    // 20000 x 20000 declared in the header: 400 megapixels, refused from the header alone
    std::string bomb = test::make_png(1, 1, 0, 8, {0});
    bomb.replace(16, 8, std::string("\x00\x00\x4E\x20\x00\x00\x4E\x20", 8));
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(bomb.data() + 12), 17); // IHDR's type and data
    for (int i = 0; i < 4; ++i) bomb[29 + i] = static_cast<char>((crc >> (24 - 8 * i)) & 0xFF);
    CHECK(refused(bomb).find("megapixels") != std::string::npos);
}

TEST_CASE("load_pictures reads only files inside the article's folder, each once") {
    Folder f("rule");
    f.write("outside.png", rgb_png);
    f.write("articles/img/a.png", rgb_png);
    f.write("articles/img/copy.png", rgb_png);
    fs::create_symlink(f.path / "outside.png", f.path / "articles" / "link.png");
    f.write("articles/a.md", "---\ntitle: A\n---\n![ok](img/a.png)\n\n![same](img/a.png)\n\n![copy](img/copy.png)\n\n"
                             "![up](../outside.png)\n\n![abs](" + (f.path / "outside.png").string() + ")\n\n![home](~/x.png)\n\n"
                             "![file](file:///etc/passwd)\n\n![data](data:image/png;base64,AAAA)\n\n![link](link.png)\n\n"
                             "![inner](img/../img/a.png)\n\n![remote](https://example.org/r.png)\n");
    Diagnostics d;
    const Briefing b = read_briefing({f.path / "articles"}, ReadOptions{}, d);
    REQUIRE(b.pictures.size() == 1); // a.png, its copy and img/../img/a.png are one picture
    CHECK(b.pictures[0].file == "a.png");
    std::vector<std::string> said;
    for (const auto& x : d.all()) said.push_back(std::to_string(x.where.line) + " " + x.message);
    const auto has = [&](int line, const std::string& what) {
        for (const auto& s : said)
            if (s.rfind(std::to_string(line) + " ", 0) == 0 && s.find(what) != std::string::npos) return true;
        return false;
    };
    CHECK(has(10, "leaves the article's folder"));
    CHECK(has(12, "absolute path"));
    CHECK(has(14, "home folder"));
    CHECK(has(16, "'file:'"));
    CHECK(has(18, "'data:'"));
    CHECK(has(20, "resolves outside"));
    CHECK(has(24, "remote image not fetched"));
    CHECK(d.warning_count() == 7);
    // figures that have their picture stay figures; the others show their alt text
    int figures = 0;
    for (const auto& block : b.articles[0].blocks) figures += std::holds_alternative<Figure>(block.node);
    CHECK(figures == 4);
}

TEST_CASE("load_pictures refuses a file over the size limit without reading it") {
    Folder f("limit");
    f.write("articles/big.png", rgb_png + std::string(5000, '\0'));
    f.write("articles/a.md", "---\ntitle: A\n---\n![big](big.png)\n");
    Diagnostics d;
    ReadOptions o;
    o.max_file_bytes = 1000;
    const Briefing b = read_briefing({f.path / "articles"}, o, d);
    CHECK(b.pictures.empty());
    REQUIRE(d.warning_count() == 1);
    CHECK(d.all()[0].message.find("over the limit") != std::string::npos);
}

TEST_CASE("an article whose Markdown has no \"![\" is not walked for pictures; one with an image is") {
    Folder f("skip");
    f.write("articles/img/a.png", rgb_png);
    f.write("articles/a.md", "---\ntitle: A\n---\nA reference-style image: ![chart][c]\n\n[c]: img/a.png\n");
    f.write("articles/b.md", "---\ntitle: B\n---\nNo image, only a [link](https://example.org/) and a bang!\n");
    Diagnostics d;
    Briefing b = read_briefing({f.path / "articles"}, ReadOptions{}, d);
    REQUIRE(b.articles.size() == 2);
    CHECK(b.articles[0].may_name_images);
    CHECK_FALSE(b.articles[1].may_name_images);
    CHECK(b.pictures.size() == 1); // the reference-style image was found
    // what the flag promises: an article said to have none is skipped, even were an image there
    b.articles[1].blocks = b.articles[0].blocks;
    b.articles[0].blocks.clear();
    b.pictures.clear();
    load_pictures(b, 1 << 20, d);
    CHECK(b.pictures.empty());
    b.articles[1].may_name_images = true;
    load_pictures(b, 1 << 20, d);
    CHECK(b.pictures.size() == 1);
}
