// attribute_sources: the attribution note of each article and the notes for credited outlets.
#include "doc/passes.hpp"

#include "core/parallel.hpp"
#include "doc/text.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

namespace brief {

namespace {

bool is_word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
}

/// One alias of one credit, to look for in text.
struct Needle {
    std::string text;
    std::size_t credit = 0;
};

struct Match {
    std::size_t at = std::string::npos;
    std::size_t length = 0;
    std::size_t credit = 0;
};

/// The earliest whole-word match of any needle whose credit is not yet noted; the longest wins
/// at one position (needles are sorted longest first).
Match find_mention(std::string_view text, const std::vector<Needle>& needles,
                   const std::vector<bool>& done) {
    Match best;
    for (const auto& n : needles) {
        if (done[n.credit]) continue;
        for (std::size_t at = text.find(n.text); at != std::string_view::npos; at = text.find(n.text, at + 1)) {
            const bool starts = at == 0 || !is_word_char(text[at - 1]);
            const std::size_t end = at + n.text.size();
            const bool ends = end == text.size() || !is_word_char(text[end]);
            if (!starts || !ends) continue;
            if (at < best.at) best = {at, n.text.size(), n.credit};
            break;
        }
    }
    return best;
}

/// Read-only context of the credit search in one article.
struct CreditContext {
    const std::vector<Needle>& needles;
    const std::vector<Source>& credit_sources;
    const Source& article_source;
};

Note secondary_note(const CreditContext& ctx, std::size_t credit, Pos pos) {
    const Source& credited = ctx.credit_sources[credit];
    return Note{NoteKind::secondary, cite_credit(credited, ctx.article_source), credited.id, {}, 0, pos};
}

void note_credits(Inlines& inlines, const CreditContext& ctx, std::vector<bool>& done);

/// Splits the text node at `i` after a mention, inserting the note; returns the index to go on at.
std::size_t split_at_mention(Inlines& inlines, std::size_t i, const CreditContext& ctx,
                             std::vector<bool>& done) {
    auto& t = std::get<Text>(inlines[i].node);
    const Match m = find_mention(t.text, ctx.needles, done);
    if (m.at == std::string::npos) return i + 1;
    done[m.credit] = true;
    const std::size_t cut = m.at + m.length;
    Pos after = t.pos;
    if (after.column > 0) after.column += static_cast<int>(cut);
    Text rest{t.text.substr(cut), after};
    t.text.resize(cut);
    Note note = secondary_note(ctx, m.credit, after);
    inlines.insert(inlines.begin() + static_cast<std::ptrdiff_t>(i) + 1, Inline{std::move(note)});
    if (!rest.text.empty()) inlines.insert(inlines.begin() + static_cast<std::ptrdiff_t>(i) + 2, Inline{std::move(rest)});
    return i + 2; // the remainder may mention another credit
}

void note_credits(Inlines& inlines, const CreditContext& ctx, std::vector<bool>& done) {
    for (std::size_t i = 0; i < inlines.size();) {
        std::size_t next = i + 1;
        std::visit(overloaded{
                       [&](Text&) { next = split_at_mention(inlines, i, ctx, done); },
                       [&](Emph& e) { note_credits(e.children, ctx, done); },
                       [&](Strong& s) { note_credits(s.children, ctx, done); },
                       [&](Strike& s) { note_credits(s.children, ctx, done); },
                       [&](Code&) {}, [&](Image&) {}, [&](SoftBreak&) {}, [&](LineBreak&) {},
                       [&](Link&) {}, // a note mark inside a link would nest two links
                       [&](Note&) {},
                   },
                   inlines[i].node);
        i = next;
    }
}

void note_credits(Blocks& blocks, const CreditContext& ctx, std::vector<bool>& done) {
    for (auto& b : blocks) {
        std::visit(overloaded{
                       [&](Paragraph& p) { note_credits(p.content, ctx, done); },
                       [&](Heading&) {}, // marks in headings would also land in the contents
                       [&](BlockQuote& q) { note_credits(q.children, ctx, done); },
                       [&](List& l) {
                           for (auto& item : l.items) note_credits(item.children, ctx, done);
                       },
                       [&](CodeBlock&) {}, [&](ThematicBreak&) {},
                       [&](Table& t) {
                           for (auto& c : t.header.cells) note_credits(c.content, ctx, done);
                           for (auto& r : t.rows)
                               for (auto& c : r.cells) note_credits(c.content, ctx, done);
                       },
                       [&](Figure&) {}, // a caption is the writer's, not a report
                   },
                   b.node);
    }
}

std::vector<Needle> make_needles(const std::vector<Credit>& credits) {
    std::vector<Needle> needles;
    for (std::size_t c = 0; c < credits.size(); ++c) {
        if (!credits[c].name.empty()) needles.push_back({credits[c].name, c});
        for (const auto& alias : credits[c].aliases)
            if (!alias.empty()) needles.push_back({alias, c});
    }
    std::stable_sort(needles.begin(), needles.end(),
                     [](const Needle& a, const Needle& b) { return a.text.size() > b.text.size(); });
    return needles;
}

void assign_unique_ids(Briefing& briefing) {
    std::set<std::string> taken;
    auto unique = [&](std::string id) {
        std::string candidate = id;
        for (int n = 2; taken.count(candidate) != 0; ++n) candidate = id + "-" + std::to_string(n);
        taken.insert(candidate);
        return candidate;
    };
    for (auto& a : briefing.articles) a.source.id = unique(slug(a.source.id.empty() ? a.source.title : a.source.id));
    for (auto& s : briefing.sources) s.id = unique(slug(s.outlet));
}

} // namespace

void attribute_sources(Briefing& briefing, Diagnostics& /*diagnostics*/, int threads) {
    briefing.sources.clear();
    for (const auto& c : briefing.credits) {
        Source s;
        s.outlet = c.name;
        s.url = c.url;
        s.credited = true;
        briefing.sources.push_back(s);
    }
    assign_unique_ids(briefing);
    const std::vector<Source> credit_sources = briefing.sources;
    const auto needles = make_needles(briefing.credits);
    // each article on its own (its notes name only its source and the credits), on the run's threads
    parallel_for(briefing.articles.size(), threads, [&](std::size_t i) {
        Article& a = briefing.articles[i];
        a.attribution = Note{NoteKind::attribution, cite_source(a.source), a.source.id, {}, 0, {}};
        std::vector<bool> done(briefing.credits.size(), false);
        note_credits(a.blocks, CreditContext{needles, credit_sources, a.source}, done);
    });
    for (const auto& a : briefing.articles) briefing.sources.push_back(a.source);
}

} // namespace brief
