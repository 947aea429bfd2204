// read_briefing_file: the typed reading of briefing.yaml.
#include "read/briefing_file.hpp"

#include "core/yaml.hpp"
#include "doc/dates.hpp"
#include "read/markdown.hpp"

#include <filesystem>

namespace brief {

namespace {

const std::vector<std::string_view> known_keys{"title", "subtitle", "date", "issuer", "classification",
                                               "language", "order", "credits", "style", "key_points"};

std::optional<Credit> read_credit(const YamlNode& node, Diagnostics& diagnostics) {
    if (node.kind != YamlNode::Kind::map) {
        diagnostics.error(node.where, "each credit must be a mapping with name and aliases, not " +
                                          std::string(describe(node.kind)),
                          "e.g.  - name: The Wall Street Journal\n          aliases: [Wall Street Journal, WSJ]");
        return std::nullopt;
    }
    warn_unknown_keys(node, {"name", "aliases", "url"}, diagnostics);
    Credit c;
    c.name = text_field(node, "name", diagnostics).value_or("");
    if (c.name.empty()) {
        diagnostics.error(node.where, "a credit needs a name", "add name: The Outlet's Name");
        return std::nullopt;
    }
    c.aliases = text_list_field(node, "aliases", diagnostics).value_or(std::vector<std::string>{});
    c.url = text_field(node, "url", diagnostics).value_or("");
    if (!c.url.empty() && !is_safe_url(c.url)) {
        diagnostics.warn(node.find("url")->where, "credit url is not an http(s) address; left out");
        c.url.clear();
    }
    return c;
}

/// A style FILE (with a '/' or ending in .yaml) is relative to briefing.yaml's folder; a NAME stays.
std::string resolve_style(const std::string& value, const std::string& file) {
    const bool is_file = value.find('/') != std::string::npos || value.ends_with(".yaml");
    if (!is_file || value.front() == '/') return value;
    return (std::filesystem::path(file).parent_path() / value).string();
}

void read_meta(const YamlNode& root, BriefingMeta& meta, const std::string& file, Diagnostics& diagnostics) {
    auto set = [&](std::string& field, std::string_view key) {
        if (auto v = text_field(root, key, diagnostics)) field = *v;
    };
    set(meta.title, "title");
    set(meta.subtitle, "subtitle");
    set(meta.issuer, "issuer");
    set(meta.classification, "classification");
    set(meta.language, "language");
    if (auto v = text_field(root, "style", diagnostics); v && !v->empty()) meta.style = resolve_style(*v, file);
    if (auto k = text_field(root, "key_points", diagnostics)) {
        const bool digits = !k->empty() && k->size() <= 3 && k->find_first_not_of("0123456789") == std::string::npos;
        if (digits) meta.key_points = std::stoi(*k);
        else diagnostics.error(root.find("key_points")->where, "'key_points' is not a number of claims: '" + *k + "'",
                               "write how many claims to list, e.g. key_points: 8 (0 leaves the section out)");
    }
    if (auto d = text_field(root, "date", diagnostics)) {
        if (const auto parsed = parse_iso_date(*d)) meta.date = format_iso_date(*parsed);
        else diagnostics.error(root.find("date")->where, "'date' is not a date: '" + *d + "'", "write it as ISO 8601, e.g. date: 2018-11-26");
    }
}

} // namespace

BriefingFile read_briefing_file(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    BriefingFile out;
    const auto root = parse_yaml(text, file, 1, diagnostics);
    if (!root || root->kind == YamlNode::Kind::null) return out;
    if (root->kind != YamlNode::Kind::map) {
        diagnostics.error({file, 1, 1}, "briefing.yaml must be a mapping of keys, not " + std::string(describe(root->kind)));
        return out;
    }
    warn_unknown_keys(*root, known_keys, diagnostics);
    read_meta(*root, out.meta, file, diagnostics);
    out.order = text_list_field(*root, "order", diagnostics).value_or(std::vector<std::string>{});
    if (const YamlNode* credits = root->find("credits")) {
        if (credits->kind != YamlNode::Kind::sequence) {
            diagnostics.error(credits->where, "'credits' must be a list of mappings, not " + std::string(describe(credits->kind)));
            return out;
        }
        for (const auto& item : credits->items)
            if (auto c = read_credit(item, diagnostics)) out.credits.push_back(std::move(*c));
    }
    return out;
}

} // namespace brief
