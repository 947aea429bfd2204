// WordprocessingML building blocks: properties written in the order the schema demands, runs, fields, relationships.
#include "write/docx/ooxml.hpp"

#include "write/xml.hpp"

#include <cmath>

namespace brief::docx {

namespace {

/// Appends `<w:name w:val="value"/>`.
pugi::xml_node add_val(pugi::xml_node parent, const char* name, std::string_view value) {
    auto e = parent.append_child(name);
    xml::set_attr(e, "w:val", value);
    return e;
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, int value) {
    return add_val(parent, name, std::to_string(value));
}

void set_int(pugi::xml_node e, const char* name, int value) { e.append_attribute(name) = value; }

bool has_spacing(const ParaProps& p) { return p.space_before || p.space_after || p.line || p.line_auto; }
bool has_indent(const ParaProps& p) { return p.indent_left || p.indent_right || p.first_line || p.hanging; }

// CT_PPrBase (§17.3.1.26): pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl,
// numPr, suppressLineNumbers, pBdr, shd, tabs, ..., spacing, ind, contextualSpacing, ..., jc, ...,
// outlineLvl. The calls below follow that sequence.
void add_ppr_head(pugi::xml_node ppr, const ParaProps& p) {
    if (!p.style.empty()) add_val(ppr, "w:pStyle", p.style);
    if (p.keep_next) ppr.append_child("w:keepNext");
    if (p.keep_lines) ppr.append_child("w:keepLines");
    if (p.page_break_before) ppr.append_child("w:pageBreakBefore");
    if (p.widow_control) ppr.append_child("w:widowControl");
    if (p.num_id != 0) {
        auto num = ppr.append_child("w:numPr");
        add_val(num, "w:ilvl", p.ilvl);
        add_val(num, "w:numId", p.num_id);
    }
    if (!p.border_bottom.empty()) {
        auto bottom = ppr.append_child("w:pBdr").append_child("w:bottom");
        xml::set_attr(bottom, "w:val", "single");
        set_int(bottom, "w:sz", 6);
        set_int(bottom, "w:space", 1);
        xml::set_attr(bottom, "w:color", p.border_bottom);
    }
    if (!p.shading.empty()) {
        auto shd = ppr.append_child("w:shd");
        xml::set_attr(shd, "w:val", "clear");
        xml::set_attr(shd, "w:color", "auto");
        xml::set_attr(shd, "w:fill", p.shading);
    }
    if (!p.tabs.empty()) {
        auto tabs = ppr.append_child("w:tabs");
        for (const auto& t : p.tabs) {
            auto tab = tabs.append_child("w:tab");
            xml::set_attr(tab, "w:val", t.align);
            if (!t.leader.empty()) xml::set_attr(tab, "w:leader", t.leader);
            set_int(tab, "w:pos", t.pos);
        }
    }
    if (p.no_hyphenation) ppr.append_child("w:suppressAutoHyphens");
    if (p.bidi) ppr.append_child("w:bidi"); // after suppressAutoHyphens, before spacing (§17.3.1.26)
}

void add_ppr_tail(pugi::xml_node ppr, const ParaProps& p) {
    if (has_spacing(p)) {
        auto s = ppr.append_child("w:spacing");
        if (p.space_before) set_int(s, "w:before", *p.space_before);
        if (p.space_after) set_int(s, "w:after", *p.space_after);
        if (p.line) set_int(s, "w:line", *p.line), xml::set_attr(s, "w:lineRule", "exact");
        else if (p.line_auto) set_int(s, "w:line", *p.line_auto), xml::set_attr(s, "w:lineRule", "auto");
    }
    if (has_indent(p)) {
        auto ind = ppr.append_child("w:ind");
        if (p.indent_left) set_int(ind, "w:left", *p.indent_left);
        if (p.indent_right) set_int(ind, "w:right", *p.indent_right);
        if (p.hanging) set_int(ind, "w:hanging", *p.hanging);
        else if (p.first_line) set_int(ind, "w:firstLine", *p.first_line);
    }
    if (p.contextual_spacing) ppr.append_child("w:contextualSpacing");
    if (!p.jc.empty()) add_val(ppr, "w:jc", p.jc);
    if (p.outline_level) add_val(ppr, "w:outlineLvl", *p.outline_level);
}

bool empty_ppr(const ParaProps& p) {
    return p.style.empty() && !p.keep_next && !p.keep_lines && !p.page_break_before && !p.widow_control && p.num_id == 0 &&
           p.border_bottom.empty() && p.shading.empty() && p.tabs.empty() && !p.no_hyphenation && !p.bidi && !has_spacing(p) && !has_indent(p) &&
           !p.contextual_spacing && p.jc.empty() && !p.outline_level;
}

/// Appends <w:t>, marking it preserve when its edges are spaces (§17.3.3.31).
void add_t(pugi::xml_node run, std::string_view text) {
    auto t = run.append_child("w:t");
    if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) t.append_attribute("xml:space") = "preserve";
    xml::add_text(t, text);
}

} // namespace

int twips(double points) { return static_cast<int>(std::lround(points * 20)); }
int half_points(double points) { return static_cast<int>(std::lround(points * 2)); }
int eighth_points(double points) { return static_cast<int>(std::lround(points * 8)); }

bool RunProps::empty() const {
    return style.empty() && font.empty() && !bold && !italic && !caps && !strike && color.empty() && size == 0 && !underline &&
           shading.empty() && vert_align.empty() && !rtl && lang.empty() && lang_bidi.empty();
}

