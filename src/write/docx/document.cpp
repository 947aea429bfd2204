// document.xml: cover, table of contents, articles, Sources; then the section with its running head and foot.
#include "write/docx/document.hpp"

#include "core/utf8.hpp"
#include "doc/dates.hpp"
#include "doc/fingerprint.hpp"
#include "style/fingerprint.hpp"
#include "doc/text.hpp"
#include "write/docx/styles.hpp"
#include "write/xml.hpp"

#include <cmath>
#include <string>

namespace brief::docx {

namespace {

/// The read-only context of the document writer.
struct DocumentContext {
    const Briefing& briefing;
    const Style& style;
    BlockContext blocks;
    Memo* memo = nullptr;
    const std::vector<std::uint64_t>* article_keys = nullptr;
    /// What an article's XML depends on besides the article and the story's state: the style,
    /// the briefing's metadata (its language), the pictures. Taken with a memo only.
    std::uint64_t article_context = 0;
};

std::uint64_t article_context(const Briefing& b, const Style& style) {
    Fingerprint f;
    f.add(fingerprint_style(style));
    fingerprint(f, b.meta);
    f.add(b.pictures.size());
    for (const auto& p : b.pictures) f.add(p.id).add(p.media_type).add(p.width).add(p.height).add(p.dpi);
    return f.value();
}

/// A figure fits the text width and three quarters of the text height (its caption and the
/// line before it stay on its page); an inline picture is as tall as the body text.
Media::Limits media_limits(const Style& style) {
    const PageStyle& page = style.page;
    Media::Limits limits;
    limits.width = static_cast<std::int64_t>(text_width(style)) * emu_per_point / 20;
    limits.height = std::llround((page.height - page.margin_top - page.margin_bottom) * 0.75 * emu_per_point);
    limits.line = std::llround(style.sizes.body * emu_per_point);
    return limits;
}

/// Writes the main story; holds what accumulates while writing (numbering, outline, links).
class DocumentWriter {
  public:
    DocumentWriter(const DocumentContext& context, Story& story)
        : context_(context), story_(story), media_(context.briefing.pictures, media_limits(context.style)),
          inlines_(story.document_rels, [this](pugi::xml_node target, const Note& n) { cite_note(target, n, story_.footnotes); }, &media_),
          blocks_(context.blocks, inlines_, numbering_, outline_) {}

    void write() {
        pugi::xml_node root;
        story_.document = new_wml_part("document", &root);
        // Until write() returns: media_ is this writer's. Note text is smaller than the body's.
        story_.footnotes.show_pictures(&media_, std::llround(context_.style.sizes.footnote * emu_per_point));
        auto body = root.append_child("w:body");
        const auto ids = relate_parts();
        write_cover(body);
        auto contents = write_contents_heading(body);
        for (const auto& part : context_.briefing.front) write_front(body, part);
        for (std::size_t i = 0; i < context_.briefing.articles.size(); ++i) write_article(body, i);
        write_sources(body);
        fill_contents(contents);
        write_section(body, ids.first, ids.second);
        story_.header = write_running(context_.style.running.head_left, context_.style.running.head_right, "hdr");
        story_.footer = write_running(context_.style.running.foot_left, context_.style.running.foot_right, "ftr");
        story_.numbering = numbering_.to_xml();
        story_.media = media_.used();
        story_.footnotes.show_pictures(nullptr, 0);
    }

  private:
    /// The fixed relationships, in `target` order; returns the header's and footer's ids.
    std::pair<std::string, std::string> relate_parts() {
        auto& rels = story_.document_rels;
        rels.add(rel::styles, target::styles);
        rels.add(rel::settings, target::settings);
        rels.add(rel::numbering, target::numbering);
        rels.add(rel::footnotes, target::footnotes);
        rels.add(rel::font_table, target::font_table);
        std::string header = rels.add(rel::header, target::header);
        return {header, rels.add(rel::footer, target::footer)};
    }

    void paragraph(pugi::xml_node body, const char* style, std::string_view text) {
        add_run(add_paragraph(body, styled(style)), text);
    }

