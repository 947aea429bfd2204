// One content writer, two packagings: build the parts once, then zip them or wrap them in pkg:package.
#include "write/docx/docx.hpp"

#include "write/docx/document.hpp"
#include "write/docx/drawing.hpp"
#include "write/docx/package.hpp"
#include "write/docx/properties.hpp"
#include "write/docx/styles.hpp"
#include "write/xml.hpp"

#include <vector>

namespace brief {

namespace {

using docx::Part;

/// Content types of the parts (ISO/IEC 29500-1 §11.3 and Part 2 §11).
namespace type {
constexpr const char* wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string document = std::string(wml) + "document.main+xml";
const std::string styles = std::string(wml) + "styles+xml";
const std::string settings = std::string(wml) + "settings+xml";
const std::string numbering = std::string(wml) + "numbering+xml";
const std::string footnotes = std::string(wml) + "footnotes+xml";
const std::string font_table = std::string(wml) + "fontTable+xml";
const std::string header = std::string(wml) + "header+xml";
const std::string footer = std::string(wml) + "footer+xml";
constexpr const char* core = "application/vnd.openxmlformats-package.core-properties+xml";
constexpr const char* app = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
} // namespace type

void add(std::vector<Part>& parts, std::string name, std::string content_type, const pugi::xml_document& xml) {
    parts.push_back(docx::xml_part(std::move(name), std::move(content_type), xml));
}

/// A part whose document has fragment marks, `fragments` put in their place.
void add_spliced(std::vector<Part>& parts, std::string name, std::string content_type, const pugi::xml_document& xml,
                 const std::vector<std::string_view>& fragments) {
    Part part = docx::xml_part(std::move(name), std::move(content_type), xml);
    part.xml = xml::splice_fragments(part.xml, fragments);
    parts.push_back(std::move(part));
}

pugi::xml_document package_relationships() {
    docx::Relationships rels;
    rels.add(docx::rel::office_document, "word/document.xml");
    rels.add(docx::rel::core_properties, "docProps/core.xml");
    rels.add(docx::rel::extended_properties, "docProps/app.xml");
    return rels.to_xml();
}

/// Every part of the package, in a fixed order: package relationships, properties, then the
/// main document and the parts it relates to.
std::vector<Part> build_parts(const Briefing& briefing, const Style& style, const RenderOptions& options) {
    docx::Story story;
    docx::write_story(briefing, style, story, options.memo, options.article_keys);
    std::vector<std::string_view> bodies, notes;
    for (const auto& a : story.articles) {
        bodies.push_back(a->body);
        notes.push_back(a->notes);
    }
    std::vector<Part> parts;
    add(parts, "_rels/.rels", docx::relationships_type, package_relationships());
    add(parts, "docProps/core.xml", type::core, docx::write_core_properties(briefing, options));
    add(parts, "docProps/app.xml", type::app, docx::write_app_properties(briefing, options));
    add_spliced(parts, "word/document.xml", type::document, story.document, bodies);
    add(parts, "word/_rels/document.xml.rels", docx::relationships_type, story.document_rels.to_xml());
    add(parts, std::string("word/") + docx::target::styles, type::styles, docx::write_styles(style, briefing.meta.language));
    add(parts, std::string("word/") + docx::target::settings, type::settings, docx::write_settings());
    add(parts, std::string("word/") + docx::target::numbering, type::numbering, std::move(story.numbering));
    add_spliced(parts, std::string("word/") + docx::target::footnotes, type::footnotes, story.footnotes.xml(), notes);
    if (!story.footnotes.rels().empty())
        add(parts, "word/_rels/footnotes.xml.rels", docx::relationships_type, story.footnotes.rels().to_xml());
    add(parts, std::string("word/") + docx::target::font_table, type::font_table, docx::write_font_table(style));
    add(parts, std::string("word/") + docx::target::header, type::header, std::move(story.header));
    add(parts, std::string("word/") + docx::target::footer, type::footer, std::move(story.footer));
    for (const Picture* picture : story.media) {
        Part media;
        media.name = "word/" + docx::media_target(*picture);
        media.content_type = picture->media_type;
        media.binary = picture->bytes;
        parts.push_back(std::move(media));
    }
    return parts;
}

/// The parts, built here or, when the run shares work, once for the DOCX and the flat XML together
/// (a third of a 500-article run's non-PDF time was building them twice). `own` holds them when
/// they are built here.
const std::vector<Part>& parts_of(const Briefing& briefing, const Style& style, const RenderOptions& options,
                                  std::vector<Part>& own) {
    if (options.shared == nullptr) return own = build_parts(briefing, style, options);
    return options.shared->get<std::vector<Part>>("docx parts", [&] { return build_parts(briefing, style, options); });
}

} // namespace

Bytes write_docx(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics&) {
    std::vector<Part> own;
    return docx::package_zip(parts_of(briefing, style, options, own), options.timestamp, options.memo);
}

Bytes write_flat_xml(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics&) {
    std::vector<Part> own;
    return docx::package_flat(parts_of(briefing, style, options, own));
}

} // namespace brief
