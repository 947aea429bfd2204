// Generates styles.xml, settings.xml and fontTable.xml from the typed Style.
#include "write/docx/styles.hpp"

#include "write/xml.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace brief::docx {

namespace {

/// One style of styles.xml (§17.7.4.17). Names are Word's built-in names where one exists, so
/// Word, LibreOffice and pandoc recognise them (Heading 1 becomes a real heading).
struct StyleDef {
    const char* type = "paragraph";
    std::string id;
    std::string name;
    std::string based_on;
    std::string next;
    bool quick = true;   ///< qFormat: shown in the style gallery
    bool hidden = false; ///< semiHidden + unhideWhenUsed, as Word marks its auxiliary styles
    bool is_default = false;
    ParaProps para;
    RunProps run;
};

// CT_Style order (§17.7.4.17): name, basedOn, next, ..., uiPriority, semiHidden, unhideWhenUsed,
// qFormat, ..., pPr, rPr.
void add_style(pugi::xml_node root, const StyleDef& s) {
    auto e = root.append_child("w:style");
    xml::set_attr(e, "w:type", s.type);
    if (s.is_default) e.append_attribute("w:default") = "1";
    xml::set_attr(e, "w:styleId", s.id);
    xml::set_attr(e.append_child("w:name"), "w:val", s.name);
    if (!s.based_on.empty()) xml::set_attr(e.append_child("w:basedOn"), "w:val", s.based_on);
    if (!s.next.empty()) xml::set_attr(e.append_child("w:next"), "w:val", s.next);
    if (s.hidden) e.append_child("w:semiHidden"), e.append_child("w:unhideWhenUsed");
    if (s.quick) e.append_child("w:qFormat");
    add_ppr(e, s.para);
    add_rpr(e, s.run);
}

StyleDef paragraph(std::string id, std::string name, std::string based_on = "Normal") {
    StyleDef s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.based_on = std::move(based_on);
    return s;
}

StyleDef character(std::string id, std::string name) {
    StyleDef s;
    s.type = "character";
    s.id = std::move(id);
    s.name = std::move(name);
    s.based_on = "DefaultParagraphFont";
    return s;
}

/// Normal, the body paragraphs, quotes, lists and code.
void text_styles(const Style& st, std::vector<StyleDef>& out) {
    StyleDef normal = paragraph("Normal", "Normal", "");
    normal.is_default = true;
    normal.para.widow_control = true;
    normal.para.space_after = 0;
    normal.para.line = twips(st.sizes.leading);
    normal.run.color = st.colors.text.hex();
    out.push_back(normal);
    StyleDef body = paragraph(sid::body_text, "Body Text");
    body.para.first_line = twips(st.sizes.paragraph_indent);
    body.para.space_after = twips(st.sizes.paragraph_space);
    body.para.jc = "both";
    out.push_back(body);
    StyleDef first = paragraph(sid::first_paragraph, "First Paragraph", sid::body_text);
    first.next = sid::body_text;
    first.para.first_line = 0;
    out.push_back(first);
    StyleDef quote = paragraph(sid::quote, "Quote");
    quote.para.indent_left = quote.para.indent_right = twips(st.sizes.paragraph_indent * 2);
    quote.para.space_before = quote.para.space_after = twips(st.sizes.leading / 3);
    quote.para.jc = "both";
    quote.run.color = st.colors.muted.hex();
    out.push_back(quote);
    StyleDef list = paragraph(sid::list_paragraph, "List Paragraph");
    list.para.space_before = list.para.space_after = twips(st.sizes.leading / 4);
    list.para.indent_left = list_indent(0);
    list.para.contextual_spacing = true;
    out.push_back(list);
    StyleDef code = paragraph(sid::source_code, "Source Code");
    code.para.shading = "F2F2F2";
    code.para.space_before = code.para.space_after = twips(st.sizes.leading / 3);
    code.para.line = twips(st.sizes.code * 1.3);
    code.para.contextual_spacing = true;
    code.para.jc = "left";
    code.run.font = st.fonts.mono;
    code.run.size = half_points(st.sizes.code);
    out.push_back(code);
}

/// Title, Subtitle and the six heading levels, with outline levels for the TOC and the navigation.
void heading_styles(const Style& st, std::vector<StyleDef>& out) {
    auto heading = [&](const char* id, const char* name, double size, int level) {
        StyleDef h = paragraph(id, name);
        h.next = sid::first_paragraph;
        h.para.keep_next = h.para.keep_lines = h.para.no_hyphenation = true;
        h.para.space_before = twips(level == 0 ? 0 : size);
        h.para.space_after = twips(size / 2);
        h.para.line_auto = 240;
        h.para.outline_level = level;
        h.run = font_run(st.fonts.heading, size, st.colors.heading.hex(), true);
        return h;
    };
    StyleDef h1 = heading(sid::heading1, "heading 1", st.sizes.heading1, 0);
    h1.para.page_break_before = true; // every article, and the Sources, starts a page
    out.push_back(h1);
    out.push_back(heading(sid::heading2, "heading 2", st.sizes.heading2, 1));
    out.push_back(heading(sid::heading3, "heading 3", st.sizes.heading3, 2));
    // the deeper outline levels of an article's headings, at the smallest heading size
    out.push_back(heading(sid::heading4, "heading 4", st.sizes.heading3, 3));
    out.push_back(heading(sid::heading5, "heading 5", st.sizes.heading3, 4));
    out.push_back(heading(sid::heading6, "heading 6", st.sizes.heading3, 5));
    StyleDef title = paragraph(sid::title, "Title");
    title.next = sid::subtitle;
    title.para.space_before = twips(st.sizes.title * 3);
    title.para.space_after = twips(st.sizes.title / 2);
    title.para.line_auto = 240;
    title.para.no_hyphenation = true;
    title.para.border_bottom = st.colors.rule.hex();
    title.run = font_run(st.fonts.heading, st.sizes.title, st.colors.heading.hex(), true);
    out.push_back(title);
    StyleDef subtitle = paragraph(sid::subtitle, "Subtitle");
    subtitle.para.space_after = twips(st.sizes.title);
    subtitle.para.line_auto = 264;
    subtitle.para.no_hyphenation = true;
    subtitle.run = font_run(st.fonts.heading, st.sizes.heading2, st.colors.muted.hex());
    out.push_back(subtitle);
}

/// The marking banner, cover details and the byline.
void cover_styles(const Style& st, std::vector<StyleDef>& out) {
    StyleDef banner = paragraph(sid::classification, "Classification");
    banner.para.shading = st.marking.background.hex();
    banner.para.jc = "center";
    banner.para.line_auto = 240;
    banner.run = font_run(st.fonts.heading, st.marking.size, st.marking.color.hex(), true);
    banner.run.caps = true;
    out.push_back(banner);
    StyleDef meta = paragraph(sid::cover_meta, "Cover Details");
    meta.para.space_after = twips(st.sizes.leading / 2);
    meta.para.line_auto = 259;
    meta.run = font_run(st.fonts.heading, st.sizes.body, st.colors.text.hex());
    out.push_back(meta);
    StyleDef byline = paragraph(sid::byline, "Byline");
    byline.next = sid::first_paragraph;
    byline.para.keep_next = true;
    byline.para.border_bottom = st.colors.rule.hex();
    byline.para.space_after = twips(st.sizes.leading);
    byline.para.line_auto = 240;
    byline.para.no_hyphenation = true;
    byline.run = font_run(st.fonts.heading, st.sizes.body - 1, st.colors.muted.hex());
    out.push_back(byline);
}

/// The contents heading and entries, and the Sources list.
void contents_styles(const Style& st, std::vector<StyleDef>& out) {
    StyleDef toc = paragraph(sid::toc_heading, "TOC Heading");
    toc.next = sid::toc1;
    toc.para.keep_next = toc.para.page_break_before = true;
    toc.para.space_after = twips(st.sizes.heading1);
    toc.para.line_auto = 240;
    toc.run = font_run(st.fonts.heading, st.sizes.heading1, st.colors.heading.hex(), true);
    out.push_back(toc);
    for (int level = 1; level <= 2; ++level) {
        StyleDef entry = paragraph(level == 1 ? sid::toc1 : sid::toc2, "toc " + std::to_string(level));
        entry.hidden = true;
        entry.para.tabs = {TabStop{"right", text_width(st), "dot"}};
        entry.para.no_hyphenation = true;
        entry.para.space_before = twips(level == 1 ? st.sizes.leading / 2 : 0);
        entry.para.indent_left = twips(st.sizes.paragraph_indent * (level - 1));
        entry.para.indent_right = twips(24);
        out.push_back(entry);
    }
    StyleDef sources = paragraph(sid::bibliography, "Bibliography");
    sources.para.indent_left = twips(st.sizes.paragraph_indent * 1.5);
    sources.para.hanging = twips(st.sizes.paragraph_indent * 1.5);
    sources.para.space_after = twips(st.sizes.leading / 2);
    out.push_back(sources);
}

/// Notes, running head and foot, and the character styles.
void auxiliary_styles(const Style& st, std::vector<StyleDef>& out) {
    StyleDef note = paragraph(sid::footnote_text, "footnote text");
    note.hidden = true;
    note.para.line = twips(st.sizes.footnote_leading);
    note.para.space_after = twips(st.sizes.footnote_leading / 4);
    note.run.size = half_points(st.sizes.footnote);
    out.push_back(note);
    for (const char* id : {sid::header, sid::footer}) {
        StyleDef s = paragraph(id, id == sid::header ? "header" : "footer");
        s.hidden = true;
        s.para.tabs = {TabStop{"right", text_width(st), ""}};
        s.para.line_auto = 240;
        s.run = font_run(st.fonts.heading, st.sizes.running, st.colors.muted.hex());
        out.push_back(s);
    }
    StyleDef dpf = character("DefaultParagraphFont", "Default Paragraph Font");
    dpf.based_on.clear();
    dpf.is_default = true;
    dpf.quick = false;
    dpf.hidden = true;
    out.push_back(dpf);
    StyleDef ref = character(sid::footnote_reference, "footnote reference");
    ref.hidden = true;
    ref.run.vert_align = "superscript";
    out.push_back(ref);
    StyleDef link = character(sid::hyperlink, "Hyperlink");
    link.run.color = st.colors.link.hex();
    out.push_back(link);
    StyleDef code = character(sid::verbatim, "Verbatim Char");
    code.run.font = st.fonts.mono;
    code.run.size = half_points(std::max(st.sizes.code, st.sizes.body - 1.5));
    out.push_back(code);
    StyleDef marking = character(sid::marking, "Marking");
    marking.run = font_run("", st.marking.size, st.marking.color.hex(), true);
    marking.run.caps = true;
    marking.run.shading = st.marking.background.hex();
    out.push_back(marking);
}

/// Cell text, captions and the paragraph that holds a figure. Their line spacing is "auto": an
/// exact line height (Normal's) would cut a picture to one line.
void table_figure_styles(const Style& st, std::vector<StyleDef>& out) {
    StyleDef cell = paragraph(sid::table_text, "Table Text");
    cell.para.line_auto = 240;
    cell.para.no_hyphenation = true;
    cell.run.size = half_points(table_text_size(st));
    out.push_back(cell);
    StyleDef caption = paragraph(sid::caption, "caption");
    caption.hidden = true;
    caption.para.space_before = twips(st.sizes.leading / 2);
    caption.para.space_after = twips(st.sizes.leading / 2);
    caption.para.line_auto = 240;
    caption.run = font_run(st.fonts.heading, table_text_size(st), st.colors.heading.hex(), true);
    out.push_back(caption);
    StyleDef figure = paragraph(sid::figure, "Figure");
    figure.next = sid::caption;
    figure.para.keep_next = figure.para.keep_lines = true;
    figure.para.space_before = twips(st.sizes.leading / 2);
    figure.para.line_auto = 240;
    figure.para.jc = "center";
    out.push_back(figure);
}

/// A single rule in the style's colour: `<w:side w:val="single" w:sz=".." w:space="0" w:color=".."/>`.
void add_border(pugi::xml_node parent, const char* side, double points, const Color& color) {
    auto b = parent.append_child(side);
    xml::set_attr(b, "w:val", "single");
    b.append_attribute("w:sz") = eighth_points(points);
    b.append_attribute("w:space") = 0;
    xml::set_attr(b, "w:color", color.hex());
}

/// The table style (§17.7.6): rules above and below the table and between rows in the style's
/// rule colour, no vertical rules, padded cells, and a bold header row with a heavier rule
/// under it (tblStylePr firstRow, §17.7.6.6). CT_Style order: name, ..., uiPriority, qFormat,
/// pPr, rPr, tblPr, trPr, tcPr, tblStylePr.
void add_table_style(pugi::xml_node root, const Style& st) {
    auto e = root.append_child("w:style");
    xml::set_attr(e, "w:type", "table");
    xml::set_attr(e, "w:styleId", sid::table);
    xml::set_attr(e.append_child("w:name"), "w:val", "Brief Table");
    xml::set_attr(e.append_child("w:uiPriority"), "w:val", "59");
    e.append_child("w:qFormat");
    auto tbl = e.append_child("w:tblPr");
    auto borders = tbl.append_child("w:tblBorders");
    add_border(borders, "w:top", 1, st.colors.rule);
    add_border(borders, "w:bottom", 1, st.colors.rule);
    add_border(borders, "w:insideH", 0.5, st.colors.rule);
    auto margins = tbl.append_child("w:tblCellMar");
    for (const auto& [side, w] : {std::pair{"w:top", 57}, {"w:left", table_cell_margin}, {"w:bottom", 57}, {"w:right", table_cell_margin}}) {
        auto m = margins.append_child(side);
        m.append_attribute("w:w") = w;
        m.append_attribute("w:type") = "dxa";
    }
    auto first = e.append_child("w:tblStylePr");
    xml::set_attr(first, "w:type", "firstRow");
    RunProps bold;
    bold.bold = true;
    add_rpr(first, bold);
    add_border(first.append_child("w:tcPr").append_child("w:tcBorders"), "w:bottom", 1, st.colors.rule);
}

/// docDefaults (§17.7.5): the body font and size, the document's language.
void add_defaults(pugi::xml_node root, const Style& st, const std::string& language) {
    auto defaults = root.append_child("w:docDefaults");
    RunProps run = font_run(st.fonts.body, st.sizes.body, "");
    run.lang = language;
    add_rpr(defaults.append_child("w:rPrDefault"), run);
    ParaProps para;
    para.space_after = 0;
    add_ppr(defaults.append_child("w:pPrDefault"), para);
}

} // namespace

