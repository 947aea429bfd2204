// Fingerprint: a 64-bit hash over typed fields, the key under which watch's caches keep results.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace brief {

/// A hash of a sequence of fields. Each string is closed by its length and each number is hashed
/// by its bytes, so ("ab", "c") and ("a", "bc") differ. Strings are taken eight bytes at a time,
/// each word mixed by a multiply and a shift (MurmurHash3's finalizer constant), and the result
/// finished as MurmurHash3's fmix64: a kept page's key over its few kilobytes of text costs a
/// fraction of painting it (byte-at-a-time FNV-1a cost a sixth of a watch rebuild). Not
/// cryptographic: it keys results the same inputs would make again, nothing an adversary picks.
class Fingerprint {
  public:
    Fingerprint& add(std::string_view bytes) {
        const char* p = bytes.data();
        std::size_t n = bytes.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, 8);
            mix(word);
        }
        std::uint64_t tail = 0;
        if (n > 0) std::memcpy(&tail, p, n);
        mix(tail);
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
    [[nodiscard]] std::uint64_t value() const {
        std::uint64_t h = hash_;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        return h ^ (h >> 33);
    }

  private:
    std::uint64_t hash_ = 14695981039346656037ULL;
    void mix(std::uint64_t word) {
        hash_ = (hash_ ^ word) * 0xff51afd7ed558ccdULL;
        hash_ ^= hash_ >> 29;
    }
    Fingerprint& add_bits(std::uint64_t bits) {
        mix(bits);
        return *this;
    }
};

} // namespace brief
