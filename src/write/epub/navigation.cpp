// The navigation documents: the EPUB 3 nav (toc and landmarks) and the EPUB 2 NCX, from one list.
#include "write/epub/package.hpp"
#include "write/epub/xhtml.hpp"
#include "write/xml.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace brief::epub {

namespace {

/// EPUB SSV 1.1 landmark type of a chapter (EPUB 3.3 §7.4.3.2 landmarks nav).
const char* landmark_of(ChapterRole role) {
    switch (role) {
    case ChapterRole::title_page: return "titlepage";
    case ChapterRole::article: return "bodymatter";
    case ChapterRole::sources: return "bibliography";
    }
    return "bodymatter";
}

const char* landmark_label(ChapterRole role) {
    switch (role) {
    case ChapterRole::title_page: return "Title page";
    case ChapterRole::article: return "Start of content";
    case ChapterRole::sources: return "Sources";
    }
    return "Start of content";
}

/// One entry of the table of contents, with the entries below it.
struct OutlineEntry {
    std::string label;
    std::string href;
    std::vector<OutlineEntry> children;
};

/// The chapters, each with its sections nested by level: the one outline the nav and the NCX show.
std::vector<OutlineEntry> make_outline(const BookInfo& book) {
    std::vector<OutlineEntry> out;
    for (const auto& c : book.chapters) {
        out.push_back({c.title, c.file, {}});
        std::vector<std::pair<int, OutlineEntry*>> open{{1, &out.back()}}; // the chapter is level 1
        for (const auto& s : c.sections) {
            while (open.back().first >= s.level) open.pop_back();
            auto& siblings = open.back().second->children;
            siblings.push_back({s.text, c.file + "#" + s.id, {}});
            open.emplace_back(s.level, &siblings.back());
        }
    }
    return out;
}

int depth_of(const std::vector<OutlineEntry>& entries) {
    int depth = 0;
    for (const auto& e : entries) depth = std::max(depth, 1 + depth_of(e.children));
    return depth;
}

void add_toc_entries(pugi::xml_node list, const std::vector<OutlineEntry>& entries) {
    for (const auto& e : entries) {
        auto li = list.append_child("li");
        xml::set_attr(xml::add_element(li, "a", e.label), "href", e.href);
        if (!e.children.empty()) add_toc_entries(li.append_child("ol"), e.children);
    }
}

void add_nav_link(pugi::xml_node list, const std::string& href, const std::string& text, const char* type = "") {
    auto a = xml::add_element(list.append_child("li"), "a", text);
    if (*type != '\0') xml::set_attr(a, "epub:type", type);
    xml::set_attr(a, "href", href);
}

/// `<nav epub:type=T id=T aria-labelledby=T-title><hN id=T-title>`: named by its heading.
pugi::xml_node add_nav(pugi::xml_node body, const std::string& type, const char* heading, const std::string& title) {
    auto nav = body.append_child("nav");
    xml::set_attr(nav, "epub:type", type);
    if (type == "toc") xml::set_attr(nav, "role", "doc-toc");
    xml::set_attr(nav, "id", type);
    xml::set_attr(nav, "aria-labelledby", type + "-title");
    xml::set_attr(xml::add_element(nav, heading, title), "id", type + "-title");
    return nav.append_child("ol");
}

/// The landmarks, in reading order: the title page, the toc (which follows it in the spine), the
/// first article and the sources; hidden, as readers show them in their own menus (EPUB 3.3
/// §7.4.3.2 and §7.3.4 on the hidden attribute).
void add_landmarks(pugi::xml_node body, const BookInfo& book) {
    auto list = add_nav(body, "landmarks", "h2", "Landmarks");
    xml::set_attr(list.parent(), "hidden", "hidden");
    auto first = [&](ChapterRole role) -> const Chapter* {
        for (const auto& c : book.chapters)
            if (c.role == role) return &c;
        return nullptr;
    };
    auto add = [&](ChapterRole role) {
        if (const Chapter* c = first(role)) add_nav_link(list, c->file, landmark_label(role), landmark_of(role));
    };
    add(ChapterRole::title_page);
    add_nav_link(list, std::string(nav_file) + "#toc", "Contents", "toc");
    add(ChapterRole::article);
    add(ChapterRole::sources);
}

/// navPoints nested like the outline; playOrder counts them in reading order (NCX §8.4.2).
void add_nav_points(pugi::xml_node parent, const std::vector<OutlineEntry>& entries, int& order) {
    for (const auto& e : entries) {
        auto point = parent.append_child("navPoint");
        ++order;
        xml::set_attr(point, "id", "navpoint-" + std::to_string(order));
        xml::set_attr(point, "playOrder", std::to_string(order));
        xml::add_element(point.append_child("navLabel"), "text", e.label);
        xml::set_attr(point.append_child("content"), "src", e.href);
        add_nav_points(point, e.children, order);
    }
}

void add_ncx_meta(pugi::xml_node head, const char* name, const std::string& content) {
    auto m = head.append_child("meta");
    xml::set_attr(m, "name", name);
    xml::set_attr(m, "content", content);
}

} // namespace

Bytes make_nav(const BookInfo& book) {
    pugi::xml_document doc;
    auto body = start_xhtml(doc, "Contents", book.language);
    add_toc_entries(add_nav(body, "toc", "h1", "Contents"), make_outline(book));
    add_landmarks(body, book);
    return xml::to_bytes(doc);
}

Bytes make_ncx(const BookInfo& book) {
    auto doc = xml::new_document();
    auto ncx = doc.append_child("ncx");
    xml::set_attr(ncx, "xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    xml::set_attr(ncx, "version", "2005-1");
    xml::set_attr(ncx, "xml:lang", book.language);
    auto head = ncx.append_child("head");
    // NCX (ANSI/NISO Z39.86-2005 §8.4.1): dtb:uid must equal the OPF's unique identifier.
    add_ncx_meta(head, "dtb:uid", book.identifier);
    const auto outline = make_outline(book);
    add_ncx_meta(head, "dtb:depth", std::to_string(std::max(1, depth_of(outline))));
    add_ncx_meta(head, "dtb:totalPageCount", "0");
    add_ncx_meta(head, "dtb:maxPageNumber", "0");
    xml::add_element(ncx.append_child("docTitle"), "text", book.title);
    int order = 0;
    add_nav_points(ncx.append_child("navMap"), outline, order);
    return xml::to_bytes(doc);
}

} // namespace brief::epub