int text_width(const Style& st) { return twips(st.page.width - st.page.margin_inner - st.page.margin_outer); }

double table_text_size(const Style& st) { return std::max(st.sizes.footnote, st.sizes.body - 1); }

pugi::xml_document write_styles(const Style& style, const std::string& language) {
    pugi::xml_node root;
    auto doc = new_wml_part("styles", &root);
    add_defaults(root, style, language.empty() ? "en" : language);
    std::vector<StyleDef> defs;
    text_styles(style, defs);
    heading_styles(style, defs);
    cover_styles(style, defs);
    contents_styles(style, defs);
    auxiliary_styles(style, defs);
    table_figure_styles(style, defs);
    for (const auto& d : defs) add_style(root, d);
    add_table_style(root, style);
    return doc;
}

pugi::xml_document write_settings() {
    pugi::xml_node root;
    auto doc = new_wml_part("settings", &root);
    // CT_Settings order (§17.15.1.78): zoom, ..., defaultTabStop, autoHyphenation, ...,
    // characterSpacingControl, ..., footnotePr, ..., compat. No rsids: they would be random.
    root.append_child("w:zoom").append_attribute("w:percent") = 100;
    xml::set_attr(root.append_child("w:defaultTabStop"), "w:val", "720");
    root.append_child("w:autoHyphenation");
    xml::set_attr(root.append_child("w:characterSpacingControl"), "w:val", "doNotCompress");
    // §17.15.1.90: Word offers to update fields on opening, so the contents get page numbers.
    xml::set_attr(root.append_child("w:updateFields"), "w:val", "true");
    // §17.11.12: the separator notes every footnote area uses, by id.
    auto pr = root.append_child("w:footnotePr");
    pr.append_child("w:footnote").append_attribute("w:id") = -1;
    pr.append_child("w:footnote").append_attribute("w:id") = 0;
    // §17.15.3.8: a line ending in a manual break is not stretched in justified text.
    auto compat_root = root.append_child("w:compat");
    compat_root.append_child("w:doNotExpandShiftReturn");
    auto compat = compat_root.append_child("w:compatSetting");
    xml::set_attr(compat, "w:name", "compatibilityMode");
    xml::set_attr(compat, "w:uri", "http://schemas.microsoft.com/office/word");
    xml::set_attr(compat, "w:val", "15");
    return doc;
}

pugi::xml_document write_font_table(const Style& style) {
    pugi::xml_node root;
    auto doc = new_wml_part("fonts", &root);
    const std::pair<const std::string*, const char*> fonts[] = {
        {&style.fonts.body, "roman"}, {&style.fonts.heading, "swiss"}, {&style.fonts.mono, "modern"}};
    std::vector<std::string> seen;
    for (const auto& [name, family] : fonts) {
        if (name->empty() || std::find(seen.begin(), seen.end(), *name) != seen.end()) continue;
        seen.push_back(*name);
        auto font = root.append_child("w:font");
        xml::set_attr(font, "w:name", *name);
        xml::set_attr(font.append_child("w:family"), "w:val", family);
        xml::set_attr(font.append_child("w:pitch"), "w:val", family == std::string("modern") ? "fixed" : "variable");
    }
    return doc;
}

} // namespace brief::docx
