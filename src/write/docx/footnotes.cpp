// Footnotes: the two separators, then each note with its w:footnoteRef mark and its content.
#include "write/docx/footnotes.hpp"

#include "core/error.hpp"
#include "write/xml.hpp"

#include <string>

namespace brief::docx {

namespace {

/// A separator footnote (§17.11.23): type separator or continuationSeparator, one paragraph
/// holding the matching run element; settings.xml names both in w:footnotePr.
void add_separator(pugi::xml_node root, const char* type, int id) {
    auto note = root.append_child("w:footnote");
    note.append_attribute("w:type") = type;
    note.append_attribute("w:id") = id;
    ParaProps props;
    props.space_after = 0;
    props.line_auto = 240;
    auto p = add_paragraph(note, props);
    p.append_child("w:r").append_child((std::string("w:") + type).c_str());
}

} // namespace

Footnotes::Footnotes()
    : doc_(new_wml_part("footnotes", nullptr)),
      inlines_(rels_, [this](pugi::xml_node target, const Note& inner) {
          // A note cited inside a note: its number here, its own footnote after the parent's.
          RunProps mark;
          mark.style = sid::footnote_reference;
          add_run(target, std::to_string(inner.number), mark);
          nested_.push_back(&inner);
      }) {
    root_ = doc_.document_element();
    add_separator(root_, "separator", -1);
    add_separator(root_, "continuationSeparator", 0);
}

std::vector<const Note*> Footnotes::add(const Note& note) {
    auto fn = root_.append_child("w:footnote");
    fn.append_attribute("w:id") = note.number;
    ParaProps props;
    props.style = sid::footnote_text;
    auto p = add_paragraph(fn, props);
    // §17.11.13: w:footnoteRef shows the note's number at the start of its text.
    RunProps mark;
    mark.style = sid::footnote_reference;
    add_run(p, "", mark).append_child("w:footnoteRef");
    add_run(p, " ");
    nested_.clear();
    inlines_.write(p, note.content);
    ++count_;
    return std::move(nested_);
}

void add_footnote_reference(pugi::xml_node target, const Note& note) {
    RunProps mark;
    mark.style = sid::footnote_reference;
    auto ref = add_run(target, "", mark).append_child("w:footnoteReference");
    ref.append_attribute("w:id") = note.number;
}

void cite_note(pugi::xml_node target, const Note& note, Footnotes& footnotes) {
    // Ids -1 and 0 are the separators: a note without its number would collide with them.
    if (note.number <= 0) throw Error("docx: a note has no number (the number_notes pass did not run)");
    add_footnote_reference(target, note);
    for (const Note* inner : footnotes.add(note)) {
        RunProps mark;
        mark.style = sid::footnote_reference;
        add_run(target, ",", mark);
        cite_note(target, *inner, footnotes);
    }
}

} // namespace brief::docx
