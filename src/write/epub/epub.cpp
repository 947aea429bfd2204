// write_epub: describe the book, make the chapters, derive the identifier, pack the container.
#include "write/epub/epub.hpp"

#include "core/deflate.hpp"
#include "doc/dates.hpp"
#include "write/epub/book.hpp"
#include "write/epub/chapters.hpp"
#include "write/epub/css.hpp"
#include "write/epub/identifier.hpp"
#include "write/epub/package.hpp"
#include "write/epub/xhtml.hpp"
#include "write/zip.hpp"

#include <algorithm>

namespace brief {

namespace {

using namespace epub;

/// The OPF's facts from the briefing's metadata and the run's options (chapters come later).
BookInfo describe_book(const Briefing& b, const RenderOptions& options) {
    BookInfo book;
    book.title = b.meta.title.empty() ? "Briefing" : b.meta.title;
    book.subtitle = b.meta.subtitle;
    book.language = b.meta.language.empty() ? "en" : b.meta.language;
    book.creator = b.meta.issuer;
    // dc:date must be a W3C date (EPUB 3.3 §5.5.3.2.4): only a date that parses is written.
    if (const auto d = parse_iso_date(b.meta.date)) book.date = format_iso_date(*d);
    book.modified = format_iso_datetime(options.timestamp);
    book.generator = options.generator;
    for (const auto& a : b.articles) {
        const auto& url = a.source.url;
        if (!url.empty() && std::find(book.source_urls.begin(), book.source_urls.end(), url) == book.source_urls.end())
            book.source_urls.push_back(url);
    }
    for (const auto& p : b.pictures) book.images.push_back({p.id, picture_file(p), p.media_type, &p.bytes});
    return book;
}

/// A UUID named by everything the reader sees: the same briefing gets the same identifier on
/// every run and machine (no paths, clocks or styles enter it), and a changed text a new one.
/// Each chapter and picture enters by its length and CRC-32 rather than its text: SHA-1 over a 500-chapter
/// book's 2.5 MB of XHTML took 7 % of the EPUB writer's instructions, the CRC-32s a hundredth of that.
std::string identify_book(const BookInfo& book) {
    UuidName name;
    for (const std::string* field : {&book.title, &book.language, &book.creator, &book.date}) {
        name.add(*field);
        name.add("\n");
    }
    for (const auto& c : book.chapters) {
        const std::string digest = std::to_string(c.xhtml.size()) + ":" + std::to_string(crc32(c.xhtml));
        for (std::string_view piece : {std::string_view(c.file), std::string_view("\n"), std::string_view(digest), std::string_view("\n")})
            name.add(piece);
    }
    for (const auto& i : book.images) name.add(i.file + "\n" + std::to_string(i.bytes->size()) + ":" + std::to_string(crc32(*i.bytes)) + "\n");
    return name.finish();
}

/// OCF 3.3 §4.3: `mimetype` first and stored, then the rest in a fixed order, one timestamp.
Bytes pack_container(const BookInfo& book, const std::string& css, std::int64_t timestamp, Memo* memo) {
    ZipWriter zip(timestamp, memo);
    zip.add("mimetype", "application/epub+zip", true);
    zip.add("META-INF/container.xml", make_container());
    const std::string dir = package_dir;
    zip.add(dir + opf_file, make_package(book));
    zip.add(dir + nav_file, make_nav(book));
    zip.add(dir + ncx_file, make_ncx(book));
    zip.add(dir + css_file, css);
    for (const auto& c : book.chapters) zip.add(dir + c.file, c.xhtml);
    // PNG and JPEG are compressed already: stored, they cost no time to deflate or inflate.
    for (const auto& i : book.images) zip.add(dir + i.file, *i.bytes, true);
    return zip.finish();
}

} // namespace

Bytes write_epub(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics) {
    BookInfo book = describe_book(briefing, options);
    book.chapters = make_chapters(briefing, options.memo, options.article_keys);
    book.identifier = identify_book(book);
    const std::string css = make_stylesheet(style, diagnostics);
    return pack_container(book, css, options.timestamp, options.memo);
}

} // namespace brief
