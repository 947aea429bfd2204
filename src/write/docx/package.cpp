// Packages the parts as a zip (OPC physical package) or as one Flat OPC XML document.
#include "write/docx/package.hpp"

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
    // Binary parts (pictures) are typed by their extension, once each, as Word writes them.
    std::vector<std::string> extensions;
    for (const auto& part : parts) {
        if (part.binary.empty()) continue;
        const std::string extension = part.name.substr(part.name.rfind('.') + 1);
        if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end()) continue;
        extensions.push_back(extension);
        add_default(extension.c_str(), part.content_type.c_str());
    }
    for (const auto& part : parts) {
        if (part.content_type == relationships_type || !part.binary.empty()) continue;
        auto o = types.append_child("Override");
        xml::set_attr(o, "PartName", "/" + part.name);
        xml::set_attr(o, "ContentType", part.content_type);
    }
    return doc;
}

Bytes package_zip(const std::vector<Part>& parts, std::int64_t timestamp, Memo* memo) {
    ZipWriter zip(timestamp, memo);
    zip.add("[Content_Types].xml", xml::to_bytes(content_types(parts)));
    for (const auto& part : parts) zip.add(part.name, part_bytes(part));
    return zip.finish();
}

Bytes package_flat(const std::vector<Part>& parts) {
    // pugixml writes the envelope with each XML part's pkg:xmlData empty; the part's own bytes are
    // then put in it (a copy of every part's tree in the envelope, written out again, was most of
    // this format's time). Nothing else in the envelope can read "<pkg:xmlData/>": attribute
    // values and base64 have no '<'.
    auto doc = xml::new_document(true);
    // The processing instruction that makes Windows hand the file to Word (as Word writes it).
    auto pi = doc.append_child(pugi::node_pi);
    pi.set_name("mso-application");
    pi.set_value("progid=\"Word.Document\"");
    auto package = doc.append_child("pkg:package");
    package.append_attribute("xmlns:pkg") = ns::pkg;
    std::size_t embedded = 0;
    for (const auto& part : parts) {
        auto p = package.append_child("pkg:part");
        xml::set_attr(p, "pkg:name", "/" + part.name);
        xml::set_attr(p, "pkg:contentType", part.content_type);
        if (part.binary.empty()) {
            p.append_child("pkg:xmlData");
            embedded += part.xml.size();
        } else {
            p.append_attribute("pkg:compression") = "store";
            xml::add_element(p, "pkg:binaryData", base64(part.binary));
        }
    }
    const Bytes envelope = xml::to_bytes(doc);
    constexpr std::string_view empty = "<pkg:xmlData/>";
    Bytes out;
    out.reserve(envelope.size() + embedded + parts.size() * 16);
    std::size_t from = 0;
    for (const auto& part : parts) {
        if (!part.binary.empty()) continue;
        const std::size_t at = envelope.find(empty, from);
        out.append(envelope, from, at - from);
        out += "<pkg:xmlData>";
        out += root_of(part.xml);
        out += "</pkg:xmlData>";
        from = at + empty.size();
    }
    out.append(envelope, from);
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
