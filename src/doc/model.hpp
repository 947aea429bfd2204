// The document model: a briefing of articles as plain values, shared by every reader and backend.
#pragma once

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
/// text with a warning, so backends never have to vet it.
struct Link {
    std::string url;
    std::string title;
    Inlines children;
    Pos pos;
};
/// An image reference. Backends show `alt` (images are not embedded yet); `url` is kept for the
/// dump and for the sources list.
struct Image {
    std::string url;
    std::string alt;
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
struct ListItem {
    Blocks children;
    Pos pos;
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

struct Block {
    std::variant<Paragraph, Heading, BlockQuote, List, CodeBlock, ThematicBreak> node;
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
};

struct Article {
    Source source;    ///< its own source; source.title is the article's title
    Note attribution; ///< kind attribution, cited at the byline; filled by attribute_sources
    Blocks blocks;
    std::string file; ///< path as given on the command line, for diagnostics
};

struct Briefing {
    BriefingMeta meta;
    std::vector<Credit> credits;
    std::vector<Article> articles;
    /// Every source cited, in the order of its first note (filled by attribute_sources and
    /// ordered by number_notes).
    std::vector<Source> sources;
};

/// The usual visitor helper: `std::visit(overloaded{[](const Text&) {...}, ...}, node)`.
template <class... Fs> struct overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

} // namespace brief
