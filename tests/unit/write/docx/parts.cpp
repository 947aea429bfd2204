// Reads a Flat OPC document back into its parts for the DOCX tests.
#include "parts.hpp"

#include "support/fixtures.hpp"
#include "write/docx/docx.hpp"
#include "write/render_options.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace brief::test {

namespace {

pugi::xml_node find_part(const pugi::xml_document& doc, const std::string& name) {
    return doc.child("pkg:package").find_child_by_attribute("pkg:part", "pkg:name", name.c_str());
}

} // namespace

DocxParts::DocxParts(const Briefing& briefing) : DocxParts([&] {
    Diagnostics d;
    return write_flat_xml(briefing, shipped_style("default"), RenderOptions{}, d);
}()) {}

DocxParts::DocxParts(const Bytes& flat) : doc_(std::make_shared<pugi::xml_document>()) {
    const auto result = doc_->load_buffer(flat.data(), flat.size(), pugi::parse_default | pugi::parse_pi | pugi::parse_declaration | pugi::parse_ws_pcdata_single);
    REQUIRE(result);
}

bool DocxParts::has(const std::string& name) const { return static_cast<bool>(find_part(*doc_, name)); }

pugi::xml_node DocxParts::part(const std::string& name) const {
    const auto p = find_part(*doc_, name);
    INFO("part " << name);
    REQUIRE(p);
    return p.child("pkg:xmlData").first_child();
}

std::string DocxParts::pretty(const std::string& name) const {
    std::ostringstream out;
    part(name).print(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

Briefing docx_briefing(const std::string& markdown) {
    Diagnostics d;
    Briefing b = briefing_from_body(markdown, d);
    REQUIRE_FALSE(d.has_errors());
    return b;
}

} // namespace brief::test
