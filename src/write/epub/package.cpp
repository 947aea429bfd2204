// container.xml and the OPF package document: metadata, accessibility claims, manifest, spine.
#include "write/epub/package.hpp"

#include "write/xml.hpp"

#include <string>

namespace brief::epub {

namespace {

void add_meta(pugi::xml_node metadata, const char* property, const std::string& value) {
    auto m = xml::add_element(metadata, "meta", value);
    xml::set_attr(m, "property", property);
}

/// EPUB Accessibility 1.1 §2 with the schema.org properties of the EPUB Accessibility
/// Techniques 1.1 §4: each claim is true of every book brief writes. Text is the access mode;
/// a book with pictures is visual too, and textual alone suffices as each picture has its alt
/// text (a missing one is the reader's warning). No audio or video, no hazards; the text
/// reflows with relative sizes and the reader's colours; navigation is a nav toc plus
/// headings; the reading order is the spine; DPUB-ARIA roles mark the notes. No
/// a11y:certifiedBy: nobody has certified the book, and Ace does not ask for it.
void add_accessibility(pugi::xml_node metadata, bool pictures) {
    add_meta(metadata, "schema:accessMode", "textual");
    if (pictures) add_meta(metadata, "schema:accessMode", "visual");
    add_meta(metadata, "schema:accessModeSufficient", "textual");
    for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability", "ARIA"})
        add_meta(metadata, "schema:accessibilityFeature", feature);
    if (pictures) add_meta(metadata, "schema:accessibilityFeature", "alternativeText");
    add_meta(metadata, "schema:accessibilityHazard", "none");
    add_meta(metadata, "schema:accessibilitySummary",
             std::string(pictures ? "A briefing with pictures: " : "A text-only briefing: ") +
                 "a title page, a table of contents, one chapter per article with "
                 "headings in order, tables with header cells and captions, footnotes that cite each "
                 "source and link back to the text, and a closing list of every source. Text reflows "
                 "and takes the reader's font size and colours. " +
                 (pictures ? "Pictures carry the text descriptions their articles give them."
                           : "Images in the original articles are given as their text descriptions."));
    add_meta(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
}

void add_metadata(pugi::xml_node package, const BookInfo& book) {
    auto md = package.append_child("metadata");
    xml::set_attr(md, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    xml::set_attr(xml::add_element(md, "dc:identifier", book.identifier), "id", "uid");
    xml::add_element(md, "dc:title", book.title);
    xml::add_element(md, "dc:language", book.language);
    if (!book.creator.empty()) xml::add_element(md, "dc:creator", book.creator);
    if (!book.date.empty()) xml::add_element(md, "dc:date", book.date);
    if (!book.subtitle.empty()) xml::add_element(md, "dc:description", book.subtitle);
    for (const auto& url : book.source_urls) xml::add_element(md, "dc:source", url);
    // EPUB 3.3 §5.5.3.3.1: exactly one dcterms:modified, CCYY-MM-DDThh:mm:ssZ.
    add_meta(md, "dcterms:modified", book.modified);
    add_accessibility(md, !book.images.empty());
    if (!book.generator.empty()) { // OPF 2 style meta, allowed in EPUB 3.3 §D.1 for the generator
        auto g = md.append_child("meta");
        xml::set_attr(g, "name", "generator");
        xml::set_attr(g, "content", book.generator);
    }
}

void add_item(pugi::xml_node manifest, const std::string& id, const std::string& href, const char* type, const char* properties = "") {
    auto item = manifest.append_child("item");
    xml::set_attr(item, "id", id);
    xml::set_attr(item, "href", href);
    xml::set_attr(item, "media-type", type);
    if (*properties != '\0') xml::set_attr(item, "properties", properties);
}

void add_manifest(pugi::xml_node package, const BookInfo& book) {
    auto manifest = package.append_child("manifest");
    add_item(manifest, "nav", nav_file, "application/xhtml+xml", "nav");
    add_item(manifest, "ncx", ncx_file, "application/x-dtbncx+xml");
    add_item(manifest, "css", css_file, "text/css");
    for (const auto& c : book.chapters) add_item(manifest, c.id, c.file, "application/xhtml+xml");
    for (const auto& i : book.images) add_item(manifest, i.id, i.file, i.media_type.c_str());
}

/// The reading order: the title page, then the contents (so readers who page through meet it),
/// then the articles and the sources.
void add_spine(pugi::xml_node package, const BookInfo& book) {
    auto spine = package.append_child("spine");
    xml::set_attr(spine, "toc", "ncx"); // OPF 2.0.1 §2.4: the NCX, for EPUB 2 reading systems
    auto itemref = [&](const std::string& idref) { xml::set_attr(spine.append_child("itemref"), "idref", idref); };
    for (std::size_t i = 0; i < book.chapters.size(); ++i) {
        itemref(book.chapters[i].id);
        if (i == 0) itemref("nav");
    }
    if (book.chapters.empty()) itemref("nav");
}

} // namespace

Bytes make_container() {
    auto doc = xml::new_document();
    auto container = doc.append_child("container");
    xml::set_attr(container, "version", "1.0");
    xml::set_attr(container, "xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
    auto rootfile = container.append_child("rootfiles").append_child("rootfile");
    xml::set_attr(rootfile, "full-path", std::string(package_dir) + opf_file);
    xml::set_attr(rootfile, "media-type", "application/oebps-package+xml");
    return xml::to_bytes(doc);
}

Bytes make_package(const BookInfo& book) {
    auto doc = xml::new_document();
    auto package = doc.append_child("package");
    xml::set_attr(package, "xmlns", "http://www.idpf.org/2007/opf");
    xml::set_attr(package, "version", "3.0");
    xml::set_attr(package, "unique-identifier", "uid");
    xml::set_attr(package, "xml:lang", book.language);
    add_metadata(package, book);
    add_manifest(package, book);
    add_spine(package, book);
    return xml::to_bytes(doc);
}

} // namespace brief::epub
