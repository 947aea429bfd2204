// An HTML page as plain data: the parsed tree in one vector, walked without recursion.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace brief::importer {

/// One node of the parsed page: an element (with its lower-case tag name and attributes) or a
/// run of text. Comments and doctypes are not kept.
struct HtmlNode {
    bool is_text = false;
    std::string tag;  ///< lower case; empty for text
    std::string text; ///< the text of a text node (entities decoded, UTF-8)
    std::vector<std::pair<std::string, std::string>> attributes;
    int parent = -1;
    std::vector<int> children;
    int line = 0; ///< 1-based position in the page's UTF-8 text
    int column = 0;

    /// The value of attribute `name` (lower case), or empty when absent.
    [[nodiscard]] std::string_view attribute(std::string_view name) const;
    [[nodiscard]] bool has_attribute(std::string_view name) const;
};

/// The whole page; node 0 is the document's <html> element. Nesting is bounded by
/// prepare_html before the parse, so depth never grows past kMaxHtmlDepth plus a few.
struct HtmlDocument {
    std::vector<HtmlNode> nodes;
};

/// The deepest element nesting handed to the parser; deeper start tags are dropped (their text
/// kept). HTML5 tree building checks "element in scope" by walking the open elements, so an
/// unbounded depth costs quadratic time: 100,000 nested <div>s take gumbo minutes.
inline constexpr int kMaxHtmlDepth = 400;

/// A page as prepare_html hands it to the parser: compact HTML, and the attribute values, script
/// texts and runs of text it stands for. An attribute named `_N` in `html` stands for values[N]: an
/// attribute's lower-case name and its value as the parser would have decoded it, or, when the
/// name is empty, the text of the element (a JSON-LD script's), which the parser never sees.
///
/// Runs of text likewise: a character U+F0000 + N in `html` (one character for the parser, where
/// a run of text is one per byte) stands for texts[N]. Character references, white space that
/// opens a run and text right after a '<' that opens no tag stay in `html`, where the parser
/// decodes them or they change its state; a page holding any character of planes 15 and 16
/// keeps all of its text.
struct PreparedHtml {
    static constexpr char32_t kFirstTextReference = 0xF0000;

    std::string html;
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<std::string> texts;
    int dropped = 0; ///< start tags past kMaxHtmlDepth open elements removed (their text kept)
};

/// `html` made ready for the parser by one light scan of its tags (prepare.cpp): start tags past
/// kMaxHtmlDepth open elements removed (their text kept); comments and the elements that are
/// never article text (scripts other than JSON-LD, styles, SVG, MathML, noscript, template,
/// iframe...) left out whole, and the <meta> elements metadata does not read; attributes import
/// does not read left out of every tag, a class or id cut to its hint words (hints.hpp), a class
/// with a number that is the same for the same value; the attributes kept, and JSON-LD texts,
/// moved to `values` (the parser spends hundreds of instructions a byte on them).
PreparedHtml prepare_html(std::string_view html);

/// Parses UTF-8 HTML with gumbo (HTML5 error recovery: any bytes give a tree).
HtmlDocument parse_html(std::string_view utf8);

/// Parses a prepared page, putting its values back: the tree is the one parse_html would give
/// for the prepared HTML with the values written out in it.
HtmlDocument parse_html(const PreparedHtml& page);

/// The text of a node and everything under it, in document order (whitespace kept as is).
std::string text_of(const HtmlDocument& doc, int node);

} // namespace brief::importer
