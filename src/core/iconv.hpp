// The iconv wrapper: text in a named charset to UTF-8. The only file that includes iconv.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace brief {

/// True when glibc's iconv knows `charset` (a label such as "windows-1252" or "Shift_JIS").
bool charset_known(const std::string& charset);

/// `bytes` converted from `charset` to UTF-8. A byte the charset cannot map becomes U+FFFD and is
/// counted in `replaced`; nullopt when the charset is unknown.
std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset, int& replaced);

} // namespace brief
