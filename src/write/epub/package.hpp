// The package documents of the EPUB: container.xml, the OPF, the nav document and the NCX.
#pragma once

#include "core/bytes.hpp"
#include "write/epub/book.hpp"

namespace brief::epub {

/// File names inside package_dir.
inline constexpr const char* opf_file = "package.opf";
inline constexpr const char* nav_file = "nav.xhtml";
inline constexpr const char* ncx_file = "toc.ncx";
inline constexpr const char* css_file = "style.css";

/// META-INF/container.xml pointing at the OPF (OCF 3.3 §4.2.6.3.1).
Bytes make_container();

/// The package document (EPUB 3.3 §5): metadata with accessibility claims, the manifest, and
/// the spine (title page, nav, articles, sources).
Bytes make_package(const BookInfo& book);

/// The EPUB navigation document (EPUB 3.3 §7): the toc and the landmarks.
Bytes make_nav(const BookInfo& book);

/// The NCX for EPUB 2 reading systems (OPF 2.0.1 §2.4.1); its dtb:uid is the book's identifier.
Bytes make_ncx(const BookInfo& book);

} // namespace brief::epub
