// The byte buffer every backend returns and the CLI writes.
#pragma once

#include <string>

namespace brief {

/// The bytes of one output file. A std::string because every library we hand them to (libdeflate,
/// pugixml, libharu's memory stream) takes char data; it is not assumed to be text.
using Bytes = std::string;

} // namespace brief
