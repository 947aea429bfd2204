// extract_article: Readability's idea (paragraphs vote for their containers, links count against)
// with trafilatura's care inside the winner (class hints, link-heavy and caption blocks dropped),
// and the page's own JSON-LD articleBody as a check when it has one.
#include "import/extract.hpp"

#include "core/utf8.hpp"
#include "import/hints.hpp"
#include "import/looks.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

namespace {

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

int tag_weight(std::string_view tag) {
    if (tag == "div" || tag == "article" || tag == "main" || tag == "section") return 5;
    if (is_one_of(tag, {"pre", "td", "blockquote"})) return 3;
    if (is_one_of(tag, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) return -3;
    if (is_one_of(tag, {"h1", "h2", "h3", "h4", "h5", "h6", "th"})) return -5;
    return 0;
}

/// Per element: the text under it and the votes it got.
struct Tally {
    double score = 0; ///< the votes of the paragraphs under it
    int tag_weight = 0;
    int class_weight = 0;
    std::size_t chars = 0;
    std::size_t link_chars = 0;
    bool candidate = false;
};

struct Scores {
    const HtmlDocument& doc;
    std::vector<Tally> t;
    mutable std::vector<signed char> weights; ///< class_weight / 25 + 1 per node, once known; -1 before

    /// class_weight of node `i`, computed once (chrome checks ask for the same ancestors often).
    [[nodiscard]] int weight(int i) const {
        signed char& w = weights[static_cast<std::size_t>(i)];
        if (w < 0) w = static_cast<signed char>(class_weight(doc.nodes[static_cast<std::size_t>(i)]) / 25 + 1);
        return (w - 1) * 25;
    }

    [[nodiscard]] int parent(int i) const { return doc.nodes[static_cast<std::size_t>(i)].parent; }
    [[nodiscard]] double link_density(int i) const {
        const Tally& x = t[static_cast<std::size_t>(i)];
        return x.chars == 0 ? 0.0 : static_cast<double>(x.link_chars) / static_cast<double>(x.chars);
    }
    /// Votes plus the tag's and the class's weight, times the share of text outside links. A
    /// good class name at most doubles the votes: a byline box called "article-meta" that got
    /// one vote does not beat the body.
    [[nodiscard]] double final_score(int i) const {
        const Tally& x = t[static_cast<std::size_t>(i)];
        const double hint = x.class_weight > 0 ? std::min<double>(x.class_weight, x.score) : x.class_weight;
        return (x.score + x.tag_weight + hint) * (1.0 - link_density(i));
    }
};

std::size_t count_commas(const Block& b) {
    std::size_t n = 0;
    for (const Span& s : b.spans) n += static_cast<std::size_t>(std::count(s.text.begin(), s.text.end(), ','));
    return n;
}

void add_vote(Scores& s, int node, double vote) {
    Tally& x = s.t[static_cast<std::size_t>(node)];
    if (!x.candidate) {
        x.candidate = true;
        const HtmlNode& n = s.doc.nodes[static_cast<std::size_t>(node)];
        x.tag_weight = tag_weight(n.tag);
        x.class_weight = s.weight(node);
    }
    x.score += vote;
}

/// Sums text under every element, then lets each paragraph of 25 bytes or more vote for the
/// five elements above it: its parent fully, its grandparent half, the rest a third per level.
Scores score_containers(const HtmlDocument& doc, const std::vector<Leaf>& leaves) {
    Scores s{doc, std::vector<Tally>(doc.nodes.size()), std::vector<signed char>(doc.nodes.size(), -1)};
    for (const Leaf& leaf : leaves)
        for (int a = leaf.owner; a >= 0; a = s.parent(a)) {
            s.t[static_cast<std::size_t>(a)].chars += leaf.chars;
            s.t[static_cast<std::size_t>(a)].link_chars += leaf.link_chars;
        }
    for (const Leaf& leaf : leaves) {
        if (leaf.chars < 25 || leaf.caption || leaf.block.kind == BlockKind::heading) continue;
        const double vote = 1.0 + static_cast<double>(count_commas(leaf.block)) +
                            std::min(static_cast<double>(leaf.chars) / 100.0, 3.0);
        int a = s.parent(leaf.owner);
        for (int level = 0; a >= 0 && level < 5; ++level, a = s.parent(a))
            add_vote(s, a, vote / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0));
    }
    return s;
}

int best_candidate(const Scores& s) {
    int best = -1;
    for (std::size_t i = 0; i < s.t.size(); ++i)
        if (s.t[i].candidate && (best < 0 || s.final_score(static_cast<int>(i)) > s.final_score(best)))
            best = static_cast<int>(i);
    return best;
}

/// Climbs from the best candidate while its ancestors score close to it (the article is split
/// into several blocks that each won some votes).
int climb(const Scores& s, int top) {
    double last = s.final_score(top);
    for (int p = s.parent(top); p >= 0; p = s.parent(p)) {
        const std::string& tag = s.doc.nodes[static_cast<std::size_t>(p)].tag;
        if (tag == "body" || tag == "html") break;
        if (!s.t[static_cast<std::size_t>(p)].candidate) continue;
        const double score = s.final_score(p);
        if (score < last / 3.0) break;
        if (score > last) top = p;
        last = score;
    }
    return top;
}

bool is_ancestor(const Scores& s, int ancestor, int node) {
    for (int a = node; a >= 0; a = s.parent(a))
        if (a == ancestor) return true;
    return false;
}

/// Elements of the chosen container's tag and class elsewhere in the page: an article that a
/// wide figure or an advert cuts into parts often repeats its body's class on every part.
void add_twins(const Scores& s, int top, std::vector<char>& root) {
    const HtmlNode& t = s.doc.nodes[static_cast<std::size_t>(top)];
    const std::string_view cls = t.attribute("class");
    if (cls.empty()) return;
    for (std::size_t i = 0; i < s.doc.nodes.size(); ++i) {
        const HtmlNode& n = s.doc.nodes[i];
        if (n.is_text || n.tag != t.tag || n.attribute("class") != cls || s.t[i].chars == 0) continue;
        if (s.t[i].chars >= 500 && s.link_density(static_cast<int>(i)) < 0.3) root[i] = 1;
    }
}

/// The chosen container and those of its siblings that look like more of the article.
std::vector<char> choose_roots(const Scores& s, int top, int passed_over) {
    std::vector<char> root(s.t.size(), 0);
    root[static_cast<std::size_t>(top)] = 1;
    const int parent = s.parent(top);
    if (parent < 0) return root;
    const double threshold = std::max(10.0, s.final_score(top) * 0.2);
    for (int c : s.doc.nodes[static_cast<std::size_t>(parent)].children) {
        const Tally& x = s.t[static_cast<std::size_t>(c)];
        if (s.doc.nodes[static_cast<std::size_t>(c)].is_text || x.chars == 0) continue;
        const double ld = s.link_density(c);
        const bool scored = x.candidate && s.final_score(c) >= threshold;
        const bool prose = x.chars > 80 && ld < 0.25 && s.weight(c) >= 0;
        if ((scored || prose) && !is_ancestor(s, c, passed_over)) root[static_cast<std::size_t>(c)] = 1;
    }
    add_twins(s, top, root);
    return root;
}

/// When the title's heading lies outside the best candidate, in a container of its own that won
/// a fair share of the votes and of the text, that container is the article and the best one a
/// list of other stories further down ("you may also like" cards scoring higher than a short post).
int prefer_titled(const Scores& s, int best, int title_node) {
    if (title_node < 0 || is_ancestor(s, best, title_node)) return best;
    const Tally& b = s.t[static_cast<std::size_t>(best)];
    for (int a = s.parent(title_node); a >= 0; a = s.parent(a)) {
        if (is_ancestor(s, a, best)) break;
        const Tally& x = s.t[static_cast<std::size_t>(a)];
        if (x.candidate && s.final_score(a) >= 0.3 * s.final_score(best) && x.chars * 4 >= b.chars) return a;
    }
    return best;
}

} // namespace

