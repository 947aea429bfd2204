// read_markdown: one exhaustive switch over cmark-gfm node kinds, building model values.
#include "read/markdown.hpp"

#include "read/cmark.hpp"

#include "core/url.hpp"
#include "doc/text.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace brief {

namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

/// The text of a whole subtree, walked without recursion (it may be thousands deep).
std::string flatten_text(MdNode top) {
    std::string out;
    MdNode n = top.first_child();
    while (n) {
        const MdType t = n.type();
        if (t == MdType::text || t == MdType::code || t == MdType::html_inline) out += n.literal();
        if (t == MdType::soft_break || t == MdType::line_break) out += ' ';
        if (t == MdType::paragraph && !out.empty() && out.back() != ' ') out += ' ';
        if (MdNode child = n.first_child()) {
            n = child;
            continue;
        }
        while (n && !n.next()) {
            n = n.parent();
            if (!n || n == top) return out;
        }
        if (n) n = n.next();
    }
    return out;
}

/// Merges neighbouring text nodes (cmark splits text at '[', '!' and entities).
void merge_texts(Inlines& inlines) {
    Inlines out;
    for (auto& in : inlines) {
        if (!out.empty()) {
            auto* prev = std::get_if<Text>(&out.back().node);
            auto* cur = std::get_if<Text>(&in.node);
            if (prev != nullptr && cur != nullptr) {
                prev->text += cur->text;
                continue;
            }
        }
        out.push_back(std::move(in));
    }
    inlines = std::move(out);
}

/// Converts one parsed body; read-only context apart from what it accumulates.
class Converter {
  public:
    Converter(const std::string& file, int first_line, Diagnostics& diagnostics)
        : file_(file), offset_(first_line - 1), diagnostics_(diagnostics) {}

    Blocks convert_document(MdNode root, std::string_view body) {
        Blocks out = blocks(root, 0);
        warn_unused_definitions(body);
        return out;
    }

  private:
    const std::string& file_;
    int offset_;
    Diagnostics& diagnostics_;
    std::set<std::string> used_;
    std::set<std::string> expanding_;

    Pos pos(MdNode n) const { return {n.line() > 0 ? n.line() + offset_ : 0, n.column()}; }
    Location where(MdNode n) const { return {file_, n.line() > 0 ? n.line() + offset_ : 0, n.column()}; }

    Blocks blocks(MdNode parent, int depth) {
        Blocks out;
        for (MdNode n = parent.first_child(); n; n = n.next()) block(n, depth, out);
        attach_table_captions(out);
        return out;
    }

    void too_deep(MdNode n, Blocks& out) {
        diagnostics_.warn(where(n), "nesting deeper than " + std::to_string(max_nesting) + " levels is kept as plain text");
        out.push_back(Block{Paragraph{{Inline{Text{flatten_text(n), pos(n)}}}, pos(n)}});
    }

    void block(MdNode n, int depth, Blocks& out) {
        if (depth >= max_nesting && n.first_child()) return too_deep(n, out);
        switch (n.type()) {
        case MdType::paragraph: paragraph(n, depth, out); break;
        case MdType::table: out.push_back(Block{table(n, depth)}); break;
        case MdType::heading: out.push_back(Block{Heading{n.heading_level(), inlines(n, depth), pos(n)}}); break;
        case MdType::block_quote: out.push_back(Block{BlockQuote{blocks(n, depth + 1), pos(n)}}); break;
        case MdType::list: out.push_back(Block{list(n, depth)}); break;
        case MdType::code_block: out.push_back(Block{code_block(n)}); break;
        case MdType::thematic_break: out.push_back(Block{ThematicBreak{pos(n)}}); break;
        case MdType::html_block: html_block(n, out); break;
        case MdType::footnote_definition: break; // placed where cited
        case MdType::item: // only inside lists
        case MdType::document:
        case MdType::text: case MdType::soft_break: case MdType::line_break: case MdType::code:
        case MdType::html_inline: case MdType::emph: case MdType::strong: case MdType::link:
        case MdType::image: case MdType::footnote_reference: case MdType::strikethrough:
        case MdType::table_row: case MdType::table_cell: case MdType::other:
            out.push_back(Block{Paragraph{inlines(n, depth), pos(n)}});
            break;
        }
    }

