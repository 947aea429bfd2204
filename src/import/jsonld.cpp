// The nlohmann-json wrapper: parse without exceptions, find the Article object iteratively, and
// read its fields as text.
#include "import/jsonld.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace brief::importer {

namespace {

using Json = nlohmann::json;

/// The deepest bracket nesting accepted: schema.org graphs are a few levels deep.
constexpr int kMaxJsonDepth = 64;

bool too_deep(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

bool is_article_type(const Json& type) {
    auto one = [](const Json& t) {
        if (!t.is_string()) return false;
        const auto& s = t.get_ref<const std::string&>();
        return s.ends_with("Article") || s == "BlogPosting" || s == "Report" || s == "LiveBlogPosting";
    };
    if (type.is_array()) {
        for (const auto& t : type)
            if (one(t)) return true;
        return false;
    }
    return one(type);
}

/// A value as text: a string as it is, an object by its "name" (or "@id" for a page), the
/// first element of an array.
std::string text_of(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object()) {
        if (auto it = v.find("name"); it != v.end() && it->is_string()) return it->get<std::string>();
        if (auto it = v.find("@id"); it != v.end() && it->is_string()) return it->get<std::string>();
    }
    if (v.is_array() && !v.empty()) return text_of(v.front());
    return {};
}

std::string authors_of(const Json& v) {
    if (!v.is_array()) return text_of(v);
    std::string names;
    for (const auto& a : v) {
        const std::string name = text_of(a);
        if (name.empty() || names.find(name) != std::string::npos) continue;
        if (!names.empty()) names += ", ";
        names += name;
    }
    return names;
}

void fill(std::string& field, const Json& object, const char* key, bool authors = false) {
    if (!field.empty()) return;
    if (auto it = object.find(key); it != object.end()) field = authors ? authors_of(*it) : text_of(*it);
}

void read_article(const Json& a, JsonLdArticle& into) {
    fill(into.headline, a, "headline");
    fill(into.headline, a, "name");
    fill(into.author, a, "author", true);
    fill(into.published, a, "datePublished");
    fill(into.publisher, a, "publisher");
    fill(into.url, a, "url");
    fill(into.url, a, "mainEntityOfPage");
    fill(into.language, a, "inLanguage");
    fill(into.body, a, "articleBody");
}

} // namespace

bool read_json_ld(std::string_view script, JsonLdArticle& into) {
    if (too_deep(script)) return false;
    const Json root = Json::parse(script, nullptr, false);
    if (root.is_discarded()) return false;
    std::vector<const Json*> stack{&root};
    while (!stack.empty()) {
        const Json& v = *stack.back();
        stack.pop_back();
        if (v.is_object()) {
            if (auto t = v.find("@type"); t != v.end() && is_article_type(*t)) {
                read_article(v, into);
                return true;
            }
            if (auto g = v.find("@graph"); g != v.end()) stack.push_back(&*g);
        } else if (v.is_array()) {
            for (auto it = v.rbegin(); it != v.rend(); ++it) stack.push_back(&*it);
        }
    }
    return false;
}

std::string json_object(const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string out = "{";
    for (const auto& [key, value] : fields) {
        if (out.size() > 1) out += ',';
        out += Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + ':' +
               Json(value).dump(-1, ' ', false, Json::error_handler_t::replace);
    }
    return out + "}";
}

} // namespace brief::importer
