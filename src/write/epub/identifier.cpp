// SHA-1 and name-based UUIDs, written here so the identifier needs no crypto library.
#include "write/epub/identifier.hpp"

#include <cstring>

namespace brief::epub {

namespace {

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

/// One 64-byte block of the SHA-1 compression function (FIPS 180-4 §6.1.2).
void sha1_block(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) {
    std::uint32_t w[80];
    for (int t = 0; t < 16; ++t)
        w[t] = (std::uint32_t{block[4 * t]} << 24) | (std::uint32_t{block[4 * t + 1]} << 16) | (std::uint32_t{block[4 * t + 2]} << 8) | block[4 * t + 3];
    for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 80; ++t) {
        std::uint32_t f = 0, k = 0;
        if (t < 20) f = (b & c) | (~b & d), k = 0x5A827999;
        else if (t < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
        else if (t < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
        else f = b ^ c ^ d, k = 0xCA62C1D6;
        const std::uint32_t temp = rotl(a, 5) + f + e + k + w[t];
        e = d, d = c, c = rotl(b, 30), b = a, a = temp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

/// brief's own UUID namespace (RFC 9562 §6.6 lets an application pick one): fixed, so ids are stable.
constexpr std::uint8_t brief_namespace[16] = {0x6b, 0x2f, 0x1c, 0x4e, 0x93, 0x0a, 0x5d, 0x7e,
                                              0xa1, 0x44, 0x2c, 0x88, 0x51, 0x0f, 0xe3, 0x62};

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::array<std::uint32_t, 5> h{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    // Padding (§5.1.1): a 1 bit, zeros to 56 mod 64 bytes, then the bit length big-endian.
    std::string padded(data);
    const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    padded += static_cast<char>(0x80);
    while (padded.size() % 64 != 56) padded += '\0';
    for (int i = 7; i >= 0; --i) padded += static_cast<char>((bits >> (8 * i)) & 0xFF);
    for (std::size_t off = 0; off < padded.size(); off += 64) sha1_block(h, reinterpret_cast<const std::uint8_t*>(padded.data() + off));
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 20; ++i) out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(h[static_cast<std::size_t>(i / 4)] >> (24 - 8 * (i % 4)));
    return out;
}

std::string to_hex(const std::array<std::uint8_t, 20>& digest) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const auto b : digest) out += digits[b >> 4], out += digits[b & 0xF];
    return out;
}

std::string content_uuid(std::string_view content) {
    // RFC 9562 §5.5: SHA-1 of namespace || name, first 16 bytes, version 5, variant 10.
    std::string name(reinterpret_cast<const char*>(brief_namespace), sizeof brief_namespace);
    name += content;
    auto d = sha1(name);
    d[6] = static_cast<std::uint8_t>((d[6] & 0x0F) | 0x50);
    d[8] = static_cast<std::uint8_t>((d[8] & 0x3F) | 0x80);
    const std::string hex = to_hex(d);
    return "urn:uuid:" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

} // namespace brief::epub
