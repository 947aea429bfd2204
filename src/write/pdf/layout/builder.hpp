// FlowBuilder: turns blocks, headings and notes into the vertical list pagination reads.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/pdf/layout/flow.hpp"
#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/layout/spans.hpp"
#include "write/pdf/layout/tags.hpp"

#include <map>
#include <optional>

namespace brief::pdf {

/// Read-only context of a layout: the style, the fonts and the text width.
struct LayoutContext {
    const Style& style;
    FontMetrics& metrics;
    MissingGlyph missing;
    double width = 0; ///< of the text area
    double height = 0; ///< of the text area (0: unbounded), for pictures
    const std::vector<Picture>* pictures = nullptr; ///< the briefing's, for figures and inline pictures
};

/// Where a block is set: indents from both sides of the text area.
struct Indent {
    double left = 0;
    double right = 0;
};

/// Appends to a Flow. Keeps the state that crosses blocks: whether the next paragraph is indented
/// and whether the next item must stay with the one before (after a heading).
class FlowBuilder {
  public:
    FlowBuilder(const LayoutContext& context, Flow& flow) : context_(context), flow_(flow) {}

    /// Headings set from now on get anchors named `prefix` and their count, and are listed in
    /// sections() for the bookmarks.
    void name_headings(std::string prefix) { heading_prefix_ = std::move(prefix); }
    /// The headings set since name_headings, as bookmarks one level below their article's.
    [[nodiscard]] const std::vector<Bookmark>& sections() const { return sections_; }

    /// The hyphenation patterns for what follows (an article's language).
    void use_hyphenator(const Hyphenator* h) { hyphenator_ = h; }
    /// Paragraphs and list items set from now on run left to right whatever their first strong
    /// character: for what brief writes in a left-to-right briefing (the sources).
    void write_left_to_right(bool on) { left_to_right_ = on; }

    /// The article's blocks, in order.
    void blocks(const Blocks& blocks, Indent indent);

    /// Sets spans as lines (notes they cite are set too) and appends them. `keep` forbids breaks
    /// inside; widows and orphans are prevented otherwise.
    void lines(const std::vector<Span>& spans, const ParaOptions& options, Indent indent, double leading,
               const std::string& role, bool keep = false);

    /// Appends lines already set (x from the indent).
    void push(std::vector<SetLine> set, double x, double size, double leading, const std::string& role, bool keep);

    void skip(double height);
    void page_break();
    /// The next item stays with the last one (headings).
    void keep_with_next() { keep_next_ = true; }
    /// The next paragraph starts without first-line indent.
    void no_indent() { indent_next_ = false; }

    /// The span style of body text, headings and notes.
    [[nodiscard]] SpanStyle body_style() const;
    [[nodiscard]] SpanStyle heading_style(double size) const;

    /// Sets the notes cited by spans, each once (nested notes included); returns their numbers.
    std::vector<int> set_notes(const std::vector<const Note*>& notes);
    /// Each line set since item `first` also cites the notes its notes (of `notes`) cite, so
    /// pagination puts them on its page too.
    void cite_nested(std::size_t first, const std::vector<const Note*>& notes);

    /// Tagging: a new element under the one open (the part's top when none is), now the open one;
    /// close() returns to its parent. Blocks visited are tagged inside the open element.
    int open(const std::string& type);
    void close();
    /// Tags `spans` as the content of `elem` (tags.hpp), notes cited becoming Note elements.
    void tag(std::vector<Span>& spans, int elem) { tag_spans(spans, elem, flow_.structure, note_elems_); }
    [[nodiscard]] Structure& structure() { return flow_.structure; }

    /// Baseline of text of `size` in a line of `leading`, from the line's top.
    static double baseline(double size, double leading) { return (leading + size) / 2 - 0.18 * size; }

  private:
    const LayoutContext& context_;
    Flow& flow_;
    const Hyphenator* hyphenator_ = nullptr;
    bool left_to_right_ = false; ///< see write_left_to_right
    Hyphenator none_;
    bool keep_next_ = false;
    bool indent_next_ = false;
    std::string heading_prefix_;
    std::vector<Bookmark> sections_;
    int parent_ = -1;                 ///< the open element
    std::map<int, int> note_elems_;   ///< note number -> its Note element
    std::vector<int> heading_levels_; ///< the Markdown levels of the headings open, for H2-H6

    void block(const Block& b, Indent indent);
    void paragraph(const Paragraph& p, Indent indent);
    void heading(const Heading& h, Indent indent);
    void quote(const BlockQuote& q, Indent indent);
    void list(const List& l, Indent indent);
    void code(const CodeBlock& c, Indent indent);
    void rule(Indent indent);
    void table(const Table& t, Indent indent);
    void figure(const Figure& f, Indent indent);
    void table_caption(const Table& t, Indent indent);
    void tag_rows(std::vector<std::vector<std::vector<Span>>>& rows, std::size_t columns);
    void caption(const char* kind, int number, const Inlines& text, Align align, Indent indent);
    void set_rows(const Table& t, const std::vector<std::vector<std::vector<Span>>>& rows, const std::vector<double>& widths,
                  double size, Indent indent);
    std::shared_ptr<std::vector<VLine>> repeated_header(std::size_t first) const;
    /// Puts a list marker to the left of the first line set since `first_item`.
    /// Puts a list item's marker before its first line: left of it, or right of it (at `right`,
    /// the line's width) for a right-to-left item; its run tagged `tag`.
    void marker(std::size_t first_item, const std::string& text, int tag, std::optional<double> right = std::nullopt);
    /// The H element of a heading of Markdown `level`: one below the article title's H1 for its
    /// shallowest level, never more than one below the heading before (no level skipped).
    std::string heading_type(int level);
    std::vector<const Note*> note_lines(const Note& n, int elem);
    FaceId face_for(const std::string& text) const;
    const Hyphenator& hyphenator() const { return hyphenator_ != nullptr ? *hyphenator_ : none_; }
};

} // namespace brief::pdf
