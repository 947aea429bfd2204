// fingerprint_style: every field of a Style hashed, for the keys of watch's caches.
#pragma once

#include "style/style.hpp"

#include <cstdint>

namespace brief {

/// A hash of every field of `style`: what a backend makes from one style it makes from any style
/// with the same fingerprint. A field added to Style must be added here (or caches go stale).
std::uint64_t fingerprint_style(const Style& style);

} // namespace brief
