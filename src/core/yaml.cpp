// The yaml-cpp wrapper: the only file that includes yaml-cpp.
#include "core/yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <set>

namespace brief {

namespace {

constexpr std::size_t max_nodes = 100000;

/// Read-only context plus the running node count of one conversion.
struct Converter {
    const std::string& file;
    int first_line;
    Diagnostics& diagnostics;
    std::size_t nodes = 0;
    bool failed = false;

    Location locate(const YAML::Mark& m) const {
        if (m.line < 0) return {file, 0, 0};
        return {file, m.line + first_line, m.column + 1};
    }

    YamlNode convert(const YAML::Node& n) {
        YamlNode out;
        out.where = locate(n.Mark());
        if (failed || ++nodes > max_nodes) {
            if (!failed) diagnostics.error(out.where, "YAML expands to more than 100000 nodes (aliases?)",
                                           "front matter and styles are small; remove the aliases");
            failed = true;
            return out;
        }
        switch (n.Type()) {
        case YAML::NodeType::Scalar:
            out.kind = YamlNode::Kind::scalar;
            out.scalar = n.Scalar();
            break;
        case YAML::NodeType::Sequence:
            out.kind = YamlNode::Kind::sequence;
            for (const auto& item : n) out.items.push_back(convert(item));
            break;
        case YAML::NodeType::Map:
            out.kind = YamlNode::Kind::map;
            convert_map(n, out);
            break;
        default:
            out.kind = YamlNode::Kind::null;
        }
        return out;
    }

    void convert_map(const YAML::Node& n, YamlNode& out) {
        std::set<std::string> seen;
        for (const auto& kv : n) {
            YamlNode key = convert(kv.first);
            if (key.kind != YamlNode::Kind::scalar) {
                diagnostics.error(key.where, "a key must be plain text, not " + std::string(describe(key.kind)));
                failed = true;
                continue;
            }
            if (!seen.insert(key.scalar).second) {
                diagnostics.error(key.where, "duplicate key '" + key.scalar + "'", "keep one of them");
                failed = true;
                continue;
            }
            YamlNode value = convert(kv.second);
            out.entries.push_back(YamlEntry{std::move(key), std::move(value)});
        }
    }
};

const YamlNode* scalar_or_error(const YamlNode& map, std::string_view key, const char* want,
                                Diagnostics& diagnostics) {
    const YamlNode* v = map.find(key);
    if (v == nullptr) return nullptr;
    if (v->kind == YamlNode::Kind::scalar) return v;
    diagnostics.error(v->where, "'" + std::string(key) + "' must be " + want + ", not " + describe(v->kind),
                      v->kind == YamlNode::Kind::null ? "give it a value or remove the line" : "");
    return nullptr;
}

/// The column (0-based) of a quote that opens a value and does not close on its line, or npos.
/// yaml-cpp accepts such a quote running on to the end of the text, swallowing the keys after it.
std::size_t unclosed_quote(std::string_view line) {
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos && line[first] == '#') return std::string_view::npos; // a comment (YAML 1.2 §6.6)
    std::size_t at = line.find(": ");
    if (at != std::string_view::npos) at += 2;
    else if (line.substr(line.find_first_not_of(' ') == std::string_view::npos ? 0 : line.find_first_not_of(' '), 2) == "- ") at = line.find("- ") + 2;
    else return std::string_view::npos;
    while (at < line.size() && line[at] == ' ') ++at;
    if (at >= line.size() || (line[at] != '"' && line[at] != '\'')) return std::string_view::npos;
    const char quote = line[at];
    for (std::size_t i = at + 1; i < line.size(); ++i) {
        if (quote == '"' && line[i] == '\\') ++i;
        else if (line[i] == quote && quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;
        else if (line[i] == quote) return std::string_view::npos;
    }
    return at;
}

bool check_quotes(std::string_view text, const std::string& file, int first_line, Diagnostics& diagnostics) {
    int line = first_line;
    for (std::size_t at = 0; at < text.size(); ++line) {
        const auto end = std::min(text.find('\n', at), text.size());
        if (const auto col = unclosed_quote(text.substr(at, end - at)); col != std::string_view::npos) {
            diagnostics.error({file, line, static_cast<int>(col) + 1}, "this quote is not closed on its line",
                              "close it, or leave the quotes out");
            return false;
        }
        at = end + 1;
    }
    return true;
}

} // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const auto& e : entries)
        if (e.key.scalar == key) return &e.value;
    return nullptr;
}

