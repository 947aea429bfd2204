// read_zip: the end-of-central-directory record, the central directory, zlib's raw inflate.
#include "unzip.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <zlib.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace brief::test {

namespace {

std::uint32_t le(std::string_view s, std::size_t at, int bytes) {
    REQUIRE(at + static_cast<std::size_t>(bytes) <= s.size());
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

std::string inflate_raw(std::string_view in, std::size_t size) {
    std::string out(size, '\0');
    z_stream z{};
    REQUIRE(inflateInit2(&z, -MAX_WBITS) == Z_OK);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    REQUIRE(rc == Z_STREAM_END);
    return out;
}

bool is_xml(const std::string& name) {
    for (const char* ext : {".xml", ".opf", ".ncx", ".xhtml"})
        if (name.size() > std::string_view(ext).size() && name.compare(name.size() - std::string_view(ext).size(), std::string::npos, ext) == 0) return true;
    return false;
}

std::string escaped_attribute(const char* value) {
    std::string out;
    for (const char* c = value; *c != '\0'; ++c) {
        if (*c == '&') out += "&amp;";
        else if (*c == '<') out += "&lt;";
        else if (*c == '"') out += "&quot;";
        else out += *c;
    }
    return out;
}

/// Elements whose content is text, where whitespace would show: never re-indented.
bool holds_text(const pugi::xml_node& node) {
    static const std::vector<std::string> names{"p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "em", "strong", "s", "code", "title", "text"};
    return std::find(names.begin(), names.end(), node.name()) != names.end();
}

/// Elements holding only elements get one line per child; any element with text in it is
/// printed exactly as stored, on one line, so the view never shows whitespace that is not there.
void print_indented(std::ostringstream& out, const pugi::xml_node& node, int depth) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    bool element_only = node.type() == pugi::node_element && node.first_child() && !holds_text(node);
    for (auto child : node.children())
        if (child.type() != pugi::node_element) element_only = false;
    if (!element_only) {
        out << indent;
        node.print(out, "", pugi::format_raw, pugi::encoding_utf8);
        out << '\n';
        return;
    }
    out << indent << '<' << node.name();
    for (auto a : node.attributes()) out << ' ' << a.name() << "=\"" << escaped_attribute(a.value()) << '"';
    out << ">\n";
    for (auto child : node.children()) print_indented(out, child, depth + 1);
    out << indent << "</" << node.name() << ">\n";
}

} // namespace

std::vector<ZipEntry> read_zip(std::string_view a) {
    // APPNOTE.TXT 4.3.16: the end of central directory record, searched from the end.
    const std::size_t eocd = a.rfind(std::string_view("PK\x05\x06", 4));
    REQUIRE(eocd != std::string_view::npos);
    const std::size_t count = le(a, eocd + 10, 2);
    std::size_t at = le(a, eocd + 16, 4);
    std::vector<ZipEntry> out;
    for (std::size_t i = 0; i < count; ++i) {
        REQUIRE(le(a, at, 4) == 0x02014b50);
        ZipEntry e;
        e.method = static_cast<int>(le(a, at + 10, 2));
        const std::size_t csize = le(a, at + 20, 4), usize = le(a, at + 24, 4);
        const std::size_t name_len = le(a, at + 28, 2), extra_len = le(a, at + 30, 2), comment_len = le(a, at + 32, 2);
        const std::size_t local = le(a, at + 42, 4);
        e.name = std::string(a.substr(at + 46, name_len));
        at += 46 + name_len + extra_len + comment_len;
        REQUIRE(le(a, local, 4) == 0x04034b50);
        e.dos_time = static_cast<std::uint16_t>(le(a, local + 10, 2));
        e.dos_date = static_cast<std::uint16_t>(le(a, local + 12, 2));
        e.local_extra = le(a, local + 28, 2);
        const std::size_t data = local + 30 + le(a, local + 26, 2) + e.local_extra;
        const std::string_view raw = a.substr(data, csize);
        REQUIRE((e.method == 0 || e.method == 8));
        e.data = e.method == 0 ? std::string(raw) : inflate_raw(raw, usize);
        out.push_back(std::move(e));
    }
    return out;
}

std::string unzipped_view(std::string_view archive) {
    const auto entries = read_zip(archive);
    std::ostringstream out;
    for (const auto& e : entries)
        out << e.name << ' ' << (e.method == 0 ? "stored" : "deflated") << ' ' << e.data.size() << " bytes\n";
    for (const auto& e : entries) {
        if (!is_xml(e.name)) continue;
        out << "\n== " << e.name << " ==\n" << indented_xml(e.data);
    }
    return out.str();
}

std::string indented_xml(std::string_view xml) {
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype));
    std::ostringstream out;
    for (auto child : doc.children()) print_indented(out, child, 0);
    return out.str();
}

std::string zip_entry(std::string_view archive, const std::string& name) {
    for (auto& e : read_zip(archive))
        if (e.name == name) return e.data;
    FAIL_CHECK("no entry " << name);
    return {};
}

} // namespace brief::test