    List list(MdNode n, int depth) {
        List l{n.ordered(), n.list_start(), n.tight(), {}, pos(n)};
        for (MdNode item = n.first_child(); item; item = item.next()) {
            const int task = item.task_state();
            l.items.push_back(ListItem{blocks(item, depth + 1), pos(item), task == 0 ? Task::none : task == 1 ? Task::open : Task::done});
        }
        return l;
    }

    /// An image alone in its paragraph is a figure, captioned by its title or else its alt text.
    void paragraph(MdNode n, int depth, Blocks& out) {
        Inlines content = inlines(n, depth);
        auto* image = content.size() == 1 ? std::get_if<Image>(&content.front().node) : nullptr;
        if (image == nullptr) return out.push_back(Block{Paragraph{std::move(content), pos(n)}});
        Figure f{*image, {}, 0, pos(n)};
        const std::string& caption = image->title.empty() ? image->alt : image->title;
        if (!caption.empty()) f.caption.push_back(Inline{Text{caption, image->pos}});
        out.push_back(Block{std::move(f)});
    }

    static ColumnAlign align_of(char c) {
        return c == 'l' ? ColumnAlign::left : c == 'c' ? ColumnAlign::center : c == 'r' ? ColumnAlign::right : ColumnAlign::none;
    }

    /// GFM §4.10: the header row fixes the columns; a shorter row gets empty cells, a longer one
    /// loses the excess.
    Table table(MdNode n, int depth) {
        Table t;
        t.pos = pos(n);
        for (char c : n.table_alignments()) t.columns.push_back(align_of(c));
        for (MdNode r = n.first_child(); r; r = r.next()) {
            if (r.type() != MdType::table_row) continue;
            TableRow row{{}, pos(r)};
            for (MdNode c = r.first_child(); c && row.cells.size() < t.columns.size(); c = c.next())
                row.cells.push_back(TableCell{inlines(c, depth + 1), pos(c)});
            while (row.cells.size() < t.columns.size()) row.cells.push_back(TableCell{{}, row.pos});
            if (r.table_header_row()) t.header = std::move(row);
            else t.rows.push_back(std::move(row));
        }
        return t;
    }

