// The parts of an EPUB the backend's phases hand to each other: content documents and book facts.
#pragma once

#include "core/bytes.hpp"

#include <string>
#include <vector>

namespace brief::epub {

/// Where the package lives inside the container; every href in the OPF is relative to it.
inline constexpr const char* package_dir = "EPUB/";

/// What a content document is for, so the nav can list landmarks (EPUB 3.3 §7.4.3, landmarks nav).
enum class ChapterRole {
    title_page, ///< the briefing's title page (front matter)
    article,    ///< one article (body matter)
    sources,    ///< the closing Sources list (back matter)
};

/// A heading inside a chapter, for the table of contents.
struct Section {
    int level = 2;    ///< h2..h6 as written (never more than one below the heading before)
    std::string id;   ///< its id in the chapter: "s1", "s2", ...
    std::string text; ///< plain text; never empty (headings without text are left out)
};

/// One XHTML content document of the spine, in reading order.
struct Chapter {
    ChapterRole role = ChapterRole::article;
    std::string id;    ///< manifest id: "title", "article-1", "sources"
    std::string file;  ///< file name inside package_dir: "article-1.xhtml"
    std::string title; ///< plain text for the nav and NCX
    Bytes xhtml;       ///< the serialised document
    std::vector<Section> sections; ///< its headings below the title, in order
};

/// A picture file of the book: a manifest item and a container entry, its bytes as they were read.
struct BookImage {
    std::string id;         ///< manifest id: the picture's id, "picture-1"
    std::string file;       ///< inside package_dir: "images/picture-1.png"
    std::string media_type; ///< "image/png" or "image/jpeg", core media types (EPUB 3.3 §3.2)
    const std::string* bytes = nullptr; ///< the briefing's Picture::bytes, which outlive the book
};

/// The facts the package documents (OPF, nav, NCX) are made from, computed once.
struct BookInfo {
    std::string identifier; ///< "urn:uuid:..." derived from the content (identifier.hpp)
    std::string title;      ///< dc:title
    std::string subtitle;   ///< dc:description when not empty
    std::string language;   ///< dc:language (BCP 47)
    std::string creator;    ///< dc:creator (the issuer) when not empty
    std::string date;       ///< dc:date, ISO 8601, when the briefing's date parses
    std::string modified;   ///< dcterms:modified: "YYYY-MM-DDThh:mm:ssZ"
    std::string generator;  ///< recorded as the OPF's generator meta
    std::vector<std::string> source_urls; ///< one dc:source each, article order, no repeats
    std::vector<Chapter> chapters;        ///< the spine after the nav: title page, articles, sources
    std::vector<BookImage> images;        ///< every picture, in the briefing's order; not in the spine
};

} // namespace brief::epub
