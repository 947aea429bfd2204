// dump_document: pages, lines, runs, rects, links and anchors as stable text.
#include "write/pdf/layout/dump.hpp"

#include <cstdio>

namespace brief::pdf {

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v + 0.0);
    std::string s = buf;
    return s == "-0.00" ? "0.00" : s;
}

std::string join(const std::vector<int>& v) {
    std::string out;
    for (int n : v) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out.empty() ? "-" : out;
}

} // namespace

std::string line_text(const Line& line) {
    std::string out;
    for (const auto& r : line.runs) out += r.placeholder ? std::string("\xEF\xBF\xBD") : r.text;
    return out;
}

std::string dump_document(const Document& doc, bool runs) {
    std::string out = "document " + num(doc.width) + " x " + num(doc.height) + "\n";
    for (const auto& b : doc.bookmarks) out += "bookmark " + std::to_string(b.level) + " " + b.dest + " \"" + b.title + "\"\n";
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        out += "page " + std::to_string(p + 1) + " notes " + join(page.notes) + " marks " + join(page.marks) + "\n";
        for (const auto& r : page.rects)
            out += "  rect " + num(r.x) + " " + num(r.y) + " " + num(r.w) + " " + num(r.h) + " " + r.color.hex() + "\n";
        for (const auto lines : line_groups(page))
            for (const auto& l : lines) {
                out += "  line " + num(l.baseline) + " " + l.role;
                if (runs) {
                    for (const auto& r : l.runs) {
                        out += " [" + num(r.x) + " \"" + (r.placeholder ? std::string("\xEF\xBF\xBD") : r.text) + "\"";
                        if (r.rise != 0) out += " ^";
                        out += "]";
                    }
                } else {
                    out += " \"" + line_text(l) + "\"";
                }
                if (l.hyphenated) out += " (hyphenated)";
                out += "\n";
            }
        for (const auto& k : page.links)
            out += "  link " + num(k.x) + " " + num(k.y) + " " + num(k.w) + " " + num(k.h) + " -> " +
                   (k.uri.empty() ? "#" + k.dest : k.uri) + "\n";
        for (const auto& a : page.anchors) out += "  anchor " + a.name + " " + num(a.y) + "\n";
    }
    return out;
}

} // namespace brief::pdf
