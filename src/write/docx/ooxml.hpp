// WordprocessingML building blocks: namespaces, units, paragraph and run properties in schema order, relationships.
#pragma once

#include "core/fingerprint.hpp"

#include <pugixml.hpp>

#include <cstdint>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief::docx {

/// Namespace URIs of ISO/IEC 29500 (transitional) and of the OPC package (Part 2).
namespace ns {
inline constexpr const char* w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* content_types = "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr const char* core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr const char* app = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr const char* pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
} // namespace ns

/// Relationship types (ISO/IEC 29500-1 §15, Part 2 for core properties).
namespace rel {
inline constexpr const char* office_document = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr const char* core_properties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr const char* extended_properties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr const char* styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr const char* settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr const char* numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr const char* footnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
inline constexpr const char* font_table = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr const char* header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
inline constexpr const char* footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr const char* hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
inline constexpr const char* image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
} // namespace rel

/// Points to twentieths of a point (twips), the unit of page sizes, margins, indents and spacing.
int twips(double points);
/// Points to half-points, the unit of w:sz (§17.3.2.38).
int half_points(double points);
/// Points to eighths of a point, the unit of border widths (§17.3.4 w:sz of a border).
int eighth_points(double points);

/// A tab stop (§17.3.1.37): "left", "right", "center"; leader "none" or "dot".
struct TabStop {
    std::string align = "left";
    int pos = 0; ///< twips from the left margin
    std::string leader;
};

/// Paragraph properties; only what is set is written, always in CT_PPr order (§17.3.1.26).
struct ParaProps {
    std::string style; ///< pStyle: a style id ("BodyText"), empty for none
    bool keep_next = false;
    bool keep_lines = false;
    bool page_break_before = false;
    bool widow_control = false;
    int num_id = 0; ///< numPr/numId; 0 = not numbered
    int ilvl = 0;
    std::string border_bottom; ///< colour of a single bottom rule (pBdr/bottom), empty for none
    std::string shading;       ///< background fill colour, empty for none
    std::vector<TabStop> tabs;
    bool no_hyphenation = false; ///< suppressAutoHyphens
    bool bidi = false;           ///< a right-to-left paragraph (§17.3.1.6): aligned and indented from the right
    std::optional<int> space_before, space_after; ///< twips
    std::optional<int> line;                      ///< twips, exact
    std::optional<int> line_auto;                 ///< 240ths of a line (lineRule auto)
    std::optional<int> indent_left, indent_right, first_line, hanging; ///< twips
    bool contextual_spacing = false;
    std::string jc; ///< "left", "center", "right", "both"
    std::optional<int> outline_level;
};

/// Run properties; only what is set is written, always in CT_RPr order (§17.3.2.28):
/// rStyle, rFonts, b, bCs, i, iCs, caps, smallCaps, strike, ..., color, ..., sz, szCs, ..., u, ...,
/// shd, ..., vertAlign, ..., lang.
struct RunProps {
    std::string style; ///< rStyle: a character style id
    std::string font;  ///< ascii, hAnsi and cs font
    bool bold = false;
    bool italic = false;
    bool caps = false;
    bool strike = false;
    std::string color;
    int size = 0; ///< half-points; 0 = inherit
    bool underline = false;
    std::string shading;
    std::string vert_align; ///< "superscript" or "subscript"
    bool rtl = false;       ///< right-to-left text (§17.3.2.30), set with its complex-script properties
    std::string lang;
    std::string lang_bidi;  ///< lang's w:bidi: the language of its right-to-left text
    [[nodiscard]] bool empty() const;
    bool operator==(const RunProps&) const = default;
};

/// Paragraph properties naming only a style.
ParaProps styled(std::string style);
/// Run properties for a font: family, size in points, colour, bold.
RunProps font_run(const std::string& font, double size, const std::string& color, bool bold = false);

/// Appends <w:pPr> when anything is set.
void add_ppr(pugi::xml_node parent, const ParaProps& props);
/// Appends <w:rPr> when anything is set.
void add_rpr(pugi::xml_node parent, const RunProps& props);

/// Appends `<w:p>` with its properties and returns it.
pugi::xml_node add_paragraph(pugi::xml_node parent, const ParaProps& props);

/// Appends runs for `text`: one <w:r> whose text nodes are split at tabs (<w:tab/>) and line
/// feeds (<w:br/>); xml:space="preserve" on every <w:t> that starts or ends with a space
/// (§17.3.3.31 and XML 1.0 §2.10). Text is cleaned of characters XML forbids.
pugi::xml_node add_run(pugi::xml_node parent, std::string_view text, const RunProps& props = {});

/// Appends a complex field (§17.16.18): begin, instruction, separate, the cached `result`, end.
void add_field(pugi::xml_node parent, std::string_view instruction, std::string_view result, const RunProps& props = {});

/// The relationships of one part (§15.2, OPC Part 2 §9.3): ids rId1, rId2, ... in the order
/// added, so the same document always gets the same ids. Hyperlink targets are shared.
class Relationships {
  public:
    struct Entry {
        std::string id, type, target;
        bool external = false;
    };
    /// Adds a relationship and returns its id.
    std::string add(const std::string& type, const std::string& target, bool external = false);
    /// Adds an entry as it was written before (its id the one add() would give).
    void append(const Entry& entry);
    /// The id of an external hyperlink to `url`, added on first use.
    std::string hyperlink(const std::string& url);
    [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
    [[nodiscard]] bool empty() const { return entries_.empty(); }
    /// A fingerprint of the entries so far: what the ids of the next ones depend on.
    [[nodiscard]] std::uint64_t state() const { return state_.value(); }
    /// The `.rels` part.
    [[nodiscard]] pugi::xml_document to_xml() const;

  private:
    std::vector<Entry> entries_;
    Fingerprint state_;
};

/// A new WordprocessingML part: declaration (standalone) and root `w:<name>` declaring w: and r:.
pugi::xml_document new_wml_part(const char* root_name, pugi::xml_node* root);

} // namespace brief::docx
