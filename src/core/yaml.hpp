// YAML as plain values: yaml-cpp's graph turned into a bounded tree with positions and diagnostics.
#pragma once

#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

struct YamlEntry;

/// One YAML node with its 1-based position in the original file. Aliases are expanded, so the
/// tree is bounded (see parse_yaml) rather than shared.
struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    std::string scalar;                                 ///< for scalars
    std::vector<YamlNode> items;                        ///< for sequences
    std::vector<YamlEntry> entries;                     ///< for maps, in file order, keys unique
    Location where;

    /// The value of a map entry, or nullptr.
    [[nodiscard]] const YamlNode* find(std::string_view key) const;
};

/// One key and its value in a mapping.
struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

/// What a YAML text is, in words for messages: "a list", "a mapping", "empty", "text".
const char* describe(YamlNode::Kind kind);

/// Parses `text` (the YAML of `file`, whose first line is file line `first_line`). Syntax errors,
/// duplicate keys, non-text keys and documents that expand past 100,000 nodes (alias bombs) are
/// errors with positions; they return nullopt.
std::optional<YamlNode> parse_yaml(std::string_view text, const std::string& file, int first_line,
                                   Diagnostics& diagnostics);

/// parse_yaml's own reader for what front matter nearly always is: keys at the start of their
/// lines, each with a one-line plain or double-quoted (escape-free) text, between comment and blank
/// lines. Anything else, a key given twice or more than 64 keys returns nullopt, and parse_yaml
/// leaves the text to yaml-cpp. Where it answers, the answer is yaml-cpp's (a test holds it to
/// that over generated texts); yaml-cpp took half the time of reading an article.
std::optional<YamlNode> parse_flat_mapping(std::string_view text, const std::string& file, int first_line);

/// parse_yaml through yaml-cpp alone, without the quote check (for that test).
std::optional<YamlNode> parse_yaml_with_library(std::string_view text, const std::string& file, int first_line,
                                                Diagnostics& diagnostics);

/// The text of a scalar entry. A list, mapping or null where text belongs is an error naming the
/// key; returns nullopt then (and when the key is absent).
std::optional<std::string> text_field(const YamlNode& map, std::string_view key, Diagnostics& diagnostics);

/// A number entry; errors like text_field, plus "not a number".
std::optional<double> number_field(const YamlNode& map, std::string_view key, Diagnostics& diagnostics);

/// A list of texts (a single text is taken as a list of one).
std::optional<std::vector<std::string>> text_list_field(const YamlNode& map, std::string_view key,
                                                        Diagnostics& diagnostics);

/// Warns about every key of `map` not in `known` ("unknown key 'x'; known keys are ...").
void warn_unknown_keys(const YamlNode& map, const std::vector<std::string_view>& known,
                       Diagnostics& diagnostics);

} // namespace brief
