// encode_url and has_valid_host: what RFC 3986 allows, and hosts a resolver could look up.
#include "core/url.hpp"

#include <catch2/catch.hpp>

using namespace brief;

TEST_CASE("encode_url escapes what an address may not hold, and only that") {
    CHECK(encode_url("https://example.org/a?x=1&y=<2>") == "https://example.org/a?x=1&y=%3C2%3E");
    CHECK(encode_url("https://example.org/a b#f#g") == "https://example.org/a%20b#f%23g");
    CHECK(encode_url("https://example.org/%7Efine/%zz") == "https://example.org/%7Efine/%25zz");
    CHECK(encode_url("https://[::1]:8080/p[1]") == "https://[::1]:8080/p%5B1%5D");
    CHECK(encode_url("https://example.org/x]]>") == "https://example.org/x%5D%5D%3E");
    CHECK(encode_url("https://例え.jp/日本") == "https://例え.jp/日本");
    CHECK(encode_url("mailto:a@example.org?subject=Hi%20there") == "mailto:a@example.org?subject=Hi%20there");
    const std::string once = encode_url("https://e.org/a b\"{|}\\^`");
    CHECK(encode_url(once) == once);
}

TEST_CASE("has_valid_host accepts names, IPv4 and IPv6 literals, and refuses the rest") {
    for (const char* ok : {"http://example.org/", "https://a-b.c.example.org:8443/x", "http://localhost",
                           "http://192.168.0.1/", "https://[2001:db8::1]/", "http://例え.jp/", "https://user@e.org/",
                           "mailto:someone@example.org", "http://example.org./"})
        CHECK(has_valid_host(ok));
    for (const char* bad : {"http://../", "http:///x", "http://", "https://-a.org/", "http://a..b/", "http://a_b.org/",
                            "https://[zz]/", "http://e.org:80@/"})
        CHECK_FALSE(has_valid_host(bad));
}
