// dump_json: the whole model after the passes as one JSON document (nlohmann-json), for scripts.
#include "app/dump_json.hpp"

#include <nlohmann/json.hpp>

namespace brief {

namespace {

using nlohmann::ordered_json;

ordered_json inlines_json(const Inlines& inlines);
ordered_json blocks_json(const Blocks& blocks);

ordered_json pos_json(Pos p) { return ordered_json::array({p.line, p.column}); }

const char* kind_name(NoteKind k) {
    switch (k) {
    case NoteKind::attribution: return "attribution";
    case NoteKind::secondary: return "secondary";
    case NoteKind::author: return "author";
    }
    return "author";
}

ordered_json note_json(const Note& n) {
    return {{"type", "note"}, {"kind", kind_name(n.kind)}, {"number", n.number}, {"source", n.source_id},
            {"label", n.label}, {"content", inlines_json(n.content)}, {"pos", pos_json(n.pos)}};
}

ordered_json with_children(const char* type, const Inlines& children, Pos pos) {
    return {{"type", type}, {"children", inlines_json(children)}, {"pos", pos_json(pos)}};
}

ordered_json inline_json(const Inline& in) {
    return std::visit(overloaded{
                          [](const Text& t) -> ordered_json { return {{"type", "text"}, {"text", t.text}, {"pos", pos_json(t.pos)}}; },
                          [](const Emph& e) { return with_children("emph", e.children, e.pos); },
                          [](const Strong& e) { return with_children("strong", e.children, e.pos); },
                          [](const Strike& e) { return with_children("strike", e.children, e.pos); },
                          [](const Code& c) -> ordered_json { return {{"type", "code"}, {"text", c.text}, {"pos", pos_json(c.pos)}}; },
                          [](const Link& l) {
                              ordered_json j = with_children("link", l.children, l.pos);
                              j["url"] = l.url;
                              j["title"] = l.title;
                              j["id"] = l.id;
                              return j;
                          },
                          [](const Image& i) -> ordered_json {
                              return {{"type", "image"}, {"url", i.url}, {"alt", i.alt}, {"title", i.title},
                                      {"picture", i.picture}, {"pos", pos_json(i.pos)}};
                          },
                          [](const SoftBreak& b) -> ordered_json { return {{"type", "softbreak"}, {"pos", pos_json(b.pos)}}; },
                          [](const LineBreak& b) -> ordered_json { return {{"type", "linebreak"}, {"pos", pos_json(b.pos)}}; },
                          [](const Note& n) { return note_json(n); },
                      },
                      in.node);
}

ordered_json inlines_json(const Inlines& inlines) {
    ordered_json out = ordered_json::array();
    for (const auto& in : inlines) out.push_back(inline_json(in));
    return out;
}

const char* align_name(ColumnAlign a) {
    switch (a) {
    case ColumnAlign::none: return "none";
    case ColumnAlign::left: return "left";
    case ColumnAlign::center: return "center";
    case ColumnAlign::right: return "right";
    }
    return "none";
}

ordered_json row_json(const TableRow& row) {
    ordered_json cells = ordered_json::array();
    for (const auto& c : row.cells) cells.push_back(inlines_json(c.content));
    return cells;
}

ordered_json table_json(const Table& t) {
    ordered_json columns = ordered_json::array(), rows = ordered_json::array();
    for (auto a : t.columns) columns.push_back(align_name(a));
    for (const auto& r : t.rows) rows.push_back(row_json(r));
    return {{"type", "table"}, {"number", t.number}, {"columns", columns}, {"header", row_json(t.header)},
            {"rows", rows}, {"caption", inlines_json(t.caption)}, {"pos", pos_json(t.pos)}};
}

ordered_json list_json(const List& l) {
    ordered_json items = ordered_json::array();
    for (const auto& item : l.items) {
        const char* task = item.task == Task::none ? "none" : item.task == Task::open ? "open" : "done";
        items.push_back({{"task", task}, {"children", blocks_json(item.children)}, {"pos", pos_json(item.pos)}});
    }
    return {{"type", "list"}, {"ordered", l.ordered}, {"start", l.start}, {"tight", l.tight}, {"items", items}, {"pos", pos_json(l.pos)}};
}

ordered_json block_json(const Block& b) {
    return std::visit(overloaded{
                          [](const Paragraph& p) -> ordered_json {
                              return {{"type", "paragraph"}, {"content", inlines_json(p.content)}, {"pos", pos_json(p.pos)}};
                          },
                          [](const Heading& h) -> ordered_json {
                              return {{"type", "heading"}, {"level", h.level}, {"content", inlines_json(h.content)}, {"pos", pos_json(h.pos)}};
                          },
                          [](const BlockQuote& q) -> ordered_json {
                              return {{"type", "blockquote"}, {"children", blocks_json(q.children)}, {"pos", pos_json(q.pos)}};
                          },
                          [](const List& l) { return list_json(l); },
                          [](const CodeBlock& c) -> ordered_json {
                              return {{"type", "code"}, {"info", c.info}, {"text", c.text}, {"pos", pos_json(c.pos)}};
                          },
                          [](const ThematicBreak& t) -> ordered_json { return {{"type", "rule"}, {"pos", pos_json(t.pos)}}; },
                          [](const Table& t) { return table_json(t); },
                          [](const Figure& f) -> ordered_json {
                              return {{"type", "figure"}, {"number", f.number}, {"image", inline_json(Inline{f.image})},
                                      {"caption", inlines_json(f.caption)}, {"pos", pos_json(f.pos)}};
                          },
                      },
                      b.node);
}

ordered_json blocks_json(const Blocks& blocks) {
    ordered_json out = ordered_json::array();
    for (const auto& b : blocks) out.push_back(block_json(b));
    return out;
}

ordered_json source_json(const Source& s) {
    return {{"id", s.id},       {"outlet", s.outlet},       {"title", s.title},       {"author", s.author},
            {"date", s.date},   {"url", s.url},             {"retrieved", s.retrieved}, {"provenance", s.provenance},
            {"language", s.language}, {"credited", s.credited}};
}

ordered_json key_point_json(const Briefing& b, const KeyPoint& k) {
    ordered_json articles = ordered_json::array(), notes = ordered_json::array(), sentences = ordered_json::array();
    for (std::size_t a : k.articles) articles.push_back(b.articles.at(a).file);
    for (const auto& n : k.notes) notes.push_back(note_json(n));
    for (const auto& s : k.sentences)
        sentences.push_back({{"article", b.articles.at(s.article).file}, {"paragraph", s.paragraph},
                             {"similarity", s.similarity}, {"text", s.text}});
    return {{"text", k.text}, {"articles", articles}, {"sources", k.sources}, {"of", k.of},
            {"credit", k.credit}, {"notes", notes}, {"sentences", sentences}};
}

ordered_json meta_json(const BriefingMeta& m) {
    return {{"title", m.title}, {"subtitle", m.subtitle}, {"date", m.date}, {"issuer", m.issuer},
            {"classification", m.classification}, {"language", m.language}, {"style", m.style},
            {"key_points", m.key_points}};
}

} // namespace

std::string dump_json(const Briefing& b) {
    ordered_json credits = ordered_json::array(), sources = ordered_json::array(), points = ordered_json::array(),
                 front = ordered_json::array(), articles = ordered_json::array(), pictures = ordered_json::array();
    for (const auto& c : b.credits) credits.push_back({{"name", c.name}, {"aliases", c.aliases}, {"url", c.url}});
    for (const auto& s : b.sources) sources.push_back(source_json(s));
    for (const auto& k : b.key_points) points.push_back(key_point_json(b, k));
    for (const auto& p : b.front) front.push_back({{"id", p.id}, {"title", p.title}, {"blocks", blocks_json(p.blocks)}});
    for (const auto& p : b.pictures)
        pictures.push_back({{"id", p.id}, {"file", p.file}, {"media_type", p.media_type}, {"width", p.width}, {"height", p.height}});
    for (const auto& a : b.articles)
        articles.push_back({{"file", a.file}, {"source", source_json(a.source)}, {"attribution", note_json(a.attribution)},
                            {"blocks", blocks_json(a.blocks)}});
    const ordered_json doc = {{"meta", meta_json(b.meta)}, {"credits", credits}, {"key_points", points}, {"front", front},
                              {"sources", sources}, {"pictures", pictures}, {"articles", articles}};
    // ensure_ascii off: UTF-8 as it is; replace: the model is valid UTF-8, but never throw on it
    return doc.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace brief