int class_weight(const HtmlNode& node) {
    int weight = 0;
    bool positive = false, negative = false;
    for (std::string_view part : {node.attribute("class"), node.attribute("id")})
        for (const std::string& w : hint_words(part)) {
            positive = positive || is_positive_word(w);
            negative = negative || is_negative_word(w);
        }
    if (positive) weight += 25;
    if (negative) weight -= 25;
    return weight;
}

namespace {

/// The article root above `owner`, or -1 when the leaf is outside every root.
int root_of(const Scores& s, const std::vector<char>& roots, int owner) {
    for (int a = owner; a >= 0; a = s.parent(a))
        if (roots[static_cast<std::size_t>(a)] != 0) return a;
    return -1;
}

/// True when an element between the leaf and its root is chrome by its tag or its class.
bool under_chrome(const Scores& s, int owner, int root) {
    for (int a = owner; a >= 0 && a != root; a = s.parent(a)) {
        const HtmlNode& n = s.doc.nodes[static_cast<std::size_t>(a)];
        if (is_one_of(n.tag, {"aside", "footer", "header", "figure", "figcaption", "form"})) return true;
        if (s.weight(a) < 0) return true;
    }
    return false;
}

/// A block that reads as page furniture rather than prose: a link list entry, a lone label
/// ("Advertisement", "Share"), a byline.
bool looks_like_chrome(const Leaf& leaf, const std::string& text) {
    const double ld = leaf.chars == 0 ? 0.0 : static_cast<double>(leaf.link_chars) / static_cast<double>(leaf.chars);
    if (ld > 0.5) return true;
    if (leaf.block.kind == BlockKind::heading || leaf.block.kind == BlockKind::preformatted) return false;
    const std::vector<std::string> words = split_words(text);
    const std::size_t n = words.size();
    if (n <= 3 && !ends_sentence(text) && leaf.block.kind != BlockKind::item) return true;
    if (is_call_to_action(words) && !ends_sentence(text)) return true;
    if (is_dateline(text, n) || is_credit(text, n)) return true;
    return n <= 6 && (text.starts_with("By ") || text.starts_with("by "));
}

} // namespace

