// StructureWriter: the tagged PDF's structure tree and its catalog entries, through libharu's object API.
#pragma once

#include <hpdf.h>

#include <cstddef>
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

/// Writes a structure tree (ISO 32000-1 14.7) into libharu's document: a Document element at the
/// root, elements added in reading order, each kid appended as it comes (marked content by MCID,
/// link annotations by OBJR), and on finish the parent tree that maps each page's MCIDs and each
/// annotation back to its element. Each element is a libharu object (so references to it are
/// numbered and written by libharu) whose entries brief writes itself when libharu writes the
/// object: building tens of thousands of small dictionaries through libharu's object API took
/// a sixth of a large briefing's PDF time. Throws brief::Error when libharu fails.
class StructureWriter {
  public:
    /// For a document of `pages` (in order), every page painted before finish().
    StructureWriter(HPDF_Doc doc, std::vector<HPDF_Page> pages);

    /// A new element of standard type `type` as the next kid of `parent` (-1: of the Document
    /// element); returns its handle. `type` and `info` view strings that outlive finish().
    int element(int parent, std::string_view type, const ElementInfo& info);
    /// Marked content `mcid` of page `page` (an index of the pages) is `elem`'s next kid.
    void content(int elem, std::size_t page, int mcid);
    /// Link annotation `annot` of page `page` is `elem`'s next kid (an OBJR); the annotation gets
    /// its /StructParent and `contents` as its /Contents.
    void annotation(int elem, std::size_t page, HPDF_Annotation annot, const std::string& contents);

    /// The StructTreeRoot with its ParentTree; each page's /StructParents and /Tabs /S; the
    /// catalog's /MarkInfo << /Marked true >>, /Lang `lang` and /ViewerPreferences
    /// << /DisplayDocTitle true >>.
    void finish(const std::string& lang);

  private:
    struct Elem {
        HPDF_Dict dict = nullptr;
        HPDF_Dict parent = nullptr; ///< the /P
        std::string_view type;      ///< the /S
        ElementInfo info;
        std::string kids;    ///< the /K array's contents
        long page = -1;      ///< the element's /Pg: MCIDs of that page are written as plain numbers
    };
    HPDF_Doc doc_;
    std::vector<HPDF_Page> pages_;
    HPDF_Dict root_ = nullptr;
    std::vector<Elem> elems_; ///< [0]: the Document element
    std::vector<std::vector<HPDF_Dict>> marked_; ///< per page, the element of each MCID
    std::vector<HPDF_Dict> annotations_; ///< the element of each annotation, by /StructParent - pages

    HPDF_Dict new_dict(bool indirect);
    std::string ref(std::size_t page) const;
    /// The element's entries as written, into `out`.
    void write_entries(Elem& e, std::string& out) const;
    HPDF_Dict parent_tree();
};

} // namespace brief::pdf
