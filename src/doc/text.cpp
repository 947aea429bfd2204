// Text every backend shares, and the one walk over notes in reading order.
#include "doc/text.hpp"

#include "doc/dates.hpp"

#include <algorithm>
#include <cctype>

namespace brief {

namespace {

void append_plain(std::string& out, const Inlines& inlines);

void append_plain(std::string& out, const Inline& in) {
    std::visit(overloaded{
                   [&](const Text& t) { out += t.text; },
                   [&](const Emph& e) { append_plain(out, e.children); },
                   [&](const Strong& s) { append_plain(out, s.children); },
                   [&](const Strike& s) { append_plain(out, s.children); },
                   [&](const Code& c) { out += c.text; },
                   [&](const Link& l) { append_plain(out, l.children); },
                   [&](const Image& i) { out += i.alt; },
                   [&](const SoftBreak&) { out += ' '; },
                   [&](const LineBreak&) { out += ' '; },
                   [&](const Note&) {},
               },
               in.node);
}

void append_plain(std::string& out, const Inlines& inlines) {
    for (const auto& in : inlines) append_plain(out, in);
}

Inline text(std::string s) { return Inline{Text{std::move(s), {}}}; }

/// Appends `head` and, when there is an address, " <link>." after it.
void append_cited(Inlines& out, const std::string& head, const std::string& url) {
    if (url.empty()) {
        out.push_back(text(head));
        return;
    }
    out.push_back(text(head + " "));
    out.push_back(Inline{Link{url, {}, {text(url)}, {}, {}}});
    out.push_back(text("."));
}

/// True when text already ends with sentence punctuation (., ?, !, or an ellipsis).
bool ends_sentence(const std::string& t) {
    if (t.empty()) return false;
    const char c = t.back();
    return c == '.' || c == '?' || c == '!' || t.ends_with("\u2026");
}

std::string quoted(const std::string& title) { return "\u201C" + title + "\u201D"; }

template <class Fn> void walk_inlines(std::vector<Inline>& inlines, Fn& fn);

template <class Fn> void walk_inline_children(Inline& in, Fn& fn) {
    std::visit(overloaded{
                   [&](Text&) {}, [&](Code&) {}, [&](Image&) {}, [&](SoftBreak&) {},
                   [&](LineBreak&) {},
                   [&](Emph& e) { walk_inlines(e.children, fn); },
                   [&](Strong& s) { walk_inlines(s.children, fn); },
                   [&](Strike& s) { walk_inlines(s.children, fn); },
                   [&](Link& l) { walk_inlines(l.children, fn); },
                   [&](Note& n) {
                       fn(n);
                       walk_inlines(n.content, fn);
                   },
               },
               in.node);
}

template <class Fn> void walk_inlines(std::vector<Inline>& inlines, Fn& fn) {
    for (auto& in : inlines) walk_inline_children(in, fn);
}

template <class Fn> void walk_blocks(Blocks& blocks, Fn& fn) {
    for (auto& b : blocks) {
        std::visit(overloaded{
                       [&](Paragraph& p) { walk_inlines(p.content, fn); },
                       [&](Heading& h) { walk_inlines(h.content, fn); },
                       [&](BlockQuote& q) { walk_blocks(q.children, fn); },
                       [&](List& l) {
                           for (auto& item : l.items) walk_blocks(item.children, fn);
                       },
                       [&](CodeBlock&) {},
                       [&](ThematicBreak&) {},
                       [&](Table& t) {
                           walk_inlines(t.caption, fn);
                           for (auto& c : t.header.cells) walk_inlines(c.content, fn);
                           for (auto& r : t.rows)
                               for (auto& c : r.cells) walk_inlines(c.content, fn);
                       },
                       [&](Figure& f) { walk_inlines(f.caption, fn); },
                   },
                   b.node);
    }
}

} // namespace

std::string plain_text(const Inlines& inlines) {
    std::string out;
    append_plain(out, inlines);
    return out;
}

std::string byline(const Source& s) {
    std::string out;
    for (const std::string& part : {s.outlet, s.author, s.date.empty() ? std::string() : long_date(s.date)}) {
        if (part.empty()) continue;
        if (!out.empty()) out += " \u00B7 ";
        out += part;
    }
    return out.empty() ? "Source not stated" : out;
}

Inlines cite_source(const Source& s) {
    Inlines out;
    std::string head = s.outlet.empty() ? "Outlet not stated." : s.outlet + ".";
    if (!s.title.empty()) head += " " + quoted(ends_sentence(s.title) ? s.title : s.title + ".");
    head += s.author.empty() ? " Author not stated." : " By " + s.author + ".";
    head += s.date.empty() ? " Date not stated." : " Published " + long_date(s.date) + ".";
    if (s.url.empty()) head += " No address recorded.";
    append_cited(out, head, s.url);
    std::string tail;
    if (!s.retrieved.empty()) tail += " Retrieved " + long_date(s.retrieved) + ".";
    if (!s.provenance.empty()) tail += " Provenance: " + s.provenance + ".";
    if (!tail.empty()) out.push_back(text(tail));
    return out;
}

Inlines cite_credit(const Source& credited, const Source& by) {
    std::string who = by.outlet.empty() ? std::string() : by.outlet;
    if (!by.title.empty()) who += (who.empty() ? "" : " in ") + quoted(by.title);
    if (who.empty()) who = "this article";
    Inlines out;
    append_cited(out, credited.outlet + ", as credited by " + who + ".", credited.url);
    return out;
}

Inlines list_source(const Source& s) {
    if (!s.credited) return cite_source(s);
    Inlines out;
    append_cited(out, s.outlet + ". Secondary source credited by the articles.", s.url);
    return out;
}

std::string coverage_line(const Briefing& b) {
    std::vector<std::string> outlets;
    std::size_t unstated = 0;
    for (const auto& a : b.articles) {
        if (a.source.outlet.empty()) ++unstated;
        else if (std::find(outlets.begin(), outlets.end(), a.source.outlet) == outlets.end()) outlets.push_back(a.source.outlet);
    }
    const std::size_t n = b.articles.size();
    std::string out = std::to_string(n) + (n == 1 ? " report" : " reports");
    if (n > 0 && unstated == n) {
        out += n == 1 ? ", whose outlet is not stated." : ", none of which states its outlet.";
    } else {
        std::string parts;
        for (const auto& o : outlets) parts += (parts.empty() ? "" : ", ") + o;
        if (unstated > 0) parts += "; " + std::to_string(unstated) + " whose outlet is not stated";
        out += (parts.empty() ? "" : ": " + parts) + ".";
    }
    std::string credited;
    for (const auto& s : b.sources)
        if (s.credited) credited += (credited.empty() ? "" : ", ") + s.outlet;
    if (!credited.empty()) out += " Credited: " + credited + ".";
    return out;
}

std::string slug(std::string_view in) {
    std::string out;
    for (const char c : in) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "x" : out;
}

void visit_notes(Article& article, const std::function<void(Note&)>& fn) {
    fn(article.attribution);
    walk_blocks(article.blocks, fn);
}

void visit_notes(const Article& article, const std::function<void(const Note&)>& fn) {
    // The walk never changes anything; one traversal serves both constnesses.
    auto& mutable_article = const_cast<Article&>(article);
    visit_notes(mutable_article, [&](Note& n) { fn(n); });
}

namespace {

void add_link_ids(const Inlines& inlines, std::vector<std::string>& out) {
    for (const auto& in : inlines) {
        if (const auto* l = std::get_if<Link>(&in.node)) {
            if (!l->id.empty()) out.push_back(l->id);
            add_link_ids(l->children, out);
        } else if (const auto* e = std::get_if<Emph>(&in.node)) {
            add_link_ids(e->children, out);
        } else if (const auto* s = std::get_if<Strong>(&in.node)) {
            add_link_ids(s->children, out);
        } else if (const auto* k = std::get_if<Strike>(&in.node)) {
            add_link_ids(k->children, out);
        }
    }
}

void add_link_ids(const Blocks& blocks, std::vector<std::string>& out) {
    for (const auto& b : blocks) {
        std::visit(overloaded{
                       [&](const Paragraph& p) { add_link_ids(p.content, out); },
                       [&](const Heading& h) { add_link_ids(h.content, out); },
                       [&](const BlockQuote& q) { add_link_ids(q.children, out); },
                       [&](const List& l) {
                           for (const auto& item : l.items) add_link_ids(item.children, out);
                       },
                       [&](const CodeBlock&) {},
                       [&](const ThematicBreak&) {},
                       [&](const Table& t) {
                           for (const auto& r : t.rows)
                               for (const auto& c : r.cells) add_link_ids(c.content, out);
                       },
                       [&](const Figure&) {},
                   },
                   b.node);
    }
}

} // namespace

std::vector<std::string> link_ids(const Blocks& blocks) {
    std::vector<std::string> out;
    add_link_ids(blocks, out);
    return out;
}

void visit_notes(const Blocks& blocks, const std::function<void(const Note&)>& fn) {
    auto& mutable_blocks = const_cast<Blocks&>(blocks); // as above: the walk changes nothing
    auto each = [&](Note& n) { fn(n); };
    walk_blocks(mutable_blocks, each);
}

std::string language_tag(const std::string& language) {
    std::string out;
    std::size_t part = 0;
    for (const char c : language) {
        const bool sep = c == '-' || c == '_';
        if (sep) {
            if (part == 0) return "";
            out += '-';
            part = 0;
            continue;
        }
        const auto u = static_cast<unsigned char>(c);
        // the first subtag letters only, the others letters and digits, each 1 to 8 long
        if (!(std::isalpha(u) || (std::isdigit(u) && out.find('-') != std::string::npos)) || ++part > 8) return "";
        out += c;
    }
    return part == 0 ? "" : out;
}

} // namespace brief