    void write_cover(pugi::xml_node body) {
        const BriefingMeta& meta = context_.briefing.meta;
        if (!meta.classification.empty()) paragraph(body, sid::classification, meta.classification);
        paragraph(body, sid::title, meta.title);
        if (!meta.subtitle.empty()) paragraph(body, sid::subtitle, meta.subtitle);
        if (!meta.issuer.empty()) paragraph(body, sid::cover_meta, "Issued by " + meta.issuer);
        paragraph(body, sid::cover_meta, meta.date.empty() ? "Date not stated" : long_date(meta.date));
        paragraph(body, sid::cover_meta, coverage_line(context_.briefing));
    }

    pugi::xml_node write_contents_heading(pugi::xml_node body) {
        // TOC Heading has no outline level, so the TOC field does not list itself.
        auto p = add_paragraph(body, styled(sid::toc_heading));
        add_run(p, "Contents");
        return p;
    }

    /// The article written apart (write_apart), or with a memo as an earlier run wrote it in
    /// the same state (its additions to the story then counted in); marks where it goes.
    void write_article(pugi::xml_node body, std::size_t index) {
        const Article& article = context_.briefing.articles[index];
        bool made = false;
        const auto write = [&] {
            made = true;
            return write_apart(article);
        };
        std::shared_ptr<const WrittenArticle> written;
        if (context_.memo == nullptr) {
            written = std::make_shared<const WrittenArticle>(write());
        } else {
            Fingerprint f;
            f.add(context_.article_context).add(state());
            f.add(article_fingerprint(context_.briefing, index, context_.article_keys));
            written = context_.memo->get<WrittenArticle>("docx article", f.value(), write);
        }
        if (!made) count_in(*written);
        xml::add_fragment_mark(body);
        xml::add_fragment_mark(story_.footnotes.part_root());
        story_.articles.push_back(std::move(written));
    }

    /// What an article's XML depends on in the story written so far: its relationships (the
    /// ids of the next, the hyperlinks already related), the counts of lists, headings,
    /// drawings, bookmarks and notes, the pictures used.
    std::uint64_t state() {
        Fingerprint f;
        f.add(story_.document_rels.state()).add(story_.footnotes.rels().state());
        f.add(numbering_.instances().size()).add(outline_.entries().size()).add(media_.drawings());
        f.add(media_.used().size());
        for (const Picture* p : media_.used()) f.add(media_.index_of(*p));
        f.add(inlines_.bookmarks()).add(story_.footnotes.inlines().bookmarks()).add(story_.footnotes.count());
        return f.value();
    }

    /// How far the story had got: the sizes of what writing an article adds to.
    struct Reached {
        std::size_t rels, note_rels, lists, headings, pictures;
        int drawings, bookmarks, note_bookmarks, footnotes;
    };

    Reached reached() {
        return {story_.document_rels.entries().size(), story_.footnotes.rels().entries().size(),
                numbering_.instances().size(), outline_.entries().size(), media_.used().size(), media_.drawings(),
                inlines_.bookmarks(), story_.footnotes.inlines().bookmarks(), story_.footnotes.count()};
    }

    /// The article's paragraphs and notes written into a document of their own, and what they
    /// added to the story.
    WrittenArticle write_apart(const Article& article) {
        const Reached before = reached();
        pugi::xml_document apart;
        const pugi::xml_node paragraphs = apart.append_child("body"), footnotes = apart.append_child("notes");
        const pugi::xml_node notes_root = story_.footnotes.write_under(footnotes);
        inlines_.forget_last_run();
        story_.footnotes.inlines().forget_last_run();
        write_article_xml(paragraphs, article);
        story_.footnotes.write_under(notes_root);
        WrittenArticle out = added_since(before);
        out.body = xml::children_bytes(paragraphs);
        out.notes = xml::children_bytes(footnotes);
        return out;
    }

