// load_style: the typed reading of a style file, section by section.
#include "style/load.hpp"

#include "core/error.hpp"
#include "core/files.hpp"
#include "core/utf8.hpp"
#include "core/yaml.hpp"

#include <charconv>
#include <cstdio>

#ifndef BRIEF_STYLE_DIR
#define BRIEF_STYLE_DIR "styles"
#endif

namespace brief {

namespace fs = std::filesystem;

namespace {

/// Read-only context of one style file's reading.
struct Reader {
    const std::string& file;
    Diagnostics& diagnostics;

    const YamlNode* section(const YamlNode& root, std::string_view key, const std::vector<std::string_view>& known) const {
        const YamlNode* s = root.find(key);
        if (s == nullptr) return nullptr;
        if (s->kind != YamlNode::Kind::map) {
            diagnostics.error(s->where, "'" + std::string(key) + "' must be a mapping, not " + describe(s->kind));
            return nullptr;
        }
        warn_unknown_keys(*s, known, diagnostics);
        return s;
    }

    void length(const YamlNode& map, std::string_view key, double& out) const {
        const auto text = text_field(map, key, diagnostics);
        if (!text) return;
        double v = 0;
        if (parse_length(*text, v) && v >= 0 && v < 10000) out = v;
        else diagnostics.error(map.find(key)->where, "'" + std::string(key) + "' is not a length: '" + *text + "'",
                               "write a number of points or a length with a unit: 10.5pt, 20mm, 1in");
    }

    void color(const YamlNode& map, std::string_view key, Color& out) const {
        const auto text = text_field(map, key, diagnostics);
        if (!text) return;
        if (!parse_color(*text, out))
            diagnostics.error(map.find(key)->where, "'" + std::string(key) + "' is not a colour: '" + *text + "'",
                              "write it as \"#RRGGBB\" (quoted, since # starts a YAML comment)");
    }

    void text(const YamlNode& map, std::string_view key, std::string& out) const {
        if (auto v = text_field(map, key, diagnostics)) out = *v;
    }
};

void read_page(const Reader& r, const YamlNode& root, PageStyle& page) {
    const YamlNode* s = r.section(root, "page", {"size", "width", "height", "margins"});
    if (s == nullptr) return;
    if (auto size = text_field(*s, "size", r.diagnostics)) {
        if (*size == "A4") page.width = 595.276, page.height = 841.890;
        else if (*size == "Letter") page.width = 612, page.height = 792;
        else r.diagnostics.error(s->find("size")->where, "unknown page size '" + *size + "'",
                                 "use A4 or Letter, or give width and height");
        page.size = *size;
    }
    r.length(*s, "width", page.width);
    r.length(*s, "height", page.height);
    if (const YamlNode* m = r.section(*s, "margins", {"top", "bottom", "inner", "outer"})) {
        r.length(*m, "top", page.margin_top);
        r.length(*m, "bottom", page.margin_bottom);
        r.length(*m, "inner", page.margin_inner);
        r.length(*m, "outer", page.margin_outer);
    }
    if (page.margin_inner + page.margin_outer > page.width * 0.8 || page.margin_top + page.margin_bottom > page.height * 0.8)
        r.diagnostics.error(s->where, "the margins leave less than a fifth of the page for text");
}

void read_fonts(const Reader& r, const YamlNode& root, FontStyle& fonts) {
    const YamlNode* s = r.section(root, "fonts", {"body", "heading", "mono", "fallbacks"});
    if (s == nullptr) return;
    r.text(*s, "body", fonts.body);
    r.text(*s, "heading", fonts.heading);
    r.text(*s, "mono", fonts.mono);
    if (auto list = text_list_field(*s, "fallbacks", r.diagnostics)) fonts.fallbacks = *list;
}

void read_sizes(const Reader& r, const YamlNode& root, SizeStyle& z) {
    const YamlNode* s = r.section(root, "sizes", {"body", "leading", "title", "heading1", "heading2", "heading3",
                                                  "footnote", "footnote_leading", "running", "code",
                                                  "paragraph_indent", "paragraph_space"});
    if (s == nullptr) return;
    r.length(*s, "body", z.body);
    r.length(*s, "leading", z.leading);
    r.length(*s, "title", z.title);
    r.length(*s, "heading1", z.heading1);
    r.length(*s, "heading2", z.heading2);
    r.length(*s, "heading3", z.heading3);
    r.length(*s, "footnote", z.footnote);
    r.length(*s, "footnote_leading", z.footnote_leading);
    r.length(*s, "running", z.running);
    r.length(*s, "code", z.code);
    r.length(*s, "paragraph_indent", z.paragraph_indent);
    r.length(*s, "paragraph_space", z.paragraph_space);
    for (const double v : {z.body, z.footnote, z.running, z.code, z.title, z.heading1, z.heading2, z.heading3})
        if (v < 4 || v > 96) r.diagnostics.error(s->where, "font sizes must lie between 4pt and 96pt");
    if (z.leading < z.body || z.footnote_leading < z.footnote)
        r.diagnostics.error(s->where, "leading must be at least the font size it spaces");
}

void read_colors(const Reader& r, const YamlNode& root, ColorStyle& c) {
    const YamlNode* s = r.section(root, "colors", {"text", "heading", "link", "rule", "muted"});
    if (s == nullptr) return;
    r.color(*s, "text", c.text);
    r.color(*s, "heading", c.heading);
    r.color(*s, "link", c.link);
    r.color(*s, "rule", c.rule);
    r.color(*s, "muted", c.muted);
}

void read_marking(const Reader& r, const YamlNode& root, MarkingStyle& m) {
    const YamlNode* s = r.section(root, "marking", {"color", "background", "size"});
    if (s == nullptr) return;
    r.color(*s, "color", m.color);
    r.color(*s, "background", m.background);
    r.length(*s, "size", m.size);
}

void read_running(const Reader& r, const YamlNode& root, RunningStyle& run) {
    const YamlNode* s = r.section(root, "running", {"head_left", "head_right", "foot_left", "foot_right"});
    if (s == nullptr) return;
    r.text(*s, "head_left", run.head_left);
    r.text(*s, "head_right", run.head_right);
    r.text(*s, "foot_left", run.foot_left);
    r.text(*s, "foot_right", run.foot_right);
}

Style load_style_at(const std::string& name_or_file, const std::vector<fs::path>& dirs, Diagnostics& diagnostics, int depth);

Style read_style_file(const fs::path& path, const std::vector<fs::path>& dirs, Diagnostics& diagnostics, int depth) {
    const std::string file = path.string();
    const std::string text = read_file(path, 1u << 20);
    if (find_invalid_utf8(text) != std::string::npos) {
        diagnostics.error({file, 0, 0}, "the style file is not valid UTF-8");
        return {};
    }
    const auto root = parse_yaml(text, file, 1, diagnostics);
    if (!root || root->kind != YamlNode::Kind::map) {
        if (root) diagnostics.error({file, 1, 1}, "a style file must be a mapping of sections");
        return {};
    }
    warn_unknown_keys(*root, {"base", "name", "page", "fonts", "sizes", "colors", "marking", "running", "extra_css"}, diagnostics);
    Style style;
    if (auto base = text_field(*root, "base", diagnostics)) {
        if (depth > 4) diagnostics.error(root->find("base")->where, "styles are based on each other more than 4 deep (a loop?)");
        else style = load_style_at(*base, dirs, diagnostics, depth + 1);
    }
    style.file = file;
    const Reader r{file, diagnostics};
    r.text(*root, "name", style.name);
    read_page(r, *root, style.page);
    read_fonts(r, *root, style.fonts);
    read_sizes(r, *root, style.sizes);
    read_colors(r, *root, style.colors);
    read_marking(r, *root, style.marking);
    read_running(r, *root, style.running);
    if (auto css = text_field(*root, "extra_css", diagnostics)) style.extra_css = read_file(path.parent_path() / *css, 1u << 20);
    return style;
}

Style load_style_at(const std::string& name_or_file, const std::vector<fs::path>& dirs, Diagnostics& diagnostics, int depth) {
    return read_style_file(find_style(name_or_file, dirs), dirs, diagnostics, depth);
}

} // namespace

std::string Color::hex() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02X%02X%02X", r, g, b);
    return buf;
}

