// dump_briefing: an exhaustive visit over every node family, written as indented lines.
#include "doc/dump.hpp"

#include "doc/text.hpp"

namespace brief {

namespace {

const char* kind_name(NoteKind k) {
    switch (k) {
    case NoteKind::attribution: return "attribution";
    case NoteKind::secondary: return "secondary";
    case NoteKind::author: return "author";
    }
    return "?";
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else out += c;
    }
    return out + '"';
}

std::string at(Pos p) { return " @" + std::to_string(p.line) + ":" + std::to_string(p.column); }

/// Accumulates the lines of the dump.
class Dumper {
  public:
    std::string out;

    void line(int depth, const std::string& text) {
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
        out += text;
        out += '\n';
    }

    void field(int depth, const char* name, const std::string& value) {
        if (!value.empty()) line(depth, std::string(name) + " " + quote(value));
    }

    void source(int depth, const Source& s) {
        line(depth, "source " + s.id + (s.credited ? " (credited)" : ""));
        field(depth + 1, "outlet", s.outlet);
        field(depth + 1, "title", s.title);
        field(depth + 1, "author", s.author);
        field(depth + 1, "date", s.date);
        field(depth + 1, "url", s.url);
        field(depth + 1, "retrieved", s.retrieved);
        field(depth + 1, "provenance", s.provenance);
        field(depth + 1, "language", s.language);
    }

    void note(int depth, const Note& n) {
        std::string head = "note " + std::to_string(n.number) + " " + kind_name(n.kind);
        if (!n.source_id.empty()) head += " source=" + n.source_id;
        if (!n.label.empty()) head += " label=" + quote(n.label);
        line(depth, head + at(n.pos));
        inlines(depth + 1, n.content);
    }

    void inlines(int depth, const Inlines& list) {
        for (const auto& in : list) inline_node(depth, in);
    }

    void inline_node(int d, const Inline& in) {
        std::visit(overloaded{
                       [&](const Text& t) { line(d, "text " + quote(t.text) + at(t.pos)); },
                       [&](const Emph& e) { line(d, "emph" + at(e.pos)), inlines(d + 1, e.children); },
                       [&](const Strong& s) { line(d, "strong" + at(s.pos)), inlines(d + 1, s.children); },
                       [&](const Strike& s) { line(d, "strike" + at(s.pos)), inlines(d + 1, s.children); },
                       [&](const Code& c) { line(d, "code " + quote(c.text) + at(c.pos)); },
                       [&](const Link& l) {
                           line(d, "link " + quote(l.url) + (l.title.empty() ? "" : " title=" + quote(l.title)) +
                                       (l.id.empty() ? "" : " id=" + l.id) + at(l.pos));
                           inlines(d + 1, l.children);
                       },
                       [&](const Image& i) { image(d, i); },
                       [&](const SoftBreak& s) { line(d, "softbreak" + at(s.pos)); },
                       [&](const LineBreak& l) { line(d, "linebreak" + at(l.pos)); },
                       [&](const Note& n) { note(d, n); },
                   },
                   in.node);
    }

    void image(int d, const Image& i) {
        line(d, "image " + quote(i.url) + " alt=" + quote(i.alt) + (i.title.empty() ? "" : " title=" + quote(i.title)) +
                    (i.picture.empty() ? " not-embedded" : " picture=" + i.picture) + at(i.pos));
    }

    void row(int d, const char* kind, const TableRow& r) {
        line(d, kind + at(r.pos));
        for (const auto& c : r.cells) line(d + 1, "cell" + at(c.pos)), inlines(d + 2, c.content);
    }

    void table(int d, const Table& t) {
        static const char* names[] = {"none", "left", "center", "right"};
        std::string columns;
        for (auto a : t.columns) columns += std::string(columns.empty() ? "" : ",") + names[static_cast<int>(a)];
        line(d, "table " + std::to_string(t.number) + " columns=" + columns + at(t.pos));
        if (!t.caption.empty()) line(d + 1, "caption"), inlines(d + 2, t.caption);
        row(d + 1, "header", t.header);
        for (const auto& r : t.rows) row(d + 1, "row", r);
    }

