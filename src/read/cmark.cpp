// The cmark-gfm wrapper: parser set-up with extensions, node accessors, and ownership.
#include "read/cmark.hpp"

#include "core/error.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
// cmark-gfm 0.29.0.gfm.6 replaces a footnote reference's literal with its index and keeps the
// link to the definition only in the node struct: the internal header is the one way to it.
#include <cmark-gfm/node.h>

#include <cstring>
#include <dlfcn.h>
#include <mutex>

namespace brief {

namespace {

std::string_view view(const char* s) { return s == nullptr ? std::string_view() : std::string_view(s); }

void register_extensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

/// Owns a parser while a document is fed to it.
struct Parser {
    cmark_parser* p;
    Parser() : p(cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8)) {
        if (p == nullptr) throw Error("cmark-gfm: cannot create a parser");
        for (const char* name : {"strikethrough", "autolink", "table", "tasklist"}) {
            cmark_syntax_extension* ext = cmark_find_syntax_extension(name);
            if (ext == nullptr) throw Error(std::string("cmark-gfm: extension missing: ") + name);
            cmark_parser_attach_syntax_extension(p, ext);
        }
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    ~Parser() { cmark_parser_free(p); }
};

} // namespace

} // namespace brief

// cmark-gfm 0.29 keeps the special characters of the inline extensions (autolink's ':' and 'w',
// strikethrough's '~') in one table for the whole process: each parse adds them before its inline
// pass and removes them after it (blocks.c, finalize_document, through this function). A parse
// ending on one thread so removed them from under a parse on another, whose autolinks and struck
// text then went unseen, at random: the GFM spec's examples as one briefing came out different
// in one build of three. This definition takes the place of the library's (which calls it through
// its PLT, like any exported function): the characters are added once, by the library's own
// function, and never removed. Every parser brief makes attaches the same extensions (Parser), so
// the table then holds what each parse would have set.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
    static std::once_flag once;
    if (add == 0) return; // another thread's parse may be reading the table
    std::call_once(once, [parser] {
        using Manage = void (*)(cmark_parser*, int);
        void* library = dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (library != nullptr) reinterpret_cast<Manage>(library)(parser, 1);
    });
}

namespace brief {

MdType MdNode::type() const {
    switch (cmark_node_get_type(node_)) {
    case CMARK_NODE_DOCUMENT: return MdType::document;
    case CMARK_NODE_BLOCK_QUOTE: return MdType::block_quote;
    case CMARK_NODE_LIST: return MdType::list;
    case CMARK_NODE_ITEM: return MdType::item;
    case CMARK_NODE_CODE_BLOCK: return MdType::code_block;
    case CMARK_NODE_HTML_BLOCK: return MdType::html_block;
    case CMARK_NODE_PARAGRAPH: return MdType::paragraph;
    case CMARK_NODE_HEADING: return MdType::heading;
    case CMARK_NODE_THEMATIC_BREAK: return MdType::thematic_break;
    case CMARK_NODE_FOOTNOTE_DEFINITION: return MdType::footnote_definition;
    case CMARK_NODE_TEXT: return MdType::text;
    case CMARK_NODE_SOFTBREAK: return MdType::soft_break;
    case CMARK_NODE_LINEBREAK: return MdType::line_break;
    case CMARK_NODE_CODE: return MdType::code;
    case CMARK_NODE_HTML_INLINE: return MdType::html_inline;
    case CMARK_NODE_EMPH: return MdType::emph;
    case CMARK_NODE_STRONG: return MdType::strong;
    case CMARK_NODE_LINK: return MdType::link;
    case CMARK_NODE_IMAGE: return MdType::image;
    case CMARK_NODE_FOOTNOTE_REFERENCE: return MdType::footnote_reference;
    default: break;
    }
    const char* name = cmark_node_get_type_string(node_);
    if (std::strcmp(name, "strikethrough") == 0) return MdType::strikethrough;
    if (std::strcmp(name, "table") == 0) return MdType::table;
    if (std::strcmp(name, "table_row") == 0 || std::strcmp(name, "table_header") == 0) return MdType::table_row;
    if (std::strcmp(name, "table_cell") == 0) return MdType::table_cell;
    return MdType::other;
}

std::string MdNode::table_alignments() const {
    const uint16_t columns = cmark_gfm_extensions_get_table_columns(node_);
    const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node_);
    std::string out(columns, '\0');
    for (uint16_t i = 0; aligns != nullptr && i < columns; ++i) out[i] = static_cast<char>(aligns[i]);
    return out;
}

bool MdNode::table_header_row() const { return cmark_gfm_extensions_get_table_row_is_header(node_) != 0; }

int MdNode::task_state() const {
    // The tasklist extension marks an item by making it its node type's owner ("tasklist").
    if (cmark_node_get_type(node_) != CMARK_NODE_ITEM || std::strcmp(cmark_node_get_type_string(node_), "tasklist") != 0)
        return 0;
    return cmark_gfm_extensions_get_tasklist_item_checked(node_) ? 2 : 1;
}

std::string_view MdNode::literal() const { return view(cmark_node_get_literal(node_)); }
MdNode MdNode::footnote_definition() const {
    return type() == MdType::footnote_reference ? MdNode(node_->parent_footnote_def) : MdNode();
}

std::string_view MdNode::footnote_label() const {
    const cmark_node* def = type() == MdType::footnote_reference ? node_->parent_footnote_def : node_;
    if (def == nullptr || cmark_node_get_type(const_cast<cmark_node*>(def)) != CMARK_NODE_FOOTNOTE_DEFINITION) return {};
    return {reinterpret_cast<const char*>(def->as.literal.data), static_cast<std::size_t>(def->as.literal.len)};
}

std::string_view MdNode::url() const { return view(cmark_node_get_url(node_)); }
std::string_view MdNode::title() const { return view(cmark_node_get_title(node_)); }
std::string_view MdNode::fence_info() const { return view(cmark_node_get_fence_info(node_)); }
int MdNode::heading_level() const { return cmark_node_get_heading_level(node_); }
bool MdNode::ordered() const { return cmark_node_get_list_type(node_) == CMARK_ORDERED_LIST; }
int MdNode::list_start() const { return cmark_node_get_list_start(node_); }
bool MdNode::tight() const { return cmark_node_get_list_tight(node_) != 0; }
int MdNode::line() const { return cmark_node_get_start_line(node_); }
int MdNode::column() const { return cmark_node_get_start_column(node_); }
MdNode MdNode::first_child() const { return MdNode(cmark_node_first_child(node_)); }
MdNode MdNode::next() const { return MdNode(cmark_node_next(node_)); }
MdNode MdNode::parent() const { return MdNode(cmark_node_parent(node_)); }

MarkdownTree::MarkdownTree(std::string_view markdown) {
    register_extensions();
    Parser parser;
    cmark_parser_feed(parser.p, markdown.data(), markdown.size());
    root_ = cmark_parser_finish(parser.p);
    if (root_ == nullptr) throw Error("cmark-gfm: parsing failed");
}

MarkdownTree::~MarkdownTree() { cmark_node_free(root_); }

} // namespace brief
