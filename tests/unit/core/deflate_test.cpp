// core/deflate against zlib as the independent reference: what brief compresses zlib inflates,
// what gzip(1)'s format holds brief inflates, with the size bound and broken data refused.
#include "core/deflate.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

using namespace brief;

namespace {

std::string zlib_inflate(const std::string& flate, std::size_t size, int window_bits) {
    std::string out(size, '\0');
    z_stream z{};
    REQUIRE(inflateInit2(&z, window_bits) == Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(flate.data()));
    z.avail_in = static_cast<uInt>(flate.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    REQUIRE(rc == Z_STREAM_END);
    out.resize(z.total_out);
    return out;
}

/// `text` as one gzip member, made by zlib.
std::string zlib_gzip(const std::string& text) {
    std::string gz(compressBound(static_cast<uLong>(text.size())) + 64, '\0');
    z_stream z{};
    REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef*>(gz.data());
    z.avail_out = static_cast<uInt>(gz.size());
    REQUIRE(::deflate(&z, Z_FINISH) == Z_STREAM_END);
    gz.resize(z.total_out);
    deflateEnd(&z);
    return gz;
}

std::string sample(int lines) {
    std::string text;
    for (int i = 0; i < lines; ++i) text += "BT /F1 10 Tf " + std::to_string(i * 7 % 613) + " 0 Td <0041> Tj ET\n";
    return text;
}

} // namespace

TEST_CASE("deflate gives a zlib stream of the bytes, the same whatever the thread count") {
    const std::string text = sample(5000);
    CHECK(zlib_inflate(brief::deflate(text), text.size(), 15) == text);
    CHECK(brief::deflate(text).size() < text.size() / 4);
    CHECK(zlib_inflate(brief::deflate(""), 0, 15).empty());

    std::vector<std::string> one, three;
    for (int i = 0; i < 40; ++i) one.push_back(text.substr(static_cast<std::size_t>(i) * 97));
    const std::vector<std::string> raw = one;
    three = one;
    deflate_all(one, 1);
    deflate_all(three, 3);
    CHECK(one == three);
    for (std::size_t i = 0; i < raw.size(); ++i) CHECK(zlib_inflate(one[i], raw[i].size(), 15) == raw[i]);
}

TEST_CASE("deflate_raw is a raw deflate stream and crc32 is zlib's") {
    const std::string text = sample(300);
    CHECK(zlib_inflate(deflate_raw(text), text.size(), -15) == text);
    CHECK(crc32(text) == ::crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
    CHECK(crc32("") == 0);
}

TEST_CASE("gunzip inflates one member and several, growing past the size the last one states") {
    const std::string a = sample(2000), b = "second member\n";
    CHECK(is_gzip(zlib_gzip(a)));
    CHECK_FALSE(is_gzip(a));
    CHECK(gunzip(zlib_gzip(a), 1 << 20) == a);
    CHECK(gunzip(zlib_gzip(a) + zlib_gzip(b), 1 << 20) == a + b); // as `cat a.gz b.gz` makes: b's size first
    CHECK(gunzip(zlib_gzip(""), 1 << 20).empty());
    std::string lying = zlib_gzip(a);
    lying[lying.size() - 4] = 1; // ISIZE says 1 byte, the CRC still holds
    lying[lying.size() - 3] = lying[lying.size() - 2] = lying[lying.size() - 1] = 0;
    CHECK_THROWS_AS(gunzip(lying, 1 << 20), Error); // libdeflate checks ISIZE against what it made
}

TEST_CASE("gunzip refuses more than the bound, broken and cut-short data") {
    const std::string a = sample(2000);
    const std::string gz = zlib_gzip(a);
    CHECK(gunzip(gz, a.size()) == a); // exactly at the bound
    CHECK_THROWS_WITH(gunzip(gz, a.size() - 1), Catch::Contains("inflates past"));
    CHECK_THROWS_WITH(gunzip(gz.substr(0, gz.size() / 2), 1 << 20), Catch::Contains("corrupt or cut short"));
    std::string broken = gz;
    broken[gz.size() / 2] = static_cast<char>(broken[gz.size() / 2] ^ 0x55);
    CHECK_THROWS_AS(gunzip(broken, 1 << 20), Error);
    CHECK_THROWS_AS(gunzip(gz + "trailing", 1 << 20), Error);
    const std::string zeros(50'000'000, '\0'); // 50 MB of zeros: a bomb of a few dozen KB
    CHECK_THROWS_WITH(gunzip(zlib_gzip(zeros), 1 << 20), Catch::Contains("inflates past 1048576 bytes"));
}
