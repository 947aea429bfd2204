// StructureWriter: elements, the parent tree and the root as objects of brief's own; /MarkInfo and /Lang in the catalog.
#include "write/pdf/hpdf/structure.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
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

StructureWriter::StructureWriter(HPDF_Doc doc, OwnObjects& own, const std::vector<std::uint32_t>& pages, const std::string& lang)
    : own_(own), marked_(pages.size()) {
    for (const std::uint32_t page : pages) {
        std::string& ref = page_refs_.emplace_back();
        append_reference(ref, page);
    }
    root_ = own_.reserve();
    mark_tagged(doc, lang);
    open("Document", ElementInfo{});
}

void StructureWriter::mark_tagged(HPDF_Doc doc, const std::string& lang) const {
    HPDF_Dict catalog = doc->catalog;
    own_.refer(catalog, "StructTreeRoot", root_);
    HPDF_Dict mark = HPDF_Dict_New(doc->mmgr);
    if (mark == nullptr) throw haru_error(doc, "writing /MarkInfo");
    add(doc, catalog, "MarkInfo", mark);
    check(doc, HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE), "writing /MarkInfo");
    HPDF_Dict viewer = HPDF_Dict_New(doc->mmgr);
    if (viewer == nullptr) throw haru_error(doc, "writing /ViewerPreferences");
    add(doc, catalog, "ViewerPreferences", viewer);
    check(doc, HPDF_Dict_AddBoolean(viewer, "DisplayDocTitle", HPDF_TRUE), "writing /ViewerPreferences");
    if (!lang.empty()) add(doc, catalog, "Lang", HPDF_String_New(doc->mmgr, lang.c_str(), nullptr));
}

StructureWriter::Elem& StructureWriter::top() {
    if (open_ == 0) throw Error("the structure tree has no open element (brief's fault)");
    return stack_[open_ - 1];
}

void StructureWriter::open(std::string_view type, const ElementInfo& info) {
    const std::uint32_t number = own_.reserve();
    if (open_ > 0) {
        append_reference(top().kids, number);
        top().kids += ' ';
    }
    if (open_ == stack_.size()) stack_.emplace_back();
    Elem& e = stack_[open_++];
    e.number = number;
    e.type = type;
    e.info = info;
    e.kids.clear();
    e.page = -1;
}

void StructureWriter::close() {
    const Elem& e = top();
    entries_.clear();
    write_entries(e, open_ > 1 ? stack_[open_ - 2].number : root_, entries_);
    own_.set_dictionary(e.number, entries_);
    --open_;
}

/// Without the optional /Type /StructElem: a large briefing has tens of thousands.
void StructureWriter::write_entries(const Elem& e, std::uint32_t parent, std::string& out) const {
    const auto entry = [&out](std::string_view key, std::string_view value) {
        out += key;
        out += value;
        out += '\n';
    };
    entry("/S /", e.type);
    out += "/P ";
    append_reference(out, parent);
    out += '\n';
    const auto text = [&out](std::string_view key, std::string_view value) {
        out += key;
        append_text_literal(out, value);
        out += '\n';
    };
    if (!e.info.alt.empty()) text("/Alt ", e.info.alt);
    if (!e.info.lang.empty()) text("/Lang ", e.info.lang);
    if (!e.info.id.empty()) text("/ID ", e.info.id);
    if (!e.info.scope.empty()) {
        out += "/A << /O /Table /Scope /";
        entry(e.info.scope, " >>");
    }
    if (e.page >= 0) entry("/Pg ", page_refs_[static_cast<std::size_t>(e.page)]);
    if (!e.kids.empty()) {
        out += "/K [";
        out.append(e.kids, 0, e.kids.size() - 1); // without its last space
        out += "]\n";
    }
}

void StructureWriter::content(std::size_t page, int mcid) {
    Elem& e = top();
    if (e.page < 0) e.page = static_cast<long>(page);
    if (e.page == static_cast<long>(page)) {
        append_decimal(e.kids, static_cast<std::size_t>(mcid));
        e.kids += ' ';
    } else { // a marked-content reference names its page (14.7.4.2)
        e.kids += "<< /Type /MCR /Pg ";
        e.kids += page_refs_.at(page);
        e.kids += " /MCID ";
        append_decimal(e.kids, static_cast<std::size_t>(mcid));
        e.kids += " >> ";
    }
    auto& slots = marked_.at(page);
    if (slots.size() <= static_cast<std::size_t>(mcid)) slots.resize(static_cast<std::size_t>(mcid) + 1, 0);
    slots[static_cast<std::size_t>(mcid)] = e.number;
}

std::string StructureWriter::annotation(std::size_t page, std::uint32_t annot, std::string_view contents) {
    Elem& e = top();
    if (e.page < 0) e.page = static_cast<long>(page);
    e.kids += "<< /Type /OBJR ";
    if (e.page != static_cast<long>(page)) { // else the element's
        e.kids += "/Pg ";
        e.kids += page_refs_.at(page);
        e.kids += ' ';
    }
    e.kids += "/Obj ";
    append_reference(e.kids, annot);
    e.kids += " >> ";
    std::string entries = "/StructParent ";
    append_decimal(entries, page_refs_.size() + annotations_.size());
    entries += "\n/Contents ";
    append_text_literal(entries, contents);
    entries += '\n';
    annotations_.push_back(e.number);
    return entries;
}

/// The number tree (7.9.7) from each page's index to the array of its MCIDs' elements, and from
/// each annotation's /StructParent to its element: one node, or leaves under a root when long.
/// Its nodes' arrays are spelled as libharu spells arrays ("[ a b ]").
std::uint32_t StructureWriter::parent_tree() {
    const std::size_t total = page_refs_.size() + annotations_.size();
    std::string bytes;
    const auto number = [&bytes](std::size_t n) {
        append_decimal(bytes, n);
        bytes += ' ';
    };
    const auto value = [&](std::size_t key) {
        if (key >= page_refs_.size()) {
            append_reference(bytes, annotations_[key - page_refs_.size()]);
            return;
        }
        bytes += "[ ";
        for (const std::uint32_t e : marked_[key]) {
            if (e != 0) append_reference(bytes, e);
            else bytes += "null";
            bytes += ' ';
        }
        bytes += ']';
    };
    const auto leaf = [&](std::uint32_t node, std::size_t from, std::size_t to, bool limits) {
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
        own_.set_dictionary(node, bytes);
    };
    const std::uint32_t tree = own_.reserve();
    if (total <= leaf_entries) {
        leaf(tree, 0, total, false);
        return tree;
    }
    std::string kids = "/Kids [ ";
    for (std::size_t from = 0; from < total; from += leaf_entries) {
        const std::uint32_t node = own_.reserve();
        leaf(node, from, std::min(total, from + leaf_entries), true);
        append_reference(kids, node);
        kids += ' ';
    }
    kids += "]\n";
    own_.set_dictionary(tree, kids);
    return tree;
}

void StructureWriter::finish() {
    if (open_ != 1) throw Error("the structure tree was finished with elements open (brief's fault)");
    const std::uint32_t document = top().number;
    close();
    stack_.clear();
    const std::uint32_t tree = parent_tree();
    std::string bytes = "/Type /StructTreeRoot\n/K ";
    append_reference(bytes, document);
    bytes += "\n/ParentTree ";
    append_reference(bytes, tree);
    bytes += "\n/ParentTreeNextKey ";
    append_decimal(bytes, page_refs_.size() + annotations_.size());
    bytes += '\n';
    own_.set_dictionary(root_, bytes);
}

} // namespace brief::pdf
