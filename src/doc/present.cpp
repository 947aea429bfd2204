// present_key_points: the Key points part (claims, their notes, the coverage table) and the links
// between each claim and the sentence in its article it was drawn from.
#include "doc/passes.hpp"

#include "doc/text.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace brief {

namespace {

/// The coverage table's mark where a source reports a claim (U+2713 CHECK MARK).
constexpr const char* reported_mark = "\u2713";

Inline text(std::string s) { return Inline{Text{std::move(s), {}}}; }

std::string point_id(std::size_t i) { return "key-point-" + std::to_string(i + 1); }
std::string claim_id(std::size_t i) { return "claim-" + std::to_string(i + 1); }
/// "#id": a link to an id (appended, not `"#" + id`, which GCC 12 -O2 misreads as -Wrestrict).
std::string href(const std::string& id) {
    std::string out(1, '#');
    out += id;
    return out;
}

std::size_t plain_length(const Inline& in) { return plain_text(Inlines{in}).size(); }

/// Splits the top-level Text node that strictly contains `offset` (plain-text bytes) in two, so
/// that `offset` falls between nodes. Offsets inside another kind of node are left as they are.
void split_at(Inlines& content, std::size_t offset) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < content.size(); ++i) {
        const std::size_t length = plain_length(content[i]);
        if (offset > at && offset < at + length) {
            auto* t = std::get_if<Text>(&content[i].node);
            if (t == nullptr) return;
            Text tail{t->text.substr(offset - at), t->pos};
            if (tail.pos.line > 0) tail.pos.column += static_cast<int>(offset - at);
            t->text.resize(offset - at);
            content.insert(content.begin() + static_cast<std::ptrdiff_t>(i) + 1, Inline{std::move(tail)});
            return;
        }
        at += length;
    }
}

/// True when the node is a link or holds one (an emphasis around a link). A note's mark is one
/// too: a noteref in EPUB, a link to the note in the PDF, a footnote reference in WordprocessingML.
bool holds_link(const Inline& in) {
    auto any = [](const Inlines& children) { return std::any_of(children.begin(), children.end(), holds_link); };
    if (std::holds_alternative<Link>(in.node) || std::holds_alternative<Note>(in.node)) return true;
    if (const auto* e = std::get_if<Emph>(&in.node)) return any(e->children);
    if (const auto* s = std::get_if<Strong>(&in.node)) return any(s->children);
    if (const auto* s = std::get_if<Strike>(&in.node)) return any(s->children);
    return false;
}

/// What links `nodes` to `url` without nesting a link in a link (HTML's <a> may not hold another,
/// HTML §4.5.1; nor can a PDF link annotation or a WordprocessingML hyperlink): each run of nodes
/// without a link is wrapped in a Link of its own, a link of the writer's (or a note's mark) is
/// kept as it is, and an emphasis holding one is linked inside. The first Link made takes `id` (then left empty).
Inlines link_around(Inlines nodes, const std::string& url, std::string& id) {
    Inlines out, run;
    auto close_run = [&] {
        if (run.empty()) return;
        out.push_back(Inline{Link{url, {}, std::move(run), {}, std::exchange(id, {})}});
        run.clear();
    };
    for (auto& node : nodes) {
        if (!holds_link(node)) {
            run.push_back(std::move(node));
            continue;
        }
        close_run();
        if (auto* e = std::get_if<Emph>(&node.node)) e->children = link_around(std::move(e->children), url, id);
        else if (auto* s = std::get_if<Strong>(&node.node)) s->children = link_around(std::move(s->children), url, id);
        else if (auto* k = std::get_if<Strike>(&node.node)) k->children = link_around(std::move(k->children), url, id);
        out.push_back(std::move(node));
    }
    close_run();
    return out;
}

/// Links the top-level nodes that show `sentence` to `url`, the first piece named `id`, around
/// any link they hold (link_around); false (and nothing changed) when the sentence is not there
/// or is all one link of the writer's. A node the sentence only partly covers is taken whole.
bool wrap_sentence(Inlines& content, const std::string& sentence, const std::string& url, const std::string& id) {
    const std::size_t start = plain_text(content).find(sentence);
    if (start == std::string::npos || sentence.empty()) return false;
    const std::size_t end = start + sentence.size();
    Inlines trial = content;
    split_at(trial, end);
    split_at(trial, start);
    std::size_t at = 0, first = trial.size(), last = 0;
    for (std::size_t i = 0; i < trial.size(); ++i) {
        const std::size_t length = plain_length(trial[i]);
        const bool inside = length == 0 ? at > start && at < end : at < end && at + length > start;
        if (inside) {
            first = std::min(first, i);
            last = i + 1;
        }
        at += length;
    }
    if (first >= last) return false;
    const auto from = trial.begin() + static_cast<std::ptrdiff_t>(first);
    const auto to = trial.begin() + static_cast<std::ptrdiff_t>(last);
    std::string name = id;
    Inlines linked = link_around(Inlines(std::make_move_iterator(from), std::make_move_iterator(to)), url, name);
    if (!name.empty()) return false; // no piece to link: the claim's link would have no target
    trial.erase(from, to);
    trial.insert(trial.begin() + static_cast<std::ptrdiff_t>(first), std::make_move_iterator(linked.begin()),
                 std::make_move_iterator(linked.end()));
    content = std::move(trial);
    return true;
}

