// make_stylesheet: CSS text from the Style, with contrast kept for light, dark and night modes.
#include "write/epub/css.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace brief::epub {

namespace {

constexpr Color black{0, 0, 0};
constexpr Color white{0xFF, 0xFF, 0xFF};

/// Relative luminance (WCAG 2.1, "relative luminance", sRGB linearised).
double luminance(Color c) {
    auto channel = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

Color mix(Color a, Color b, double t) {
    auto lerp = [t](std::uint8_t x, std::uint8_t y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * t)); };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

std::string css_color(Color c) { return "#" + c.hex(); }

/// A locale-free number with at most three decimals: 1.619, 1, 0.5.
std::string number(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::round(v * 1000) / 1000, std::chars_format::fixed, 3);
    std::string s(buf, r.ptr);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

/// A size of the style as em of the body text, so the reader's text-size setting scales it all.
std::string em(double points, const Style& s) {
    const std::string n = number(points / (s.sizes.body > 0 ? s.sizes.body : 10.5));
    return n == "0" ? n : n + "em";
}

/// A font size as em of the body text; a zero size (which would hide the text) is taken as 1em.
std::string size_em(double points, const Style& s) { return points > 0 ? em(points, s) : "1em"; }

/// A unitless line height (CSS 2.1 §10.8.1, inherited as a factor); never below 1, so lines do
/// not overlap whatever the style says, and "normal" when the style gives no leading.
std::string line_height(double leading, double size) {
    if (leading <= 0 || size <= 0) return "normal";
    return number(std::max(1.0, leading / size));
}

/// A CSS string (CSS 2.1 §4.3.7): quotes and backslashes escaped, line ends and controls dropped.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : clean_text(text)) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
    return out + '"';
}

bool contains_word(std::string_view name, std::string_view word) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find(word) != std::string::npos;
}

/// The generic family a named font falls back to (CSS Fonts 4 §2.1.3).
std::string generic_for(std::string_view family) {
    if (contains_word(family, "mono") || contains_word(family, "courier") || contains_word(family, "code")) return "monospace";
    if (contains_word(family, "sans")) return "sans-serif";
    return "serif";
}

