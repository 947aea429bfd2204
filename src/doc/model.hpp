// The document model: a briefing of articles as plain values, shared by every reader and backend.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace brief {

/// A position in the article's original file (front matter lines counted). 1-based; 0 = unknown.
struct Pos {
    int line = 0;
    int column = 0;
};

// ---- Inlines -------------------------------------------------------------------------------

struct Inline;
/// A run of inline nodes. std::vector accepts the incomplete Inline (C++17, [vector.overview]).
using Inlines = std::vector<Inline>;

/// Plain text, already cleaned of characters no output may carry (core/utf8.hpp).
struct Text {
    std::string text;
    Pos pos;
};
struct Emph {
    Inlines children;
    Pos pos;
};
struct Strong {
    Inlines children;
    Pos pos;
};
/// GFM strikethrough (`~~gone~~`).
struct Strike {
    Inlines children;
    Pos pos;
};
/// Inline code; `text` is shown verbatim in a monospace font.
struct Code {
    std::string text;
    Pos pos;
};
/// A hyperlink. `url` is always http, https or mailto: the reader turns other targets into plain
/// text with a warning, so backends never have to vet it. The one exception is brief's own
/// links between the key points and the sentences they were drawn from: `url` is then "#" and
/// the `id` of another link, and each backend links inside the document.
struct Link {
    std::string url;
    std::string title;
    Inlines children;
    Pos pos;
    std::string id; ///< empty, or a name other links go to ("#id"): only brief's own links have one
};
/// An image reference. `picture` names the briefing's Picture when the file was read and
/// embedded (load_pictures); when it is empty, backends show `alt` in its place.
struct Image {
    std::string url;
    std::string alt;
    std::string title; ///< the Markdown title (`![alt](file.png "title")`), the figure's caption
    std::string picture;
    Pos pos;
};
/// A line end inside a paragraph: a space to every backend.
struct SoftBreak {
    Pos pos;
};
/// A hard line break (two trailing spaces or a backslash).
struct LineBreak {
    Pos pos;
};

/// Why a note exists.
enum class NoteKind {
    attribution, ///< the article's own source: outlet, author, title, date, url, provenance
    secondary,   ///< an outlet the article credits ("according to the Wall Street Journal")
    author,      ///< a footnote the writer made with `[^label]`
};

/// A footnote, stored where it is cited. `number` is 0 until the number_notes pass; backends
/// print it and never renumber. `source_id` names a Source for attribution and secondary notes.
struct Note {
    NoteKind kind = NoteKind::author;
    Inlines content;
    std::string source_id;
    std::string label; ///< the `[^label]` of an author note; empty for the others
    int number = 0;
    Pos pos;
};

struct Inline {
    std::variant<Text, Emph, Strong, Strike, Code, Link, Image, SoftBreak, LineBreak, Note> node;
};

// ---- Blocks --------------------------------------------------------------------------------

struct Block;
using Blocks = std::vector<Block>;

struct Paragraph {
    Inlines content;
    Pos pos;
};
/// A heading inside an article; level 1-6 as written (backends map them below the article title).
struct Heading {
    int level = 2;
    Inlines content;
    Pos pos;
};
struct BlockQuote {
    Blocks children;
    Pos pos;
};
/// A GFM task list item's box: none for an ordinary item.
enum class Task { none, open, done };

struct ListItem {
    Blocks children;
    Pos pos;
    Task task = Task::none;
};
struct List {
    bool ordered = false;
    int start = 1; ///< first number of an ordered list
    bool tight = true;
    std::vector<ListItem> items;
    Pos pos;
};
/// Fenced or indented code; `text` keeps its line ends and is never justified or hyphenated.
struct CodeBlock {
    std::string info;
    std::string text;
    Pos pos;
};
struct ThematicBreak {
    Pos pos;
};

/// How a table column's cells are aligned; `none` when the delimiter row says nothing (left).
enum class ColumnAlign { none, left, center, right };

struct TableCell {
    Inlines content;
    Pos pos;
};
/// One row; it always has as many cells as the table has columns (the reader pads short rows with
/// empty cells and cuts long ones, as GFM does).
struct TableRow {
    std::vector<TableCell> cells;
    Pos pos;
};
/// A GFM table. `caption` comes from a `Table: ...` paragraph right before or after it (pandoc's
/// convention); `number` is 0 until number_tables_and_figures gives captioned tables their
/// "Table N" in reading order (an uncaptioned table keeps 0, and no label).
struct Table {
    std::vector<ColumnAlign> columns;
    TableRow header;
    std::vector<TableRow> rows;
    Inlines caption;
    int number = 0;
    Pos pos;
};
/// An image alone in its paragraph. Its caption is the image's title or, failing that, its alt
/// text. Only a figure whose picture was read is a Figure after load_pictures: the others become
/// paragraphs showing the alt text. `number` as for tables ("Figure N").
struct Figure {
    Image image;
    Inlines caption;
    int number = 0;
    Pos pos;
};

struct Block {
    std::variant<Paragraph, Heading, BlockQuote, List, CodeBlock, ThematicBreak, Table, Figure> node;
};

// ---- Sources, articles, the briefing -----------------------------------------------------

