// Fingerprint: a 64-bit FNV-1a hash over typed fields, the key under which watch's caches keep results.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace brief {

/// A hash of a sequence of fields. Each string is closed by its length and each number is hashed
/// by its bytes, so ("ab", "c") and ("a", "bc") differ. Not cryptographic: it keys results that
/// the same inputs would make again, never anything an adversary chooses for a collision.
class Fingerprint {
  public:
    Fingerprint& add(std::string_view bytes) {
        for (const unsigned char c : bytes) mix(c);
        return add_bits(bytes.size());
    }
    Fingerprint& add(const char* text) { return add(std::string_view(text)); }
    Fingerprint& add(bool b) { return add_bits(b ? 1u : 0u); }
    Fingerprint& add(int n) { return add_bits(static_cast<std::uint64_t>(static_cast<std::int64_t>(n))); }
    Fingerprint& add(std::size_t n) { return add_bits(n); }
    Fingerprint& add(std::int64_t n) { return add_bits(static_cast<std::uint64_t>(n)); }
    Fingerprint& add(double d) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        return add_bits(bits);
    }
    [[nodiscard]] std::uint64_t value() const { return hash_; }

  private:
    std::uint64_t hash_ = 14695981039346656037ULL;
    void mix(unsigned char c) { hash_ = (hash_ ^ c) * 1099511628211ULL; }
    Fingerprint& add_bits(std::uint64_t bits) {
        for (int i = 0; i < 8; ++i, bits >>= 8) mix(static_cast<unsigned char>(bits & 0xFF));
        return *this;
    }
};

} // namespace brief
