// encode_url and has_valid_host: the address rules of RFC 3986 (§2, §3.2.2) and RFC 1123 (§2.1).
#include "core/url.hpp"

#include <cctype>

namespace brief {

namespace {

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// RFC 3986 §2.2-2.3: the unreserved and reserved characters, less '#', '[' and ']', whose
/// places are checked apart.
bool is_url_ascii(char c) {
    return is_alnum(c) || std::string_view("!$&'()*+,-./:;=?@_~").find(c) != std::string_view::npos;
}

bool starts_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

/// The authority's host of an http(s) address (between "//", any "user@" and any ":port").
std::string_view host_of(std::string_view url) {
    const std::size_t start = url.find("//");
    if (start == std::string_view::npos) return {};
    std::string_view authority = url.substr(start + 2);
    authority = authority.substr(0, authority.find_first_of("/?#"));
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority.remove_prefix(at + 1);
    if (!authority.empty() && authority.front() == '[') return authority.substr(0, authority.find(']') + 1);
    return authority.substr(0, authority.find(':'));
}

bool is_label(std::string_view label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
        if (!is_alnum(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) return false;
    return true;
}

bool is_ipv6_literal(std::string_view host) {
    if (host.size() < 4 || host.front() != '[' || host.back() != ']') return false;
    for (char c : host.substr(1, host.size() - 2))
        if (!is_hex(c) && c != ':' && c != '.') return false;
    return host.find(':') != std::string_view::npos;
}

} // namespace

std::string encode_url(std::string_view url) {
    static const char* digits = "0123456789ABCDEF";
    const std::string_view host = host_of(url);
    const std::size_t host_at = host.empty() ? std::string_view::npos : static_cast<std::size_t>(host.data() - url.data());
    bool fragment = false;
    std::string out;
    out.reserve(url.size());
    for (std::size_t i = 0; i < url.size(); ++i) {
        const char c = url[i];
        const bool in_host = host_at != std::string_view::npos && i >= host_at && i < host_at + host.size();
        const bool keep = is_url_ascii(c) || static_cast<unsigned char>(c) >= 0x80 || (c == '#' && !fragment) ||
                          (c == '%' && i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2])) ||
                          ((c == '[' || c == ']') && in_host);
        if (c == '#') fragment = true;
        if (keep) out += c;
        else out += '%', out += digits[static_cast<unsigned char>(c) >> 4], out += digits[c & 0xF];
    }
    return out;
}

bool has_valid_host(std::string_view url) {
    if (!starts_nocase(url, "http://") && !starts_nocase(url, "https://")) return true;
    const std::string_view host = host_of(url);
    if (host.empty() || host.size() > 255) return false;
    if (host.front() == '[') return is_ipv6_literal(host);
    std::string_view rest = host;
    if (rest.back() == '.') rest.remove_suffix(1); // a fully qualified name's root
    while (true) {
        const std::size_t dot = rest.find('.');
        if (!is_label(rest.substr(0, dot))) return false;
        if (dot == std::string_view::npos) return true;
        rest.remove_prefix(dot + 1);
    }
}

} // namespace brief
