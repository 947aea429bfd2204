// collect_leaves: one iterative walk of the page that cuts its text into blocks at block elements.
#include "import/collect.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace brief::importer {

namespace {

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_skipped_tag(std::string_view tag) {
    return is_one_of(tag, {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                           "canvas", "video", "audio", "button", "input", "select", "textarea", "nav", "head",
                           "img", "picture", "map", "dialog", "title", "link", "meta"});
}

bool is_block_tag(std::string_view tag) {
    return is_one_of(tag, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
                           "figcaption", "figure", "tr", "div", "section", "article", "main", "aside", "header",
                           "footer", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "form", "fieldset",
                           "address", "hr", "center", "details", "summary", "body", "caption", "legend"});
}

/// What the walk does at an element, by its tag name, looked up once per name: skipped whole, a
/// block, and the styles and structures it opens.
struct TagRole {
    bool skipped = false, block = false, br = false, cell = false, list = false, ordered = false, item = false;
    bool pre = false, quote = false, caption = false, emph = false, strong = false, code = false, link = false;
};

TagRole role_named(const std::string& t) {
    TagRole r;
    r.skipped = is_skipped_tag(t);
    r.block = is_block_tag(t);
    r.br = t == "br";
    r.cell = t == "td" || t == "th";
    r.list = t == "ul" || t == "ol";
    r.ordered = t == "ol";
    r.item = t == "li" || t == "dd" || t == "dt";
    r.pre = t == "pre";
    r.quote = t == "blockquote";
    r.caption = t == "figcaption" || t == "figure";
    r.emph = t == "em" || t == "i" || t == "cite";
    r.strong = t == "strong" || t == "b";
    r.code = t == "code" || t == "kbd" || t == "samp" || t == "tt";
    r.link = t == "a";
    return r;
}

const TagRole& role_of(const std::string& tag) {
    thread_local std::unordered_map<std::string, TagRole> known;
    if (const auto it = known.find(tag); it != known.end()) return it->second;
    if (known.size() > 4096) known.clear(); // invented tag names do not grow it without bound
    return known.emplace(tag, role_named(tag)).first->second;
}

