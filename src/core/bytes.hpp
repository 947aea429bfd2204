// The byte buffer every backend returns and the CLI writes.
#pragma once

#include <string>
#include <string_view>

namespace brief {

/// The bytes of one output file. A std::string because every library we hand them to (libdeflate,
/// pugixml, libharu's memory stream) takes char data; it is not assumed to be text.
using Bytes = std::string;

/// Where a backend may hand the start of its output while it still makes the rest (the PDF, the
/// objects written so far while it writes the others): each piece continues the ones before, and
/// every piece is final, the same bytes as in the Bytes returned. The pieces are views: they must
/// stay where they are until settle() returns (the backend calls it before it moves or frees
/// them, or lets its buffer grow) or the backend has returned its bytes.
class EarlyBytes {
  public:
    virtual ~EarlyBytes() = default;
    /// The output's next bytes, on from those taken before.
    virtual void take(std::string_view piece) = 0;
    /// Returns once no piece taken is still being used.
    virtual void settle() = 0;
};

} // namespace brief
