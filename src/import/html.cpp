// Helpers on the parsed page, and the nesting limit applied to the HTML text before it is parsed.
#include "import/html.hpp"

#include "import/hints.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>

namespace brief::importer {

std::string_view HtmlNode::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name) return value;
    return {};
}

bool HtmlNode::has_attribute(std::string_view name) const {
    return std::any_of(attributes.begin(), attributes.end(), [&](const auto& a) { return a.first == name; });
}

std::string text_of(const HtmlDocument& doc, int node) {
    std::string out;
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const HtmlNode& n = doc.nodes[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        if (n.is_text) out += n.text;
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

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

/// Each distinct class value of a page (viewed in the page's text) and its number (see
/// append_hint_attribute).
using ClassNumbers = std::unordered_map<std::string_view, std::size_t>;

/// The value of an attribute as written (`class="a b"`, `class='a b'`, `class=a`), unquoted.
std::string_view written_value(std::string_view written) {
    const std::size_t eq = written.find('=');
    if (eq == std::string_view::npos) return {};
    std::string_view v = written.substr(eq + 1);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r')) v.remove_prefix(1);
    if (!v.empty() && (v.front() == '"' || v.front() == '\'')) {
        const char quote = v.front();
        v.remove_prefix(1);
        if (!v.empty() && v.back() == quote) v.remove_suffix(1);
    }
    return v;
}

/// A class or id cut to what extraction reads of it (class lists are a quarter of what the parser
/// is given, and it costs hundreds of instructions a byte): the hint words (hints.hpp), and for a
/// class a number standing for its whole value, the same wherever the page repeats the value, so
/// that comparing two elements' classes still tells whether they were the same ("k3" cannot be a
/// hint word).
void append_hint_attribute(std::string& out, std::string_view name, std::string_view value, ClassNumbers& numbers) {
    if (value.empty()) return;
    std::string kept = kept_hint_words(value);
    if (name == "class") {
        const std::size_t number = numbers.try_emplace(value, numbers.size()).first->second;
        kept += (kept.empty() ? "k" : " k") + std::to_string(number);
    }
    if (kept.empty()) return;
    out += ' ';
    out.append(name);
    out += "=\"";
    out += kept;
    out += '"';
}

/// An attribute as the parser gets it: a style only when it hides the element (the one thing
/// import reads in it), a class or id as its hints, every other one as written.
void append_attribute(std::string& out, std::string_view name, std::string_view written, ClassNumbers& numbers) {
    if (name == "class" || name == "id") return append_hint_attribute(out, name, written_value(written), numbers);
    if (name != "style") {
        out += ' ';
        out.append(written);
        return;
    }
    std::string squeezed;
    for (char c : written)
        if (c != ' ' && c != '\t' && c != '\n') squeezed += ascii_lower(c);
    if (squeezed.find("display:none") != std::string::npos) out += " style=\"display:none\"";
    else if (squeezed.find("visibility:hidden") != std::string::npos) out += " style=\"visibility:hidden\"";
}

/// What the scan needs to know of a tag name, looked up once per name (a page repeats a few
/// dozen names thousands of times).
struct TagKind {
    bool is_void = false, raw_text = false, closes_itself = false, spared = false, unread = false;
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

/// Text between tags; a run of white space alone becomes one space (the parser would keep it
/// all as a text node, and the importer collapses it anyway), except inside <pre>.
void append_text(std::string& out, std::string_view text, bool verbatim) {
    if (!verbatim && !text.empty() && std::all_of(text.begin(), text.end(), is_space)) out += ' ';
    else out.append(text);
}

/// A start tag rebuilt with only the attributes import reads; returns the position after its '>'.
std::size_t copy_start_tag(std::string_view html, std::size_t pos, const std::string& name, std::string* out,
                           ClassNumbers& numbers) {
    std::size_t i = pos + 1 + name.size();
    if (out != nullptr) *out += "<" + name;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; };
    while (i < html.size()) {
        while (i < html.size() && space(html[i])) ++i;
        if (i >= html.size() || html[i] == '>') break;
        const std::size_t start = i;
        while (i < html.size() && !space(html[i]) && html[i] != '>' && (html[i] != '=' || i == start)) ++i;
        std::string attribute(html.substr(start, i - start));
        for (char& c : attribute) c = ascii_lower(c);
        std::size_t j = i;
        while (j < html.size() && space(html[j]) && html[j] != '/') ++j;
        if (j < html.size() && html[j] == '=') {
            i = j + 1;
            while (i < html.size() && space(html[i]) && html[i] != '/') ++i;
            if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                const std::size_t close = html.find(html[i], i + 1);
                i = close == std::string_view::npos ? html.size() : close + 1;
            } else {
                while (i < html.size() && !space(html[i]) && html[i] != '>') ++i;
            }
        }
        if (out != nullptr && is_read_attribute(name, attribute)) append_attribute(*out, attribute, html.substr(start, i - start), numbers);
    }
    if (out != nullptr) *out += '>';
    return std::min(i + 1, html.size());
}

/// The scan's state: the text for the parser, the open elements, the start tags dropped.
struct Preparer {
    std::string_view html;
    std::string out;
    OpenElements open;
    ClassNumbers class_numbers;
    int dropped = 0;

    std::size_t comment(std::size_t pos);
    std::size_t end_tag(std::size_t pos, const std::string& name);
    std::size_t start_tag(std::size_t pos, const std::string& name);
};

std::size_t Preparer::comment(std::size_t pos) {
    const std::size_t end = html.find("-->", pos + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
}

std::size_t Preparer::end_tag(std::size_t pos, const std::string& name) {
    if (!kind_of(name).unread) {
        open.close(name);
        out += "</" + name + ">";
    }
    const std::size_t end = html.find('>', pos);
    return end == std::string_view::npos ? html.size() : end + 1;
}

std::size_t Preparer::start_tag(std::size_t pos, const std::string& name) {
    const std::size_t mark = out.size();
    const std::size_t after = copy_start_tag(html, pos, name, &out, class_numbers); // taken back below when not kept
    const TagKind& kind = kind_of(name);
    if (kind.spared || (name == "script" && is_spared(name, html.substr(pos, after - pos)))) {
        out.resize(mark);
        const std::size_t end = raw_text_end(html, after, name);
        const std::size_t close = html.find('>', end);
        return close == std::string_view::npos ? html.size() : close + 1;
    }
    if (kind.unread || (name == "link" && out.find("canonical", mark) == std::string::npos)) {
        out.resize(mark);
        return after;
    }
    if (!kind.is_void) {
        if (kind.closes_itself && !open.names.empty() && open.names.back() == name) open.pop();
        if (open.names.size() >= static_cast<std::size_t>(kMaxHtmlDepth)) {
            out.resize(mark);
            ++dropped;
            return after;
        }
        open.push(name);
    }
    if (!kind.raw_text) return after;
    const std::size_t end = raw_text_end(html, after, name);
    out.append(html.substr(after, end - after));
    return end;
}

} // namespace

std::string prepare_html(std::string_view html, int& dropped) {
    Preparer p{html, {}, {}, {}, 0};
    p.out.reserve(html.size() / 2);
    std::size_t pos = 0;
    while (pos < html.size()) {
        const std::size_t lt = std::min(html.find('<', pos), html.size());
        append_text(p.out, html.substr(pos, lt - pos), p.open.verbatim > 0);
        if (lt == html.size()) break;
        pos = lt;
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        const std::string name = read_name(html, pos + (closing ? 2 : 1));
        if (html.compare(pos, 4, "<!--") == 0) pos = p.comment(pos);
        else if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) p.out += html[pos++];
        else pos = closing ? p.end_tag(pos, name) : p.start_tag(pos, name);
    }
    dropped = p.dropped;
    return std::move(p.out);
}

} // namespace brief::importer
