// The typed style: one struct that gives every backend its page, fonts, sizes and colours.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace brief {

/// An sRGB colour.
struct Color {
    std::uint8_t r = 0, g = 0, b = 0;
    /// "1F3A5F": the form CSS (with '#') and WordprocessingML (without) want.
    [[nodiscard]] std::string hex() const;
    friend bool operator==(const Color&, const Color&) = default;
};

/// Lengths are in PostScript points (1/72 inch) everywhere in Style; the file may use mm, cm, in.
struct PageStyle {
    std::string size = "A4"; ///< name shown in messages; width and height are what count
    double width = 595.276;
    double height = 841.890;
    double margin_top = 72;
    double margin_bottom = 72;
    double margin_inner = 72; ///< left on every page (the briefing is printed one-sided)
    double margin_outer = 72;
};

struct FontStyle {
    std::string body = "Noto Serif";
    std::string heading = "Noto Sans";
    std::string mono = "DejaVu Sans Mono";
    /// Families tried, in order, for characters the main fonts lack (Greek, Cyrillic, CJK...).
    std::vector<std::string> fallbacks;
};

struct SizeStyle {
    double body = 10.5;
    double leading = 14; ///< baseline to baseline of body text
    double title = 24;   ///< the briefing's title on the cover
    double heading1 = 17; ///< article titles
    double heading2 = 13;
    double heading3 = 11;
    double footnote = 8;
    double footnote_leading = 10;
    double running = 8; ///< running head and foot
    double code = 8.5;
    double paragraph_indent = 12; ///< first-line indent of paragraphs after the first
    double paragraph_space = 0;   ///< extra space between paragraphs
};

struct ColorStyle {
    Color text{0x1A, 0x1A, 0x1A};
    Color heading{0x1F, 0x3A, 0x5F};
    Color link{0x1F, 0x4E, 0x8C};
    Color rule{0x8A, 0x8A, 0x8A};
    Color muted{0x55, 0x55, 0x55};
};

/// How the classification marking looks; its text comes from briefing.yaml.
struct MarkingStyle {
    Color color{0xFF, 0xFF, 0xFF};
    Color background{0x2E, 0x5E, 0x3E};
    double size = 8;
};

/// Running head and foot. Placeholders: {title}, {subtitle}, {date}, {issuer}, {marking},
/// {page}, {pages}. Every page but the cover has them.
struct RunningStyle {
    std::string head_left = "{title}";
    std::string head_right = "{marking}";
    std::string foot_left = "{date}";
    std::string foot_right = "Page {page} of {pages}";
};

struct Style {
    std::string name = "default";
    std::string file; ///< the file it was read from, for messages
    PageStyle page;
    FontStyle fonts;
    SizeStyle sizes;
    ColorStyle colors;
    MarkingStyle marking;
    RunningStyle running;
    /// Extra CSS appended to the generated EPUB stylesheet (the file's contents, not its name).
    std::string extra_css;
};

} // namespace brief