    /// pandoc's convention: a paragraph starting "Table: " right after a table (or, failing that,
    /// right before it) is that table's caption.
    static void attach_table_captions(Blocks& out) {
        const auto caption_at = [&](std::size_t i) -> Paragraph* {
            auto* p = i < out.size() ? std::get_if<Paragraph>(&out[i].node) : nullptr;
            if (p == nullptr || p->content.empty()) return nullptr;
            const auto* t = std::get_if<Text>(&p->content.front().node);
            return t != nullptr && t->text.rfind("Table: ", 0) == 0 ? p : nullptr;
        };
        for (std::size_t i = 0; i < out.size(); ++i) {
            auto* table = std::get_if<Table>(&out[i].node);
            if (table == nullptr || !table->caption.empty()) continue;
            std::size_t at = caption_at(i + 1) ? i + 1 : i > 0 && caption_at(i - 1) ? i - 1 : out.size();
            if (at == out.size()) continue;
            Paragraph* p = caption_at(at);
            auto& first = std::get<Text>(p->content.front().node);
            first.text.erase(0, 7);
            if (first.text.empty()) p->content.erase(p->content.begin());
            table->caption = std::move(p->content);
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(at));
            if (at < i) --i;
        }
    }

    CodeBlock code_block(MdNode n) {
        std::string text(n.literal());
        if (!text.empty() && text.back() == '\n') text.pop_back();
        return CodeBlock{std::string(n.fence_info()), text, pos(n)};
    }

    void html_block(MdNode n, Blocks& out) {
        diagnostics_.warn(where(n), "raw HTML is not passed through; it is shown as text",
                          "write the content in Markdown instead");
        std::string text(n.literal());
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        if (!text.empty()) out.push_back(Block{CodeBlock{"html", text, pos(n)}});
    }

    Inlines inlines(MdNode parent, int depth) {
        Inlines out;
        for (MdNode n = parent.first_child(); n; n = n.next()) inline_node(n, depth, out);
        merge_texts(out);
        return out;
    }

    void inline_node(MdNode n, int depth, Inlines& out) {
        if (depth >= max_nesting && n.first_child()) {
            diagnostics_.warn(where(n), "nesting deeper than " + std::to_string(max_nesting) + " levels is kept as plain text");
            out.push_back(Inline{Text{flatten_text(n), pos(n)}});
            return;
        }
        switch (n.type()) {
        case MdType::text: out.push_back(Inline{Text{std::string(n.literal()), pos(n)}}); break;
        case MdType::soft_break: out.push_back(Inline{SoftBreak{pos(n)}}); break;
        case MdType::line_break: out.push_back(Inline{LineBreak{pos(n)}}); break;
        case MdType::code: out.push_back(Inline{Code{std::string(n.literal()), pos(n)}}); break;
        case MdType::emph: out.push_back(Inline{Emph{inlines(n, depth + 1), pos(n)}}); break;
        case MdType::strong: out.push_back(Inline{Strong{inlines(n, depth + 1), pos(n)}}); break;
        case MdType::strikethrough: out.push_back(Inline{Strike{inlines(n, depth + 1), pos(n)}}); break;
        case MdType::link: link(n, depth, out); break;
        case MdType::image: image(n, out); break;
        case MdType::footnote_reference: footnote(n, depth, out); break;
        case MdType::html_inline:
            diagnostics_.warn(where(n), "inline HTML is not passed through; it is shown as text");
            out.push_back(Inline{Text{std::string(n.literal()), pos(n)}});
            break;
        case MdType::document: case MdType::block_quote: case MdType::list: case MdType::item:
        case MdType::code_block: case MdType::html_block: case MdType::paragraph: case MdType::heading:
        case MdType::thematic_break: case MdType::footnote_definition: case MdType::table:
        case MdType::table_row: case MdType::table_cell: case MdType::other:
            out.push_back(Inline{Text{flatten_text(n), pos(n)}});
            break;
        }
    }

    void link(MdNode n, int depth, Inlines& out) {
        Inlines children = inlines(n, depth + 1);
        const std::string url(n.url());
        if (is_safe_url(url) && has_valid_host(url)) {
            out.push_back(Inline{Link{encode_url(url), std::string(n.title()), std::move(children), pos(n), {}}});
            return;
        }
        if (is_safe_url(url))
            diagnostics_.warn(where(n), "link target '" + url.substr(0, 80) + "' dropped: it has no valid host name",
                              "the link text stays as plain text; write the address in full, e.g. https://example.org/");
        else
            diagnostics_.warn(where(n), "link target '" + url.substr(0, 80) + "' dropped; only http, https and mailto links are kept",
                              "the link text stays as plain text");
        for (auto& c : children) out.push_back(std::move(c));
    }

    /// cmark-gfm drops definitions nothing cites, so they are found in the source lines.
    void warn_unused_definitions(std::string_view body) {
        int line = 1;
        for (std::size_t at = 0; at < body.size(); ++line) {
            const auto end = std::min(body.find('\n', at), body.size());
            const auto text = body.substr(at, end - at);
            const auto indent = text.find_first_not_of(' ');
            if (indent != std::string_view::npos && indent < 4 && text.substr(indent, 2) == "[^") {
                const auto close = text.find("]:", indent);
                const std::string label(text.substr(indent + 2, close == std::string_view::npos ? 0 : close - indent - 2));
                if (!label.empty() && used_.count(label) == 0)
                    diagnostics_.warn({file_, line + offset_, static_cast<int>(indent) + 1}, "footnote [^" + label + "] is defined but never cited",
                                      "cite it with [^" + label + "] or remove the definition");
            }
            at = end + 1;
        }
    }

    /// The image's file is read later, by load_pictures (reading Markdown touches no file); a
    /// missing description is said here, where it is written.
    void image(MdNode n, Inlines& out) {
        std::string alt = flatten_text(n);
        if (alt.find_first_not_of(" \t") == std::string::npos)
            diagnostics_.warn(where(n), "image without a description: readers of screen readers and text-only copies get nothing",
                              "describe it: ![what it shows](file.png)");
        out.push_back(Inline{Image{std::string(n.url()), std::move(alt), std::string(n.title()), {}, pos(n)}});
    }

    void footnote(MdNode n, int depth, Inlines& out) {
        const std::string label(n.footnote_label());
        const MdNode def = n.footnote_definition();
        if (!def || expanding_.count(label) != 0) {
            diagnostics_.warn(where(n), "footnote [^" + label + "] cannot be resolved (undefined or citing itself)");
            out.push_back(Inline{Text{"[^" + label + "]", pos(n)}});
            return;
        }
        used_.insert(label);
        expanding_.insert(label);
        Inlines content;
        for (MdNode b = def.first_child(); b; b = b.next()) {
            if (!content.empty()) content.push_back(Inline{LineBreak{pos(b)}});
            if (b.type() == MdType::paragraph) {
                for (auto& in : inlines(b, depth + 1)) content.push_back(std::move(in));
            } else {
                content.push_back(Inline{Text{flatten_text(b), pos(b)}});
            }
        }
        expanding_.erase(label);
        merge_texts(content);
        out.push_back(Inline{Note{NoteKind::author, std::move(content), {}, label, 0, pos(n)}});
    }
};

