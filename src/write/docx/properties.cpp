// docProps/core.xml and docProps/app.xml from the briefing's metadata and the run's timestamp.
#include "write/docx/properties.hpp"

#include "doc/dates.hpp"
#include "doc/text.hpp"
#include "write/docx/ooxml.hpp"
#include "write/xml.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace brief::docx {

namespace {

/// "UNCLASSIFIED; VentureBeat; Reuters": the marking, then each outlet once, in article order.
std::string keywords(const Briefing& b) {
    std::vector<std::string> words;
    if (!b.meta.classification.empty()) words.push_back(b.meta.classification);
    for (const auto& s : b.sources)
        if (!s.outlet.empty() && std::find(words.begin(), words.end(), s.outlet) == words.end()) words.push_back(s.outlet);
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : "; ") + w;
    return out;
}

void add_date(pugi::xml_node root, const char* name, const std::string& when) {
    auto e = xml::add_element(root, name, when);
    e.append_attribute("xsi:type") = "dcterms:W3CDTF";
}

} // namespace

pugi::xml_document write_core_properties(const Briefing& b, const RenderOptions& options) {
    auto doc = xml::new_document(true);
    auto root = doc.append_child("cp:coreProperties");
    root.append_attribute("xmlns:cp") = ns::core;
    root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    xml::add_element(root, "dc:title", b.meta.title);
    if (!b.meta.subtitle.empty()) xml::add_element(root, "dc:subject", b.meta.subtitle);
    if (!b.meta.issuer.empty()) xml::add_element(root, "dc:creator", b.meta.issuer);
    const std::string words = keywords(b);
    if (!words.empty()) xml::add_element(root, "cp:keywords", words);
    xml::add_element(root, "dc:description", coverage_line(b));
    xml::add_element(root, "dc:language", b.meta.language.empty() ? "en" : b.meta.language);
    const std::string when = format_iso_datetime(options.timestamp);
    add_date(root, "dcterms:created", when);
    add_date(root, "dcterms:modified", when);
    return doc;
}

pugi::xml_document write_app_properties(const Briefing& b, const RenderOptions& options) {
    auto doc = xml::new_document(true);
    auto root = doc.append_child("Properties");
    root.append_attribute("xmlns") = ns::app;
    if (!b.meta.issuer.empty()) xml::add_element(root, "Company", b.meta.issuer);
    xml::add_element(root, "Application", options.generator);
    xml::add_element(root, "DocSecurity", "0");
    return doc;
}

} // namespace brief::docx