/// The article's `number`th top-level paragraph (1-based, as find_key_points counts them).
Paragraph* paragraph_of(Article& article, int number) {
    int seen = 0;
    for (auto& block : article.blocks)
        if (auto* p = std::get_if<Paragraph>(&block.node); p != nullptr && ++seen == number) return p;
    return nullptr;
}

/// Links the claim's own sentence in its article to key point `i`; true when it could.
bool link_claim(Briefing& b, const KeyPoint& k, std::size_t i) {
    if (k.sentences.empty() || k.sentences.front().article >= b.articles.size()) return false;
    const ClaimSentence& s = k.sentences.front();
    Paragraph* p = paragraph_of(b.articles[s.article], s.paragraph);
    return p != nullptr && wrap_sentence(p->content, s.text, href(point_id(i)), claim_id(i));
}

/// "Reported by 4 of 5 sources." or, for an account the claim credits to another outlet,
/// "Reported by 5 of 5 sources, crediting The Wall Street Journal." (each source's report is
/// counted, the credited outlet's account being one claim they all repeat).
std::string reported(const KeyPoint& k) {
    std::string out = " Reported by "; // after the claim's sentence
    out += std::to_string(k.sources) + " of " + std::to_string(k.of) + (k.of == 1 ? " source" : " sources");
    if (!k.credit.empty()) out += ", crediting " + k.credit;
    return out + ".";
}

/// One claim: its sentence (a link to where it was drawn from, when there is one), how many
/// sources report it, and a note per reporting source, the marks separated by commas.
Block claim_item(const KeyPoint& k, std::size_t i, bool linked) {
    Inlines content;
    if (linked) content.push_back(Inline{Link{href(claim_id(i)), {}, {text(k.text)}, {}, point_id(i)}});
    else content.push_back(text(k.text));
    content.push_back(text(reported(k)));
    for (std::size_t n = 0; n < k.notes.size(); ++n) {
        if (n > 0) content.push_back(text(","));
        content.push_back(Inline{k.notes[n]});
    }
    return Block{Paragraph{std::move(content), {}}};
}

/// Who an article's source is in the table: its outlet, or its title when the outlet is not stated.
std::string source_label(const Article& a) {
    if (!a.source.outlet.empty()) return a.source.outlet;
    return a.source.title.empty() ? "Untitled article" : "\u201C" + a.source.title + "\u201D";
}

/// Claims by sources: a row per source that reports any claim (briefing order), a column per
/// claim numbered as in the list, the mark where the source reports it.
Block coverage_table(const Briefing& b) {
    std::map<std::size_t, std::vector<bool>> rows; // first article of the source -> claims
    std::map<std::string, std::size_t> by_label;
    const std::size_t n = b.key_points.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t a : b.key_points[i].articles) {
            const std::size_t row = by_label.try_emplace(source_label(b.articles[a]), a).first->second;
            auto& marks = rows.try_emplace(row, std::vector<bool>(n, false)).first->second;
            marks[i] = true;
        }
    Table t;
    t.columns.push_back(ColumnAlign::left);
    t.header.cells.push_back(TableCell{{text("Source")}, {}});
    for (std::size_t i = 0; i < n; ++i) {
        t.columns.push_back(ColumnAlign::center);
        t.header.cells.push_back(TableCell{{text(std::to_string(i + 1))}, {}});
    }
    for (const auto& [article, marks] : rows) {
        TableRow row;
        row.cells.push_back(TableCell{{text(source_label(b.articles[article]))}, {}});
        for (bool reports : marks) row.cells.push_back(TableCell{reports ? Inlines{text(reported_mark)} : Inlines{}, {}});
        t.rows.push_back(std::move(row));
    }
    t.caption = {text("Coverage: which source reports each key point above.")};
    return Block{std::move(t)};
}

} // namespace

void present_key_points(Briefing& briefing) {
    std::erase_if(briefing.front, [](const FrontPart& p) { return p.id == "key-points"; });
    if (briefing.key_points.empty()) return;
    FrontPart part{"key-points", "Key points", {}};
    const int of = briefing.key_points.front().of;
    std::string intro = "What at least two of the ";
    intro += std::to_string(of);
    intro += " sources report, most reported first; each note cites one of them.";
    part.blocks.push_back(Block{Paragraph{{text(std::move(intro))}, {}}});
    List list;
    list.ordered = true;
    list.tight = false;
    for (std::size_t i = 0; i < briefing.key_points.size(); ++i) {
        const bool linked = link_claim(briefing, briefing.key_points[i], i);
        list.items.push_back(ListItem{{claim_item(briefing.key_points[i], i, linked)}, {}, Task::none});
    }
    part.blocks.push_back(Block{std::move(list)});
    part.blocks.push_back(coverage_table(briefing));
    briefing.front.insert(briefing.front.begin(), std::move(part));
}

} // namespace brief
