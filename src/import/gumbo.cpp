// The gumbo wrapper: parse with gumbo and copy its tree into an HtmlDocument, iteratively. The only
// file that includes gumbo.h.
#include "import/html.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <memory>
#include <vector>

namespace brief::importer {

namespace {

/// Gumbo's memory for one parse, from large chunks: its many small blocks cost a pointer bump
/// each, and all of them are given back at once with the chunks when the tree has been copied
/// (gumbo_destroy_output would walk the whole tree to free them one by one).
class Arena {
  public:
    void* allocate(std::size_t size) {
        size = (size + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t);
        if (size > room_) {
            const std::size_t chunk = std::max(size, kChunk);
            chunks_.push_back(std::make_unique<std::max_align_t[]>(chunk / sizeof(std::max_align_t)));
            next_ = reinterpret_cast<std::byte*>(chunks_.back().get());
            room_ = chunk;
        }
        void* block = next_;
        next_ += size;
        room_ -= size;
        return block;
    }

  private:
    static constexpr std::size_t kChunk = 256 * 1024;
    std::vector<std::unique_ptr<std::max_align_t[]>> chunks_;
    std::byte* next_ = nullptr;
    std::size_t room_ = 0;
};

void* arena_allocate(void* arena, std::size_t size) { return static_cast<Arena*>(arena)->allocate(size); }
void arena_free(void*, void*) {} // the arena frees everything at the end

/// Gumbo's output for the length of one parse, in its own arena.
class GumboTree {
  public:
    explicit GumboTree(std::string_view html) {
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0; // the errors are not read: do not collect them
        options.allocator = arena_allocate;
        options.deallocator = arena_free;
        options.userdata = &arena_;
        options_ = options;
        output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
        if (output_ == nullptr) throw Error("gumbo: the page could not be parsed");
    }
    [[nodiscard]] const GumboNode* root() const { return output_->root; }

  private:
    Arena arena_;
    GumboOptions options_{};
    GumboOutput* output_ = nullptr;
};

std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    std::string name(piece.data == nullptr ? "" : std::string(piece.data, piece.length));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

/// Appends a value of a prepared page as the parser would have read it in the page: the noncharacters
/// (U+FDD0 to U+FDEF, U+xFFFE, U+xFFFF) that gumbo's input iterator turns into U+FFFD replaced
/// (clean_page has taken out the other characters it replaces).
void append_as_parsed(std::string& out, std::string_view value) {
    std::size_t copied = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (static_cast<unsigned char>(value[i]) < 0xEF) continue; // no noncharacter starts below
        const Decoded d = decode_utf8(value, i);
        if (!d.valid || !((d.code >= 0xFDD0 && d.code <= 0xFDEF) || (d.code & 0xFFFE) == 0xFFFE)) continue;
        out.append(value.substr(copied, i - copied));
        out += "\xEF\xBF\xBD";
        copied = i + d.length;
        i = copied - 1;
    }
    out.append(value.substr(copied));
}

std::string as_parsed(std::string_view value) {
    std::string out;
    append_as_parsed(out, value);
    return out;
}

/// A text node's text with the prepared page's references to runs of text put back.
std::string expanded_text(std::string_view text, const PreparedHtml& page) {
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = text.find('\xF3'); at != std::string_view::npos && !page.texts.empty(); at = text.find('\xF3', at)) {
        const Decoded d = decode_utf8(text, at);
        const char32_t n = d.code - PreparedHtml::kFirstTextReference;
        if (!d.valid || d.code < PreparedHtml::kFirstTextReference || n >= page.texts.size()) {
            ++at;
            continue;
        }
        out.append(text.substr(copied, at - copied));
        append_as_parsed(out, page.texts[n]);
        at = copied = at + d.length;
    }
    out.append(text.substr(copied));
    return out;
}

/// The value an attribute `_N` of a prepared page stands for, or null for any other attribute.
const std::pair<std::string, std::string>* prepared_value(const GumboAttribute& a, const PreparedHtml& page) {
    if (a.name[0] != '_' || a.name[1] == '\0') return nullptr;
    std::size_t n = 0;
    for (const char* c = a.name + 1; *c != '\0'; ++c) {
        if (*c < '0' || *c > '9' || n > page.values.size()) return nullptr;
        n = n * 10 + static_cast<std::size_t>(*c - '0');
    }
    return n < page.values.size() ? &page.values[n] : nullptr;
}

/// An element and its attributes, the prepared page's values put back; `text` is set to the text
/// the element stands for (a JSON-LD script's), if any. Of two attributes with one name the
/// first counts, as the parser does within a tag and when a second <html> or <body> adds its own.
HtmlNode copy_element(const GumboNode* g, int parent, const PreparedHtml& page, const std::string*& text) {
    HtmlNode n;
    const GumboElement& e = g->v.element;
    n.tag = tag_name(e);
    n.parent = parent;
    n.line = static_cast<int>(e.start_pos.line);
    n.column = static_cast<int>(e.start_pos.column);
    n.attributes.reserve(e.attributes.length);
    text = nullptr;
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        const auto* value = prepared_value(*a, page);
        if (value != nullptr && value->first.empty()) text = &value->second;
        else if (value == nullptr) n.attributes.emplace_back(a->name, a->value);
        else if (!n.has_attribute(value->first)) n.attributes.emplace_back(value->first, as_parsed(value->second));
    }
    return n;
}

HtmlNode copy_text(const GumboNode* g, int parent, const PreparedHtml& page) {
    HtmlNode n;
    n.is_text = true;
    n.text = expanded_text(g->v.text.text, page);
    n.parent = parent;
    n.line = static_cast<int>(g->v.text.start_pos.line);
    n.column = static_cast<int>(g->v.text.start_pos.column);
    return n;
}

/// The text an element of a prepared page stands for, as its first child.
void add_text(HtmlDocument& doc, int parent, const std::string& text) {
    HtmlNode n;
    n.is_text = true;
    n.text = as_parsed(text);
    n.parent = parent;
    n.line = doc.nodes[static_cast<std::size_t>(parent)].line;
    n.column = doc.nodes[static_cast<std::size_t>(parent)].column;
    doc.nodes[static_cast<std::size_t>(parent)].children.push_back(static_cast<int>(doc.nodes.size()));
    doc.nodes.push_back(std::move(n));
}

} // namespace

HtmlDocument parse_html(std::string_view utf8) { return parse_html(PreparedHtml{std::string(utf8), {}, {}, 0}); }

HtmlDocument parse_html(const PreparedHtml& page) {
    GumboTree tree(page.html);
    HtmlDocument doc;
    struct Pending {
        const GumboNode* node;
        int parent;
    };
    std::vector<Pending> stack{{tree.root(), -1}};
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        const GumboNode* g = p.node;
        const bool element = g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE;
        const bool text = g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA;
        if (!element && !text) continue;
        const int index = static_cast<int>(doc.nodes.size());
        const std::string* stated_text = nullptr;
        doc.nodes.push_back(element ? copy_element(g, p.parent, page, stated_text) : copy_text(g, p.parent, page));
        if (p.parent >= 0) doc.nodes[static_cast<std::size_t>(p.parent)].children.push_back(index);
        if (!element) continue;
        const GumboVector& kids = g->v.element.children;
        doc.nodes.back().children.reserve(kids.length + (stated_text != nullptr ? 1 : 0));
        if (stated_text != nullptr) add_text(doc, index, *stated_text);
        for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids.data[i]), index});
    }
    return doc;
}

} // namespace brief::importer
