// find_key_points: sentences → terms → classes of equal sentences → candidate pairs from rare
// terms → groups by cosine → claims and the sources credited with them.
#include "synth/key_points.hpp"

#include "core/memo.hpp"
#include "core/parallel.hpp"
#include "doc/fingerprint.hpp"
#include "doc/text.hpp"
#include "synth/index.hpp"
#include "synth/names.hpp"
#include "synth/sentences.hpp"
#include "synth/terms.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <numeric>
#include <span>
#include <string_view>

namespace brief::synth {

namespace {

/// One sentence of an article, with its place and its source.
struct Sentence {
    std::size_t article = 0;
    int paragraph = 0;
    int order = 0; ///< in the briefing's reading order
    std::string_view text; ///< in the ArticleSentences it comes from, held while key points are found
    std::size_t source = 0;
};

/// Sentences with the same terms (the same words, give or take punctuation and stop words): the
/// unit that is compared. Copies of one wire story are one class, however many outlets ran it.
struct Class {
    const Terms* terms = nullptr; ///< its first sentence's
    const std::uint64_t* hashes = nullptr; ///< its stems' (text_hash), aligned with terms->stems
    std::span<const std::uint32_t> members; ///< indexes in the sentence list, in reading order
    std::span<const double> weights;        ///< per stem, aligned with terms.stems
    double norm = 0;
};

/// The classes, and what their members and weights view: an array each, not one per class.
/// Moved, never copied (a copy's classes would view the original's arrays).
struct Classes {
    Classes() = default;
    Classes(const Classes&) = delete;
    Classes& operator=(const Classes&) = delete;
    Classes(Classes&&) = default;
    Classes& operator=(Classes&&) = default;
    std::vector<Class> list;
    Buckets members;
    std::vector<double> weights; ///< class after class, as index.stems_of
    ClassIndex index;
};

/// One article's sentences worth comparing (5 to 80 words, at least 4 content words) and their terms.
struct ArticleSentences {
    std::vector<Sentence> sentences;
    std::vector<std::string> texts; ///< what each sentence's text views
    std::vector<Terms> terms;
    std::vector<std::string> keys; ///< each sentence's class_key
    std::vector<std::uint64_t> key_hashes; ///< each key's text_hash
    std::vector<std::uint64_t> stem_hashes; ///< each stem's text_hash, sentence after sentence
    std::vector<std::size_t> stem_at; ///< where each sentence's begin in stem_hashes
    /// The words of the sentences' names, sorted and unique, and their text_hash: what makes a
    /// sentence's lead a name anywhere in the briefing (name_leads)
    std::vector<std::string> name_words;
    std::vector<std::uint64_t> name_word_hashes;
    /// Each sentence's terms with its lead counted as a name (name_lead), for those with a lead:
    /// sentence i's are led[led_at[i]], led_at[i] being -1 for one without; and its lead's text_hash
    std::vector<Terms> led;
    std::vector<std::int32_t> led_at;
    std::vector<std::uint64_t> lead_hashes;
};

/// The names and aliases of the briefing's credited outlets, longest first.
std::vector<std::string> credit_mentions(const std::vector<Credit>& credits) {
    std::vector<std::string> out;
    for (const auto& c : credits) {
        out.push_back(c.name);
        out.insert(out.end(), c.aliases.begin(), c.aliases.end());
    }
    std::erase_if(out, [](const std::string& m) { return m.empty(); });
    std::stable_sort(out.begin(), out.end(), [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    return out;
}

bool word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

/// The sentence with each whole-word mention of a credited outlet blanked out: whom a claim is
/// credited to is not what it says (the key point names the credit apart), and sentences "according
/// to the WSJ" would otherwise be alike for that alone, or told apart by it.
std::string without_credits(std::string_view sentence, const std::vector<std::string>& mentions) {
    std::string out(sentence);
    for (const auto& m : mentions)
        for (auto at = out.find(m); at != std::string::npos; at = out.find(m, at + m.size()))
            if ((at == 0 || !word_byte(out[at - 1])) && (at + m.size() >= out.size() || !word_byte(out[at + m.size()])))
                std::fill_n(out.begin() + static_cast<std::ptrdiff_t>(at), m.size(), ' ');
    return out;
}

std::string class_key(const Terms& t) {
    std::string key = t.negated ? "!" : "";
    for (const auto& s : t.stems) key += s + ' ';
    return key;
}

ArticleSentences article_sentences(const Article& article, std::size_t a, std::size_t source, const std::vector<std::string>& credits) {
    thread_local Stemmer stemmer; // one a thread, its stems remembered from article to article
    ArticleSentences out;
    int paragraph = 0;
    for (const auto& block : article.blocks) {
        const auto* p = std::get_if<Paragraph>(&block.node);
        if (p == nullptr) continue;
        ++paragraph;
        const std::string text = plain_text(p->content);
        for (auto s : split_sentences(text)) {
            Terms t = sentence_terms(credits.empty() ? std::string(s) : without_credits(s, credits), stemmer);
            if (t.words < 5 || t.words > 80 || t.stems.size() < 4) continue;
            out.sentences.push_back(Sentence{a, paragraph, 0, {}, source});
            out.texts.emplace_back(s);
            out.keys.push_back(class_key(t));
            out.key_hashes.push_back(text_hash(out.keys.back()));
            out.stem_at.push_back(out.stem_hashes.size());
            for (const auto& stem : t.stems) out.stem_hashes.push_back(text_hash(stem));
            out.terms.push_back(std::move(t));
        }
    }
    for (const Terms& t : out.terms) {
        for_each_name_word(t, [&](std::string_view word) { out.name_words.emplace_back(word); });
        out.led_at.push_back(t.lead.empty() ? -1 : static_cast<std::int32_t>(out.led.size()));
        out.lead_hashes.push_back(t.lead.empty() ? 0 : text_hash(t.lead));
        if (t.lead.empty()) continue;
        name_lead(out.led.emplace_back(t));
    }
    std::sort(out.name_words.begin(), out.name_words.end());
    out.name_words.erase(std::unique(out.name_words.begin(), out.name_words.end()), out.name_words.end());
    for (const auto& word : out.name_words) out.name_word_hashes.push_back(text_hash(word));
    return out;
}

/// article_sentences, or with a memo what an earlier run made of the same article (as read, when
/// known: Article::as_read), at the same index, counted as the same source, with the same credited
/// outlets blanked out.
std::shared_ptr<const ArticleSentences> sentences_of(const Article& article, std::size_t a, std::size_t source,
                                                     const std::vector<std::string>& credits, Memo* memo) {
    if (memo == nullptr) return std::make_shared<const ArticleSentences>(article_sentences(article, a, source, credits));
    Fingerprint f;
    f.add(a).add(source).add(credits.size());
    for (const auto& credit : credits) f.add(credit);
    f.add(article.as_read != 0); // the paragraphs' text, which the earlier passes leave as read
    if (article.as_read != 0) f.add(static_cast<std::int64_t>(article.as_read));
    else fingerprint(f, article);
    return memo->get<ArticleSentences>("key point sentences", f.value(),
                                       [&] { return article_sentences(article, a, source, credits); });
}

/// Every sentence worth comparing, in reading order, with its terms and class key: views of the
/// articles' sentences, held here (a watch rebuild copies nothing of the articles it kept).
struct Collected {
    std::vector<std::shared_ptr<const ArticleSentences>> parts;
    std::vector<Sentence> sentences;
    std::vector<const Terms*> terms;
    std::vector<std::string_view> keys;
    std::vector<std::uint64_t> key_hashes;
    std::vector<const std::uint64_t*> stem_hashes; ///< each sentence's, aligned with its terms' stems
    std::vector<const Terms*> led; ///< each sentence's terms with its lead a name; null without a lead
    std::vector<std::uint64_t> lead_hashes;
};

/// The articles are cut and stemmed on up to `threads` threads, each into its own slot, so the
/// result does not depend on them.
Collected collect(const Briefing& b, int threads, Memo* memo) {
    std::map<std::string, std::size_t> outlets;
    std::vector<std::size_t> sources(b.articles.size());
    for (std::size_t a = 0; a < b.articles.size(); ++a) {
        const auto& outlet = b.articles[a].source.outlet;
        // an outlet is one source however many of its articles there are; an article without
        // one is a source of its own (numbered past any outlet's)
        sources[a] = outlet.empty() ? b.articles.size() + a : outlets.emplace(outlet, outlets.size()).first->second;
    }
    const std::vector<std::string> credits = credit_mentions(b.credits);
    Collected out;
    out.parts.resize(b.articles.size());
    parallel_for(b.articles.size(), threads,
                 [&](std::size_t a) { out.parts[a] = sentences_of(b.articles[a], a, sources[a], credits, memo); });
    std::size_t total = 0;
    for (const auto& part : out.parts) total += part->sentences.size();
    out.sentences.reserve(total);
    out.terms.reserve(total);
    out.keys.reserve(total);
    out.key_hashes.reserve(total);
    out.stem_hashes.reserve(total);
    out.led.reserve(total);
    out.lead_hashes.reserve(total);
    int order = 0;
    for (const auto& part : out.parts)
        for (std::size_t i = 0; i < part->sentences.size(); ++i) {
            Sentence& s = out.sentences.emplace_back(part->sentences[i]);
            s.order = order++;
            s.text = part->texts[i];
            out.terms.push_back(&part->terms[i]);
            out.keys.emplace_back(part->keys[i]);
            out.key_hashes.push_back(part->key_hashes[i]);
            out.stem_hashes.push_back(part->stem_hashes.data() + part->stem_at[i]);
            out.led.push_back(part->led_at[i] < 0 ? nullptr : &part->led[static_cast<std::size_t>(part->led_at[i])]);
            out.lead_hashes.push_back(part->lead_hashes[i]);
        }
    return out;
}

/// True when the stem is a country, a figure or a word of a name the sentence has ("trump" of
/// "president trump"; a name's words are stemmed like any word, most stay as they are).
bool named(const Terms& t, const std::string& stem) {
    if (std::binary_search(t.places.begin(), t.places.end(), stem) || std::binary_search(t.numbers.begin(), t.numbers.end(), stem))
        return true;
    return std::any_of(t.names.begin(), t.names.end(), [&](const std::string& name) {
        for (auto at = name.find(stem); at != std::string::npos; at = name.find(stem, at + 1))
            if ((at == 0 || name[at - 1] == ' ') && (at + stem.size() == name.size() || name[at + stem.size()] == ' ')) return true;
        return false;
    });
}

/// Takes a sentence's terms with its lead counted as a name when some sentence of the briefing has
/// the lead as a word of a name (named_leads, from each article's words gathered when it was cut).
void name_leads(Collected& c) {
    std::size_t words = 0;
    for (const auto& part : c.parts) words += part->name_words.size();
    Numbering known(words);
    for (const auto& part : c.parts)
        for (std::size_t k = 0; k < part->name_words.size(); ++k) known.number(part->name_words[k], part->name_word_hashes[k]);
    const std::size_t names = known.size(); // a lead numbered after them is none of them
    for (std::size_t i = 0; i < c.terms.size(); ++i)
        if (c.led[i] != nullptr && known.number(c.terms[i]->lead, c.lead_hashes[i]) < names) c.terms[i] = c.led[i];
}

/// Classes of equal sentences (equal class keys), each term weighted by its inverse document
/// frequency over the classes (names and numbers count half again: they say who and how much).
/// The classes view the collected terms (a named lead's copy where there is one).
Classes make_classes(const Collected& collected) {
    const std::vector<const Terms*>& terms = collected.terms;
    Classes out;
    std::vector<std::uint32_t> class_of(terms.size());
    Numbering by_key(terms.size());
    for (std::size_t i = 0; i < terms.size(); ++i) {
        class_of[i] = by_key.number(collected.keys[i], collected.key_hashes[i]);
        if (class_of[i] == out.list.size()) out.list.push_back(Class{terms[i], collected.stem_hashes[i], {}, {}, 0});
    }
    out.members = Buckets(class_of, out.list.size());
    std::vector<StemView> stems;
    stems.reserve(out.list.size());
    for (const Class& c : out.list) stems.push_back(StemView{&c.terms->stems, c.hashes});
    out.index = ClassIndex(stems);
    const double n = static_cast<double>(out.list.size());
    std::vector<double> idf(out.index.stems());
    for (std::uint32_t stem = 0; stem < idf.size(); ++stem)
        idf[stem] = std::log(1.0 + n / static_cast<double>(out.index.classes_of(stem).size()));
    for (std::size_t k = 0; k < out.list.size(); ++k) {
        const Class& c = out.list[k];
        const auto numbers = out.index.stems_of(k);
        for (std::size_t j = 0; j < numbers.size(); ++j)
            out.weights.push_back(idf[numbers[j]] * (named(*c.terms, c.terms->stems[j]) ? 1.5 : 1.0));
    }
    std::size_t at = 0;
    for (std::size_t k = 0; k < out.list.size(); ++k) {
        Class& c = out.list[k];
        c.members = out.members.at(k);
        c.weights = std::span<const double>(out.weights).subspan(at, c.terms->stems.size());
        at += c.weights.size();
        for (const double w : c.weights) c.norm += w * w;
        c.norm = std::sqrt(c.norm);
    }
    return out;
}

double cosine(const Class& a, const Class& b) {
    double dot = 0;
    for (std::size_t i = 0, j = 0; i < a.terms->stems.size() && j < b.terms->stems.size();) {
        const int cmp = a.terms->stems[i].compare(b.terms->stems[j]);
        if (cmp == 0) dot += a.weights[i] * b.weights[j], ++i, ++j;
        else if (cmp < 0) ++i;
        else ++j;
    }
    return a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0;
}

bool subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

/// Each of two sorted lists holds an item the other lacks (an empty list is a subset of any, so
/// it is never apart): "12 %" against "15 %", "Germany" against "Japan".
bool apart(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return !subset(a, b) && !subset(b, a);
}

/// Two lists of one kind of name conflict when each names one the other does not: "Germany"
/// against "Japan", "the FCC" against "the Pentagon". One sentence may name more than the other
/// ("American officials" and "officials"; "Huawei" and "Huawei and ZTE").
bool conflict(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return names_beyond(a, b) && names_beyond(b, a);
}

/// Sentences that say different things though they share words: one denies what the other
/// states, or each gives a figure, or names a country or another person or firm, that the other
/// does not (one sentence may name or count more than the other, never something else). Names
/// of different kinds do not conflict: "the WSJ" with "the Chinese company" may tell one fact.
bool compatible(const Terms& a, const Terms& b) {
    return a.negated == b.negated && !apart(a.numbers, b.numbers) && !apart(a.places, b.places) &&
           !conflict(a.names, b.names);
}

/// Two similar classes (a < b) and their similarity.
struct Pair {
    std::size_t a = 0;
    std::size_t b = 0;
    double sim = 0;
};

/// `each(i, out)` for every i in [0, n), on up to `threads` threads: 256 indexes (classes, or
/// groups) a block, enough blocks for every thread to take several and few enough that taking one
/// costs nothing beside its work; each block appends to a list of its own, and the lists are
/// joined in the blocks' order, so the result does not depend on the threads.
template <class T, class Each>
std::vector<T> in_blocks(std::size_t n, int threads, Each each) {
    constexpr std::size_t per_block = 256;
    std::vector<std::vector<T>> found((n + per_block - 1) / per_block);
    parallel_for(found.size(), threads, [&](std::size_t block) {
        const std::size_t end = std::min(n, (block + 1) * per_block);
        for (std::size_t i = block * per_block; i < end; ++i) each(i, found[block]);
    });
    std::vector<T> out;
    for (auto& f : found) std::move(f.begin(), f.end(), std::back_inserter(out));
    return out;
}

/// The similar classes after class `a` (b > a) among those sharing a rare term with it, in order.
void pairs_of(std::size_t a, const std::vector<Class>& classes, const ClassIndex& index, std::vector<Pair>& out) {
    // A fixed cap, whatever the briefing's size: each class then meets at most cap classes per
    // term, and the work grows with the sentences, not faster (a cap growing as the square root of
    // the classes made 5000 articles cost 17 times 500 articles' key points).
    constexpr std::size_t cap = 24;
    thread_local std::vector<std::size_t> near; // reused: a class has a few candidates, and there are thousands
    near.clear();
    for (const std::uint32_t s : index.stems_of(a)) {
        const auto posting = index.classes_of(s);
        if (posting.size() > cap) continue;
        for (const std::size_t b : posting)
            if (b > a) near.push_back(b);
    }
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    for (std::size_t b : near) {
        if (!compatible(*classes[a].terms, *classes[b].terms)) continue;
        const double sim = cosine(classes[a], classes[b]);
        if (sim >= group_threshold) out.push_back(Pair{a, b, sim});
    }
}

/// Candidate pairs: classes sharing a term that at most `cap` classes have (the rare words carry
/// a claim; a word every sentence has would pair everything with everything). Ordered by a, then
/// b; found on up to `threads` threads.
std::vector<Pair> similar_pairs(const std::vector<Class>& classes, const ClassIndex& index, int threads) {
    return in_blocks<Pair>(classes.size(), threads,
                           [&](std::size_t a, std::vector<Pair>& out) { pairs_of(a, classes, index, out); });
}

/// The claims one chain of similar sentences may give.
constexpr int claims_per_group = 16;

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

/// Each class's similar classes and their similarity (every pair found, both ways).
using Neighbours = std::vector<std::vector<std::pair<std::size_t, double>>>;

Neighbours neighbours_of(std::size_t classes, const std::vector<Pair>& pairs) {
    Neighbours out(classes);
    for (const Pair& p : pairs) {
        out[p.a].emplace_back(p.b, p.sim);
        out[p.b].emplace_back(p.a, p.sim);
    }
    return out;
}

/// The similarity to `centre` of each class of the group close to it (the centre itself: 1).
std::map<std::size_t, double> close_to(const Neighbours& near, const std::vector<char>& in_group, std::size_t centre) {
    std::map<std::size_t, double> out{{centre, 1.0}};
    for (const auto& [d, sim] : near[centre])
        if (in_group[d]) out.emplace(d, sim);
    return out;
}

/// The name of a secondary source the sentence credits, if any ("The Wall Street Journal").
std::string credit_in(std::string_view text, const std::vector<Credit>& credits) {
    for (const auto& c : credits) {
        if (text.find(c.name) != std::string::npos) return c.name;
        for (const auto& alias : c.aliases)
            if (!alias.empty() && text.find(alias) != std::string::npos) return c.name;
    }
    return {};
}

Note place_note(const Article& a, int paragraph) {
    const std::string who = a.source.outlet.empty() ? "\u201C" + a.source.title + "\u201D" : a.source.outlet;
    Inlines content{Inline{Text{who + ", paragraph " + std::to_string(paragraph) + ".", {}}}};
    return Note{NoteKind::attribution, std::move(content), a.source.id, {}, 0, {}};
}

/// True when every quotation the sentence opens it also closes ("…” he said." is a fragment).
bool quotes_balanced(std::string_view text) {
    auto count = [&](std::string_view mark) {
        std::size_t n = 0;
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + mark.size())) ++n;
        return n;
    };
    return count("\u201C") == count("\u201D") && count("\"") % 2 == 0;
}

/// A group's claim before it is written out: its central class, the classes close to that one
/// (with their similarity to it), the reading order of its first report and its sources. Every
/// group's claims are drafted; only those that make the key points are written (write_point).
struct Draft {
    std::size_t centre = 0;
    std::map<std::size_t, double> close;
    int first = 0;
    int sources = 0;
};

/// The claim of `group`: its most central class, and what is close to it.
Draft draft_point(const std::vector<Sentence>& sentences, const std::vector<Class>& classes,
                  const std::vector<std::size_t>& group, const Neighbours& near, const std::vector<char>& in_group) {
    // the most central class: the most sentences close to it (its neighbours only, so a group
    // costs its pairs, not its size squared)
    // among sentences that stand alone (a quotation cut by the splitter does not) when there are
    // any, the shorter of two as central
    Draft d;
    d.centre = group.front();
    std::pair<bool, double> best{false, -1};
    for (std::size_t c : group) {
        double sum = static_cast<double>(classes[c].members.size());
        for (const auto& [other, sim] : near[c])
            if (in_group[other]) sum += sim * static_cast<double>(classes[other].members.size());
        const std::string_view text = sentences[classes[c].members.front()].text;
        const bool whole = quotes_balanced(text);
        // equally central (two sentences alike): the shorter says it more plainly
        const bool shorter = text.size() < sentences[classes[d.centre].members.front()].text.size();
        if (whole != best.first ? whole : sum > best.second + 1e-12 || (sum > best.second - 1e-12 && shorter))
            best = {whole, sum}, d.centre = c;
    }
    d.close = close_to(near, in_group, d.centre);
    std::vector<std::size_t> sources;
    d.first = 1 << 30;
    for (const auto& [c, sim] : d.close) // only sentences close to the claim itself credit a source
        for (std::size_t m : classes[c].members) {
            sources.push_back(sentences[m].source);
            d.first = std::min(d.first, sentences[m].order);
        }
    std::sort(sources.begin(), sources.end());
    d.sources = static_cast<int>(std::unique(sources.begin(), sources.end()) - sources.begin());
    return d;
}

/// The key point of a draft: its central class's sentence, and each source with a sentence close
/// to that one (its first such sentence in reading order).
KeyPoint write_point(const Briefing& b, const std::vector<Sentence>& sentences, const std::vector<Class>& classes, const Draft& d) {
    KeyPoint k;
    const Sentence& claim = sentences[classes[d.centre].members.front()];
    k.text = std::string(claim.text);
    k.credit = credit_in(claim.text, b.credits);
    std::map<std::size_t, const Sentence*> by_source;
    std::vector<std::pair<const Sentence*, double>> grouped;
    for (const auto& [c, sim] : d.close) {
        for (std::size_t m : classes[c].members) {
            grouped.emplace_back(&sentences[m], sim);
            auto [it, fresh] = by_source.emplace(sentences[m].source, &sentences[m]);
            if (!fresh && sentences[m].order < it->second->order) it->second = &sentences[m];
        }
    }
    std::stable_sort(grouped.begin(), grouped.end(), [&](const auto& x, const auto& y) {
        return (x.first == &claim) != (y.first == &claim) ? x.first == &claim : x.first->order < y.first->order;
    });
    for (const auto& [s, sim] : grouped) k.sentences.push_back(ClaimSentence{s->article, s->paragraph, std::string(s->text), sim});
    std::vector<const Sentence*> firsts;
    for (const auto& [source, s] : by_source) firsts.push_back(s);
    std::sort(firsts.begin(), firsts.end(), [](const Sentence* x, const Sentence* y) { return x->order < y->order; });
    for (const Sentence* s : firsts) {
        k.articles.push_back(s->article);
        k.notes.push_back(place_note(b.articles[s->article], s->paragraph));
    }
    k.sources = static_cast<int>(k.articles.size());
    return k;
}

/// True when the group's sentences come from two sources or more. A claim is credited
/// only with sources of its group's sentences, so a group from one source (most are: one
/// sentence no other outlet ran) gives no key point, however its claims are cut.
bool from_two_sources(const std::vector<Sentence>& sentences, const std::vector<Class>& classes,
                      std::span<const std::uint32_t> group) {
    const Sentence* first = nullptr;
    for (const std::size_t c : group)
        for (const std::size_t m : classes[c].members) {
            if (first == nullptr) first = &sentences[m];
            else if (sentences[m].source != first->source) return true;
        }
    return false;
}

int count_sources(const Briefing& b) {
    std::map<std::string, int> outlets;
    int unstated = 0;
    for (const auto& a : b.articles) {
        if (a.source.outlet.empty()) ++unstated;
        else outlets[a.source.outlet] = 1;
    }
    return unstated + static_cast<int>(outlets.size());
}

/// What the groups' claims are drawn from.
struct Claims {
    const std::vector<Sentence>& sentences;
    const std::vector<Class>& classes;
    const Neighbours& near;