std::vector<fs::path> default_style_dirs() {
    std::vector<fs::path> dirs{fs::path("styles")};
    if (const fs::path bin = executable_dir(); !bin.empty()) dirs.push_back(bin.parent_path() / "share/brief/styles");
    dirs.push_back(BRIEF_STYLE_DIR); // the source tree's, for a brief run from its build folder
    return dirs;
}

fs::path find_style(const std::string& name_or_file, const std::vector<fs::path>& dirs) {
    std::error_code ec;
    const bool is_file = name_or_file.find('/') != std::string::npos ||
                         (name_or_file.size() > 5 && name_or_file.ends_with(".yaml"));
    if (is_file) {
        if (fs::is_regular_file(name_or_file, ec)) return name_or_file;
        throw Error("style file " + name_or_file + " does not exist");
    }
    std::string looked;
    for (const auto& dir : dirs) {
        const fs::path candidate = dir / (name_or_file + ".yaml");
        if (fs::is_regular_file(candidate, ec)) return candidate;
        looked += " " + candidate.string();
    }
    throw Error("no style named '" + name_or_file + "' (looked for" + looked + ")");
}

Style load_style(const std::string& name_or_file, const std::vector<fs::path>& dirs, Diagnostics& diagnostics) {
    return load_style_at(name_or_file, dirs, diagnostics, 0);
}

bool parse_length(std::string_view text, double& points) {
    double v = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc()) return false;
    const std::string_view unit(ptr, static_cast<std::size_t>(end - ptr));
    if (unit.empty() || unit == "pt") points = v;
    else if (unit == "mm") points = v * 72.0 / 25.4;
    else if (unit == "cm") points = v * 72.0 / 2.54;
    else if (unit == "in") points = v * 72.0;
    else return false;
    return true;
}

bool parse_color(std::string_view text, Color& color) {
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    if (text.size() != 6) return false;
    unsigned value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + 6, value, 16);
    if (ec != std::errc() || ptr != text.data() + 6) return false;
    color = {static_cast<std::uint8_t>(value >> 16), static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value)};
    return true;
}

} // namespace brief
