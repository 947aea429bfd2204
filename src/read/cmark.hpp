// The cmark-gfm wrapper: parse Markdown with the GFM extensions and walk the tree through a small
// C++ view. The only file that includes cmark-gfm.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct cmark_node;

namespace brief {

/// What a Markdown node is; a closed list, so the converter's switch is exhaustive.
enum class MdType {
    document, block_quote, list, item, code_block, html_block, paragraph, heading, thematic_break,
    footnote_definition, text, soft_break, line_break, code, html_inline, emph, strong, link, image,
    footnote_reference, strikethrough, table, table_row, table_cell, other,
};

/// A borrowed view of one node; valid while its MarkdownTree lives. A null view is false.
class MdNode {
  public:
    MdNode() = default;
    explicit MdNode(cmark_node* n) : node_(n) {}
    explicit operator bool() const { return node_ != nullptr; }
    friend bool operator==(MdNode a, MdNode b) { return a.node_ == b.node_; }

    [[nodiscard]] MdType type() const;
    [[nodiscard]] std::string_view literal() const; ///< text, code and html content
    /// The label of a footnote reference's definition (`x` of `[^x]`); empty for other nodes.
    [[nodiscard]] std::string_view footnote_label() const;
    /// The definition a footnote reference resolves to (a null view for other nodes).
    [[nodiscard]] MdNode footnote_definition() const;
    [[nodiscard]] std::string_view url() const;
    [[nodiscard]] std::string_view title() const;
    [[nodiscard]] std::string_view fence_info() const;
    [[nodiscard]] int heading_level() const;
    [[nodiscard]] bool ordered() const;
    [[nodiscard]] int list_start() const;
    [[nodiscard]] bool tight() const;
    /// A table's column alignments, one of 'l', 'c', 'r' or 0 (none stated) per column.
    [[nodiscard]] std::string table_alignments() const;
    [[nodiscard]] bool table_header_row() const;
    /// A task list item's box: 0 not a task, 1 open, 2 checked.
    [[nodiscard]] int task_state() const;
    [[nodiscard]] int line() const;   ///< 1-based within the parsed text
    [[nodiscard]] int column() const; ///< 1-based byte column
    [[nodiscard]] MdNode first_child() const;
    [[nodiscard]] MdNode next() const;
    [[nodiscard]] MdNode parent() const;

  private:
    cmark_node* node_ = nullptr;
};

/// Owns a parsed document (CommonMark plus the footnote, strikethrough, autolink, table and task
/// list extensions).
class MarkdownTree {
  public:
    explicit MarkdownTree(std::string_view markdown);
    MarkdownTree(const MarkdownTree&) = delete;
    MarkdownTree& operator=(const MarkdownTree&) = delete;
    ~MarkdownTree();

    [[nodiscard]] MdNode root() const { return MdNode(root_); }

  private:
    cmark_node* root_ = nullptr;
};

} // namespace brief
