// Addresses every output can carry: RFC 3986 percent-encoding and the host-name check.
#pragma once

#include <string>
#include <string_view>

namespace brief {

/// The address with every ASCII character RFC 3986 does not allow where it stands percent-encoded
/// (spaces, quotes, `<`, `>`, `[`, `]` outside an IP literal, `{`, `}`, `|`, `\`, `^`, a second
/// `#`, a `%` not followed by two hex digits). Bytes from U+0080 up stay as they are (an IRI,
/// RFC 3987, which XHTML and xsd:anyURI accept). Already encoded text is unchanged, so it can be
/// applied twice.
std::string encode_url(std::string_view url);

/// True when an http(s) address has a host a resolver could look up: DNS labels of 1-63 letters,
/// digits, hyphens (not at either end) or non-ASCII bytes (an IDN), joined by single dots; or an
/// IPv4 address; or a bracketed IPv6 literal. `http://../` and `http:///x` have none. Other
/// schemes (mailto:) are not checked and answer true.
bool has_valid_host(std::string_view url);

} // namespace brief
