// StructureWriter: elements written as bytes inside libharu objects, the parent tree, /MarkInfo and /Lang.
#include "write/pdf/hpdf/structure.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
#include <hpdf_mmgr.h>
#include <hpdf_objects.h>

#include <algorithm>

namespace brief::pdf {

namespace {

/// Entries per leaf of the parent tree: a leaf's /Nums holds twice as many objects, well under
/// PDF/A-1's limit of 8191 array elements (ISO 19005-1 6.1.12).
constexpr std::size_t leaf_entries = 1024;

void add(HPDF_Doc doc, HPDF_Dict dict, const char* key, void* value) {
    if (value == nullptr) throw haru_error(doc, std::string("making the structure tree's ") + key);
    check(doc, HPDF_Dict_Add(dict, key, value), "writing the structure tree");
}

} // namespace

StructureWriter::StructureWriter(HPDF_Doc doc, std::vector<HPDF_Page> pages)
    : doc_(doc), pages_(std::move(pages)), marked_(pages_.size()) {
    root_ = new_dict(true);
    check(doc_, HPDF_Dict_AddName(root_, "Type", "StructTreeRoot"), "writing the structure tree");
    Elem document;
    document.dict = new_dict(true);
    document.parent = root_;
    document.type = "Document";
    add(doc_, root_, "K", document.dict);
    elems_.push_back(std::move(document));
}

HPDF_Dict StructureWriter::new_dict(bool indirect) {
    HPDF_Dict d = HPDF_Dict_New(doc_->mmgr);
    if (d == nullptr) throw haru_error(doc_, "making the structure tree");
    if (indirect) check(doc_, HPDF_Xref_Add(doc_->xref, d), "writing the structure tree");
    return d;
}

std::string StructureWriter::ref(std::size_t page) const { return reference(pages_.at(page)); }

int StructureWriter::element(int parent, std::string_view type, const ElementInfo& info) {
    const std::size_t at = parent < 0 ? 0 : static_cast<std::size_t>(parent) + 1;
    Elem e; // its entries are written by finish()
    e.dict = new_dict(true);
    e.parent = elems_.at(at).dict;
    e.type = type;
    e.info = info;
    elems_.at(at).kids += reference(e.dict);
    elems_.at(at).kids += ' ';
    elems_.push_back(std::move(e));
    return static_cast<int>(elems_.size()) - 2;
}

/// Without the optional /Type /StructElem: a large briefing has tens of thousands.
void StructureWriter::write_entries(Elem& e, std::string& out) const {
    const auto entry = [&out](std::string_view key, std::string_view value) {
        out += key;
        out += value;
        out += '\n';
    };
    entry("/S /", e.type);
    entry("/P ", reference(e.parent));
    if (!e.info.alt.empty()) entry("/Alt ", text_literal(e.info.alt));
    if (!e.info.lang.empty()) entry("/Lang ", text_literal(e.info.lang));
    if (!e.info.id.empty()) entry("/ID ", text_literal(e.info.id));
    if (!e.info.scope.empty()) {
        out += "/A << /O /Table /Scope /";
        entry(e.info.scope, " >>");
    }
    if (e.page >= 0) entry("/Pg ", ref(static_cast<std::size_t>(e.page)));
    if (!e.kids.empty()) {
        e.kids.pop_back();
        out += "/K [";
        entry(e.kids, "]");
    }
}

void StructureWriter::content(int elem, std::size_t page, int mcid) {
    Elem& e = elems_.at(static_cast<std::size_t>(elem) + 1);
    if (e.page < 0) e.page = static_cast<long>(page);
    if (e.page == static_cast<long>(page)) {
        e.kids += std::to_string(mcid);
        e.kids += ' ';
    } else { // a marked-content reference names its page (14.7.4.2)
        e.kids += "<< /Type /MCR /Pg ";
        e.kids += ref(page);
        e.kids += " /MCID ";
        e.kids += std::to_string(mcid);
        e.kids += " >> ";
    }
    auto& slots = marked_.at(page);
    if (slots.size() <= static_cast<std::size_t>(mcid)) slots.resize(static_cast<std::size_t>(mcid) + 1, nullptr);
    slots[static_cast<std::size_t>(mcid)] = e.dict;
}

void StructureWriter::annotation(int elem, std::size_t page, HPDF_Annotation annot, const std::string& contents) {
    Elem& e = elems_.at(static_cast<std::size_t>(elem) + 1);
    if (e.page < 0) e.page = static_cast<long>(page);
    e.kids += "<< /Type /OBJR ";
    if (e.page != static_cast<long>(page)) { // else the element's
        e.kids += "/Pg ";
        e.kids += ref(page);
        e.kids += ' ';
    }
    e.kids += "/Obj ";
    e.kids += reference(annot);
    e.kids += " >> ";
    std::string entries = "/StructParent " + std::to_string(pages_.size() + annotations_.size());
    entries += "\n/Contents ";
    entries += text_literal(contents);
    entries += '\n';
    add_entries(doc_, annot, entries);
    annotations_.push_back(e.dict);
}

/// The number tree (7.9.7) from each page's index to the array of its MCIDs' elements, and from
/// each annotation's /StructParent to its element: one node, or leaves under a root when long.
/// Its nodes' entries are brief's bytes, spelled as libharu spells arrays ("[ a b ]"): a large
/// briefing has tens of thousands of MCIDs, and an array of libharu objects took an allocation
/// for each reference, and writing them a tenth of the save.
HPDF_Dict StructureWriter::parent_tree() {
    const std::size_t total = pages_.size() + annotations_.size();
    std::string bytes;
    const auto number = [&bytes](std::size_t n) {
        bytes += std::to_string(n);
        bytes += ' ';
    };
    const auto value = [&](std::size_t key) {
        if (key >= pages_.size()) {
            bytes += reference(annotations_[key - pages_.size()]);
            return;
        }
        bytes += "[ ";
        for (HPDF_Dict d : marked_[key]) {
            bytes += d != nullptr ? reference(d) : "null";
            bytes += ' ';
        }
        bytes += ']';
    };
    const auto leaf = [&](HPDF_Dict node, std::size_t from, std::size_t to, bool limits) {
        bytes = "/Nums [ ";
        for (std::size_t key = from; key < to; ++key) {
            number(key);
            value(key);
            bytes += ' ';
        }
        bytes += "]\n";
        if (limits) {
            bytes += "/Limits [ ";
            number(from);
            number(to - 1);
            bytes += "]\n";
        }
        set_entries(doc_, node, bytes);
    };
    HPDF_Dict tree = new_dict(true);
    if (total <= leaf_entries) {
        leaf(tree, 0, total, false);
        return tree;
    }
    std::string kids = "/Kids [ ";
    for (std::size_t from = 0; from < total; from += leaf_entries) {
        HPDF_Dict node = new_dict(true);
        leaf(node, from, std::min(total, from + leaf_entries), true);
        kids += reference(node);
        kids += ' ';
    }
    kids += "]\n";
    set_entries(doc_, tree, kids);
    return tree;
}

void StructureWriter::finish(const std::string& lang) {
    std::string bytes;
    for (Elem& e : elems_) {
        bytes.clear();
        write_entries(e, bytes);
        set_entries(doc_, e.dict, bytes);
        std::string().swap(e.kids);
    }
    add(doc_, root_, "ParentTree", parent_tree());
    check(doc_, HPDF_Dict_AddNumber(root_, "ParentTreeNextKey",
                                    static_cast<HPDF_INT32>(pages_.size() + annotations_.size())),
          "writing the structure tree");
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        check(doc_, HPDF_Dict_AddNumber(pages_[i], "StructParents", static_cast<HPDF_INT32>(i)), "tagging a page");
        check(doc_, HPDF_Dict_AddName(pages_[i], "Tabs", "S"), "tagging a page");
    }
    HPDF_Dict catalog = doc_->catalog;
    add(doc_, catalog, "StructTreeRoot", root_);
    HPDF_Dict mark = new_dict(false);
    check(doc_, HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE), "writing /MarkInfo");
    add(doc_, catalog, "MarkInfo", mark);
    HPDF_Dict viewer = new_dict(false);
    check(doc_, HPDF_Dict_AddBoolean(viewer, "DisplayDocTitle", HPDF_TRUE), "writing /ViewerPreferences");
    add(doc_, catalog, "ViewerPreferences", viewer);
    if (!lang.empty()) add(doc_, catalog, "Lang", HPDF_String_New(doc_->mmgr, lang.c_str(), nullptr));
}

} // namespace brief::pdf
