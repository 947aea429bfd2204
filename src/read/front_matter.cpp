// Front matter splitting and the typed reading of its keys.
#include "read/front_matter.hpp"

#include "core/yaml.hpp"
#include "doc/dates.hpp"
#include "read/markdown.hpp"

namespace brief {

namespace {

bool is_fence(std::string_view line, std::string_view fence) {
    if (line.substr(0, fence.size()) != fence) return false;
    for (const char c : line.substr(fence.size()))
        if (c != ' ' && c != '\t') return false;
    return true;
}

const std::vector<std::string_view> known_keys{"title", "outlet", "author", "date", "url",
                                               "retrieved", "provenance", "language"};

constexpr std::size_t long_title = 300;

std::optional<std::string> date_field(const YamlNode& map, std::string_view key, Diagnostics& diagnostics) {
    auto value = text_field(map, key, diagnostics);
    if (!value) return std::nullopt;
    if (const auto d = parse_iso_date(*value)) return format_iso_date(*d);
    diagnostics.error(map.find(key)->where, "'" + std::string(key) + "' is not a date: '" + *value + "'",
                      "write it as ISO 8601, e.g. " + std::string(key) + ": 2018-11-23");
    return std::string("!");
}

} // namespace

std::optional<SplitArticle> split_front_matter(std::string_view text, const std::string& file,
                                               Diagnostics& diagnostics) {
    SplitArticle out;
    out.body = text;
    const auto first_end = text.find('\n');
    if (!is_fence(text.substr(0, first_end), "---")) return out;
    std::size_t at = first_end == std::string_view::npos ? text.size() : first_end + 1;
    int line = 2;
    while (at < text.size()) {
        const auto end = text.find('\n', at);
        const auto current = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        if (is_fence(current, "---") || is_fence(current, "...")) {
            out.has_front_matter = true;
            out.yaml = text.substr(first_end + 1, at - first_end - 1);
            out.body = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            out.body_first_line = line + 1;
            return out;
        }
        if (end == std::string_view::npos) break;
        at = end + 1;
        ++line;
    }
    diagnostics.error({file, 1, 1}, "front matter opened here is never closed",
                      "end the metadata with a line holding only ---");
    return std::nullopt;
}

std::optional<Source> read_front_matter(const SplitArticle& split, const std::string& file,
                                        Diagnostics& diagnostics) {
    if (!split.has_front_matter) {
        diagnostics.error({file, 1, 1}, "missing front matter with a title",
                          "start the file with:\n  ---\n  title: The headline\n  ---");
        return std::nullopt;
    }
    const int errors_before = diagnostics.error_count();
    const auto yaml = parse_yaml(split.yaml, file, split.yaml_first_line, diagnostics);
    if (!yaml) return std::nullopt;
    if (yaml->kind != YamlNode::Kind::map) {
        diagnostics.error({file, split.yaml_first_line, 1}, "front matter must be a mapping of keys, not " +
                                                                std::string(describe(yaml->kind)),
                          "write one 'key: value' per line, starting with title:");
        return std::nullopt;
    }
    warn_unknown_keys(*yaml, known_keys, diagnostics);
    Source s;
    s.title = text_field(*yaml, "title", diagnostics).value_or("");
    s.outlet = text_field(*yaml, "outlet", diagnostics).value_or("");
    s.author = text_field(*yaml, "author", diagnostics).value_or("");
    s.date = date_field(*yaml, "date", diagnostics).value_or("");
    s.retrieved = date_field(*yaml, "retrieved", diagnostics).value_or("");
    s.provenance = text_field(*yaml, "provenance", diagnostics).value_or("");
    s.language = text_field(*yaml, "language", diagnostics).value_or("");
    s.url = text_field(*yaml, "url", diagnostics).value_or("");
    if (!s.url.empty() && !is_safe_url(s.url) ) {
        diagnostics.warn(yaml->find("url")->where, "url '" + s.url.substr(0, 80) + "' is not an http(s) address; left out");
        s.url.clear();
    }
    if (s.title.empty() && yaml->find("title") == nullptr)
        diagnostics.error({file, split.yaml_first_line, 1}, "the front matter has no title", "add a line: title: The headline");
    else if (s.title.empty())
        diagnostics.error(yaml->find("title")->where, "the title is empty", "give the article its headline");
    else if (s.title.size() > long_title)
        diagnostics.warn(yaml->find("title")->where, "the title is " + std::to_string(s.title.size()) +
                                                         " bytes long; running heads will shorten it");
    if (diagnostics.error_count() > errors_before) return std::nullopt;
    return s;
}

} // namespace brief