const char* describe(YamlNode::Kind kind) {
    switch (kind) {
    case YamlNode::Kind::null: return "empty";
    case YamlNode::Kind::scalar: return "text";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::map: return "a mapping";
    }
    return "?";
}

std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& file, int first_line,
                                   Diagnostics& diagnostics) {
    if (!check_quotes(text, file, first_line, diagnostics)) return std::nullopt;
    if (auto flat = parse_flat_mapping(text, file, first_line)) return flat;
    return parse_yaml_with_library(text, file, first_line, diagnostics);
}

std::optional<YamlNode> parse_yaml_with_library(std::string_view text, const std::string& file, int first_line,
                                                Diagnostics& diagnostics) {
    Converter c{file, first_line, diagnostics};
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        YamlNode out = c.convert(root);
        if (c.failed) return std::nullopt;
        return out;
    } catch (const YAML::Exception& e) {
        Location where = c.locate(e.mark);
        diagnostics.error(where, "invalid YAML: " + e.msg,
                          "YAML wants spaces (not tabs) for indentation and closed quotes");
        return std::nullopt;
    }
}

std::optional<std::string> text_field(const YamlNode& map, std::string_view key, Diagnostics& diagnostics) {
    const YamlNode* v = scalar_or_error(map, key, "text", diagnostics);
    if (v == nullptr) return std::nullopt;
    return v->scalar;
}

std::optional<double> number_field(const YamlNode& map, std::string_view key, Diagnostics& diagnostics) {
    const YamlNode* v = scalar_or_error(map, key, "a number", diagnostics);
    if (v == nullptr) return std::nullopt;
    double value = 0;
    const char* begin = v->scalar.data();
    const char* end = begin + v->scalar.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end) {
        diagnostics.error(v->where, "'" + std::string(key) + "' must be a number, not '" + v->scalar + "'");
        return std::nullopt;
    }
    return value;
}

std::optional<std::vector<std::string>> text_list_field(const YamlNode& map, std::string_view key,
                                                        Diagnostics& diagnostics) {
    const YamlNode* v = map.find(key);
    if (v == nullptr) return std::nullopt;
    if (v->kind == YamlNode::Kind::scalar) return std::vector<std::string>{v->scalar};
    if (v->kind != YamlNode::Kind::sequence) {
        diagnostics.error(v->where, "'" + std::string(key) + "' must be a list of texts, not " + describe(v->kind));
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& item : v->items) {
        if (item.kind != YamlNode::Kind::scalar) {
            diagnostics.error(item.where, "each entry of '" + std::string(key) + "' must be text, not " +
                                              describe(item.kind));
            return std::nullopt;
        }
        out.push_back(item.scalar);
    }
    return out;
}

void warn_unknown_keys(const YamlNode& map, const std::vector<std::string_view>& known,
                       Diagnostics& diagnostics) {
    for (const auto& e : map.entries) {
        const YamlNode& k = e.key;
        bool ok = false;
        for (const auto& name : known) ok = ok || k.scalar == name;
        if (ok) continue;
        std::string list;
        for (const auto& name : known) list += (list.empty() ? "" : ", ") + std::string(name);
        diagnostics.warn(k.where, "unknown key '" + k.scalar + "' (ignored)", "known keys: " + list);
    }
}

} // namespace brief