    /// What the story gained since it reached `before`.
    WrittenArticle added_since(const Reached& before) {
        const auto tail = [](const auto& all, std::size_t from) {
            return std::vector(all.begin() + static_cast<std::ptrdiff_t>(from), all.end());
        };
        WrittenArticle out;
        out.rels = tail(story_.document_rels.entries(), before.rels);
        out.note_rels = tail(story_.footnotes.rels().entries(), before.note_rels);
        out.lists = tail(numbering_.instances(), before.lists);
        out.outline = tail(outline_.entries(), before.headings);
        for (std::size_t i = before.pictures; i < media_.used().size(); ++i) out.pictures.push_back(media_.index_of(*media_.used()[i]));
        out.drawings = media_.drawings() - before.drawings;
        out.bookmarks = inlines_.bookmarks() - before.bookmarks;
        out.note_bookmarks = story_.footnotes.inlines().bookmarks() - before.note_bookmarks;
        out.footnotes = story_.footnotes.count() - before.footnotes;
        return out;
    }

    /// Adds to the story what writing the article added when it was written.
    void count_in(const WrittenArticle& w) {
        for (const auto& e : w.rels) story_.document_rels.append(e);
        for (const auto& e : w.note_rels) story_.footnotes.rels().append(e);
        for (const auto& i : w.lists) numbering_.append(i);
        for (const auto& e : w.outline) outline_.append(e);
        for (const std::size_t p : w.pictures) media_.add_used(media_.picture(p));
        media_.add_drawings(w.drawings);
        inlines_.add_bookmarks(w.bookmarks);
        story_.footnotes.inlines().add_bookmarks(w.note_bookmarks);
        story_.footnotes.add_count(w.footnotes);
    }

    void write_article_xml(pugi::xml_node body, const Article& article) {
        const std::string title = article.source.title.empty() ? "Untitled" : article.source.title;
        // an article in another language than the briefing's says so on its runs (w:lang)
        RunProps own;
        const std::string lang = language_tag(article.source.language);
        if (lang != language_tag(context_.briefing.meta.language)) own.lang = lang;
        auto heading = add_paragraph(body, styled(sid::heading1));
        add_run(heading, title, own);
        outline_.mark(heading, 1, title);
        auto by = add_paragraph(body, styled(sid::byline));
        add_run(by, byline(article.source), own);
        cite_note(by, article.attribution, story_.footnotes);
        inlines_.use_language(own.lang);
        blocks_.write(body, article.blocks);
        inlines_.use_language("");
    }

    /// A part brief writes (the Key points): its title, then its blocks as an article's.
    void write_front(pugi::xml_node body, const FrontPart& part) {
        auto heading = add_paragraph(body, styled(sid::heading1));
        add_run(heading, part.title);
        outline_.mark(heading, 1, part.title);
        blocks_.write(body, part.blocks);
    }

    void write_sources(pugi::xml_node body) {
        auto heading = add_paragraph(body, styled(sid::heading1));
        add_run(heading, "Sources");
        outline_.mark(heading, 1, "Sources");
        if (context_.briefing.sources.empty()) paragraph(body, sid::first_paragraph, "No sources are cited.");
        for (const auto& source : context_.briefing.sources)
            inlines_.write(add_paragraph(body, styled(sid::bibliography)), list_source(source));
    }

    /// The TOC field (§17.16.5.68) after the Contents heading, its cached result already filled:
    /// one hyperlinked entry per outline heading, so readers that never update fields still show
    /// the contents. Page numbers are left to Word, which updates the field (settings.xml asks it
    /// to on opening): a guessed number would be wrong in some renderer.
    void fill_contents(pugi::xml_node heading) {
        auto after = heading;
        const auto& entries = outline_.entries();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& e = entries[i];
            auto p = heading.parent().insert_child_after("w:p", after);
            after = p;
            add_ppr(p, styled(e.level == 1 ? sid::toc1 : sid::toc2));
            if (i == 0) {
                auto run = [&](const char* type) { xml::set_attr(p.append_child("w:r").append_child("w:fldChar"), "w:fldCharType", type); };
                run("begin");
                auto instr = p.append_child("w:r").append_child("w:instrText");
                instr.append_attribute("xml:space") = "preserve";
                xml::add_text(instr, " TOC \\o \"1-2\" \\h \\z \\u ");
                run("separate");
            }
            auto link = p.append_child("w:hyperlink");
            xml::set_attr(link, "w:anchor", e.bookmark);
            link.append_attribute("w:history") = "1";
            add_run(link, e.text);
        }
        auto end = heading.parent().insert_child_after("w:p", after);
        xml::set_attr(end.append_child("w:r").append_child("w:fldChar"), "w:fldCharType", "end");
    }

