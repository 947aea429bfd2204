// numbering.xml: a bullet and a decimal abstract numbering, and one instance per list of the document.
#include "write/docx/wordml.hpp"

#include "write/xml.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace brief::docx {

namespace {

constexpr int bullet_abstract = 0;
constexpr int decimal_abstract = 1;

/// One level of an abstract numbering (§17.9.6 CT_Lvl): start, numFmt, lvlText, lvlJc, pPr, rPr.
void add_level(pugi::xml_node abstract, int level, bool ordered) {
    static constexpr std::array<const char*, 3> bullets{"\u2022", "\u2013", "\u25AA"};
    auto lvl = abstract.append_child("w:lvl");
    lvl.append_attribute("w:ilvl") = level;
    xml::set_attr(lvl.append_child("w:start"), "w:val", "1");
    xml::set_attr(lvl.append_child("w:numFmt"), "w:val", ordered ? "decimal" : "bullet");
    const std::string text = ordered ? "%" + std::to_string(level + 1) + "." : bullets[static_cast<std::size_t>(level) % bullets.size()];
    xml::set_attr(lvl.append_child("w:lvlText"), "w:val", text);
    xml::set_attr(lvl.append_child("w:lvlJc"), "w:val", "left");
    ParaProps props;
    props.indent_left = list_indent(level);
    props.hanging = list_hanging();
    add_ppr(lvl, props);
}

void add_abstract(pugi::xml_node root, int id, bool ordered) {
    auto abstract = root.append_child("w:abstractNum");
    abstract.append_attribute("w:abstractNumId") = id;
    xml::set_attr(abstract.append_child("w:multiLevelType"), "w:val", "multilevel");
    for (int level = 0; level < 9; ++level) add_level(abstract, level, ordered);
}

} // namespace

int list_indent(int level) { return twips(20) * (level + 1); }
int list_hanging() { return twips(14); }

int Numbering::add_list(bool ordered, int level, int start) {
    lists_.push_back({ordered, std::clamp(level, 0, 8), std::max(start, 0)});
    return static_cast<int>(lists_.size());
}

pugi::xml_document Numbering::to_xml() const {
    pugi::xml_node root;
    auto doc = new_wml_part("numbering", &root);
    add_abstract(root, bullet_abstract, false);
    add_abstract(root, decimal_abstract, true);
    for (std::size_t i = 0; i < lists_.size(); ++i) {
        const Instance& list = lists_[i];
        auto num = root.append_child("w:num");
        num.append_attribute("w:numId") = static_cast<int>(i + 1);
        xml::set_attr(num.append_child("w:abstractNumId"), "w:val", std::to_string(list.ordered ? decimal_abstract : bullet_abstract));
        if (!list.ordered) continue;
        // §17.9.27: startOverride makes this instance restart at the list's own start number.
        auto over = num.append_child("w:lvlOverride");
        over.append_attribute("w:ilvl") = list.level;
        xml::set_attr(over.append_child("w:startOverride"), "w:val", std::to_string(list.start));
    }
    return doc;
}

} // namespace brief::docx
