// The imported article as plain data: blocks of styled text, before they become Markdown.
#pragma once

#include <string>
#include <vector>

namespace brief::importer {

/// A run of text with one style. A span with a `url` is (part of) a link; `url` is always an
/// absolute http(s) address, never anything else.
struct Span {
    std::string text;
    std::string url;
    bool emph = false;
    bool strong = false;
    bool code = false;
    bool line_break = false; ///< a hard line break (<br>); `text` is empty
};

enum class BlockKind { paragraph, heading, item, quote, preformatted };

/// One block of the article: a paragraph, a heading (level 1-6), a list item (level = nesting
/// depth from 1, `ordered`), a quoted paragraph, or preformatted text (spans kept verbatim).
struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 1;
    bool ordered = false;
    std::vector<Span> spans;
};

/// The block's text without styles or addresses, whitespace as in the spans.
std::string plain_text(const Block& block);

/// Blocks as plain text: one block per paragraph, separated by blank lines.
std::string plain_text(const std::vector<Block>& blocks);

} // namespace brief::importer
