// Tables and figures of the content writer: w:tbl with its grid and repeated header row, pictures, numbered captions.
#include "doc/text.hpp"
#include "write/docx/styles.hpp"
#include "write/docx/wordml.hpp"
#include "write/xml.hpp"

#include <algorithm>
#include <string>

namespace brief::docx {

namespace {

/// The paragraph alignment (§17.3.1.13 jc) of a column; none (left as the style has it) is left unset.
const char* column_jc(ColumnAlign a) {
    switch (a) {
    case ColumnAlign::none: return "";
    case ColumnAlign::left: return "left";
    case ColumnAlign::center: return "center";
    case ColumnAlign::right: return "right";
    }
    return "";
}

/// `<w:name w:w="..." w:type="..."/>`, a CT_TblWidth (§17.4.87).
void add_width(pugi::xml_node parent, const char* name, int w, const char* type) {
    auto e = parent.append_child(name);
    e.append_attribute("w:w") = w;
    e.append_attribute("w:type") = type;
}

/// "Table 3" or "Figure 2", with ". " and the caption text when there is one.
std::string caption_text(const char* kind, int number, const Inlines& text) {
    std::string out = std::string(kind) + " " + std::to_string(number);
    return text.empty() ? out : out + ". " + plain_text(text);
}

} // namespace

/// A Caption paragraph (Word's built-in "caption" style): the kind, a SEQ field (§17.16.5.59)
/// whose cached result is the model's number, so Word's own numbering and every other reader
/// agree, then ". " and the caption. A table's caption comes before it and is kept with it; a
/// figure's follows it, centred under the picture.
void BlockWriter::caption(pugi::xml_node body, const char* kind, int number, const Inlines& text, bool keep_next) {
    ParaProps props = styled(sid::caption);
    props.keep_next = keep_next;
    if (!keep_next) props.jc = "center";
    auto para = add_paragraph(body, props);
    add_run(para, std::string(kind) + " ");
    add_field(para, std::string(" SEQ ") + kind + " \\* ARABIC ", std::to_string(number));
    if (text.empty()) return;
    add_run(para, ". ");
    inlines_.write(para, text);
}

/// §17.4.38 tbl: the caption, then the table in the BriefTable style across the text width, its
/// grid columns as wide as their text asks (table_layout.hpp), the header row first.
void BlockWriter::table(pugi::xml_node body, const Table& t) {
    if (t.number > 0) caption(body, "Table", t.number, t.caption, true);
    // Two tables side by side in the body are one table to Word (§17.4.38 gives no separator):
    // an empty paragraph keeps an uncaptioned table apart from the one before it.
    else if (body.last_child() && std::string_view(body.last_child().name()) == "w:tbl") body.append_child("w:p");
    const TableLayout layout = layout_table(t, context_.text_width, table_text_size(context_.style), table_cell_margin);
    auto tbl = body.append_child("w:tbl");
    table_properties(tbl, t, layout);
    table_row(tbl, t, t.header, layout, true);
    for (const auto& r : t.rows) table_row(tbl, t, r, layout, false);
    after_paragraph_ = false;
}

// CT_TblPr order (§17.4.60): tblStyle, ..., tblW, ..., tblCellMar, tblLook, tblCaption.
void BlockWriter::table_properties(pugi::xml_node tbl, const Table& t, const TableLayout& layout) {
    auto pr = tbl.append_child("w:tblPr");
    xml::set_attr(pr.append_child("w:tblStyle"), "w:val", sid::table);
    add_width(pr, "w:tblW", 5000, "pct"); // fiftieths of a percent: the whole text width
    if (layout.margin != table_cell_margin) { // narrower than the style's, for a crowded table
        auto margins = pr.append_child("w:tblCellMar");
        add_width(margins, "w:left", layout.margin, "dxa");
        add_width(margins, "w:right", layout.margin, "dxa");
    }
    // §17.4.56 tblLook: the style's header-row formatting applies, no banding, no first column.
    auto look = pr.append_child("w:tblLook");
    look.append_attribute("w:val") = "0620";
    for (const auto& [name, on] : {std::pair{"w:firstRow", 1}, {"w:lastRow", 0}, {"w:firstColumn", 0}, {"w:lastColumn", 0}, {"w:noHBand", 1}, {"w:noVBand", 1}})
        look.append_attribute(name) = on;
    // tblCaption (ISO/IEC 29500-1:2012 §17.4.58): the table's name for screen readers.
    xml::set_attr(pr.append_child("w:tblCaption"), "w:val", caption_text("Table", t.number, t.caption));
    auto grid = tbl.append_child("w:tblGrid");
    for (const int w : layout.widths) grid.append_child("w:gridCol").append_attribute("w:w") = w;
}

/// A row (§17.4.79): never split across pages; the header row repeats atop every page the table
/// spans (§17.4.49 tblHeader) and its text is bold whatever the reader makes of the style's
/// first-row formatting; the text is smaller than the style's when the layout says so.
void BlockWriter::table_row(pugi::xml_node tbl, const Table& t, const TableRow& row, const TableLayout& layout, bool header) {
    auto tr = tbl.append_child("w:tr");
    auto tr_pr = tr.append_child("w:trPr");
    tr_pr.append_child("w:cantSplit");
    if (header) tr_pr.append_child("w:tblHeader");
    RunProps format;
    format.bold = header;
    if (layout.size != table_text_size(context_.style)) format.size = half_points(layout.size);
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        auto tc = tr.append_child("w:tc");
        add_width(tc.append_child("w:tcPr"), "w:tcW", i < layout.widths.size() ? layout.widths[i] : 0, "dxa");
        ParaProps props = styled(sid::table_text);
        props.jc = column_jc(i < t.columns.size() ? t.columns[i] : ColumnAlign::none);
        // §17.4.66: a cell ends with a paragraph, even an empty cell.
        inlines_.write(add_paragraph(tc, props), row.cells[i].content, format);
    }
}

/// A figure: its picture alone in a centred paragraph kept with the caption that follows. A
/// figure without an embedded picture (never made by the reader) is its alt text.
void BlockWriter::figure(pugi::xml_node body, const Figure& f) {
    Media* media = inlines_.media();
    const Picture* picture = media != nullptr ? media->find(f.image) : nullptr;
    if (picture == nullptr) {
        paragraph(body, Paragraph{Inlines{Inline{f.image}}, f.pos});
        return;
    }
    auto para = add_paragraph(body, styled(sid::figure));
    media->add_drawing(para.append_child("w:r"), inlines_.rels(), *picture, f.image.alt, 0);
    caption(body, "Figure", f.number, f.caption, false);
    after_paragraph_ = false;
}

} // namespace brief::docx