/// The first "[^label]" in text (label of 1-100 non-space characters), or empty.
std::string find_footnote_citation(std::string_view text) {
    for (std::size_t at = text.find("[^"); at != std::string_view::npos; at = text.find("[^", at + 1)) {
        std::size_t end = at + 2;
        while (end < text.size() && end - at < 103 && text[end] != ']' && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end < text.size() && text[end] == ']' && end > at + 2) return std::string(text.substr(at, end - at + 1));
    }
    return {};
}

/// cmark leaves a citation of an undefined footnote as text; say so where it stands.
void warn_undefined_footnotes(const Inlines& inlines, const std::string& file, Diagnostics& diagnostics) {
    for (const auto& in : inlines) {
        if (const auto* t = std::get_if<Text>(&in.node)) {
            const std::string cited = find_footnote_citation(t->text);
            if (!cited.empty())
                diagnostics.warn({file, t->pos.line, t->pos.column}, "footnote " + cited + " is cited but never defined",
                                 "define it on a line of its own: " + cited + ": the note's text");
        }
    }
}

void warn_undefined_footnotes(const Blocks& blocks, const std::string& file, Diagnostics& diagnostics) {
    for (const auto& b : blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b.node)) warn_undefined_footnotes(p->content, file, diagnostics);
        if (const auto* q = std::get_if<BlockQuote>(&b.node)) warn_undefined_footnotes(q->children, file, diagnostics);
        if (const auto* l = std::get_if<List>(&b.node))
            for (const auto& item : l->items) warn_undefined_footnotes(item.children, file, diagnostics);
        if (const auto* t = std::get_if<Table>(&b.node)) {
            for (const auto& c : t->header.cells) warn_undefined_footnotes(c.content, file, diagnostics);
            for (const auto& r : t->rows)
                for (const auto& c : r.cells) warn_undefined_footnotes(c.content, file, diagnostics);
        }
    }
}

} // namespace

bool is_safe_url(std::string_view url) {
    return starts_with_nocase(url, "http://") || starts_with_nocase(url, "https://") ||
           starts_with_nocase(url, "mailto:");
}

Blocks read_markdown(std::string_view body, const std::string& file, int first_line, Diagnostics& diagnostics) {
    const MarkdownTree tree(body);
    Converter converter(file, first_line, diagnostics);
    Blocks blocks = converter.convert_document(tree.root(), body);
    warn_undefined_footnotes(blocks, file, diagnostics);
    return blocks;
}

} // namespace brief
