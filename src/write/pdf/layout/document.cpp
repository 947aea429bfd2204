// layout_document: flows for contents, articles and sources, paginated, then cover and furniture.
#include "write/pdf/layout/document.hpp"

#include "core/memo.hpp"
#include "doc/dates.hpp"
#include "doc/fingerprint.hpp"
#include "doc/text.hpp"
#include "style/fingerprint.hpp"
#include "write/pdf/layout/builder.hpp"
#include "write/pdf/layout/cover.hpp"
#include "write/pdf/layout/shared_metrics.hpp"
#include "write/pdf/layout/tags.hpp"
#include "core/parallel.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

namespace brief::pdf {

namespace {

/// One line of the contents: what it says and where it goes.
struct Entry {
    std::string title;
    std::string dest;
};

std::string article_anchor(std::size_t i) { return "article-" + std::to_string(i + 1); }

/// The contents' entries in order: the front parts, the articles, the sources.
std::vector<Entry> contents_entries(const Briefing& b) {
    std::vector<Entry> entries;
    for (const auto& part : b.front) entries.push_back({part.title, part.id});
    for (std::size_t i = 0; i < b.articles.size(); ++i) entries.push_back({b.articles[i].source.title, article_anchor(i)});
    entries.push_back({"Sources", "sources"});
    return entries;
}

/// Everything one layout pass needs; the page numbers come from the pass before.
struct Pass {
    const Briefing& briefing;
    const Style& style;
    FontMetrics& metrics;
    const std::map<std::string, int>& numbers;
    const std::map<std::string, Hyphenator>& hyphenators;
    Diagnostics& diagnostics; ///< missing characters, each said once
    /// The contents' titles as set by its first pass (they do not depend on the page numbers).
    std::vector<std::vector<SetLine>>& titles;
};

/// The key of a language's patterns: the tag itself, "en" for no language (BriefingMeta's default).
std::string hyphenation_key(const std::string& language) { return language.empty() ? "en" : language; }

/// Every hyphenator the briefing's languages need, loaded (the English patterns take longer to
/// load than the cover takes to set, so this runs beside it). A failure to read a language's
/// patterns is returned as a warning's text, and that language is set without hyphenation.
std::pair<std::map<std::string, Hyphenator>, std::string> load_hyphenators(const Briefing& b, const std::string& dir) {
    std::map<std::string, Hyphenator> out;
    std::string failure;
    std::vector<std::string> languages{b.meta.language};
    for (const auto& a : b.articles) languages.push_back(a.source.language);
    for (const auto& language : languages) {
        const std::string key = hyphenation_key(language);
        if (out.count(key)) continue;
        Hyphenator h;
        try {
            h = Hyphenator::for_language(key, dir);
        } catch (const std::exception& e) {
            if (failure.empty()) failure = std::string(e.what()) + "; the PDF is set without hyphenation in that language";
        }
        out.emplace(key, std::move(h));
    }
    return {std::move(out), failure};
}

const Hyphenator& hyphenator_for(Pass& p, const std::string& language) {
    return p.hyphenators.at(hyphenation_key(language));
}

/// The heading of a briefing chapter (Contents, Sources): ragged, unhyphenated, anchored for
/// links and bookmarks.
void chapter_heading(FlowBuilder& b, const std::string& text, const std::string& anchor, double size,
                     double leading, const std::string& role) {
    auto head = plain(text, b.heading_style(size));
    head.front().style.anchor = anchor;
    b.tag(head, b.open("H1"));
    b.close();
    ParaOptions ragged;
    ragged.align = Align::left;
    ragged.hyphenate = false;
    b.lines(head, ragged, {}, leading, role, true);
}

void contents(Pass& p, FlowBuilder& b, const LayoutContext& cx) {
    const auto& sizes = p.style.sizes;
    const std::vector<Entry> entries = contents_entries(p.briefing);
    b.open("Sect");
    chapter_heading(b, "Contents", "contents", sizes.heading1, sizes.heading1 * 1.3, "heading");
    b.skip(sizes.leading);
    b.open("TOC");
    for (const auto& e : entries) {
        SpanStyle s = b.body_style();
        s.dest = e.dest;
        const auto it = p.numbers.find(e.dest);
        const std::string number = it == p.numbers.end() ? "0" : std::to_string(it->second);
        const std::size_t k = static_cast<std::size_t>(&e - entries.data());
        if (p.titles.size() <= k) p.titles.push_back(contents_title(plain(e.title, s), s, cx));
        const int link = b.structure().add("Link", b.open("TOCI"));
        b.structure().at(link).alt = e.title + ", page " + number;
        auto set = contents_entry(p.titles[k], number, s, cx, b.structure().slot(link));
        b.close();
        b.push(std::move(set), 0, s.size, sizes.leading, "contents", true);
        b.skip(sizes.leading * 0.35);
    }
    b.close();
    b.close();
}

void article(Pass& p, FlowBuilder& b, const Article& a, std::size_t index) {
    const auto& sizes = p.style.sizes;
    b.page_break();
    b.use_hyphenator(&hyphenator_for(p, a.source.language));
    const std::string lang = language_tag(a.source.language);
    if (lang != language_tag(p.briefing.meta.language)) b.structure().at(b.open("Sect")).lang = lang;
    else b.open("Sect");
    auto title = plain(a.source.title, b.heading_style(sizes.heading1));
    title.front().style.anchor = article_anchor(index);
    b.tag(title, b.open("H1"));
    b.close();
    ParaOptions ragged;
    ragged.align = Align::left;
    ragged.hyphenate = false;
    b.lines(title, ragged, {}, sizes.heading1 * 1.22, "title", true);
    b.keep_with_next();
    b.skip(sizes.leading * 0.3);
    SpanStyle by = b.heading_style(sizes.body * 0.9);
    by.key.bold = false;
    by.color = p.style.colors.muted;
    std::vector<const Note*> notes;
    auto spans = plain(byline(a.source), by);
    Inlines mark{Inline{a.attribution}};
    for (auto& s : flatten(mark, by, SpanContext{&p.style, &notes})) spans.push_back(std::move(s));
    b.tag(spans, b.open("P"));
    b.close();
    b.keep_with_next();
    b.lines(spans, ragged, {}, sizes.leading, "byline", true);
    b.set_notes(notes);
    b.keep_with_next();
    b.skip(sizes.leading * 1.2);
    b.no_indent();
    b.blocks(a.blocks, {});
    b.close();
}

/// A part brief writes (the Key points), from a new page: its title, then its blocks, a Sect.
void front_part(Pass& p, FlowBuilder& b, const FrontPart& part) {
    const auto& sizes = p.style.sizes;
    b.page_break();
    b.use_hyphenator(&hyphenator_for(p, p.briefing.meta.language));
    b.open("Sect");
    chapter_heading(b, part.title, part.id, sizes.heading1, sizes.heading1 * 1.22, "title");
    b.keep_with_next();
    b.skip(sizes.leading);
    b.no_indent();
    b.blocks(part.blocks, {});
    b.close();
}

void sources(Pass& p, FlowBuilder& b) {
    const auto& sizes = p.style.sizes;
    b.page_break();
    b.use_hyphenator(&hyphenator_for(p, p.briefing.meta.language));
    b.open("Sect");
    b.write_left_to_right(true); // brief's own words, whatever script an outlet's name starts with
    chapter_heading(b, "Sources", "sources", sizes.heading1, sizes.heading1 * 1.22, "title");
    b.keep_with_next();
    b.skip(sizes.leading);
    List list;
    list.ordered = true;
    list.tight = false;
    for (const auto& s : p.briefing.sources) {
        ListItem item;
        item.children.push_back(Block{Paragraph{list_source(s), {}}});
        list.items.push_back(std::move(item));
    }
    Blocks blocks{Block{std::move(list)}};
    b.blocks(blocks, {});
    b.close();
}

/// What a pass reports a missing character through: each character once per file (in order).
struct Missing {
    std::string file;
    std::set<std::pair<std::string, char32_t>> warned;
};

void say_missing(Diagnostics& diagnostics, const Location& where, char32_t c) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
    diagnostics.warn(where, std::string("no font can show ") + hex + " in the PDF; it is drawn as an empty box",
                     "add a font that has it to fonts.fallbacks in the style");
}

LayoutContext context_of(Pass& p, const Frame& frame, Missing& missing) {
    LayoutContext cx{p.style, p.metrics, {}, frame.width, frame.height, &p.briefing.pictures};
    cx.missing = [&p, &missing](char32_t c, const Span& span) {
        if (missing.warned.emplace(missing.file, c).second)
            say_missing(p.diagnostics, Location{missing.file, span.pos.line, span.pos.column}, c);
    };
    return cx;
}

/// Missing characters kept in order of finding, to be said later (after the parts set before).
using Deferred = std::vector<std::pair<char32_t, Location>>;

LayoutContext deferring_context(Pass& p, const Frame& frame, Deferred& found) {
    LayoutContext cx{p.style, p.metrics, {}, frame.width, frame.height, &p.briefing.pictures};
    cx.missing = [&found](char32_t c, const Span& span) { found.emplace_back(c, Location{"", span.pos.line, span.pos.column}); };
    return cx;
}

/// A part's pages and the structure their tags name.
struct Part {
    std::vector<Page> pages;
    std::shared_ptr<const Structure> structure; ///< shared, not copied, when watch's memo keeps the part
};

/// The pages of `flow`, and its structure.
Part paginated(Flow&& flow, const Frame& frame) {
    Part out;
    out.structure = std::make_shared<const Structure>(std::move(flow.structure));
    out.pages = paginate(std::move(flow), frame);
    return out;
}

/// The contents pages: the only part whose layout depends on the page numbers.
Part contents_pages(Pass& p, const LayoutContext& cx, const Frame& frame) {
    Flow flow;
    FlowBuilder b(cx, flow);
    b.use_hyphenator(&hyphenator_for(p, p.briefing.meta.language));
    contents(p, b, cx);
    return paginated(std::move(flow), frame);
}

/// A contents layout as kept by watch: its pages, the titles it set (Pass::titles), and whether
/// it said anything (a character no font has), in which case it is laid out again every time so
/// that its warnings are said as a fresh build says them.
struct ContentsLayout {
    Part part;
    std::vector<std::vector<SetLine>> titles;
    bool said = false;
};

/// contents_pages, or with a memo what an earlier run laid out from the same entries and page
/// numbers in the same context (layout_context_key) and with the same titles set before it.
/// `diagnostics` and `missing` are where the layout says what it finds.
Part kept_contents_pages(Pass& p, const LayoutContext& cx, const Frame& frame, Memo* memo, std::uint64_t context,
                         const Missing& missing) {
    if (memo == nullptr) return contents_pages(p, cx, frame);
    Fingerprint f;
    f.add(context).add(p.titles.size()).add(p.briefing.front.size());
    for (const auto& part : p.briefing.front) f.add(part.title).add(part.id);
    f.add(p.briefing.articles.size());
    for (const auto& a : p.briefing.articles) f.add(a.source.title);
    f.add(p.numbers.size());
    for (const auto& [anchor, number] : p.numbers) f.add(anchor).add(number);
    bool made = false;
    auto kept = memo->get<ContentsLayout>("pdf contents", f.value(), [&] {
        made = true;
        const std::size_t said = p.diagnostics.all().size(), warned = missing.warned.size();
        ContentsLayout out;
        out.part = contents_pages(p, cx, frame);
        out.titles = p.titles;
        out.said = p.diagnostics.all().size() != said || missing.warned.size() != warned;
        return out;
    });
    if (made) return kept->part;
    if (kept->said) return contents_pages(p, cx, frame);
    if (p.titles.empty()) p.titles = kept->titles;
    return kept->part;
}

/// The pages of one article, set and paginated on their own. Each article starts a new page and
/// pagination discards a page break at the top of a page, so this gives the pages one flow of
/// every article would, whatever the contents' length.
Part article_pages(Pass& p, const Frame& frame, std::size_t index, std::vector<Bookmark>& sections) {
    Missing missing{p.briefing.articles[index].file, {}};
    const LayoutContext cx = context_of(p, frame, missing);
    Flow flow;
    FlowBuilder b(cx, flow);
    b.name_headings(article_anchor(index) + "-section-");
    article(p, b, p.briefing.articles[index], index);
    sections = b.sections();
    return paginated(std::move(flow), frame);
}

/// An article's pages with what setting them found: its headings for the outline, and the
/// characters no font has.
struct ArticleLayout {
    Part part;
    std::vector<Bookmark> sections;
    Diagnostics diagnostics;
};

/// What every article's layout depends on besides the article and its place: the style, the
/// briefing's language and the pictures (by id, in order: pages name pictures by index), and
/// where the hyphenation patterns come from. The fonts are the style's (FontSet).
std::uint64_t layout_context_key(const Briefing& b, const Style& style, const std::string& hyphen_dir) {
    Fingerprint f;
    f.add(fingerprint_style(style)).add(hyphen_dir);
    fingerprint(f, b.meta);
    f.add(b.pictures.size());
    for (const auto& picture : b.pictures) f.add(picture.id);
    return f.value();
}

/// Readies `part`, about to be kept by the memo under `key`, for the runs that copy it: each
/// page's lines shared rather than copied (Page::kept_lines; the copies are the runs' to add
/// to), and its key (Page::laid_key) the memo's key and its index, `salt` telling apart parts
/// kept under one key. Copying every article's lines out of the memo was a tenth of a rebuild.
void keep_laid(Part& part, std::uint64_t key, int salt) {
    for (std::size_t j = 0; j < part.pages.size(); ++j) {
        Page& page = part.pages[j];
        page.laid_key = Fingerprint().add(key).add(salt).add(j).value() | 1; // never 0
        if (page.kept_lines == nullptr) page.kept_lines = std::make_shared<const std::vector<Line>>(std::move(page.lines));
        page.lines.clear();
    }
}

/// Article `index` laid out, or, when `memo` has the layout of the same article at the same place
/// in the same context, that layout: an article's pages depend on nothing else (article_pages).
ArticleLayout article_layout(Pass& p, const Frame& frame, std::size_t index, Memo* memo, std::uint64_t context,
                             const std::vector<std::uint64_t>* keys) {
    auto lay_out = [&] {
        ArticleLayout out;
        Pass own{p.briefing, p.style, p.metrics, p.numbers, p.hyphenators, out.diagnostics, p.titles};
        out.part = article_pages(own, frame, index, out.sections);
        return out;
    };
    if (memo == nullptr) return lay_out();
    Fingerprint f;
    f.add(context).add(index).add(article_fingerprint(p.briefing, index, keys));
    return *memo->get<ArticleLayout>("pdf article layout", f.value(), [&] {
        ArticleLayout out = lay_out();
        keep_laid(out.part, f.value(), 0);
        return out;
    });
}

/// The sources, from a new page.
Part sources_pages(Pass& p, const LayoutContext& cx, const Frame& frame) {
    Flow flow;
    FlowBuilder b(cx, flow);
    sources(p, b);
    return paginated(std::move(flow), frame);
}

/// The front parts, each from a new page, and their headings for the outline.
Part front_pages(Pass& p, const LayoutContext& cx, const Frame& frame, std::vector<Bookmark>& sections) {
    Flow flow;
    FlowBuilder b(cx, flow);
    for (const auto& part : p.briefing.front) {
        b.name_headings(part.id + "-section-");
        front_part(p, b, part);
    }
    sections = b.sections();
    return paginated(std::move(flow), frame);
}

/// The parts brief writes around the articles: the front parts (the Key points) and the sources,
/// with the front parts' headings and the characters no font has (said later, with the sources').
struct BackMatter {
    Part front;
    Part sources;
    std::vector<Bookmark> front_sections;
    Deferred missing;
};

/// The front parts and the sources set, or with a memo what an earlier run set from the same ones
/// in the same context (layout_context_key): they depend on nothing else.
BackMatter back_matter(Pass& p, const Frame& frame, Memo* memo, std::uint64_t context) {
    auto set = [&] {
        BackMatter out;
        Diagnostics unused; // the warnings are deferred
        Pass own{p.briefing, p.style, p.metrics, p.numbers, p.hyphenators, unused, p.titles};
        const LayoutContext cx = deferring_context(own, frame, out.missing);
        out.front = front_pages(own, cx, frame, out.front_sections);
        out.sources = sources_pages(own, cx, frame);
        return out;
    };
    if (memo == nullptr) return set();
    Fingerprint f;
    f.add(context).add(p.briefing.front.size());
    for (const auto& part : p.briefing.front) fingerprint(f, part);
    f.add(p.briefing.sources.size());
    for (const auto& source : p.briefing.sources) fingerprint(f, source);
    return *memo->get<BackMatter>("pdf back matter", f.value(), [&] {
        BackMatter out = set();
        keep_laid(out.front, f.value(), 0);
        keep_laid(out.sources, f.value(), 1);
        return out;
    });
}

/// What the first pass sets: the articles and the sources, and the contents with every number 0
/// (its length is all that numbering the pages needs; it is set again with the numbers).
struct FirstPass {
    Part contents;
    std::vector<Part> tail; ///< the front parts, the articles, then the sources
    std::vector<Bookmark> front_sections; ///< the front parts' headings
    std::vector<std::vector<Bookmark>> sections; ///< each article's headings
};

/// The contents, the sources and the articles, set side by side on up to `threads` threads: the
/// contents and the sources as one job each, the articles in runs of consecutive ones, each job
/// with its own view of the metrics. Warnings are gathered per job and said in reading order
/// (contents, each article, sources; the sources' missing characters once with the contents'),
/// so they do not depend on the threads.
FirstPass first_pass(Pass& p, const Frame& frame, Missing& missing, int threads, Memo* memo, std::uint64_t context,
                     const std::vector<std::uint64_t>* keys) {
    const std::size_t n = p.briefing.articles.size();
    std::vector<Part> parts(n + 1); // the articles, then the sources
    std::vector<Diagnostics> found(n + 1); // [0]: the contents
    Diagnostics unused;                   // the sources' warnings are deferred
    Missing contents_missing;
    Deferred sources_missing;
    Part front;
    FirstPass out;
    out.sections.resize(n);
    std::mutex metrics_lock;
    // Sixteen runs a thread: a thread that finds no job left waits for the others' last ones, up
    // to a run's length (with four a thread, 500 articles: 15 ms on average, against 6 ms; the
    // runs' own caches cost 0.7 % more instructions).
    const std::size_t runs = std::min(n, static_cast<std::size_t>(std::max(1, threads)) * 16);
    parallel_for(runs + 2, threads, [&](std::size_t job) {
        SharedMetrics metrics(p.metrics, metrics_lock);
        if (job == 0) {
            Pass own{p.briefing, p.style, metrics, p.numbers, p.hyphenators, found[0], p.titles};
            const LayoutContext cx = context_of(own, frame, contents_missing);
            out.contents = kept_contents_pages(own, cx, frame, memo, context, contents_missing);
            return;
        }
        if (job == 1) { // the front parts' missing characters are said with the sources'
            Pass own{p.briefing, p.style, metrics, p.numbers, p.hyphenators, unused, p.titles};
            BackMatter set = back_matter(own, frame, memo, context);
            front = std::move(set.front);
            parts[n] = std::move(set.sources);
            out.front_sections = std::move(set.front_sections);
            sources_missing = std::move(set.missing);
            return;
        }
        const std::size_t run = job - 2;
        for (std::size_t i = run * n / runs; i < (run + 1) * n / runs; ++i) {
            Pass own{p.briefing, p.style, metrics, p.numbers, p.hyphenators, found[i + 1], p.titles};
            ArticleLayout laid = article_layout(own, frame, i, memo, context, keys);
            parts[i] = std::move(laid.part);
            out.sections[i] = std::move(laid.sections);
            found[i + 1] = std::move(laid.diagnostics);
        }
    });
    missing.warned.insert(contents_missing.warned.begin(), contents_missing.warned.end());
    for (const auto& d : found) p.diagnostics.merge(d);
    for (const auto& [c, where] : sources_missing)
        if (missing.warned.emplace(missing.file, c).second) say_missing(p.diagnostics, where, c);
    out.tail.reserve(n + 2);
    out.tail.push_back(std::move(front));
    for (auto& part : parts) out.tail.push_back(std::move(part));
    return out;
}

/// Page numbers (from 1) of the first page showing each anchor of `wanted` (the contents'), over
/// the pages in order (the contents show no other; a large briefing has tens of thousands).
std::map<std::string, int> page_numbers(const std::vector<const Part*>& parts, const std::unordered_set<std::string>& wanted) {
    std::map<std::string, int> out;
    int number = 1;
    for (const auto* part : parts)
        for (const auto& page : part->pages) {
            for (const auto& a : page.anchors)
                if (wanted.contains(a.name)) out.try_emplace(a.name, number);
            ++number;
        }
    return out;
}

/// The same number of pages, each with the same anchors: page_numbers gives the same for either.
bool same_anchor_pages(const Part& a, const Part& b) {
    return std::equal(a.pages.begin(), a.pages.end(), b.pages.begin(), b.pages.end(), [](const Page& x, const Page& y) {
        return std::equal(x.anchors.begin(), x.anchors.end(), y.anchors.begin(), y.anchors.end(),
                          [](const Anchor& m, const Anchor& n) { return m.name == n.name; });
    });
}

/// The outline: cover, contents, each article with its headings nested by outline level, sources.
void bookmarks(Document& doc, const Briefing& briefing, const std::vector<std::vector<Bookmark>>& sections,
               const std::vector<Bookmark>& front_sections) {
    doc.bookmarks.push_back({"Cover", "cover", 0});
    doc.bookmarks.push_back({"Contents", "contents", 0});
    for (const auto& part : briefing.front) {
        doc.bookmarks.push_back({part.title, part.id, 0});
        for (const auto& s : front_sections)
            if (s.dest.starts_with(part.id + "-section-")) doc.bookmarks.push_back(s);
    }
    for (std::size_t i = 0; i < briefing.articles.size(); ++i) {
        doc.bookmarks.push_back({briefing.articles[i].source.title, article_anchor(i), 0});
        for (const auto& s : sections[i])
            if (s.title.find_first_not_of(" \t") != std::string::npos) doc.bookmarks.push_back(s);
    }
    doc.bookmarks.push_back({"Sources", "sources", 0});
}

} // namespace

