// SHA-1 and name-based UUIDs, written here so the identifier needs no crypto library.
#include "write/epub/identifier.hpp"

#include <algorithm>
#include <cstring>

namespace brief::epub {

namespace {

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

/// One 64-byte block of the SHA-1 compression function (FIPS 180-4 §6.1.2), its four rounds of
/// twenty steps written out so the inner loop has no branch.
void sha1_block(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) {
    std::uint32_t w[80];
    for (int t = 0; t < 16; ++t)
        w[t] = (std::uint32_t{block[4 * t]} << 24) | (std::uint32_t{block[4 * t + 1]} << 16) | (std::uint32_t{block[4 * t + 2]} << 8) | block[4 * t + 3];
    for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    auto step = [&](std::uint32_t f, std::uint32_t k, std::uint32_t wt) {
        const std::uint32_t temp = rotl(a, 5) + f + e + k + wt;
        e = d, d = c, c = rotl(b, 30), b = a, a = temp;
    };
    for (int t = 0; t < 20; ++t) step((b & c) | (~b & d), 0x5A827999, w[t]);
    for (int t = 20; t < 40; ++t) step(b ^ c ^ d, 0x6ED9EBA1, w[t]);
    for (int t = 40; t < 60; ++t) step((b & c) | (b & d) | (c & d), 0x8F1BBCDC, w[t]);
    for (int t = 60; t < 80; ++t) step(b ^ c ^ d, 0xCA62C1D6, w[t]);
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

/// brief's own UUID namespace (RFC 9562 §6.6 lets an application pick one): fixed, so ids are stable.
constexpr std::uint8_t brief_namespace[16] = {0x6b, 0x2f, 0x1c, 0x4e, 0x93, 0x0a, 0x5d, 0x7e,
                                              0xa1, 0x44, 0x2c, 0x88, 0x51, 0x0f, 0xe3, 0x62};

} // namespace

void Sha1::update(std::string_view data) {
    length_ += data.size();
    while (!data.empty()) {
        if (used_ == 0 && data.size() >= 64) { // whole blocks straight from the input
            sha1_block(h_, reinterpret_cast<const std::uint8_t*>(data.data()));
            data.remove_prefix(64);
            continue;
        }
        const std::size_t n = std::min(data.size(), 64 - used_);
        std::memcpy(block_.data() + used_, data.data(), n);
        used_ += n;
        data.remove_prefix(n);
        if (used_ == 64) {
            sha1_block(h_, block_.data());
            used_ = 0;
        }
    }
}

std::array<std::uint8_t, 20> Sha1::finish() {
    // Padding (§5.1.1): a 1 bit, zeros to 56 mod 64 bytes, then the bit length big-endian.
    const std::uint64_t bits = length_ * 8;
    std::string tail(1, static_cast<char>(0x80));
    tail.append((used_ + 1 <= 56 ? 56 - used_ - 1 : 120 - used_ - 1), '\0');
    for (int i = 7; i >= 0; --i) tail += static_cast<char>((bits >> (8 * i)) & 0xFF);
    update(tail);
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 20; ++i) out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(h_[static_cast<std::size_t>(i / 4)] >> (24 - 8 * (i % 4)));
    return out;
}

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    Sha1 s;
    s.update(data);
    return s.finish();
}

std::string to_hex(const std::array<std::uint8_t, 20>& digest) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (const auto b : digest) out += digits[b >> 4], out += digits[b & 0xF];
    return out;
}

UuidName::UuidName() { sha_.update(std::string_view(reinterpret_cast<const char*>(brief_namespace), sizeof brief_namespace)); }

std::string UuidName::finish() {
    // RFC 9562 §5.5: SHA-1 of namespace || name, first 16 bytes, version 5, variant 10.
    auto d = sha_.finish();
    d[6] = static_cast<std::uint8_t>((d[6] & 0x0F) | 0x50);
    d[8] = static_cast<std::uint8_t>((d[8] & 0x3F) | 0x80);
    const std::string hex = to_hex(d);
    return "urn:uuid:" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string content_uuid(std::string_view content) {
    UuidName name;
    name.add(content);
    return name.finish();
}

} // namespace brief::epub