    /// The claims of one group that two sources or more report, drafted. `in_group` is all
    /// zeros, and is again on return; only the group's own entries are touched (a class's
    /// neighbours are in its group).
    void of(std::span<const std::uint32_t> members, std::vector<char>& in_group, std::vector<Draft>& out) const {
        if (!from_two_sources(sentences, classes, members)) return; // no claim of it could be a key point
        std::vector<std::size_t> group(members.begin(), members.end());
        // A chain of similar sentences can join different claims (a to b, b to c): each claim
        // takes the classes close to its own centre, and the rest of the chain is grouped again,
        // at most claims_per_group times (the later claims of a chain are its least reported).
        for (std::size_t c : group) in_group[c] = 1;
        for (int round = 0; !group.empty() && round < claims_per_group; ++round) {
            Draft d = draft_point(sentences, classes, group, near, in_group);
            for (const auto& [c, sim] : d.close) in_group[c] = 0;
            std::erase_if(group, [&](std::size_t c) { return in_group[c] == 0; });
            if (d.sources >= 2) out.push_back(std::move(d));
        }
        for (std::size_t c : group) in_group[c] = 0;
    }

    /// The claims of every group, in the groups' order, drafted on up to `threads` threads (no
    /// two groups share a class, so `in_group`'s entries are each written by one thread).
    std::vector<Draft> of(const Buckets& groups, int threads) const {
        std::vector<char> in_group(classes.size(), 0);
        return in_blocks<Draft>(groups.size(), threads,
                                [&](std::size_t g, std::vector<Draft>& out) { of(groups.at(g), in_group, out); });
    }
};

} // namespace

void find_key_points(Briefing& briefing, int threads, Memo* memo) {
    briefing.key_points.clear();
    if (briefing.meta.key_points <= 0) return;
    Collected collected = collect(briefing, threads, memo);
    const std::vector<Sentence>& sentences = collected.sentences;
    name_leads(collected);
    const Classes made = make_classes(collected);
    const std::vector<Class>& classes = made.list;
    const std::vector<Pair> pairs = similar_pairs(classes, made.index, threads);
    std::vector<std::size_t> parent(classes.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (const Pair& p : pairs) parent[find_root(parent, p.a)] = find_root(parent, p.b);
    std::vector<std::uint32_t> root(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c) root[c] = static_cast<std::uint32_t>(find_root(parent, c));
    const Buckets groups(root, classes.size()); // by root, in the order of the roots
    const Neighbours near = neighbours_of(classes.size(), pairs);
    const Claims claims{sentences, classes, near};
    std::vector<Draft> drafts = claims.of(groups, threads);
    // the most reported first, then in the reading order of their first reports
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& x, const Draft& y) {
        return x.sources != y.sources ? x.sources > y.sources : x.first < y.first;
    });
    const int of = count_sources(briefing);
    for (const Draft& d : drafts) {
        if (static_cast<int>(briefing.key_points.size()) >= briefing.meta.key_points) break;
        KeyPoint& k = briefing.key_points.emplace_back(write_point(briefing, sentences, classes, d));
        k.of = of;
    }
}

} // namespace brief::synth
