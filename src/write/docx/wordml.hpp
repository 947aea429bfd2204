// The content writer: the model's blocks and inlines as WordprocessingML paragraphs and runs.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/docx/drawing.hpp"
#include "write/docx/ooxml.hpp"
#include "write/docx/table_layout.hpp"

#include <functional>
#include <string>
#include <vector>

namespace brief::docx {

/// Style ids of styles.xml that the content writer uses (the names Word shows are in styles.cpp).
namespace sid {
inline constexpr const char* first_paragraph = "FirstParagraph";
inline constexpr const char* body_text = "BodyText";
inline constexpr const char* heading1 = "Heading1";
inline constexpr const char* heading2 = "Heading2";
inline constexpr const char* heading3 = "Heading3";
inline constexpr const char* heading4 = "Heading4";
inline constexpr const char* heading5 = "Heading5";
inline constexpr const char* heading6 = "Heading6";
inline constexpr const char* quote = "Quote";
inline constexpr const char* list_paragraph = "ListParagraph";
inline constexpr const char* source_code = "SourceCode";
inline constexpr const char* verbatim = "VerbatimChar";
inline constexpr const char* hyperlink = "Hyperlink";
inline constexpr const char* footnote_text = "FootnoteText";
inline constexpr const char* footnote_reference = "FootnoteReference";
inline constexpr const char* table = "BriefTable";     ///< the table style
inline constexpr const char* table_text = "TableText"; ///< paragraphs in table cells
inline constexpr const char* caption = "Caption";      ///< "Table N. ..." and "Figure N. ..."
inline constexpr const char* figure = "Figure";        ///< the paragraph holding a figure's picture
} // namespace sid

/// The font of the task boxes ☐ and ☒ (U+2610, U+2612, the pair Word's check box content
/// control shows, and which pandoc reads back as a task item): Windows has it; other systems
/// substitute a font with the glyphs (DejaVu Sans, Noto Sans Symbols).
inline constexpr const char* symbol_font = "Segoe UI Symbol";

/// Left indent of list level `level` (0-based) and the hanging indent of its number, in twips;
/// shared by numbering.xml and the paragraphs that continue a list item.
int list_indent(int level);
int list_hanging();

/// The numbering instances (§17.9) the lists of the document use: one w:num per List, pointing at
/// the bullet or the decimal abstract numbering, restarting at the list's start number.
class Numbering {
  public:
    /// A new instance for a list at nesting `level`; returns its numId (1, 2, ...).
    int add_list(bool ordered, int level, int start);
    /// numbering.xml: two abstract numberings of nine levels, then every instance.
    [[nodiscard]] pugi::xml_document to_xml() const;

    struct Instance {
        bool ordered;
        int level;
        int start;
    };
    [[nodiscard]] const std::vector<Instance>& instances() const { return lists_; }
    /// Adds an instance as add_list added it before.
    void append(const Instance& instance) { lists_.push_back(instance); }

