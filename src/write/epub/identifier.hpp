// The book's identifier, derived from its content: the same briefing always gets the same id.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace brief::epub {

/// SHA-1 (FIPS 180-4 §6.1) of data given in pieces. Used for a stable name, not for security.
class Sha1 {
  public:
    void update(std::string_view data);
    /// The digest of everything given; the hasher is used up.
    std::array<std::uint8_t, 20> finish();

  private:
    std::array<std::uint32_t, 5> h_{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::array<std::uint8_t, 64> block_{};
    std::size_t used_ = 0;       ///< bytes waiting in block_
    std::uint64_t length_ = 0;   ///< bytes given so far
};

/// SHA-1 of `data`: 20 bytes.
std::array<std::uint8_t, 20> sha1(std::string_view data);

/// Lower-case hex of a digest: "a9993e36...".
std::string to_hex(const std::array<std::uint8_t, 20>& digest);

/// A name-based (version 5, RFC 9562 §5.5) UUID in brief's own namespace, its name given in
/// pieces (a book's whole text need not be copied into one string).
class UuidName {
  public:
    UuidName();
    void add(std::string_view piece) { sha_.update(piece); }
    /// "urn:uuid:xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx"
    std::string finish();

  private:
    Sha1 sha_;
};

/// The UUID whose name is `content`.
std::string content_uuid(std::string_view content);

} // namespace brief::epub
