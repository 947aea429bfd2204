// StructureWriter: the tagged PDF's structure tree as objects of brief's own, and its catalog entries.
#pragma once

#include "write/pdf/hpdf/own_objects.hpp"

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// What a structure element says besides its type (empty strings are left out). Views of
/// strings that outlive the StructureWriter's finish().
struct ElementInfo {
    std::string_view alt;   ///< /Alt
    std::string_view lang;  ///< /Lang
    std::string_view id;    ///< /ID (a byte string, unique in the document)
    std::string_view scope; ///< a TH's /Scope in a Table attribute object
};

/// Writes a structure tree (ISO 32000-1 14.7) as it is walked: a Document element at the root,
/// elements opened in reading order inside the open one, each kid appended as it comes (marked
/// content by MCID, link annotations by OBJR), each element written when it is closed; on finish
/// the parent tree that maps each page's MCIDs and each annotation back to its element. The
/// root, the elements and the parent tree's nodes are objects of brief's own (OwnObjects),
/// numbered as they are opened: building tens of thousands of small dictionaries through
/// libharu's object API took a sixth of a large briefing's PDF time, and libharu objects whose
/// bytes brief wrote still a tenth of a watch rebuild. Throws brief::Error when libharu fails.
class StructureWriter {
  public:
    /// For a document of the pages numbered `pages` (in order, each tagged with its index as its
    /// /StructParents, OwnPages), its objects made in `own`. Marks the document tagged at once,
    /// the only change to libharu's objects: the catalog's /StructTreeRoot, /MarkInfo << /Marked
    /// true >>, /Lang `lang` and /ViewerPreferences << /DisplayDocTitle true >>. From then on the
    /// writer touches nothing of libharu's, so it may write the tree on one thread while
    /// libharu's objects are saved on another.
    StructureWriter(HPDF_Doc doc, OwnObjects& own, const std::vector<std::uint32_t>& pages, const std::string& lang);

    /// Opens an element of standard type `type` as the next kid of the open one (at first, the
    /// Document element). `type` and `info` view strings that outlive its close().
    void open(std::string_view type, const ElementInfo& info);
    /// Writes the open element; its parent is open again.
    void close();
    /// Marked content `mcid` of page `page` (an index of the pages) is the open element's next kid.
    void content(std::size_t page, int mcid);
    /// Link annotation `annot` (an object of `own`) of page `page` is the open element's next kid
    /// (an OBJR); returns the entries the annotation must have for it: its /StructParent, and
    /// `contents` as its /Contents.
    std::string annotation(std::size_t page, std::uint32_t annot, std::string_view contents);

    /// Closes the Document element; writes the StructTreeRoot with its ParentTree. Throws when
    /// an element is still open.
    void finish();

  private:
    struct Elem {
        std::uint32_t number = 0;
        std::string_view type;      ///< the /S
        ElementInfo info;
        std::string kids;    ///< the /K array's contents
        long page = -1;      ///< the element's /Pg: MCIDs of that page are written as plain numbers
    };
    OwnObjects& own_;
    std::vector<std::string> page_refs_; ///< "12 0 R" of each page (their count: the parent tree's page keys)
    std::uint32_t root_ = 0;
    /// The open elements, the Document first; kept past the depth open (`open_` of them), so
    /// their strings' room serves the next elements.
    std::vector<Elem> stack_;
    std::size_t open_ = 0;
    std::string entries_; ///< room for an element's entries as it is written
    std::vector<std::vector<std::uint32_t>> marked_; ///< per page, the element of each MCID (0: none)
    std::vector<std::uint32_t> annotations_; ///< the element of each annotation, by /StructParent - pages

    Elem& top();
    /// The element's entries, under its parent `parent`, into `out`.
    void write_entries(const Elem& e, std::uint32_t parent, std::string& out) const;
    std::uint32_t parent_tree();
    /// The constructor's entries in libharu's catalog.
    void mark_tagged(HPDF_Doc doc, const std::string& lang) const;
};

} // namespace brief::pdf