/// Elements whose content is never article text.
bool is_skipped(const HtmlNode& n, const TagRole& role) {
    if (role.skipped) return true;
    if (n.attributes.empty()) return false;
    if (n.has_attribute("hidden") || n.attribute("aria-hidden") == "true") return true;
    if (!n.has_attribute("style")) return false;
    std::string style(n.attribute("style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

/// The walk's state: the styles in force, the open lists, and the block being filled.
struct Walker {
    Walker(const HtmlDocument& d, std::string b) : doc(d), base(std::move(b)) {}
    const HtmlDocument& doc;
    std::string base;
    std::vector<Leaf> leaves;
    Leaf current;
    std::vector<int> owners; ///< block elements open, innermost last
    std::vector<bool> lists; ///< open lists, true when ordered
    int emph = 0, strong = 0, code = 0, pre = 0, quote = 0, caption = 0, items = 0;
    std::vector<std::string> links; ///< hrefs of open <a> elements ("" when not kept)

    void append_text(std::string_view text);
    void flush();
    void enter(int index, const TagRole& role);
    void start_block();
    void leave(const TagRole& role);
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

void Walker::append_text(std::string_view text) {
    std::string piece;
    piece.reserve(text.size());
    if (pre > 0) piece.assign(text);
    for (std::size_t i = 0; i < text.size() && pre == 0;) { // each run of white space one space at most
        std::size_t j = i;
        if (!is_space(text[i])) {
            while (j < text.size() && !is_space(text[j])) ++j;
            piece.append(text, i, j - i);
        } else {
            while (j < text.size() && is_space(text[j])) ++j;
            const auto& spans = current.block.spans;
            const bool after_space = piece.empty() ? !spans.empty() && spans.back().text.ends_with(' ') : piece.back() == ' ';
            if (!after_space) piece += ' ';
        }
        i = j;
    }
    if (piece.empty()) return;
    if (current.block.spans.empty() && pre == 0 && piece == " ") return;
    Span s;
    s.text = std::move(piece);
    s.emph = emph > 0;
    s.strong = strong > 0;
    s.code = code > 0 && pre == 0;
    if (!links.empty()) s.url = links.back();
    const std::size_t visible = s.text.size();
    current.chars += visible;
    if (!links.empty()) current.link_chars += visible;
    current.block.spans.push_back(std::move(s));
}

void Walker::flush() {
    auto& spans = current.block.spans;
    while (!spans.empty() && (spans.back().line_break || spans.back().text == " ")) spans.pop_back();
    if (!spans.empty() && pre == 0) {
        if (spans.front().text.starts_with(' ')) spans.front().text.erase(0, 1);
        if (spans.back().text.ends_with(' ')) spans.back().text.pop_back();
    }
    const bool empty = std::all_of(spans.begin(), spans.end(), [](const Span& s) {
        return std::all_of(s.text.begin(), s.text.end(), [](char c) { return c == ' ' || c == '\n'; });
    });
    if (!empty) {
        current.owner = owners.empty() ? 0 : owners.back();
        current.caption = caption > 0;
        leaves.push_back(std::move(current));
    }
    current = Leaf{};
    start_block();
}

void Walker::enter(int index, const TagRole& r) {
    const HtmlNode& n = doc.nodes[static_cast<std::size_t>(index)];
    if (r.br) {
        auto& spans = current.block.spans;
        if (!spans.empty() && !spans.back().line_break) {
            Span br;
            br.line_break = true;
            spans.push_back(std::move(br));
        }
        return;
    }
    if (r.cell && current.chars > 0) append_text(" | ");
    if (r.block) flush();
    if (r.list) lists.push_back(r.ordered);
    items += r.item;
    pre += r.pre;
    quote += r.quote;
    caption += r.caption;
    emph += r.emph;
    strong += r.strong;
    code += r.code;
    if (r.link) links.push_back(resolve_url(n.attribute("href"), base));
    if (r.block) {
        owners.push_back(index);
        start_block();
    }
}

void Walker::start_block() {
    Block& b = current.block;
    const std::string& t = owners.empty() ? std::string() : doc.nodes[static_cast<std::size_t>(owners.back())].tag;
    b.kind = BlockKind::paragraph;
    if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') {
        b.kind = BlockKind::heading;
        b.level = t[1] - '0';
    } else if (pre > 0) {
        b.kind = BlockKind::preformatted;
    } else if (items > 0) {
        b.kind = BlockKind::item;
        b.level = std::max<int>(1, static_cast<int>(lists.size()));
        b.ordered = !lists.empty() && lists.back();
    } else if (quote > 0) {
        b.kind = BlockKind::quote;
    }
}

void Walker::leave(const TagRole& r) {
    if (r.block) flush();
    if (r.link && !links.empty()) links.pop_back();
    emph -= r.emph;
    strong -= r.strong;
    code -= r.code;
    pre -= r.pre;
    quote -= r.quote;
    caption -= r.caption;
    items -= r.item;
    if (r.list && !lists.empty()) lists.pop_back();
    if (r.block) {
        if (!owners.empty()) owners.pop_back();
        start_block();
    }
}

int find_body(const HtmlDocument& doc) {
    for (std::size_t i = 0; i < doc.nodes.size(); ++i)
        if (doc.nodes[i].tag == "body") return static_cast<int>(i);
    return 0;
}

} // namespace

std::vector<Leaf> collect_leaves(const HtmlDocument& doc, const std::string& base_url) {
    Walker w{doc, base_url};
    if (doc.nodes.empty()) return {};
    // (node, entered): each element is seen twice, on the way in and on the way out
    std::vector<std::pair<int, bool>> stack{{find_body(doc), false}};
    while (!stack.empty()) {
        auto [index, entered] = stack.back();
        stack.pop_back();
        const HtmlNode& n = doc.nodes[static_cast<std::size_t>(index)];
        if (n.is_text) {
            w.append_text(n.text);
        } else if (entered) {
            w.leave(role_of(n.tag));
        } else if (const TagRole& role = role_of(n.tag); !is_skipped(n, role)) {
            w.enter(index, role);
            stack.emplace_back(index, true);
            for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.emplace_back(*it, false);
        }
    }
    w.flush();
    return std::move(w.leaves);
}

namespace {

std::string_view scheme_of(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return {};
    for (std::size_t i = 0; i < colon; ++i)
        if (!std::isalnum(static_cast<unsigned char>(url[i])) && url[i] != '+' && url[i] != '-' && url[i] != '.')
            return {};
    return url.substr(0, colon);
}

bool is_web(std::string_view url) {
    std::string s(scheme_of(url));
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return (s == "http" || s == "https") && url.size() > s.size() + 3 && url.substr(s.size(), 3) == "://";
}

std::string trim_url(std::string_view href) {
    std::string out;
    for (char c : href)
        if (static_cast<unsigned char>(c) > 0x20) out += c; // browsers drop spaces and controls in URLs
    return out;
}

} // namespace

std::string resolve_url(std::string_view raw, std::string_view base) {
    const std::string href = trim_url(raw);
    if (href.empty() || href[0] == '#') return {};
    if (is_web(href)) return href;
    if (!scheme_of(href).empty() || !is_web(base)) return {}; // javascript:, data:, mailto:, or no base
    const std::size_t host_start = base.find("://") + 3;
    const std::size_t path_start = std::min(base.find('/', host_start), base.size());
    if (href.starts_with("//")) return std::string(base.substr(0, host_start - 2)) + href;
    if (href[0] == '/') return std::string(base.substr(0, path_start)) + href;
    const std::size_t cut = std::min(base.find_first_of("?#", path_start), base.size());
    const std::string_view path = base.substr(0, cut);
    const std::size_t last = path.rfind('/');
    if (last == std::string_view::npos || last < path_start) return std::string(path) + "/" + href;
    return std::string(path.substr(0, last + 1)) + href;
}

} // namespace brief::importer
