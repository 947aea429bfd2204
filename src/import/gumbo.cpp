// The gumbo wrapper: parse with gumbo and copy its tree into an HtmlDocument, iteratively. The only
// file that includes gumbo.h.
#include "import/html.hpp"

#include "core/error.hpp"

#include <gumbo.h>

#include <cctype>

namespace brief::importer {

namespace {

/// Owns gumbo's output for the length of one parse.
class GumboTree {
  public:
    explicit GumboTree(std::string_view html) {
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0; // the errors are not read: do not collect them
        options_ = options;
        output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
        if (output_ == nullptr) throw Error("gumbo: the page could not be parsed");
    }
    GumboTree(const GumboTree&) = delete;
    GumboTree& operator=(const GumboTree&) = delete;
    ~GumboTree() { gumbo_destroy_output(&options_, output_); }
    [[nodiscard]] const GumboNode* root() const { return output_->root; }

  private:
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

HtmlNode copy_element(const GumboNode* g, int parent) {
    HtmlNode n;
    const GumboElement& e = g->v.element;
    n.tag = tag_name(e);
    n.parent = parent;
    n.line = static_cast<int>(e.start_pos.line);
    n.column = static_cast<int>(e.start_pos.column);
    n.attributes.reserve(e.attributes.length);
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        n.attributes.emplace_back(a->name, a->value);
    }
    return n;
}

HtmlNode copy_text(const GumboNode* g, int parent) {
    HtmlNode n;
    n.is_text = true;
    n.text = g->v.text.text;
    n.parent = parent;
    n.line = static_cast<int>(g->v.text.start_pos.line);
    n.column = static_cast<int>(g->v.text.start_pos.column);
    return n;
}

} // namespace

HtmlDocument parse_html(std::string_view utf8) {
    GumboTree tree(utf8);
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
        doc.nodes.push_back(element ? copy_element(g, p.parent) : copy_text(g, p.parent));
        if (p.parent >= 0) doc.nodes[static_cast<std::size_t>(p.parent)].children.push_back(index);
        if (!element) continue;
        const GumboVector& kids = g->v.element.children;
        doc.nodes.back().children.reserve(kids.length);
        for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids.data[i]), index});
    }
    return doc;
}

} // namespace brief::importer