  private:
    std::vector<Instance> lists_;
};

/// The headings the table of contents lists (levels 1 and 2, as TOC \o "1-2" collects them),
/// each with the bookmark placed on it.
class Outline {
  public:
    struct Entry {
        int level;
        std::string text;
        std::string bookmark;
    };
    /// Records a heading and wraps the paragraph's content in its bookmark (§17.13.6.2); call
    /// after the heading's runs are written.
    void mark(pugi::xml_node paragraph, int level, const std::string& text);
    [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
    /// Adds an entry as mark() recorded it before.
    void append(const Entry& entry) { entries_.push_back(entry); }

  private:
    std::vector<Entry> entries_;
};

/// Called for each Note met in the inlines, with the node its reference run goes into.
using NoteHandler = std::function<void(pugi::xml_node target, const Note& note)>;

/// Writes inlines as runs into a paragraph (or hyperlink) of one part; hyperlinks become
/// relationships of that part. Direct formatting only for emphasis, strong, strike; code, links
/// and note marks use character styles. With `media`, embedded pictures are drawings; without
/// (as in footnotes), an image is its alt text.
class InlineWriter {
  public:
    InlineWriter(Relationships& rels, NoteHandler on_note, Media* media = nullptr);
    void write(pugi::xml_node target, const Inlines& inlines, const RunProps& format = {});
    /// The pictures this writer shows, or nullptr.
    [[nodiscard]] Media* media() const { return media_; }
    /// Shows pictures from `media` from now on (nullptr: alt text again), inline ones `height`
    /// EMU tall (-1: the media's line height).
    void show_pictures(Media* media, std::int64_t height = -1) {
        media_ = media;
        picture_height_ = height;
    }
    /// The relationships of the part written.
    [[nodiscard]] Relationships& rels() const { return rels_; }
    /// Bookmarks put around links so far; add_bookmarks counts ones written before.
    [[nodiscard]] int bookmarks() const { return bookmarks_; }
    void add_bookmarks(int n) { bookmarks_ += n; }
    /// Writes the next text in a run of its own (the last one written is in another part).
    void forget_last_run() { last_run_ = pugi::xml_node(); }
    /// Runs written from now on are in `language` (w:lang, and w:lang w:bidi on right-to-left
    /// text) unless their format says otherwise; empty: the document's language (docDefaults),
    /// and right-to-left text's language guessed from its script (script_language).
    void use_language(std::string language) { language_ = std::move(language); }

  private:
    void write(pugi::xml_node target, const Inline& in, const RunProps& format);
    void text(pugi::xml_node target, std::string_view text, const RunProps& format);
    void link(pugi::xml_node target, const Link& link, RunProps format);
    void image(pugi::xml_node target, const Image& image, const RunProps& format);
    void bookmark(pugi::xml_node target, pugi::xml_node link, const std::string& name);

    /// The first w:id of the bookmarks links carry: far past the outline's headings.
    static constexpr int link_bookmark_base = 1000000;

    Relationships& rels_;
    NoteHandler on_note_;
    Media* media_;
    std::int64_t picture_height_ = -1; ///< of inline pictures, EMU; -1 for the media's line
    std::string language_;             ///< of the article written, when not the briefing's (use_language)
    // The last text run written and its format, so adjacent text of one format shares a run.
    pugi::xml_node last_run_;
    RunProps last_format_;
    int bookmarks_ = 0; ///< bookmarks put around links so far
};

/// The read-only context of the block writer.
struct BlockContext {
    const Style& style;
    int text_width = 0; ///< twips between the margins
};

/// Writes an article's blocks into the body. Accumulates numbering and the outline.
class BlockWriter {
  public:
    BlockWriter(const BlockContext& context, InlineWriter& inlines, Numbering& numbering, Outline& outline);
    /// Writes blocks; the first paragraph after a heading is not indented (FirstParagraph).
    void write(pugi::xml_node body, const Blocks& blocks);

  private:
    void block(pugi::xml_node body, const Block& block);
    void paragraph(pugi::xml_node body, const Paragraph& p);
    void heading(pugi::xml_node body, const Heading& h);
    void quote(pugi::xml_node body, const BlockQuote& q);
    void list(pugi::xml_node body, const List& l);
    void code(pugi::xml_node body, const CodeBlock& c);
    void rule(pugi::xml_node body);
    void table(pugi::xml_node body, const Table& t);
    void figure(pugi::xml_node body, const Figure& f);
    void table_properties(pugi::xml_node tbl, const Table& t, const TableLayout& layout);
    void table_row(pugi::xml_node tbl, const Table& t, const TableRow& row, const TableLayout& layout, bool header);
    void caption(pugi::xml_node body, const char* kind, int number, const Inlines& text, bool keep_next);
    void task_box(pugi::xml_node paragraph);
    ParaProps paragraph_props();

    const BlockContext& context_;
    InlineWriter& inlines_;
    Numbering& numbering_;
    Outline& outline_;
    // Where the writer is: nesting and what came before.
    int quote_depth_ = 0;
    int list_depth_ = 0;
    int pending_num_ = 0; ///< numId the next paragraph takes (first paragraph of a list item)
    Task pending_task_ = Task::none; ///< the task box the next paragraph opens with
    bool after_paragraph_ = false;
};

} // namespace brief::docx