    /// sectPr (§17.6.17): running head and foot on every page but the cover (titlePg), page size
    /// and margins from the style in twips.
    void write_section(pugi::xml_node body, const std::string& header_id, const std::string& footer_id) {
        const PageStyle& page = context_.style.page;
        auto sect = body.append_child("w:sectPr");
        for (const auto& [name, id] : {std::pair{"w:headerReference", header_id}, std::pair{"w:footerReference", footer_id}}) {
            auto ref = sect.append_child(name);
            ref.append_attribute("w:type") = "default";
            xml::set_attr(ref, "r:id", id);
        }
        auto size = sect.append_child("w:pgSz");
        size.append_attribute("w:w") = twips(page.width);
        size.append_attribute("w:h") = twips(page.height);
        if (page.width > page.height) size.append_attribute("w:orient") = "landscape";
        auto mar = sect.append_child("w:pgMar");
        mar.append_attribute("w:top") = twips(page.margin_top);
        mar.append_attribute("w:right") = twips(page.margin_outer);
        mar.append_attribute("w:bottom") = twips(page.margin_bottom);
        mar.append_attribute("w:left") = twips(page.margin_inner);
        mar.append_attribute("w:header") = twips(page.margin_top / 2);
        mar.append_attribute("w:footer") = twips(page.margin_bottom / 2);
        mar.append_attribute("w:gutter") = 0;
        sect.append_child("w:titlePg");
    }

    /// A header or footer part: the left and right templates of the running style, separated by
    /// a right-aligned tab stop.
    pugi::xml_document write_running(const std::string& left, const std::string& right, const char* root_name) {
        pugi::xml_node root;
        auto doc = new_wml_part(root_name, &root);
        auto p = add_paragraph(root, styled(root_name == std::string("hdr") ? sid::header : sid::footer));
        expand(p, left);
        if (!right.empty()) add_run(p, "\t");
        expand(p, right);
        return doc;
    }

    /// Writes a running template: {title}, {subtitle}, {date}, {issuer} as text, {marking} in the
    /// Marking style, {page} and {pages} as PAGE and NUMPAGES fields (§17.16.5.43, .46).
    void expand(pugi::xml_node p, const std::string& text) {
        const BriefingMeta& meta = context_.briefing.meta;
        std::size_t at = 0;
        while (at < text.size()) {
            const auto open = text.find('{', at), close = text.find('}', open == std::string::npos ? at : open);
            if (open == std::string::npos || close == std::string::npos) {
                add_run(p, text.substr(at));
                return;
            }
            if (open > at) add_run(p, text.substr(at, open - at));
            const std::string key = text.substr(open + 1, close - open - 1);
            if (key == "title") add_run(p, meta.title);
            else if (key == "subtitle") add_run(p, meta.subtitle);
            else if (key == "date") add_run(p, meta.date.empty() ? "" : long_date(meta.date));
            else if (key == "issuer") add_run(p, meta.issuer);
            else if (key == "marking") {
                if (!meta.classification.empty()) add_run(p, "\u00A0" + meta.classification + "\u00A0", marking_run());
            } else if (key == "page") add_field(p, " PAGE ", "1");
            else if (key == "pages") add_field(p, " NUMPAGES ", "1");
            else add_run(p, text.substr(open, close - open + 1));
            at = close + 1;
        }
    }

    static RunProps marking_run() {
        RunProps r;
        r.style = sid::marking;
        return r;
    }

    const DocumentContext& context_;
    Story& story_;
    Numbering numbering_;
    Outline outline_;
    Media media_;
    InlineWriter inlines_;
    BlockWriter blocks_;
};

} // namespace

void write_story(const Briefing& briefing, const Style& style, Story& story, Memo* memo,
                 const std::vector<std::uint64_t>* article_keys) {
    const DocumentContext context{briefing, style, BlockContext{style, text_width(style)}, memo, article_keys,
                                  memo != nullptr ? article_context(briefing, style) : 0};
    DocumentWriter(context, story).write();
}

} // namespace brief::docx