/// `"Noto Serif", "DejaVu Sans", ..., serif`: the main font, the style's fallbacks for other
/// scripts, then a generic family so something always renders.
std::string font_stack(const std::string& main, const std::vector<std::string>& fallbacks, const std::string& generic) {
    std::vector<std::string> names;
    if (!main.empty()) names.push_back(main);
    for (const auto& n : fallbacks)
        if (!n.empty() && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
    std::string out;
    for (const auto& n : names) out += css_string(n) + ", ";
    return out + generic;
}

/// The marking's text colour, replaced by black or white when the style's is too faint on its
/// background (WCAG 2.1 §1.4.3, 4.5:1 for text of this size).
Color marking_text(const Style& s, Diagnostics& diagnostics) {
    const Color bg = s.marking.background;
    if (contrast_ratio(s.marking.color, bg) >= 4.5) return s.marking.color;
    const Color better = contrast_ratio(black, bg) >= contrast_ratio(white, bg) ? black : white;
    diagnostics.warn({s.file, 0, 0}, "the marking colour " + css_color(s.marking.color) + " has too little contrast with its background " + css_color(bg) + "; the EPUB uses " + css_color(better),
                     "choose marking colours with at least 4.5:1 contrast");
    return better;
}

/// A colour for text on white, darkened with a warning when the style's is too light.
Color on_light(Color c, const char* what, const Style& s, Diagnostics& diagnostics) {
    const Color fixed = with_contrast(c, white, 4.5, black);
    if (fixed.hex() != c.hex())
        diagnostics.warn({s.file, 0, 0}, std::string("the ") + what + " colour " + css_color(c) + " is too light on white; the EPUB uses " + css_color(fixed),
                         "choose a colour with at least 4.5:1 contrast on white");
    return fixed;
}

std::string layout_rules(const Style& s) {
    const std::string body_font = font_stack(s.fonts.body, s.fonts.fallbacks, generic_for(s.fonts.body));
    const std::string heading_font = font_stack(s.fonts.heading, s.fonts.fallbacks, generic_for(s.fonts.heading));
    const std::string mono_font = font_stack(s.fonts.mono, s.fonts.fallbacks, "monospace");
    const double body = s.sizes.body > 0 ? s.sizes.body : 10.5;
    const double note = s.sizes.footnote > 0 ? s.sizes.footnote : body;
    std::string css;
    css += "body { font-family: " + body_font + "; line-height: " + line_height(s.sizes.leading, body) + "; overflow-wrap: break-word; word-wrap: break-word; }\n";
    css += "h1, h2, h3, h4, h5, h6 { font-family: " + heading_font + "; line-height: 1.2; margin: 1.2em 0 0.5em; page-break-after: avoid; break-after: avoid; }\n";
    css += "h1 { font-size: " + size_em(s.sizes.heading1, s) + "; margin-top: 0.5em; }\n";
    css += "h2 { font-size: " + size_em(s.sizes.heading2, s) + "; }\n";
    css += "h3 { font-size: " + size_em(s.sizes.heading3, s) + "; }\n";
    css += "h4, h5, h6 { font-size: 1em; }\n";
    css += "p { margin: " + em(s.sizes.paragraph_space, s) + " 0 0; }\n";
    css += "p + p { text-indent: " + em(s.sizes.paragraph_indent, s) + "; }\n";
    css += "blockquote { margin: 0.75em 0 0.75em 0.5em; padding-left: 0.75em; border-left: 0.2em solid " + css_color(s.colors.rule) + "; }\n";
    css += "ul, ol { margin: 0.5em 0; padding-left: 1.5em; }\n";
    css += "li > p:first-child { margin-top: 0; }\n";
    css += "li > p + p { text-indent: 0; margin-top: 0.5em; }\n";
    css += "code { font-family: " + mono_font + "; font-size: " + size_em(s.sizes.code, s) + "; }\n";
    css += "pre { font-family: " + mono_font + "; font-size: " + size_em(s.sizes.code, s) + "; line-height: 1.35; margin: 0.75em 0; padding-left: 0.75em; border-left: 0.2em solid " + css_color(s.colors.rule) + "; white-space: pre-wrap; overflow-wrap: break-word; }\n";
    css += "pre code { font-size: 1em; }\n";
    css += "hr { border: 0; border-top: 1px solid " + css_color(s.colors.rule) + "; margin: 1em 0; }\n";
    css += ".byline { margin: 0 0 1em; font-size: 0.9em; text-indent: 0; }\n";
    css += ".byline + p, h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p { text-indent: 0; }\n";
    css += ".image-alt { font-style: italic; }\n";
    css += "a[role~=\"doc-noteref\"] { font-size: 0.75em; line-height: 0; vertical-align: super; text-decoration: none; padding-left: 0.1em; }\n";
    css += "aside[role~=\"doc-footnote\"] { font-size: " + number(note / body) + "em; line-height: " + line_height(s.sizes.footnote_leading, note) + "; margin: 0.4em 0 0; }\n";
    css += "aside[role~=\"doc-footnote\"]:first-of-type { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid " + css_color(s.colors.rule) + "; }\n";
    css += "aside p { margin: 0; text-indent: 0; }\n";
    css += "ol.sources li { margin-bottom: 0.5em; }\n";
    css += ".titlepage { text-align: center; }\n";
    css += ".titlepage .title { font-size: " + size_em(s.sizes.title, s) + "; margin: 2em 0 0.5em; }\n";
    css += ".titlepage p { text-indent: 0; margin: 0.5em 0; }\n";
    css += ".subtitle { font-size: 1.15em; font-style: italic; }\n";
    css += ".coverage { margin-top: 2em; font-size: 0.9em; }\n";
    return css;
}

/// Tables with thin rules in the style's colour, a bold header, padded cells; cells align by the
/// class of their column (xhtml.cpp); long words and addresses wrap inside a cell rather than
/// push the table past the page, and a table of many columns ("dense") has smaller text. Figures centred and never wider than the page; inline pictures
/// at the text's height; task boxes in place of the bullet.
std::string table_figure_rules(const Style& s) {
    const std::string rule = css_color(s.colors.rule);
    std::string css;
    css += "table { border-collapse: collapse; margin: 1em 0; width: 100%; font-size: 0.9em; line-height: 1.3; }\n";
    css += "caption { caption-side: top; text-align: left; padding-bottom: 0.4em; }\n";
    css += "caption .label, figcaption .label { font-weight: bold; }\n";
    // "start" (CSS Text 3 §7.1) aligns a right-to-left cell to the right; "left" is for readers
    // without it. word-wrap is overflow-wrap's old name: first, so readers that know "anywhere" (which, unlike
    // break-word, lets a table's columns shrink below their longest word; CSS Text 3 §5.5) use it.
    css += "th, td { padding: 0.3em 0.5em; text-align: left; text-align: start; vertical-align: top; border-bottom: 1px solid " + rule +
           "; word-wrap: break-word; overflow-wrap: anywhere; }\n";
    css += "thead th { font-weight: bold; border-top: 1.5px solid " + rule + "; border-bottom: 1.5px solid " + rule + "; }\n";
    css += "table.dense { font-size: 0.75em; }\n";
    css += "table.dense th, table.dense td { padding: 0.2em 0.25em; }\n";
    css += "tbody tr:last-child td { border-bottom: 1.5px solid " + rule + "; }\n";
    css += "th.align-left, td.align-left { text-align: left; }\n";
    css += "th.align-center, td.align-center { text-align: center; }\n";
    css += "th.align-right, td.align-right { text-align: right; }\n";
    css += "figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }\n";
    css += "figure img { max-width: 100%; max-height: 90vh; height: auto; }\n";
    css += "figcaption { font-size: 0.9em; margin-top: 0.4em; }\n";
    css += "img.inline { height: 1.1em; width: auto; vertical-align: text-bottom; }\n";
    css += "li.task { list-style-type: none; }\n";
    css += "li.task > input { margin: 0 0.4em 0 -1.2em; }\n";
    return css;
}

std::string color_rules(const Style& s, Diagnostics& diagnostics) {
    const Color mark_bg = s.marking.background;
    const Color mark_fg = marking_text(s, diagnostics);
    std::string css;
    css += ".marking { font-family: " + font_stack(s.fonts.heading, s.fonts.fallbacks, generic_for(s.fonts.heading)) + "; font-size: " +
           size_em(s.marking.size, s) + "; font-weight: bold; letter-spacing: 0.08em; text-align: center; text-indent: 0; margin: 0 0 1em; padding: 0.25em 0.5em; color: " +
           css_color(mark_fg) + "; background-color: " + css_color(mark_bg) + "; }\n";
    // Media Queries 5 §12.5: reading systems that report a light background get the style's
    // colours; the others (night modes among them) keep their own text and background.
    const char* muted = ".byline, .subtitle, .issuer, .date, .coverage";
    css += "@media (prefers-color-scheme: light) {\n";
    css += "  body { color: " + css_color(on_light(s.colors.text, "text", s, diagnostics)) + "; }\n";
    css += "  h1, h2, h3, h4, h5, h6 { color: " + css_color(on_light(s.colors.heading, "heading", s, diagnostics)) + "; }\n";
    css += "  a { color: " + css_color(on_light(s.colors.link, "link", s, diagnostics)) + "; }\n";
    css += std::string("  ") + muted + " { color: " + css_color(on_light(s.colors.muted, "muted", s, diagnostics)) + "; }\n";
    css += "}\n";
    css += "@media (prefers-color-scheme: dark) {\n";
    css += "  h1, h2, h3, h4, h5, h6 { color: " + css_color(with_contrast(s.colors.heading, black, 7, white)) + "; }\n";
    css += "  a { color: " + css_color(with_contrast(s.colors.link, black, 7, white)) + "; }\n";
    css += std::string("  ") + muted + " { color: " + css_color(with_contrast(s.colors.muted, black, 4.5, white)) + "; }\n";
    css += "}\n";
    return css;
}

} // namespace

double contrast_ratio(Color a, Color b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color with_contrast(Color color, Color background, double ratio, Color toward) {
    for (int step = 0; step <= 64; ++step) {
        const Color c = mix(color, toward, step / 64.0);
        if (contrast_ratio(c, background) >= ratio) return c;
    }
    return toward;
}

std::string make_stylesheet(const Style& s, Diagnostics& diagnostics) {
    std::string name = clean_text(s.name);
    name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return c == '*' || c == '/' || c == '\n'; }), name.end());
    std::string css = "/* brief: generated from the style \"" + name + "\"; sizes are em of the reader's text size. */\n";
    css += layout_rules(s);
    css += table_figure_rules(s);
    css += color_rules(s, diagnostics);
    if (!s.extra_css.empty()) css += "/* extra_css of the style */\n" + clean_text(s.extra_css) + (s.extra_css.back() == '\n' ? "" : "\n");
    return css;
}

} // namespace brief::epub
