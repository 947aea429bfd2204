// The title page, the article chapters and the Sources chapter as XHTML content documents.
#include "write/epub/chapters.hpp"

#include "core/memo.hpp"
#include "doc/dates.hpp"
#include "doc/fingerprint.hpp"
#include "doc/text.hpp"
#include "write/epub/xhtml.hpp"
#include "write/xml.hpp"

#include <string>

namespace brief::epub {

namespace {

pugi::xml_node add_paragraph(pugi::xml_node parent, const char* cls, const std::string& text) {
    auto p = xml::add_element(parent, "p", text);
    xml::set_attr(p, "class", cls);
    return p;
}

/// The classification banner at the top of every document, as the PDF prints it on every page.
void add_marking(pugi::xml_node parent, const Briefing& b) {
    if (!b.meta.classification.empty()) add_paragraph(parent, "marking", b.meta.classification);
}

/// `<section epub:type=T role=R aria-labelledby="title"><h1 id="title">`: the section is named by
/// its heading (WAI-ARIA 1.2 §aria-labelledby). An empty role leaves the attribute out.
pugi::xml_node add_titled_section(pugi::xml_node body, const char* type, const char* role, const std::string& title) {
    auto section = body.append_child("section");
    xml::set_attr(section, "epub:type", type);
    if (*role != '\0') xml::set_attr(section, "role", role);
    xml::set_attr(section, "aria-labelledby", "title");
    xml::set_attr(xml::add_element(section, "h1", title), "id", "title");
    return section;
}

Chapter finish(ChapterRole role, std::string id, std::string title, const pugi::xml_document& doc) {
    Chapter c;
    c.role = role;
    c.file = id + ".xhtml";
    c.id = std::move(id);
    c.title = std::move(title);
    c.xhtml = xml::to_bytes(doc);
    return c;
}

std::string language_of(const Briefing& b) { return b.meta.language.empty() ? "en" : b.meta.language; }

} // namespace

Chapter make_title_page(const Briefing& b) {
    pugi::xml_document doc;
    auto body = start_xhtml(doc, b.meta.title, language_of(b));
    // EPUB SSV 1.1 "titlepage"; DPUB-ARIA has no matching role, so none is given.
    auto section = body.append_child("section");
    xml::set_attr(section, "epub:type", "titlepage");
    xml::set_attr(section, "class", "titlepage");
    xml::set_attr(section, "aria-labelledby", "title");
    add_marking(section, b);
    auto h1 = xml::add_element(section, "h1", b.meta.title);
    xml::set_attr(h1, "id", "title");
    xml::set_attr(h1, "class", "title");
    if (!b.meta.subtitle.empty()) add_paragraph(section, "subtitle", b.meta.subtitle);
    if (!b.meta.issuer.empty()) add_paragraph(section, "issuer", b.meta.issuer);
    if (!b.meta.date.empty()) add_paragraph(section, "date", long_date(b.meta.date));
    add_paragraph(section, "coverage", coverage_line(b));
    return finish(ChapterRole::title_page, "title", "Title page", doc);
}

Chapter make_front_chapter(const Briefing& b, const FrontPart& part, const LinkFiles* links) {
    pugi::xml_document doc;
    auto body = start_xhtml(doc, part.title, language_of(b));
    add_marking(body, b);
    auto section = add_titled_section(body, "chapter", "doc-chapter", part.title);
    XhtmlWriter writer(&b.pictures);
    writer.link_files(links);
    writer.blocks(section, part.blocks);
    append_footnotes(section, part.blocks, &b.pictures);
    Chapter c = finish(ChapterRole::article, part.id, part.title, doc);
    c.sections = writer.sections();
    return c;
}

Chapter make_article_chapter(const Briefing& b, const Article& a, std::size_t index, const LinkFiles* links) {
    const std::string title = a.source.title.empty() ? "Untitled article" : a.source.title;
    pugi::xml_document doc;
    const std::string article_language = a.source.language.empty() ? language_of(b) : a.source.language;
    auto body = start_xhtml(doc, title, article_language);
    add_marking(body, b);
    auto section = add_titled_section(body, "chapter", "doc-chapter", title);
    // The byline and the attribution and credit notes are brief's words, in the briefing's
    // language; in an article in another language they say so, so that a screen reader switches
    // voice (WCAG 2.1 §3.1.2 Language of Parts).
    const std::string own_words = article_language == language_of(b) ? std::string() : language_of(b);
    auto by = add_paragraph(section, "byline", byline(a.source));
    if (!own_words.empty()) set_language(by, own_words);
    append_noteref(by, a.attribution);
    XhtmlWriter writer(&b.pictures);
    writer.link_files(links);
    writer.set_language(article_language);
    writer.blocks(section, a.blocks);
    append_footnotes(section, a, own_words, &b.pictures);
    Chapter c = finish(ChapterRole::article, "article-" + std::to_string(index), title, doc);
    c.sections = writer.sections();
    return c;
}

Chapter make_sources_chapter(const Briefing& b) {
    pugi::xml_document doc;
    auto body = start_xhtml(doc, "Sources", language_of(b));
    add_marking(body, b);
    auto section = add_titled_section(body, "bibliography", "doc-bibliography", "Sources");
    if (b.sources.empty()) {
        add_paragraph(section, "no-sources", "No sources are cited.");
    } else {
        auto list = section.append_child("ol");
        xml::set_attr(list, "class", "sources");
        XhtmlWriter writer;
        for (const auto& s : b.sources) writer.inlines(list.append_child("li"), list_source(s));
    }
    return finish(ChapterRole::sources, "sources", "Sources", doc);
}

namespace {

/// What an article's chapter depends on besides the article and its index: the briefing's
/// metadata (its language, the marking), the file each of brief's own links goes to, the pictures.
std::uint64_t chapter_context(const Briefing& b, const LinkFiles& links) {
    Fingerprint f;
    fingerprint(f, b.meta);
    f.add(links.size());
    for (const auto& [id, file] : links) f.add(id).add(file);
    f.add(b.pictures.size());
    for (const auto& p : b.pictures) f.add(p.id).add(p.media_type).add(p.width).add(p.height).add(p.dpi);
    return f.value();
}

Chapter article_chapter(const Briefing& b, std::size_t i, const LinkFiles& links, Memo* memo, std::uint64_t context,
                        const std::vector<std::uint64_t>* keys) {
    auto make = [&] { return make_article_chapter(b, b.articles[i], i + 1, &links); };
    if (memo == nullptr) return make();
    Fingerprint f;
    f.add(context).add(i).add(article_fingerprint(b, i, keys));
    return *memo->get<Chapter>("epub chapter", f.value(), make);
}

} // namespace

std::vector<Chapter> make_chapters(const Briefing& b, Memo* memo, const std::vector<std::uint64_t>* article_keys) {
    LinkFiles links;
    for (const auto& part : b.front)
        for (auto& id : link_ids(part.blocks)) links.emplace(std::move(id), part.id + ".xhtml");
    for (std::size_t i = 0; i < b.articles.size(); ++i)
        for (auto& id : link_ids(b.articles[i].blocks)) links.emplace(std::move(id), "article-" + std::to_string(i + 1) + ".xhtml");
    std::vector<Chapter> out;
    out.push_back(make_title_page(b));
    for (const auto& part : b.front) out.push_back(make_front_chapter(b, part, &links));
    const std::uint64_t context = memo != nullptr ? chapter_context(b, links) : 0;
    for (std::size_t i = 0; i < b.articles.size(); ++i) out.push_back(article_chapter(b, i, links, memo, context, article_keys));
    out.push_back(make_sources_chapter(b));
    return out;
}

} // namespace brief::epub