std::string expand_running(const std::string& pattern, const Briefing& briefing, int page, int pages) {
    const auto value = [&](std::string_view name) -> std::optional<std::string> { // made only when named
        if (name == "title") return briefing.meta.title;
        if (name == "subtitle") return briefing.meta.subtitle;
        if (name == "date") return long_date(briefing.meta.date);
        if (name == "issuer") return briefing.meta.issuer;
        if (name == "marking") return briefing.meta.classification;
        if (name == "page") return std::to_string(page);
        if (name == "pages") return std::to_string(pages);
        return std::nullopt;
    };
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::size_t close = pattern.find('}', i);
        if (pattern[i] == '{' && close != std::string::npos) {
            if (auto v = value(std::string_view(pattern).substr(i + 1, close - i - 1))) {
                out += *v;
                i = close;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

Document layout_document(const Briefing& briefing, const Style& style, FontMetrics& metrics,
                         Diagnostics& diagnostics, const std::string& hyphen_dir, int threads,
                         const std::function<void(const Page&)>& cover_set, Memo* memo,
                         const std::vector<std::uint64_t>* article_keys) {
    std::map<std::string, int> numbers;
    std::pair<std::map<std::string, Hyphenator>, std::string> loaded_hyphenators;
    Background loading([&] { loaded_hyphenators = load_hyphenators(briefing, hyphen_dir); }, threads > 1);
    std::map<std::string, Hyphenator> hyphenators;
    const Frame frame = frame_of(style);
    Diagnostics first; // said once: later passes find the same characters missing (Missing::warned)
    std::vector<std::vector<SetLine>> titles;
    Pass p{briefing, style, metrics, numbers, hyphenators, first, titles};
    Missing missing;
    const LayoutContext cx = context_of(p, frame, missing);
    Part cover;
    Structure cover_tree;
    cover.pages.push_back(cover_page(briefing, style, metrics, cx, cover_tree));
    cover.structure = std::make_shared<const Structure>(std::move(cover_tree));
    if (cover_set) cover_set(cover.pages.front());
    loading.finish();
    auto [loaded, failure] = std::move(loaded_hyphenators);
    hyphenators = std::move(loaded);
    if (!failure.empty()) diagnostics.warn({}, failure);
    const std::uint64_t context = memo != nullptr ? layout_context_key(briefing, style, hyphen_dir) : 0;
    auto [contents, tail, front_sections, sections] = first_pass(p, frame, missing, threads, memo, context, article_keys);
    std::unordered_set<std::string> wanted;
    for (auto& e : contents_entries(briefing)) wanted.insert(std::move(e.dest));
    for (int attempt = 0; attempt < 3; ++attempt) { // laid out again until the numbers it shows are right
        std::vector<const Part*> all{&cover, &contents};
        for (const auto& part : tail) all.push_back(&part);
        const auto found = page_numbers(all, wanted);
        if (found == numbers) break;
        numbers = found;
        Part again = kept_contents_pages(p, cx, frame, memo, context, missing);
        const bool same = same_anchor_pages(again, contents);
        contents = std::move(again);
        if (same) break; // the numbers found again would be these: they depend on where the anchors are
    }
    diagnostics.merge(first);
    Document doc;
    doc.width = style.page.width;
    doc.height = style.page.height;
    if (!briefing.pictures.empty()) doc.pictures = &briefing.pictures;
    doc.lang = language_tag(briefing.meta.language);
    const auto add = [&doc](Part& part) {
        for (auto& page : part.pages) {
            page.part = static_cast<int>(doc.parts.size());
            doc.pages.push_back(std::move(page));
        }
        doc.parts.push_back(std::move(part.structure));
    };
    add(cover);
    add(contents);
    for (auto& part : tail) add(part);
    running_heads(doc, briefing, style, metrics, threads, memo, context);
    bookmarks(doc, briefing, sections, front_sections);
    return doc;
}

} // namespace brief::pdf
