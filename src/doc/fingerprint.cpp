// fingerprint: one exhaustive visit per node family, so a node kind added to the model must be hashed before it compiles.
#include "doc/fingerprint.hpp"

#include "core/parallel.hpp"

namespace brief {

namespace {

void add(Fingerprint& f, const Pos& p) { f.add(p.line).add(p.column); }
void add(Fingerprint& f, const Inlines& inlines);
void add(Fingerprint& f, const Blocks& blocks);

void add(Fingerprint& f, const Note& n) {
    f.add(static_cast<int>(n.kind)).add(n.source_id).add(n.label).add(n.number);
    add(f, n.content);
    add(f, n.pos);
}

void add(Fingerprint& f, const Image& i) {
    f.add(i.url).add(i.alt).add(i.title).add(i.picture);
    add(f, i.pos);
}

void add(Fingerprint& f, const Inline& in) {
    f.add(in.node.index());
    std::visit(overloaded{
                   [&](const Text& t) { f.add(t.text), add(f, t.pos); },
                   [&](const Emph& e) { add(f, e.children), add(f, e.pos); },
                   [&](const Strong& s) { add(f, s.children), add(f, s.pos); },
                   [&](const Strike& s) { add(f, s.children), add(f, s.pos); },
                   [&](const Code& c) { f.add(c.text), add(f, c.pos); },
                   [&](const Link& l) {
                       f.add(l.url).add(l.title).add(l.id);
                       add(f, l.children);
                       add(f, l.pos);
                   },
                   [&](const Image& i) { add(f, i); },
                   [&](const SoftBreak& b) { add(f, b.pos); },
                   [&](const LineBreak& b) { add(f, b.pos); },
                   [&](const Note& n) { add(f, n); },
               },
               in.node);
}

void add(Fingerprint& f, const Inlines& inlines) {
    f.add(inlines.size());
    for (const auto& in : inlines) add(f, in);
}

void add(Fingerprint& f, const TableRow& row) {
    f.add(row.cells.size());
    for (const auto& cell : row.cells) add(f, cell.content), add(f, cell.pos);
    add(f, row.pos);
}

void add(Fingerprint& f, const Block& block) {
    f.add(block.node.index());
    std::visit(overloaded{
                   [&](const Paragraph& p) { add(f, p.content), add(f, p.pos); },
                   [&](const Heading& h) { f.add(h.level), add(f, h.content), add(f, h.pos); },
                   [&](const BlockQuote& q) { add(f, q.children), add(f, q.pos); },
                   [&](const List& l) {
                       f.add(l.ordered).add(l.start).add(l.tight).add(l.items.size());
                       for (const auto& item : l.items) {
                           add(f, item.children);
                           add(f, item.pos);
                           f.add(static_cast<int>(item.task));
                       }
                       add(f, l.pos);
                   },
                   [&](const CodeBlock& c) { f.add(c.info).add(c.text), add(f, c.pos); },
                   [&](const ThematicBreak& t) { add(f, t.pos); },
                   [&](const Table& t) {
                       f.add(t.columns.size());
                       for (const auto c : t.columns) f.add(static_cast<int>(c));
                       add(f, t.header);
                       f.add(t.rows.size());
                       for (const auto& row : t.rows) add(f, row);
                       add(f, t.caption);
                       f.add(t.number);
                       add(f, t.pos);
                   },
                   [&](const Figure& g) { add(f, g.image), add(f, g.caption), f.add(g.number), add(f, g.pos); },
               },
               block.node);
}

void add(Fingerprint& f, const Blocks& blocks) {
    f.add(blocks.size());
    for (const auto& b : blocks) add(f, b);
}

void add(Fingerprint& f, const Source& s) {
    f.add(s.id).add(s.outlet).add(s.title).add(s.author).add(s.date).add(s.url).add(s.retrieved).add(s.provenance);
    f.add(s.language).add(s.credited);
}

} // namespace

void fingerprint(Fingerprint& f, const Article& article) {
    add(f, article.source);
    add(f, article.attribution);
    add(f, article.blocks);
    f.add(article.file);
}

std::vector<std::uint64_t> article_fingerprints(const Briefing& briefing, int threads) {
    std::vector<std::uint64_t> out(briefing.articles.size());
    parallel_for(out.size(), threads, [&](std::size_t i) { out[i] = article_fingerprint(briefing, i, nullptr); });
    return out;
}

std::uint64_t article_fingerprint(const Briefing& briefing, std::size_t i, const std::vector<std::uint64_t>* keys) {
    if (keys != nullptr) return keys->at(i);
    Fingerprint f;
    fingerprint(f, briefing.articles.at(i));
    return f.value();
}

void fingerprint(Fingerprint& f, const FrontPart& part) {
    f.add(part.id).add(part.title);
    add(f, part.blocks);
}

void fingerprint(Fingerprint& f, const Source& source) { add(f, source); }

void fingerprint(Fingerprint& f, const BriefingMeta& meta) {
    f.add(meta.title).add(meta.subtitle).add(meta.date).add(meta.issuer).add(meta.classification);
    f.add(meta.language).add(meta.style).add(meta.key_points);
}

} // namespace brief
