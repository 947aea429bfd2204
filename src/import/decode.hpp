// A page's bytes to UTF-8 text: gzip, byte-order marks, the declared charset, and repair.
#pragma once

#include "core/diagnostics.hpp"
#include "import/html.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brief::importer {

/// A page as text, and what it was.
struct PageText {
    std::string text; ///< LF line ends; UTF-8 but for the malformed bytes a warning named (see clean_page)
    bool html = false;
    std::string charset; ///< as declared or found ("utf-8" when nothing is declared)
};

/// Decodes a page. `name` is its file name (".html", ".htm", ".xhtml", before an optional ".gz",
/// mark it as HTML; other pages are sniffed: a page whose first tag is <html>, <!doctype html>,
/// <head> or <body> is HTML). The charset comes from a byte-order mark, else a <meta charset>
/// or http-equiv declaration in the first 4 KiB, else the bytes must be UTF-8. Errors (nullopt):
/// a binary file, an undeclared charset that is not UTF-8, a charset iconv does not know.
/// Invalid UTF-8 in a page that says UTF-8 is repaired (U+FFFD) with a warning at its place.
std::optional<PageText> decode_page(std::string_view raw, const std::string& name, std::size_t max_bytes,
                                    Diagnostics& diagnostics);

/// `text` with malformed UTF-8 replaced by U+FFFD and the characters no output may hold (XML's
/// forbidden ones, C1 controls, a stray U+FEFF) removed; as it is when there are none.
std::string clean_page(std::string text);

/// A prepared page (html.hpp) and the values and texts it stands for, each cleaned as clean_page
/// would have cleaned the page.
void clean_prepared(PreparedHtml& page);

/// The charset named by a <meta charset=...> or <meta http-equiv content="...; charset=...">
/// in `head` (lower case), or empty.
std::string declared_charset(std::string_view head);

} // namespace brief::importer
