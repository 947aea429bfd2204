// The book's identifier, derived from its content: the same briefing always gets the same id.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace brief::epub {

/// SHA-1 (FIPS 180-4 §6.1) of `data`: 20 bytes. Used for a stable name, not for security.
std::array<std::uint8_t, 20> sha1(std::string_view data);

/// Lower-case hex of a digest: "a9993e36...".
std::string to_hex(const std::array<std::uint8_t, 20>& digest);

/// "urn:uuid:xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx": a name-based (version 5, RFC 9562 §5.5)
/// UUID whose name is `content`, in brief's own namespace.
std::string content_uuid(std::string_view content);

} // namespace brief::epub