/// Where a piece of reporting came from. Every field but `id` may be empty: backends cite what is
/// known and say plainly what is not (see doc/text.hpp).
struct Source {
    std::string id;         ///< derived from content: the article file's stem, or the credit's name
    std::string outlet;     ///< "VentureBeat"
    std::string title;      ///< the headline
    std::string author;     ///< byline as printed
    std::string date;       ///< publication date, ISO 8601 "YYYY-MM-DD"
    std::string url;        ///< http(s) address, only if known
    std::string retrieved;  ///< date the copy was taken, ISO 8601
    std::string provenance; ///< the original file's name
    std::string language;   ///< BCP 47, "en" when unknown
    bool credited = false;  ///< true for a secondary source credited by articles
};

/// A secondary source the briefing credits wherever an article mentions one of its aliases.
struct Credit {
    std::string name;                 ///< "The Wall Street Journal"
    std::vector<std::string> aliases; ///< "Wall Street Journal", "WSJ"; matched as whole words
    std::string url;                  ///< optional home page
};

/// The briefing's own metadata, from articles/briefing.yaml; defaults when the file is absent.
struct BriefingMeta {
    std::string title = "Briefing";
    std::string subtitle;
    std::string date;           ///< ISO 8601; empty means "not stated"
    std::string issuer;         ///< who issues it; also the EPUB/DOCX creator
    std::string classification; ///< marking printed on every page, e.g. "UNCLASSIFIED"
    std::string language = "en";
    /// The style briefing.yaml names (a NAME, or a FILE relative to briefing.yaml's folder);
    /// empty when it names none. --style overrides it.
    std::string style;
    int key_points = 8; ///< claims the Key points section lists at most; 0 leaves it out
};

/// One sentence a key point groups: where it stands and how close it is to the claim.
struct ClaimSentence {
    std::size_t article = 0; ///< index in Briefing::articles
    int paragraph = 0;       ///< 1-based, among the article's paragraphs
    std::string text;
    double similarity = 0; ///< to the claim's own sentence (1 for that sentence)
};

/// A claim that at least two sources report (find_key_points). A source is an article's outlet,
/// or the article itself when its outlet is not stated.
struct KeyPoint {
    std::string text;                  ///< the group's most central sentence, as written
    std::string credit;                ///< a secondary source the claim's sentence credits, or empty
    std::vector<std::size_t> articles; ///< one article per reporting source, in briefing order
    int sources = 0;                   ///< reporting sources (articles.size())
    int of = 0;                        ///< sources in the briefing
    std::vector<ClaimSentence> sentences; ///< the claim's sentence first, then the others that report it
    std::vector<Note> notes;           ///< one per article in `articles`: who reports it, and where
};

/// A part of the briefing that brief writes itself, set after the contents and before the first
/// article (the Key points): ordinary blocks every backend renders as it renders an article's,
/// under a title and without a byline. Its notes are copies of numbered ones (number_notes
/// numbers the key points' notes first), so backends list them as they list an article's.
struct FrontPart {
    std::string id;    ///< "key-points": the name of its anchor, file or bookmark in every format
    std::string title; ///< "Key points"
    Blocks blocks;
};

struct Article {
    Source source;    ///< its own source; source.title is the article's title
    Note attribution; ///< kind attribution, cited at the byline; filled by attribute_sources
    Blocks blocks;
    std::string file; ///< path as given on the command line, for diagnostics
    /// False when the Markdown it was read from has no "![", with which every image begins:
    /// load_pictures then skips it (walking 500 articles for none took a millisecond of a watch
    /// rebuild). True when not known.
    bool may_name_images = true;
    /// Under watch, a fingerprint of the file it was read from (its path and bytes), 0 when not
    /// taken: the same key, the same article as read. The passes before the key points leave its
    /// paragraphs' text as it is (they add notes and number headings), so what the key points
    /// make of that text is kept under this key instead of a fingerprint of the whole article.
    std::uint64_t as_read = 0;
};

/// A picture file an article uses, read, checked and decoded once per briefing (the same bytes used
/// twice are one Picture). Only PNG and JPEG get here.
struct Picture {
    std::string id;         ///< "picture-" and a hash of the bytes: stable for the same file
    std::string file;       ///< the path it was read from, for the dump and diagnostics
    std::string media_type; ///< "image/png" or "image/jpeg"
    std::string bytes;      ///< the file as read (the EPUB, DOCX and XML embed it as it is)
    int width = 0;          ///< pixels
    int height = 0;
    double dpi = 0;         ///< the file's stated resolution; 0 when it states none
    /// For the PDF: 8-bit samples, row by row, `components` per pixel (1 grey, 3 RGB, 4 CMYK,
    /// CMYK not inverted), without the alpha, which is apart in `alpha` (empty when opaque).
    /// Left empty for a JPEG that is not CMYK: the PDF embeds its bytes as they are (DCTDecode).
    int components = 3;
    std::string samples;
    std::string alpha;
};

struct Briefing {
    BriefingMeta meta;
    std::vector<Credit> credits;
    std::vector<Article> articles;
    /// Every source cited, in the order of its first note (filled by attribute_sources and
    /// ordered by number_notes).
    std::vector<Source> sources;
    /// Every picture embedded, in order of first use (filled by load_pictures).
    std::vector<Picture> pictures;
    /// What the sources agree on, most reported first (filled by find_key_points).
    std::vector<KeyPoint> key_points;
    /// The parts brief writes before the articles, in order (filled by present_key_points).
    std::vector<FrontPart> front;
};

/// The usual visitor helper: `std::visit(overloaded{[](const Text&) {...}, ...}, node)`.
template <class... Fs> struct overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

} // namespace brief
