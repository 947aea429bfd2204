// write_markdown: front matter with its review comment, then blocks as CommonMark that reads
// back as the same text (CommonMark 0.30 §2.4 backslash escapes, §6.2 emphasis flanking).
#include "import/article.hpp"

#include "import/jsonld.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

namespace {

bool is_word_char(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }

/// A YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote escaped, controls dropped.
std::string yaml_quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '\\' || c == '"') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
    }
    return out + "\"";
}

/// Text for a one-line YAML comment: line ends made spaces, cut at `limit` bytes on a character.
std::string comment_text(std::string_view s, std::size_t limit) {
    std::string out;
    for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
    if (out.size() <= limit) return out;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    return out.substr(0, cut) + "…";
}

void add_field(std::string& out, const char* key, const Field& f) {
    if (!f.value.empty()) out += std::string(key) + ": " + yaml_quoted(f.value) + "\n";
}

std::string sources_comment(const ImportedArticle& a) {
    std::string line;
    for (const auto& [key, f] : {std::pair{"title", &a.title}, std::pair{"author", &a.author},
                                 std::pair{"date", &a.date}, std::pair{"outlet", &a.outlet},
                                 std::pair{"url", &a.url}, std::pair{"language", &a.language}}) {
        if (f->value.empty()) continue;
        line += (line.empty() ? "# " : "; ") + std::string(key) + ": " + f->from;
    }
    return line.empty() ? "# the page states no title, author, date or outlet\n" : line + "\n";
}

std::string dropped_comment(const ImportedArticle& a) {
    std::string out = "# dropped as chrome: " + std::to_string(a.dropped_outside) + " block(s) outside the article";
    out += ", " + std::to_string(a.dropped.size()) + " inside it" + (a.dropped.empty() ? "\n" : ":\n");
    const std::size_t shown = std::min<std::size_t>(a.dropped.size(), 12);
    for (std::size_t i = 0; i < shown; ++i) out += "#   - " + comment_text(a.dropped[i], 70) + "\n";
    if (a.dropped.size() > shown) out += "#   - and " + std::to_string(a.dropped.size() - shown) + " more\n";
    return out;
}

/// True when `&` followed by text[from...] could read as an entity or numeric reference.
bool starts_entity(std::string_view text, std::size_t from) {
    std::size_t i = from;
    while (i < text.size() && i - from < 40 && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '#')) ++i;
    return i > from && i < text.size() && text[i] == ';';
}

} // namespace

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // every ASCII punctuation character may be backslash-escaped (§2.4); these are the ones
        // that can start markup inside a line: emphasis, code, links, autolinks and HTML,
        // strikethrough (GFM), and an entity reference (§6.2) when one could follow the '&'
        if (std::string_view("\\`*_[]<~#").find(c) != std::string_view::npos || (c == '&' && starts_entity(text, i + 1)))
            out += '\\';
        out += c;
    }
    return out;
}

namespace {

/// Escapes what would start a block at the beginning of a line: a list marker, a heading, a
/// quote, a setext underline, a thematic break, indentation (§4, §5).
std::string guard_line_start(std::string_view line) {
    std::size_t start = line.find_first_not_of(' ');
    if (start == std::string_view::npos) return {};
    std::string out(line.substr(start));
    if (out[0] == '-' || out[0] == '+' || out[0] == '=' || out[0] == '>' || out[0] == '#') return "\\" + out;
    std::size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, "\\");
    return out;
}

/// A run of spans with one style, written as CommonMark inline text.
std::string write_run(const std::string& text, const Span& style) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return text;
    const std::size_t last = text.find_last_not_of(' ');
    const std::string lead = text.substr(0, first), core = text.substr(first, last - first + 1),
                      tail = text.substr(last + 1);
    std::string inner = escape_markdown(core);
    // emphasis only where its delimiters are surely flanking: word characters inside both ends
    const bool safe = is_word_char(core.front()) && is_word_char(core.back());
    if (style.code && safe && core.find('`') == std::string::npos) inner = "`" + core + "`";
    else if (style.strong && safe) inner = "**" + inner + "**";
    else if (style.emph && safe) inner = "*" + inner + "*";
    if (!style.url.empty()) {
        std::string url;
        for (char c : style.url) {
            if (c == '<' || c == '>' || c == ' ' || c == '\\') url += "%" + std::string(c == '<' ? "3C" : c == '>' ? "3E" : c == ' ' ? "20" : "5C");
            else url += c;
        }
        inner = "[" + inner + "](<" + url + ">)";
    }
    return lead + inner + tail;
}

