// import_page: decode, then parse and extract (HTML) or read the lines (text), then check that an
// article was found.
#include "import/import.hpp"

#include "import/decode.hpp"
#include "import/extract.hpp"
#include "import/looks.hpp"
#include "import/text.hpp"

#include <algorithm>
#include <filesystem>

namespace brief::importer {

namespace {

/// A byline ("By Jane Doe") and a dateline ("Posted on March 30, 2015") among the page's short
/// blocks, for the fields the metadata left empty: the visible page is the last source trusted.
/// Only the blocks just above the article's first and its first few are read: a date further
/// away belongs to another story.
void read_visible_byline(const std::vector<Leaf>& leaves, std::size_t first, ImportedArticle& a) {
    const std::size_t end = std::min(leaves.size(), first + 4);
    for (std::size_t i = first > 12 ? first - 12 : 0; i < end; ++i) {
        if (!a.author.value.empty() && !a.date.value.empty()) return;
        const std::string text = plain_text(leaves[i].block);
        if (text.size() > 80) continue;
        if (a.author.value.empty()) a.author.offer(byline_name(text), "visible byline");
        if (a.date.value.empty() && is_dateline(text, split_words(text).size()))
            if (const auto iso = parse_loose_date(text)) a.date.offer(*iso, "visible dateline");
    }
}

std::size_t text_size(const std::vector<Block>& blocks) {
    std::size_t n = 0;
    for (const Block& b : blocks) n += plain_text(b).size();
    return n;
}

} // namespace

ImportedArticle import_html(std::string_view utf8, const std::string& name, Diagnostics& diagnostics) {
    PreparedHtml page = prepare_html(utf8);
    if (page.dropped > 0)
        diagnostics.warn({name, 0, 0}, std::to_string(page.dropped) + " element(s) nested deeper than " +
                                           std::to_string(kMaxHtmlDepth) + " levels flattened (their text kept)");
    clean_prepared(page);
    const HtmlDocument doc = parse_html(page);
    PageMeta meta = read_page_meta(doc);
    const std::vector<Leaf> leaves = collect_leaves(doc, meta.url.value);
    Extracted e = extract_article(doc, leaves, ExtractHints{meta.title.value, meta.stated_body});
    ImportedArticle a;
    a.title = meta.title;
    a.author = meta.author;
    a.date = meta.date;
    a.outlet = meta.outlet;
    a.url = meta.url;
    a.language = meta.language;
    a.blocks = std::move(e.blocks);
    a.dropped = std::move(e.dropped);
    a.dropped_outside = e.dropped_outside;
    read_visible_byline(leaves, e.first_leaf, a);
    return a;
}

std::optional<ImportedArticle> import_page(std::string_view bytes, const std::string& name, std::size_t max_bytes,
                                           Diagnostics& diagnostics) {
    const auto page = decode_page(bytes, name, max_bytes, diagnostics);
    if (!page) return std::nullopt;
    ImportedArticle a = page->html ? import_html(page->text, name, diagnostics) : import_text(clean_page(page->text));
    a.provenance = std::filesystem::path(name).filename().string();
    if (text_size(a.blocks) == 0) {
        diagnostics.error({name, 0, 0}, "no article text found",
                          page->html ? "the page has no paragraphs of prose outside menus, scripts and link lists"
                                     : "the text has no paragraphs of prose");
        return std::nullopt;
    }
    if (a.title.value.empty()) a.title.offer(opening_words(plain_text(a.blocks.front())), "opening words");
    return a;
}

} // namespace brief::importer
