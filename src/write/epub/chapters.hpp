// The content documents of the book: the title page, one chapter per article, the Sources list.
#pragma once

#include "doc/model.hpp"
#include "write/epub/book.hpp"
#include "write/epub/xhtml.hpp"

#include <cstddef>
#include <vector>

namespace brief {
class Memo;
}

namespace brief::epub {

/// Title, subtitle, issuer, date, classification marking and the coverage line of the outlets.
Chapter make_title_page(const Briefing& briefing);

/// A part brief writes (the Key points): its title as h1, its blocks, its notes' asides; the file
/// is named by its id ("key-points.xhtml"). `links` as for make_article_chapter.
Chapter make_front_chapter(const Briefing& briefing, const FrontPart& part, const LinkFiles* links = nullptr);

/// The article's title as h1, the byline with the attribution's noteref, the body, then one
/// footnote aside per note. `index` counts from 1 and names the file ("article-3.xhtml").
/// `links` says which file each of brief's own links goes to (without it, to this one).
Chapter make_article_chapter(const Briefing& briefing, const Article& article, std::size_t index,
                             const LinkFiles* links = nullptr);

/// Every source of the briefing in full (list_source), in note order.
Chapter make_sources_chapter(const Briefing& briefing);

/// All of them in reading order. With a `memo` (watch keeps one), an article's chapter made by an
/// earlier run from the same article at the same index, with the same metadata, links and
/// pictures, is not made again.
std::vector<Chapter> make_chapters(const Briefing& briefing, Memo* memo = nullptr,
                                   const std::vector<std::uint64_t>* article_keys = nullptr);

} // namespace brief::epub