bool same_style(const Span& a, const Span& b) {
    return a.url == b.url && a.emph == b.emph && a.strong == b.strong && a.code == b.code;
}

/// The inline content of a block; hard breaks as a backslash at the line's end (§6.7).
std::string write_inlines(const std::vector<Span>& spans, bool breaks) {
    std::string out;
    for (std::size_t i = 0; i < spans.size();) {
        if (spans[i].line_break) {
            out += breaks ? "\\\n" : " ";
            ++i;
            continue;
        }
        std::string text;
        std::size_t j = i;
        for (; j < spans.size() && !spans[j].line_break && same_style(spans[i], spans[j]); ++j) text += spans[j].text;
        out += write_run(text, spans[i]);
        i = j;
    }
    std::string guarded;
    std::size_t pos = 0;
    while (pos <= out.size()) {
        const std::size_t nl = std::min(out.find('\n', pos), out.size());
        if (!guarded.empty()) guarded += '\n';
        guarded += guard_line_start(std::string_view(out).substr(pos, nl - pos));
        pos = nl + 1;
    }
    return guarded;
}

std::string prefix_lines(const std::string& text, const std::string& first, const std::string& rest) {
    std::string out = first;
    for (char c : text) {
        out += c;
        if (c == '\n') out += rest;
    }
    return out;
}

std::string write_preformatted(const Block& b) {
    const std::string text = plain_text(b);
    std::size_t longest = 0, run = 0;
    for (char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
    const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
    return fence + "\n" + text + (text.ends_with('\n') ? "" : "\n") + fence;
}

std::string write_block(const Block& b) {
    switch (b.kind) {
    case BlockKind::heading: return std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 6)), '#') + " " + write_inlines(b.spans, false);
    case BlockKind::item: {
        const std::string indent(static_cast<std::size_t>(std::clamp(b.level, 1, 8) - 1) * 3, ' ');
        const std::string marker = b.ordered ? "1. " : "-  ";
        return prefix_lines(write_inlines(b.spans, true), indent + marker, indent + "   ");
    }
    case BlockKind::quote: return prefix_lines(write_inlines(b.spans, true), "> ", "> ");
    case BlockKind::preformatted: return write_preformatted(b);
    case BlockKind::paragraph: return write_inlines(b.spans, true);
    }
    return {};
}

} // namespace

std::string write_body(const std::vector<Block>& blocks) {
    std::string out;
    for (const Block& b : blocks) {
        const std::string text = write_block(b);
        if (text.empty()) continue;
        out += "\n" + text + "\n";
    }
    return out;
}

std::string write_markdown(const ImportedArticle& a) {
    std::string out = "---\n" + sources_comment(a) + dropped_comment(a);
    add_field(out, "title", a.title);
    add_field(out, "author", a.author);
    add_field(out, "date", a.date);
    add_field(out, "outlet", a.outlet);
    add_field(out, "url", a.url);
    add_field(out, "language", a.language);
    if (!a.provenance.empty()) out += "provenance: " + yaml_quoted(a.provenance) + "\n";
    return out + "---\n" + write_body(a.blocks);
}

std::string slug_of(const std::string& title, const std::string& fallback) {
    std::string slug;
    for (char c : title) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80) slug += static_cast<char>(std::tolower(u));
        else if ((c == ' ' || c == '-' || c == '/' || c == ',' || c == ':' || c == ';' || c == '.') && !slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.size() > 80) {
        slug.resize(80);
        if (const std::size_t cut = slug.rfind('-'); cut != std::string::npos && cut > 20) slug.resize(cut);
    }
    return slug.empty() ? fallback : slug;
}

std::string write_json_record(const ImportedArticle& a) {
    std::vector<std::pair<std::string, std::string>> fields;
    for (const auto& [key, f] : {std::pair{"title", &a.title}, std::pair{"author", &a.author},
                                 std::pair{"date", &a.date}, std::pair{"outlet", &a.outlet},
                                 std::pair{"url", &a.url}, std::pair{"language", &a.language}})
        if (!f->value.empty()) fields.emplace_back(key, f->value);
    fields.emplace_back("provenance", a.provenance);
    fields.emplace_back("dropped", std::to_string(a.dropped.size() + static_cast<std::size_t>(a.dropped_outside)));
    fields.emplace_back("body", plain_text(a.blocks));
    return json_object(fields);
}

} // namespace brief::importer
