// parse_flat_mapping: the one-text-per-line mapping that front matter nearly always is, read without yaml-cpp.
#include "core/yaml.hpp"

#include <algorithm>

namespace brief {

namespace {

// Front matter has a handful of keys; longer mappings go to yaml-cpp, whose duplicate check does not
// grow with the square of the count as this reader's would.
constexpr std::size_t max_entries = 64;

bool is_key_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9') || c == '-'; }

/// A byte yaml-cpp may treat as more than text, or that starts something other than a plain
/// scalar (YAML 1.2 §5.3 indicators, plus quotes and the comment sign).
bool is_indicator(char c) {
    return std::string_view("-?:,[]{}#&*!|>'\"%@`").find(c) != std::string_view::npos;
}

/// Ends of line, tabs and other control bytes: left to yaml-cpp, which knows their rules.
bool has_control(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

bool only_spaces(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

/// Nothing, or spaces then a comment that begins after a space.
bool blank_or_comment(std::string_view rest) {
    const auto at = rest.find_first_not_of(' ');
    return at == std::string_view::npos || (rest[at] == '#' && at > 0);
}

/// The value of `key: value` from its first byte: a double-quoted text without escapes, or a plain
/// text that holds no ": " and no " #" before its comment. nullopt for anything else.
std::optional<std::string_view> flat_value(std::string_view v) {
    if (v.empty()) return std::nullopt;
    if (v[0] == '"') {
        const auto close = v.find('"', 1);
        if (close == std::string_view::npos || !blank_or_comment(v.substr(close + 1))) return std::nullopt;
        const std::string_view inside = v.substr(1, close - 1);
        if (inside.find('\\') != std::string_view::npos) return std::nullopt;
        return inside;
    }
    if (is_indicator(v[0])) return std::nullopt;
    std::string_view text = v.substr(0, v.find(" #"));
    text = text.substr(0, text.find_last_not_of(' ') + 1);
    if (text.find(": ") != std::string_view::npos || text.back() == ':') return std::nullopt;
    // yaml-cpp reads these plain words as null, not as text
    if (text == "~" || text == "null" || text == "Null" || text == "NULL") return std::nullopt;
    return text;
}

YamlNode scalar(std::string_view text, Location where) {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.scalar = std::string(text);
    n.where = std::move(where);
    return n;
}

} // namespace

std::optional<YamlNode> parse_flat_mapping(std::string_view text, const std::string& file, int first_line) {
    YamlNode root;
    root.kind = YamlNode::Kind::map;
    int line = first_line;
    for (std::size_t at = 0; at < text.size(); ++line) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view current = text.substr(at, end - at);
        at = end + 1;
        if (has_control(current)) return std::nullopt;
        if (only_spaces(current) || current[0] == '#') continue;
        std::size_t k = 0;
        if (!is_key_start(current[0])) return std::nullopt; // indented, a list, a quoted key, a directive
        while (k < current.size() && is_key_char(current[k])) ++k;
        if (current.substr(k, 2) != ": ") return std::nullopt;
        const std::string_view key = current.substr(0, k);
        std::size_t v = current.find_first_not_of(' ', k + 1);
        if (v == std::string_view::npos) return std::nullopt; // an empty value is null
        const auto value = flat_value(current.substr(v));
        if (!value || root.find(key) != nullptr || root.entries.size() >= max_entries) return std::nullopt;
        root.entries.push_back(YamlEntry{scalar(key, {file, line, 1}),
                                         scalar(*value, {file, line, static_cast<int>(v) + 1})});
    }
    if (root.entries.empty()) return std::nullopt; // an empty document is null
    root.where = root.entries.front().key.where;
    return root;
}

} // namespace brief