ParaProps styled(std::string style) {
    ParaProps p;
    p.style = std::move(style);
    return p;
}

RunProps font_run(const std::string& font, double size, const std::string& color, bool bold) {
    RunProps r;
    r.font = font;
    r.size = half_points(size);
    r.color = color;
    r.bold = bold;
    return r;
}

void add_ppr(pugi::xml_node parent, const ParaProps& props) {
    if (empty_ppr(props)) return;
    auto ppr = parent.append_child("w:pPr");
    add_ppr_head(ppr, props);
    add_ppr_tail(ppr, props);
}

// EG_RPrBase (§17.3.2.28) order: rStyle, rFonts, b, bCs, i, iCs, caps, smallCaps, strike, dstrike,
// ..., color, spacing, w, kern, position, sz, szCs, highlight, u, effect, bdr, shd, fitText,
// vertAlign, rtl, cs, em, lang.
void add_rpr(pugi::xml_node parent, const RunProps& p) {
    if (p.empty()) return;
    auto rpr = parent.append_child("w:rPr");
    if (!p.style.empty()) add_val(rpr, "w:rStyle", p.style);
    if (!p.font.empty()) {
        auto f = rpr.append_child("w:rFonts");
        for (const char* a : {"w:ascii", "w:hAnsi", "w:cs"}) xml::set_attr(f, a, p.font);
    }
    if (p.bold) rpr.append_child("w:b"), rpr.append_child("w:bCs");
    if (p.italic) rpr.append_child("w:i"), rpr.append_child("w:iCs");
    if (p.caps) rpr.append_child("w:caps");
    if (p.strike) rpr.append_child("w:strike");
    if (!p.color.empty()) add_val(rpr, "w:color", p.color);
    if (p.size != 0) add_val(rpr, "w:sz", p.size), add_val(rpr, "w:szCs", p.size);
    if (p.underline) add_val(rpr, "w:u", "single");
    if (!p.shading.empty()) {
        auto shd = rpr.append_child("w:shd");
        xml::set_attr(shd, "w:val", "clear");
        xml::set_attr(shd, "w:color", "auto");
        xml::set_attr(shd, "w:fill", p.shading);
    }
    if (!p.vert_align.empty()) add_val(rpr, "w:vertAlign", p.vert_align);
    if (p.rtl) rpr.append_child("w:rtl");
    if (!p.lang.empty() || !p.lang_bidi.empty()) {
        auto lang = rpr.append_child("w:lang");
        if (!p.lang.empty()) xml::set_attr(lang, "w:val", p.lang);
        if (!p.lang_bidi.empty()) xml::set_attr(lang, "w:bidi", p.lang_bidi);
    }
}

pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaProps& props) {
    auto p = parent.append_child("w:p");
    add_ppr(p, props);
    return p;
}

pugi::xml_node add_run(pugi::xml_node parent, std::string_view text, const RunProps& props) {
    auto run = parent.append_child("w:r");
    add_rpr(run, props);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\t' && text[i] != '\n') continue;
        if (i > start) add_t(run, text.substr(start, i - start));
        if (i < text.size()) run.append_child(text[i] == '\t' ? "w:tab" : "w:br");
        start = i + 1;
    }
    return run;
}

void add_field(pugi::xml_node parent, std::string_view instruction, std::string_view result, const RunProps& props) {
    // §17.16.18: a complex field is begin, instrText, separate, result runs, end.
    auto fld = [&](const char* type) {
        auto r = parent.append_child("w:r");
        add_rpr(r, props);
        xml::set_attr(r.append_child("w:fldChar"), "w:fldCharType", type);
        return r;
    };
    fld("begin");
    auto instr_run = parent.append_child("w:r");
    add_rpr(instr_run, props);
    auto instr = instr_run.append_child("w:instrText");
    instr.append_attribute("xml:space") = "preserve";
    xml::add_text(instr, instruction);
    fld("separate");
    if (!result.empty()) add_run(parent, result, props);
    fld("end");
}

std::string Relationships::add(const std::string& type, const std::string& target, bool external) {
    std::string id = "rId" + std::to_string(entries_.size() + 1);
    append({id, type, target, external});
    return id;
}

void Relationships::append(const Entry& entry) {
    state_.add(entry.id).add(entry.type).add(entry.target).add(entry.external);
    entries_.push_back(entry);
}

std::string Relationships::hyperlink(const std::string& url) {
    for (const auto& e : entries_)
        if (e.external && e.type == rel::hyperlink && e.target == url) return e.id;
    return add(rel::hyperlink, url, true);
}

pugi::xml_document Relationships::to_xml() const {
    auto doc = xml::new_document(true);
    auto root = doc.append_child("Relationships");
    root.append_attribute("xmlns") = ns::rels;
    for (const auto& e : entries_) {
        auto r = root.append_child("Relationship");
        xml::set_attr(r, "Id", e.id);
        xml::set_attr(r, "Type", e.type);
        xml::set_attr(r, "Target", e.target);
        if (e.external) r.append_attribute("TargetMode") = "External";
    }
    return doc;
}

pugi::xml_document new_wml_part(const char* root_name, pugi::xml_node* root) {
    auto doc = xml::new_document(true);
    auto r = doc.append_child((std::string("w:") + root_name).c_str());
    r.append_attribute("xmlns:w") = ns::w;
    r.append_attribute("xmlns:r") = ns::r;
    if (root != nullptr) *root = r;
    return doc;
}

} // namespace brief::docx
