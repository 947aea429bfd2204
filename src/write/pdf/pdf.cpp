// write_pdf as a list of phases: find fonts, lay out (numbering the contents), describe, paint.
#include "write/pdf/pdf.hpp"

#include "core/error.hpp"
#include "core/memo.hpp"
#include "core/parallel.hpp"
#include "doc/dates.hpp"
#include "write/pdf/fonts/fontconfig.hpp"
#include "write/pdf/fontset.hpp"
#include "write/pdf/layout/document.hpp"
#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/paint.hpp"
#include "style/fingerprint.hpp"

#include <memory>
#include <set>

namespace brief {

namespace {

/// Title, author (the issuer), subject, keywords (the outlets), creator and dates of the run.
pdf::PaintInfo describe(const Briefing& b, const RenderOptions& options, const pdf::Document& doc) {
    pdf::PaintInfo p;
    p.info.title = b.meta.title;
    p.info.author = b.meta.issuer;
    p.info.subject = b.meta.subtitle;
    std::set<std::string> seen;
    for (const auto& s : b.sources)
        if (!s.outlet.empty() && seen.insert(s.outlet).second)
            p.info.keywords += (p.info.keywords.empty() ? "" : ", ") + s.outlet;
    p.info.creator = options.generator;
    p.info.producer = options.generator + " (libharu 2.3.0)";
    p.info.created = format_iso_datetime(options.timestamp);
    p.info.modified = p.info.created;
    p.pdfa = options.pdfa;
    p.threads = options.threads;
    // The /ID: what the document says about itself and its page count; painting adds what the
    // pages show.
    p.id_seed = p.info.title + '\n' + p.info.keywords + '\n' + p.info.created + '\n' + std::to_string(doc.pages.size());
    return p;
}

/// The style's fonts: new, or with a memo the set an earlier run of the same style used (its
/// fonts opened and its shapes made; face numbers of the pages it laid out stay valid).
std::shared_ptr<pdf::FontSet> font_set(const Style& style, Memo* memo, Diagnostics& diagnostics) {
    if (memo == nullptr) return std::make_shared<pdf::FontSet>(style, diagnostics);
    auto fonts = memo->get<pdf::FontSet>("pdf fonts", fingerprint_style(style), [&] { return pdf::FontSet(style, diagnostics); });
    fonts->start_run(diagnostics);
    return fonts;
}

} // namespace

void prepare_pdf() {
    Background patterns([] {
        try {
            pdf::Hyphenator::for_language("en");
        } catch (const Error&) { // said when the briefing is laid out
        }
    });
    pdf::list_installed_fonts();
    patterns.finish();
}

Bytes write_pdf(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics) {
    const std::shared_ptr<pdf::FontSet> kept = font_set(style, options.memo, diagnostics);
    pdf::FontSet& fonts = *kept;
    pdf::PaintStart start(options.leftovers);
    pdf::Document doc = pdf::layout_document(briefing, style, fonts, diagnostics, pdf::Hyphenator::default_dir(),
                                             options.threads, {}, options.memo, options.article_keys);
    fonts.report_missing();
    pdf::PaintInfo info = describe(briefing, options, doc);
    info.memo = options.memo;
    info.early = options.early;
    if (options.pages != nullptr) *options.pages = static_cast<int>(doc.pages.size());
    return pdf::paint_pdf(std::move(doc), fonts, std::move(info), start);
}

} // namespace brief
