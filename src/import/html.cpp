// Helpers on the parsed page, and the nesting limit applied to the HTML text before it is parsed.
#include "import/html.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

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

/// Elements a start tag of the same name closes implicitly (HTML §13.2.6.4.7).
bool closes_itself(std::string_view name) {
    return is_one_of(name, {"p", "li", "dt", "dd", "option", "tr", "td", "th"});
}

std::string read_name(std::string_view html, std::size_t pos) {
    std::string name;
    while (pos < html.size() && (std::isalnum(static_cast<unsigned char>(html[pos])) || html[pos] == '-'))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[pos++])));
    return name;
}

/// The position just past the '>' that ends the tag opened at `pos`, skipping quoted values.
std::size_t tag_end(std::string_view html, std::size_t pos) {
    char quote = 0;
    for (; pos < html.size(); ++pos) {
        const char c = html[pos];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return pos + 1;
        }
    }
    return html.size();
}

/// Where the raw text of `name` ends: at its end tag, matched without regard to case.
std::size_t raw_text_end(std::string_view html, std::size_t pos, const std::string& name) {
    for (; pos + 2 + name.size() <= html.size(); ++pos) {
        if (html[pos] != '<' || html[pos + 1] != '/') continue;
        if (read_name(html, pos + 2) == name) return pos;
    }
    return html.size();
}

/// The open elements as the scan sees them: a stack of names, bounded by the limit.
struct OpenElements {
    std::vector<std::string> names;
    void close(const std::string& name) {
        for (std::size_t i = names.size(); i-- > 0;)
            if (names[i] == name) {
                names.resize(i);
                return;
            }
    }
};

} // namespace

std::string limit_nesting(std::string_view html, int& dropped) {
    std::string out;
    out.reserve(html.size());
    OpenElements open;
    std::size_t pos = 0;
    while (pos < html.size()) {
        const std::size_t lt = html.find('<', pos);
        const std::size_t stop = lt == std::string_view::npos ? html.size() : lt;
        out.append(html.substr(pos, stop - pos));
        if (stop == html.size()) break;
        pos = stop;
        if (html.compare(pos, 4, "<!--") == 0) {
            const std::size_t end = html.find("-->", pos + 4);
            const std::size_t next = end == std::string_view::npos ? html.size() : end + 3;
            out.append(html.substr(pos, next - pos));
            pos = next;
            continue;
        }
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        const std::string name = read_name(html, pos + (closing ? 2 : 1));
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) {
            out += '<';
            ++pos;
            continue;
        }
        std::size_t next = tag_end(html, pos);
        const std::string_view tag = html.substr(pos, next - pos);
        if (closing) {
            open.close(name);
            out.append(tag);
        } else if (is_void(name)) {
            out.append(tag);
        } else {
            if (closes_itself(name) && !open.names.empty() && open.names.back() == name) open.names.pop_back();
            const bool keep = open.names.size() < static_cast<std::size_t>(kMaxHtmlDepth);
            if (keep) {
                open.names.push_back(name);
                out.append(tag);
            } else {
                ++dropped;
            }
            if (is_raw_text(name)) {
                const std::size_t end = raw_text_end(html, next, name);
                if (keep) out.append(html.substr(next, end - next));
                next = end;
            }
        }
        pos = next;
    }
    return out;
}

} // namespace brief::importer