namespace {

/// Letters and digits only, ASCII lowered: what two renderings of one text surely share.
std::string squeeze(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x80) {
            if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
            ++i;
            continue;
        }
        const Decoded d = decode_utf8(text, i);
        const bool punctuation = (d.code >= 0xA0 && d.code <= 0xBF) || (d.code >= 0x2000 && d.code <= 0x206F) ||
                                 (d.code >= 0x3000 && d.code <= 0x303F);
        if (d.valid && !punctuation) out.append(text.substr(i, d.length));
        i += d.length;
    }
    return out;
}

/// A heading that is the article's title again, perhaps with a label ("BREAKING NEWS: ...") or
/// without the site's name: the title belongs in the front matter.
bool repeats_title(const std::string& heading, const std::string& title) {
    if (heading.empty() || title.empty()) return false;
    const bool within = heading.find(title) != std::string::npos || title.find(heading) != std::string::npos;
    return within && heading.size() * 2 >= title.size();
}

/// Whether the page's own articleBody holds this block (a long block: its first 200 letters).
bool stated(const std::string& squeezed_body, const std::string& text) {
    const std::string s = squeeze(text);
    if (s.empty()) return false;
    return squeezed_body.find(s.substr(0, 200)) != std::string::npos;
}

/// Keeps only the blocks the JSON-LD articleBody holds, when that body is long and holds most
/// of what the scoring kept (a truncated teaser or a different text is not trusted).
void check_against_stated(Extracted& e, const std::string& stated_body) {
    if (stated_body.size() < 400) return;
    const std::string body = squeeze(stated_body);
    std::size_t total = 0, found = 0;
    std::vector<char> in(e.blocks.size(), 0);
    for (std::size_t i = 0; i < e.blocks.size(); ++i) {
        const std::string text = plain_text(e.blocks[i]);
        total += text.size();
        if (stated(body, text)) found += text.size(), in[i] = 1;
    }
    if (total == 0 || static_cast<double>(found) < 0.7 * static_cast<double>(total)) return;
    std::vector<Block> kept;
    for (std::size_t i = 0; i < e.blocks.size(); ++i) {
        if (in[i] != 0 || e.blocks[i].kind == BlockKind::heading) kept.push_back(std::move(e.blocks[i]));
        else e.dropped.push_back(plain_text(e.blocks[i]));
    }
    e.blocks = std::move(kept);
}

/// The first heading that repeats the title, or -1.
int title_heading(const std::vector<Leaf>& leaves, const std::string& title) {
    for (const Leaf& leaf : leaves)
        if (leaf.block.kind == BlockKind::heading && repeats_title(squeeze(plain_text(leaf.block)), title)) return leaf.owner;
    return -1;
}

} // namespace

namespace {

/// The article's containers: the best candidate (or the one holding the title) and its kin.
std::vector<char> pick_roots(const Scores& scores, const std::vector<Leaf>& leaves, const std::string& title) {
    const int best = best_candidate(scores);
    if (best < 0) return std::vector<char>(scores.t.size(), 0);
    const int titled = prefer_titled(scores, best, title_heading(leaves, title));
    if (titled != best) return choose_roots(scores, titled, best);
    return choose_roots(scores, climb(scores, best), -1);
}

/// Keeps the leaves inside the roots that are not chrome; counts and lists the rest.
void sort_leaves(const Scores& scores, const std::vector<Leaf>& leaves, const std::vector<char>& roots,
                 const std::string& title, Extracted& e) {
    for (const Leaf& leaf : leaves) {
        if (e.blocks.empty()) e.first_leaf = static_cast<std::size_t>(&leaf - leaves.data());
        const int root = root_of(scores, roots, leaf.owner);
        if (root < 0) {
            ++e.dropped_outside;
            continue;
        }
        const std::string text = plain_text(leaf.block);
        if (leaf.block.kind == BlockKind::heading && repeats_title(squeeze(text), title)) continue;
        if (leaf.caption || under_chrome(scores, leaf.owner, root) || looks_like_chrome(leaf, text)) {
            e.dropped.push_back(text);
            continue;
        }
        e.blocks.push_back(leaf.block);
    }
}

/// Headings left at the end with nothing under them label chrome ("Related", "Tags").
void drop_trailing_headings(Extracted& e) {
    while (!e.blocks.empty() && e.blocks.back().kind == BlockKind::heading) {
        e.dropped.push_back(plain_text(e.blocks.back()));
        e.blocks.pop_back();
    }
}

} // namespace

Extracted extract_article(const HtmlDocument& doc, const std::vector<Leaf>& leaves, const ExtractHints& hints) {
    Extracted e;
    const Scores scores = score_containers(doc, leaves);
    const std::string title = squeeze(hints.title);
    sort_leaves(scores, leaves, pick_roots(scores, leaves, title), title, e);
    check_against_stated(e, hints.stated_body);
    drop_trailing_headings(e);
    return e;
}

} // namespace brief::importer
