// outline_headings and number_tables_and_figures: the passes that walk blocks in reading order.
#include "doc/passes.hpp"

#include <algorithm>

namespace brief {

namespace {

/// Calls fn on every block in reading order, depth first (quotes and list items included).
template <class Fn> void walk_blocks(Blocks& blocks, Fn& fn) {
    for (auto& b : blocks) {
        fn(b);
        if (auto* q = std::get_if<BlockQuote>(&b.node)) walk_blocks(q->children, fn);
        if (auto* l = std::get_if<List>(&b.node))
            for (auto& item : l->items) walk_blocks(item.children, fn);
    }
}

/// One article's headings: each is one level below the nearest shallower heading before it, the
/// first level being 1 (just under the article's title), capped at `deepest`.
void outline(Article& a) {
    std::vector<std::pair<int, int>> open; // (level as written, level given)
    auto fn = [&](Block& b) {
        auto* h = std::get_if<Heading>(&b.node);
        if (h == nullptr) return;
        while (!open.empty() && open.back().first >= h->level) open.pop_back();
        const int given = open.empty() ? 1 : open.back().second + 1;
        open.emplace_back(h->level, given);
        h->level = std::min(given, deepest_heading);
    };
    walk_blocks(a.blocks, fn);
}

} // namespace

void outline_headings(Briefing& briefing) {
    for (auto& a : briefing.articles) outline(a);
}

void number_tables_and_figures(Briefing& briefing) {
    int tables = 0;
    int figures = 0;
    auto fn = [&](Block& b) {
        if (auto* t = std::get_if<Table>(&b.node); t != nullptr && !t->caption.empty()) t->number = ++tables;
        if (auto* f = std::get_if<Figure>(&b.node)) f->number = ++figures;
    };
    for (auto& part : briefing.front) walk_blocks(part.blocks, fn);
    for (auto& a : briefing.articles) walk_blocks(a.blocks, fn);
}

} // namespace brief
