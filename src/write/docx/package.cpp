// Packages the parts as a zip (OPC physical package) or as one Flat OPC XML document.
#include "write/docx/package.hpp"

#include "core/utf8.hpp"
#include "write/docx/ooxml.hpp"
#include "write/xml.hpp"
#include "write/zip.hpp"

#include <algorithm>
#include <string_view>

namespace brief::docx {

namespace {

const Bytes& part_bytes(const Part& part) { return part.binary.empty() ? part.xml : part.binary; }

/// The part's XML without its declaration: its root element, as Flat OPC's pkg:xmlData holds it.
std::string_view root_of(const Bytes& xml) {
    std::string_view v(xml);
    if (v.substr(0, 5) == "<?xml") v.remove_prefix(std::min(v.size(), v.find("?>") + 2));
    return v;
}

/// An attribute value as pugixml writes one: &, < and " as entities, controls as two-digit
/// character references, everything else (> too) as it is.
std::string attribute_text(std::string_view value) {
    std::string out;
    for (const char c : value) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '"') out += "&quot;";
        else if (b < 0x20) out += {'&', '#', static_cast<char>('0' + b / 10), static_cast<char>('0' + b % 10), ';'};
        else out += c;
    }
    return out;
}

} // namespace

Part xml_part(std::string name, std::string content_type, const pugi::xml_document& xml) {
    Part p;
    p.name = std::move(name);
    p.content_type = std::move(content_type);
    p.xml = xml::to_bytes(xml);
    return p;
}

pugi::xml_document content_types(const std::vector<Part>& parts) {
    auto doc = xml::new_document(true);
    auto types = doc.append_child("Types");
    types.append_attribute("xmlns") = ns::content_types;
    auto add_default = [&](const char* extension, const char* type) {
        auto d = types.append_child("Default");
        d.append_attribute("Extension") = extension;
        d.append_attribute("ContentType") = type;
    };
    add_default("rels", relationships_type);
    add_default("xml", "application/xml");
    for (const auto& part : parts) {
        if (part.content_type == relationships_type) continue;
        auto o = types.append_child("Override");
        xml::set_attr(o, "PartName", "/" + part.name);
        xml::set_attr(o, "ContentType", part.content_type);
    }
    return doc;
}

Bytes package_zip(const std::vector<Part>& parts, std::int64_t timestamp) {
    ZipWriter zip(timestamp);
    zip.add("[Content_Types].xml", xml::to_bytes(content_types(parts)));
    for (const auto& part : parts) zip.add(part.name, part_bytes(part));
    return zip.finish();
}

Bytes package_flat(const std::vector<Part>& parts) {
    // Written as text around each part's own bytes (a copy of every part's tree, written out again,
    // was most of this format's time), in the bytes pugixml wrote for the same tree.
    std::size_t size = 256;
    for (const auto& part : parts)
        size += part.name.size() + part.content_type.size() + 128 + (part.binary.empty() ? part.xml.size() : part.binary.size() * 4 / 3 + part.binary.size() / 57);
    Bytes out;
    out.reserve(size);
    out += xml::to_bytes(xml::new_document(true));
    // The processing instruction that makes Windows hand the file to Word (as Word writes it).
    out += "<?mso-application progid=\"Word.Document\"?>";
    out += std::string("<pkg:package xmlns:pkg=\"") + ns::pkg + "\"";
    if (parts.empty()) return out + "/>";
    out += ">";
    for (const auto& part : parts) {
        out += "<pkg:part pkg:name=\"" + attribute_text(clean_text("/" + part.name)) + "\" pkg:contentType=\"" +
               attribute_text(clean_text(part.content_type)) + "\"";
        if (part.binary.empty()) {
            out += "><pkg:xmlData>";
            out += root_of(part.xml);
            out += "</pkg:xmlData></pkg:part>";
        } else {
            out += " pkg:compression=\"store\"><pkg:binaryData>" + base64(part.binary) + "</pkg:binaryData></pkg:part>";
        }
    }
    out += "</pkg:package>";
    return out;
}

std::string base64(const Bytes& bytes) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        if (i > 0 && i % 57 == 0) out += '\n';
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 3; ++k) v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0U);
        for (std::size_t k = 0; k < 4; ++k) out += k <= n ? alphabet[(v >> (18 - 6 * k)) & 0x3F] : '=';
    }
    return out;
}

} // namespace brief::docx
