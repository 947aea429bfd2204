// prepare_html: one light scan of the page's tags that hands the parser only what import reads,
// and bounds the nesting, before gumbo spends hundreds of instructions on each byte.
#include "import/hints.hpp"
#include "import/html.hpp"
#include "import/metadata.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace brief::importer {

namespace {

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Elements that never hold children (HTML §13.1.2): they open nothing.
bool is_void(std::string_view name) {
    return is_one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                            "source", "track", "wbr", "keygen", "frame"});
}

/// Elements whose content is raw text up to their end tag (HTML §13.1.2.1 and the tokenizer's
/// RAWTEXT and RCDATA states): a '<' inside is not a tag.
bool is_raw_text(std::string_view name) {
    return is_one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

/// The formatting elements HTML's list of active formatting elements keeps (§13.2.4.3).
bool is_formatting(std::string_view name) {
    return is_one_of(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"});
}

/// Elements a start tag of the same name closes implicitly (HTML §13.2.6.4.7).
bool closes_itself(std::string_view name) {
    return is_one_of(name, {"p", "li", "dt", "dd", "option", "tr", "td", "th"});
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

std::string read_name(std::string_view html, std::size_t pos) {
    std::string name;
    while (pos < html.size() && is_name_char(html[pos])) name += ascii_lower(html[pos++]);
    return name;
}

/// Where the raw text of `name` ends: at its end tag, matched without regard to case.
std::size_t raw_text_end(std::string_view html, std::size_t pos, const std::string& name) {
    while (pos < html.size()) {
        pos = std::min(html.find('<', pos), html.size());
        if (pos + 2 + name.size() <= html.size() && html[pos + 1] == '/' && read_name(html, pos + 2) == name) return pos;
        if (pos < html.size()) ++pos;
    }
    return html.size();
}

/// Elements whose whole content the parser is spared: never article text, and on today's pages
/// more than half of the bytes (inline scripts and styles, drawings); asides and footers, which
/// extraction drops wherever they are, with it. JSON-LD scripts stay.
bool is_spared(std::string_view name, std::string_view tag) {
    if (name == "script") {
        std::string lowered(tag);
        for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return lowered.find("ld+json") == std::string::npos;
    }
    return is_one_of(name, {"style", "svg", "math", "noscript", "template", "iframe", "nav", "select", "button", "aside",
                            "footer", "dialog", "object", "canvas", "video", "audio", "map", "textarea"});
}

/// Tags the importer never looks at, dropped while their content is kept: images, their
/// sources and form controls, never text.
bool is_unread_tag(std::string_view name) {
    return is_one_of(name, {"img", "source", "input", "wbr", "col", "area", "embed", "param", "track", "picture"});
}

/// The attributes import reads on element `tag`; the rest (data-*, srcset, event handlers,
/// inline JSON, a <div>'s itemprop) are dropped before the parse.
bool is_read_attribute(std::string_view tag, std::string_view name) {
    if (is_one_of(name, {"class", "id", "hidden", "aria-hidden", "style"})) return true;
    if (tag == "a") return name == "href";
    if (tag == "meta") return is_one_of(name, {"content", "property", "name", "itemprop", "charset", "http-equiv"});
    if (tag == "link") return name == "rel" || name == "href";
    if (tag == "script") return name == "type";
    if (tag == "time") return name == "datetime";
    return tag == "html" && name == "lang";
}

/// What the scan needs to know of a tag name, looked up once per name (a page repeats a few
/// dozen names thousands of times).
struct TagKind {
    bool is_void = false, raw_text = false, closes_itself = false, spared = false, unread = false;
    bool script = false, meta = false, link = false, frameset = false;
    std::string name; ///< the tag name, for is_read_attribute
};

const TagKind& kind_of(const std::string& name) {
    thread_local std::unordered_map<std::string, TagKind> known;
    if (const auto it = known.find(name); it != known.end()) return it->second;
    if (known.size() > 4096) known.clear(); // a page of invented tag names does not grow it without bound
    TagKind k;
    k.is_void = is_void(name);
    k.raw_text = is_raw_text(name);
    k.closes_itself = closes_itself(name);
    k.spared = name != "script" && is_spared(name, "");
    k.unread = is_unread_tag(name);
    k.script = name == "script";
    k.meta = name == "meta";
    k.link = name == "link";
    k.frameset = name == "frameset";
    k.name = name;
    return known.emplace(name, k).first->second;
}

/// The open elements as the scan sees them: a stack of names, bounded by the limit.
struct OpenElements {
    std::vector<std::string> names;
    int verbatim = 0; ///< open <pre> and <textarea> elements, where white space is text
    void push(const std::string& name) {
        names.push_back(name);
        verbatim += name == "pre" || name == "textarea";
    }
    void pop() {
        verbatim -= names.back() == "pre" || names.back() == "textarea";
        names.pop_back();
    }
    /// Pops to the element `name`. Formatting elements above it stay open as the parser sees
    /// them: the adoption agency (HTML §13.2.6.4.7) reopens them at the next text, so that
    /// misnested <b><i>x</b> repeated makes the tree ever deeper, and is counted so here.
    void close(const std::string& name) {
        for (std::size_t i = names.size(); i-- > 0;)
            if (names[i] == name) {
                std::vector<std::string> reopened;
                for (std::size_t j = i + 1; j < names.size(); ++j)
                    if (is_formatting(names[j])) reopened.push_back(names[j]);
                while (names.size() > i) pop();
                for (std::string& r : reopened) push(r);
                return;
            }
    }
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

/// How many references to runs of text a page may have: U+F0000 to U+FFFFD (the last two code
/// points of the plane are noncharacters, which the parser replaces).
constexpr std::size_t kTextReferences = 0xFFFE;

/// A page with a character of planes 15 or 16 somewhere (lead byte F3 or F4), which a reference
/// to a run of text could be taken for.
bool has_high_private_use(std::string_view html) {
    return html.find('\xF3') != std::string_view::npos || html.find('\xF4') != std::string_view::npos;
}

/// A run of text that the parser sees the same in the page and as one reference: its first
/// character is neither white space (which a <pre> or the <head> treats apart) nor one that
/// cleaning removes (clean_page runs on the prepared page), so both are text that is not white.
bool stands_as_reference(std::string_view text) {
    const Decoded d = decode_utf8(text, 0);
    return !is_space(text[0]) && !(d.valid && is_forbidden_char(d.code));
}

/// Text between tags as it is; a run of white space alone becomes one space (the parser would
/// keep it all as a text node, and the importer collapses it anyway), none after another space
/// (tags left out between two runs), except inside <pre>.
void append_text(std::string& out, std::string_view text, bool verbatim) {
    if (verbatim || text.empty() || !std::all_of(text.begin(), text.end(), is_space)) out.append(text);
    else if (out.empty() || out.back() != ' ') out += ' ';
}

/// One attribute of a start tag, as the scan read it.
struct Attribute {
    std::string name;         ///< lower case
    std::string_view written; ///< `name="value"` as the page writes it
    std::string_view value;   ///< unquoted, entities not decoded
    bool closed = true;       ///< false for a quoted value the page never closes
};

/// The longest name of an attribute import reads ("aria-hidden").
constexpr std::size_t kLongestReadName = 11;

/// Whether import reads the attribute `written_name` (as the page writes it) on a `kind`
/// element; its lower-case name in `lowered` when it does.
bool reads_attribute(const TagKind& kind, std::string_view written_name, std::string& lowered) {
    if (written_name.size() > kLongestReadName) return false; // data-*, srcset, onclick...: not read
    char buffer[kLongestReadName];
    for (std::size_t k = 0; k < written_name.size(); ++k) buffer[k] = ascii_lower(written_name[k]);
    const std::string_view name(buffer, written_name.size());
    if (!is_read_attribute(kind.name, name)) return false;
    lowered.assign(name);
    return true;
}

/// Reads the attributes of the start tag at `pos` that import reads on a `kind` element into
/// `read`; returns the position after its '>'.
std::size_t read_start_tag(std::string_view html, std::size_t pos, const TagKind& kind, std::vector<Attribute>& read) {
    read.clear();
    std::size_t i = pos + 1 + kind.name.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; };
    while (i < html.size()) {
        while (i < html.size() && space(html[i])) ++i;
        if (i >= html.size() || html[i] == '>') break;
        const std::size_t start = i;
        while (i < html.size() && !space(html[i]) && html[i] != '>' && (html[i] != '=' || i == start)) ++i;
        Attribute a;
        const bool wanted = reads_attribute(kind, html.substr(start, i - start), a.name);
        std::size_t j = i;
        while (j < html.size() && space(html[j]) && html[j] != '/') ++j;
        if (j < html.size() && html[j] == '=') {
            i = j + 1;
            while (i < html.size() && space(html[i]) && html[i] != '/') ++i;
            std::size_t value_start = i;
            if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                const std::size_t close = html.find(html[i], i + 1);
                a.closed = close != std::string_view::npos;
                ++value_start;
                i = a.closed ? close + 1 : html.size();
                a.value = html.substr(value_start, (a.closed ? close : html.size()) - value_start);
            } else { // unquoted: up to white space or '>' ('/' is part of it: href=/a/b, HTML §13.2.5.36)
                while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
                a.value = html.substr(value_start, i - value_start);
            }
        }
        a.written = html.substr(start, i - start);
        if (wanted) read.push_back(std::move(a));
    }
    return std::min(i + 1, html.size());
}

/// The first value of attribute `name` among `attributes`, or empty.
std::string_view value_of(const std::vector<Attribute>& attributes, std::string_view name) {
    for (const Attribute& a : attributes)
        if (a.name == name) return a.value;
    return {};
}

/// A <meta> that metadata reads (see_meta's key: property, else name, else itemprop), or whose key
/// holds a character reference the scan does not decode.
bool is_read_meta(const std::vector<Attribute>& attributes) {
    std::string_view key = value_of(attributes, "property");
    if (key.empty()) key = value_of(attributes, "name");
    if (key.empty()) key = value_of(attributes, "itemprop");
    std::string lowered(key);
    for (char& c : lowered) c = ascii_lower(c);
    return lowered.find('&') != std::string::npos || is_read_meta_key(lowered);
}

/// A kept <link>: the canonical one (the word anywhere in the attributes written as they are).
bool is_read_link(const std::vector<Attribute>& attributes) {
    return std::any_of(attributes.begin(), attributes.end(), [](const Attribute& a) {
        return a.name != "class" && a.name != "id" && a.name != "style" && a.written.find("canonical") != std::string_view::npos;
    });
}

/// The scan's state: the text for the parser, the values moved out of it, the open elements.
struct Preparer {
    std::string_view html;
    PreparedHtml page;
    OpenElements open;
    std::vector<Attribute> attributes;
    /// Each distinct class value of the page and what the parser gets for it (see class_hint).
    std::unordered_map<std::string_view, std::string> class_hints;
    bool references_text = true; ///< false on a page with characters a reference could be taken for, or after <frameset>

    std::size_t comment(std::size_t pos);
    void text(std::string_view run);
    void write_text(std::string_view text);
    std::size_t end_tag(std::size_t pos, const std::string& name);
    std::size_t start_tag(std::size_t pos, const std::string& name);
    std::size_t skip_raw_text(std::size_t after, const std::string& name);
    std::size_t open_element(std::size_t after, const std::string& name, const TagKind& kind);
    void write_start_tag(const std::string& name);
    void write_value(std::string_view name, std::string_view value);
    void write_style(std::string_view written);
    const std::string& class_hint(std::string_view value);
};

std::size_t Preparer::comment(std::size_t pos) {
    const std::size_t end = html.find("-->", pos + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
}

/// Text between tags: white space alone as append_text has it; else each stretch between
/// character references as a reference when it stands as one, the references and the white
/// space opening each stretch as written. Text after a '<' that opens no tag ("<!x", "</ x",
/// "a < b") stays as it is: the parser may read it as a bogus comment.
void Preparer::text(std::string_view run) {
    const bool after_lt = !page.html.empty() && page.html.back() == '<';
    if (!references_text || after_lt || std::all_of(run.begin(), run.end(), is_space))
        return append_text(page.html, run, open.verbatim > 0);
    std::size_t i = 0;
    while (i < run.size()) {
        std::size_t j = i;
        while (j < run.size() && is_space(run[j])) ++j;
        if (j == run.size()) {
            page.html.append(run.substr(i));
            return;
        }
        if (run[j] == '&') { // a character reference: '&', its name or number, ';'
            ++j;
            while (j < run.size() && (std::isalnum(static_cast<unsigned char>(run[j])) || run[j] == '#')) ++j;
            if (j < run.size() && run[j] == ';') ++j;
            page.html.append(run.substr(i, j - i));
        } else {
            page.html.append(run.substr(i, j - i));
            i = j;
            j = std::min(run.find('&', i), run.size());
            write_text(run.substr(i, j - i));
        }
        i = j;
    }
}

/// A stretch of text as one reference to it, or as written when it does not stand as one or
/// the page has used every reference.
void Preparer::write_text(std::string_view text) {
    if (!stands_as_reference(text) || page.texts.size() >= kTextReferences) {
        page.html.append(text);
        return;
    }
    append_utf8(page.html, PreparedHtml::kFirstTextReference + static_cast<char32_t>(page.texts.size()));
    page.texts.emplace_back(text);
}

std::size_t Preparer::end_tag(std::size_t pos, const std::string& name) {
    if (!kind_of(name).unread) {
        open.close(name);
        page.html += "</";
        page.html += name;
        page.html += '>';
    }
    const std::size_t end = html.find('>', pos);
    return end == std::string_view::npos ? html.size() : end + 1;
}

/// Past the content of a raw-text element left out and its end tag.
std::size_t Preparer::skip_raw_text(std::size_t after, const std::string& name) {
    const std::size_t end = raw_text_end(html, after, name);
    const std::size_t close = html.find('>', end);
    return close == std::string_view::npos ? html.size() : close + 1;
}

std::size_t Preparer::start_tag(std::size_t pos, const std::string& name) {
    const TagKind& kind = kind_of(name);
    const std::size_t after = read_start_tag(html, pos, kind, attributes);
    if (kind.frameset) references_text = false; // where the parser keeps only the white space of text
    if (kind.spared || (kind.script && is_spared(name, html.substr(pos, after - pos))))
        return skip_raw_text(after, name);
    if (kind.unread || (kind.link && !is_read_link(attributes)) || (kind.meta && !is_read_meta(attributes)))
        return after;
    return open_element(after, name, kind);
}

/// Writes the start tag and opens its element; a JSON-LD script's text goes to the values.
std::size_t Preparer::open_element(std::size_t after, const std::string& name, const TagKind& kind) {
    if (!kind.is_void) {
        if (kind.closes_itself && !open.names.empty() && open.names.back() == name) open.pop();
        if (open.names.size() >= static_cast<std::size_t>(kMaxHtmlDepth)) {
            ++page.dropped;
            return after;
        }
        open.push(name);
    }
    const std::size_t end = kind.raw_text ? raw_text_end(html, after, name) : after;
    const std::string_view text = html.substr(after, end - after);
    if (kind.script && !text.empty()) attributes.push_back(Attribute{"", {}, text, true});
    write_start_tag(name);
    if (!kind.script) page.html.append(text);
    return end;
}

/// A class cut to what extraction reads of it (class lists are a quarter of what the parser is
/// given): the hint words (hints.hpp) and a number standing for the whole value, the same
/// wherever the page repeats the value, so that comparing two elements' classes still tells
/// whether they were the same ("k3" cannot be a hint word).
const std::string& Preparer::class_hint(std::string_view value) {
    const auto [it, added] = class_hints.try_emplace(value);
    if (added) {
        it->second = kept_hint_words(value);
        it->second += (it->second.empty() ? "k" : " k") + std::to_string(class_hints.size() - 1);
    }
    return it->second;
}

/// A style only when it hides the element, the one thing import reads in it.
void Preparer::write_style(std::string_view written) {
    std::string squeezed;
    for (char c : written)
        if (c != ' ' && c != '\t' && c != '\n') squeezed += ascii_lower(c);
    if (squeezed.find("display:none") != std::string::npos) write_value("style", "display:none");
    else if (squeezed.find("visibility:hidden") != std::string::npos) write_value("style", "visibility:hidden");
}

void Preparer::write_value(std::string_view name, std::string_view value) {
    page.html += " _";
    page.html += std::to_string(page.values.size());
    page.values.emplace_back(name, value);
}

/// The start tag with the attributes import reads, their values moved out: a class or id as its
/// hints, a value with a character reference (which the parser decodes) or never closed as
/// written.
void Preparer::write_start_tag(const std::string& name) {
    page.html += '<';
    page.html += name;
    for (const Attribute& a : attributes) {
        if (a.name.empty()) { // a JSON-LD script's text, which the parser does not decode
            write_value(a.name, a.value);
        } else if (a.name == "class") {
            if (!a.value.empty()) write_value(a.name, class_hint(a.value));
        } else if (a.name == "id") {
            if (std::string kept = kept_hint_words(a.value); !kept.empty()) write_value(a.name, kept);
        } else if (a.name == "style") {
            write_style(a.written);
        } else if (!a.closed || a.value.find('&') != std::string_view::npos) {
            page.html += ' ';
            page.html.append(a.written);
        } else {
            write_value(a.name, a.value);
        }
    }
    page.html += '>';
}

} // namespace

PreparedHtml prepare_html(std::string_view html) {
    Preparer p{html, {}, {}, {}, {}, !has_high_private_use(html)};
    p.page.html.reserve(html.size() / 8);
    std::size_t pos = 0;
    while (pos < html.size()) {
        const std::size_t lt = std::min(html.find('<', pos), html.size());
        p.text(html.substr(pos, lt - pos));
        if (lt == html.size()) break;
        pos = lt;
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        const std::string name = read_name(html, pos + (closing ? 2 : 1));
        if (html.compare(pos, 4, "<!--") == 0) pos = p.comment(pos);
        else if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) p.page.html += html[pos++];
        else pos = closing ? p.end_tag(pos, name) : p.start_tag(pos, name);
    }
    return std::move(p.page);
}

} // namespace brief::importer