    void blocks(int depth, const Blocks& list) {
        for (const auto& b : list) block(depth, b);
    }

    void block(int d, const Block& b) {
        std::visit(overloaded{
                       [&](const Paragraph& p) { line(d, "paragraph" + at(p.pos)), inlines(d + 1, p.content); },
                       [&](const Heading& h) {
                           line(d, "heading " + std::to_string(h.level) + at(h.pos));
                           inlines(d + 1, h.content);
                       },
                       [&](const BlockQuote& q) { line(d, "blockquote" + at(q.pos)), blocks(d + 1, q.children); },
                       [&](const List& l) {
                           line(d, std::string(l.ordered ? "ordered-list start=" + std::to_string(l.start) : "bullet-list") +
                                       (l.tight ? " tight" : " loose") + at(l.pos));
                           for (const auto& item : l.items) {
                               const char* task = item.task == Task::none ? "" : item.task == Task::open ? " task=open" : " task=done";
                               line(d + 1, "item" + std::string(task) + at(item.pos)), blocks(d + 2, item.children);
                           }
                       },
                       [&](const CodeBlock& c) {
                           line(d, "codeblock" + (c.info.empty() ? std::string() : " info=" + quote(c.info)) + at(c.pos));
                           line(d + 1, quote(c.text));
                       },
                       [&](const ThematicBreak& t) { line(d, "thematic-break" + at(t.pos)); },
                       [&](const Table& t) { table(d, t); },
                       [&](const Figure& f) {
                           line(d, "figure " + std::to_string(f.number) + at(f.pos));
                           image(d + 1, f.image);
                           if (!f.caption.empty()) line(d + 1, "caption"), inlines(d + 2, f.caption);
                       },
                   },
                   b.node);
    }
};

} // namespace

std::string dump_briefing(const Briefing& b) {
    Dumper d;
    d.line(0, "briefing");
    d.field(1, "title", b.meta.title);
    d.field(1, "subtitle", b.meta.subtitle);
    d.field(1, "date", b.meta.date);
    d.field(1, "issuer", b.meta.issuer);
    d.field(1, "classification", b.meta.classification);
    d.field(1, "language", b.meta.language);
    for (const auto& c : b.credits) {
        std::string aliases;
        for (const auto& a : c.aliases) aliases += " " + quote(a);
        d.line(1, "credit " + quote(c.name) + (aliases.empty() ? "" : " aliases" + aliases));
    }
    for (const auto& p : b.pictures)
        d.line(0, "picture " + p.id + " " + p.media_type + " " + std::to_string(p.width) + "x" + std::to_string(p.height) +
                      " components=" + std::to_string(p.components) + (p.alpha.empty() ? "" : " alpha") + " file=" + quote(p.file));
    for (const auto& k : b.key_points) {
        d.line(0, "key-point " + quote(k.text) + " reported-by " + std::to_string(k.sources) + " of " + std::to_string(k.of) +
                      (k.credit.empty() ? "" : " credit=" + quote(k.credit)));
        for (const auto& s : k.sentences) {
            char sim[16];
            std::snprintf(sim, sizeof sim, "%.2f", s.similarity);
            d.line(1, "sentence " + quote(b.articles.at(s.article).file) + " paragraph " + std::to_string(s.paragraph) +
                          " similarity " + sim + " " + quote(s.text));
        }
        for (const auto& n : k.notes) d.line(1, "credits " + n.source_id + " " + quote(plain_text(n.content)));
    }
    for (const auto& p : b.front) {
        d.line(0, "front " + p.id + " " + quote(p.title));
        d.blocks(1, p.blocks);
    }
    d.line(0, "sources");
    for (const auto& s : b.sources) d.source(1, s);
    for (const auto& a : b.articles) {
        d.line(0, "article " + quote(a.file));
        d.source(1, a.source);
        d.note(1, a.attribution);
        d.blocks(1, a.blocks);
    }
    return d.out;
}

} // namespace brief
