// Real Word footnotes: footnotes.xml with its separators, one w:footnote per model note.
#pragma once

#include "doc/model.hpp"
#include "write/docx/ooxml.hpp"
#include "write/docx/wordml.hpp"

#include <utility>
#include <vector>

namespace brief::docx {

/// footnotes.xml and its relationships, built note by note. The separator (w:id -1) and the
/// continuation separator (w:id 0) come first (§17.11.23); real notes take the model's number
/// as their id, which agrees with Word's numbering because both follow reading order.
class Footnotes {
  public:
    Footnotes();
    Footnotes(const Footnotes&) = delete;
    Footnotes& operator=(const Footnotes&) = delete;

    /// Writes the note's footnote and returns the notes cited inside its content, in order: they
    /// are shown there by number and get their own reference right after the note's (Word has no
    /// footnotes inside footnotes).
    std::vector<const Note*> add(const Note& note);

    /// Shows the notes' pictures from `media` (related from footnotes.xml), nullptr for alt text;
    /// inline ones `height` EMU tall, the notes' text size.
    void show_pictures(Media* media, std::int64_t height) { inlines_.show_pictures(media, height); }

    [[nodiscard]] const pugi::xml_document& xml() const { return doc_; }
    [[nodiscard]] const Relationships& rels() const { return rels_; }
    [[nodiscard]] Relationships& rels() { return rels_; }
    [[nodiscard]] int count() const { return count_; }
    /// The writer of the notes' content.
    [[nodiscard]] InlineWriter& inlines() { return inlines_; }
    /// Writes the next footnotes under `root` (an element of any document), where they were
    /// written under footnotes.xml's root; returns the root they went under until now.
    pugi::xml_node write_under(pugi::xml_node root) { return std::exchange(root_, root); }
    /// footnotes.xml's root element.
    [[nodiscard]] pugi::xml_node part_root() const { return doc_.document_element(); }
    /// Counts `n` footnotes written before.
    void add_count(int n) { count_ += n; }

  private:
    pugi::xml_document doc_;
    pugi::xml_node root_;
    Relationships rels_;
    InlineWriter inlines_;
    std::vector<const Note*> nested_; ///< notes met inside the footnote being written
    int count_ = 0;
};

/// Appends the reference run of a note (§17.11.14) with the Footnote Reference style.
void add_footnote_reference(pugi::xml_node target, const Note& note);

/// Writes the note's reference into `target`, its footnote into `footnotes`, then the references
/// of the notes nested in it (depth first, so ids stay in reading order).
void cite_note(pugi::xml_node target, const Note& note, Footnotes& footnotes);

} // namespace brief::docx
