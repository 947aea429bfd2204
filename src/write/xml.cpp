// pugixml helpers: declarations, cleaned text and compact serialisation.
#include "write/xml.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <string>

namespace brief::xml {

namespace {

struct StringWriter : pugi::xml_writer {
    Bytes out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

/// Sets `value` cleaned (clean_text), copying it only when cleaning changes it.
template <typename Target>
void set_clean(Target target, std::string_view value) {
    if (first_unclean(value) == std::string_view::npos) {
        target.set_value(value.data(), value.size());
    } else {
        const std::string clean = clean_text(value);
        target.set_value(clean.data(), clean.size());
    }
}

} // namespace

pugi::xml_document new_document(bool standalone) {
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    if (standalone) decl.append_attribute("standalone") = "yes";
    return doc;
}

pugi::xml_node add_text(pugi::xml_node parent, std::string_view text) {
    set_clean(parent.append_child(pugi::node_pcdata), text);
    return parent;
}

pugi::xml_node add_element(pugi::xml_node parent, const char* name, std::string_view text) {
    auto e = parent.append_child(name);
    add_text(e, text);
    return e;
}

void set_attr(pugi::xml_node node, const char* name, std::string_view value) {
    auto a = node.attribute(name);
    if (!a) a = node.append_attribute(name);
    set_clean(a, value);
}

Bytes to_bytes(const pugi::xml_document& doc) {
    StringWriter w;
    doc.save(w, "", pugi::format_raw, pugi::encoding_utf8);
    return w.out;
}

Bytes to_bytes(const pugi::xml_node& node) {
    StringWriter w;
    node.print(w, "", pugi::format_raw, pugi::encoding_utf8);
    return w.out;
}

Bytes children_bytes(const pugi::xml_node& node) {
    StringWriter w;
    for (const pugi::xml_node child : node.children()) child.print(w, "", pugi::format_raw, pugi::encoding_utf8);
    return w.out;
}

namespace {
constexpr const char* fragment_text = "brief fragment";
const std::string fragment_mark = std::string("<!--") + fragment_text + "-->"; // as pugixml writes the comment
} // namespace

void add_fragment_mark(pugi::xml_node parent) { parent.append_child(pugi::node_comment).set_value(fragment_text); }

Bytes splice_fragments(std::string_view bytes, const std::vector<std::string_view>& fragments) {
    std::size_t size = bytes.size();
    for (const auto f : fragments) size += f.size();
    Bytes out;
    out.reserve(size);
    std::size_t at = 0;
    for (const auto f : fragments) {
        const std::size_t mark = bytes.find(fragment_mark, at);
        if (mark == std::string_view::npos) throw Error("xml: fewer fragment marks than fragments (brief's fault)");
        out.append(bytes.substr(at, mark - at));
        out.append(f);
        at = mark + fragment_mark.size();
    }
    if (bytes.find(fragment_mark, at) != std::string_view::npos) throw Error("xml: more fragment marks than fragments (brief's fault)");
    out.append(bytes.substr(at));
    return out;
}

} // namespace brief::xml
