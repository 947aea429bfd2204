// Structure: the tagged PDF's logical tree as layout builds it, beside the runs that paint its content.
#pragma once

#include <string>
#include <vector>

namespace brief::pdf {

/// One structure element (ISO 32000-1 14.7.2), of a standard type ("P", "H2", "TD", ...).
struct StructElem {
    std::string type;
    int parent = -1; ///< -1: a child of the document's root
    /// In reading order: an element (>= 0), or a content slot (-1 - slot): the marked content that
    /// painting finds tagged with that slot, in the order it paints it.
    std::vector<int> kids;
    std::string alt;      ///< /Alt (figures), and the /Contents of a Link element's annotations
    std::string lang;     ///< /Lang, when it differs from the document's
    std::string id;       ///< /ID (notes)
    std::string scope;    ///< /Scope of a TH: "Column" or "Row"
};

/// The elements of one part of the briefing (the cover, the contents, an article, the sources).
/// Runs, pictures and link areas name the slot their content belongs to; -1 is an artifact.
class Structure {
  public:
    /// A new element at the end of `parent`'s kids (-1: at the top of the part).
    int add(const std::string& type, int parent);
    /// A new content slot at the end of `elem`'s kids.
    int slot(int elem);
    /// The slot text of `elem` continues in: its last kid when that is a slot, else a new one.
    int text_slot(int elem);
    /// The element whose content slot `slot` is.
    [[nodiscard]] int owner(int slot) const { return slots_[static_cast<std::size_t>(slot)]; }
    [[nodiscard]] const std::vector<StructElem>& elements() const { return elems_; }
    StructElem& at(int elem) { return elems_[static_cast<std::size_t>(elem)]; }
    /// The part's top elements, in order.
    [[nodiscard]] const std::vector<int>& roots() const { return roots_; }
    [[nodiscard]] std::size_t slots() const { return slots_.size(); }

  private:
    std::vector<StructElem> elems_;
    std::vector<int> slots_; ///< slot -> element
    std::vector<int> roots_;
};

} // namespace brief::pdf
