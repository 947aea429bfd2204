// The vertical list: set lines, skips and page breaks, with the notes they cite; and pagination.
#pragma once

#include "write/pdf/layout/page.hpp"
#include "write/pdf/layout/paragraph.hpp"

#include <map>
#include <memory>
#include <variant>
#include <vector>

namespace brief::pdf {

/// A line in the flow: it takes `height` of the page; its baseline is `baseline` below its top.
struct VLine {
    SetLine line;
    double x = 0; ///< from the left of the text area
    double height = 14;
    double baseline = 10.5;
    std::string role = "body";
    bool break_before = true; ///< a page may end just above this line
    std::vector<Rect> rects;  ///< drawn with the line; x from the text area, y from the line's top
    std::vector<PlacedImage> images; ///< as the rects: x from the text area, y from the line's top
    /// A table row's line: the table's header lines, set again at the top of a page that starts
    /// here (their note marks and anchors left out: those belong to the first copy).
    std::shared_ptr<const std::vector<VLine>> header;
};

/// Vertical space; discarded at the top of a page.
struct VSkip {
    double height = 0;
    bool break_before = true;
};

/// Starts a new page (an article's first page).
struct VPageBreak {};

using VItem = std::variant<VLine, VSkip, VPageBreak>;

/// What pagination reads: the items, and each note's set lines by number.
struct Flow {
    std::vector<VItem> items;
    std::map<int, std::vector<VLine>> notes;
    Structure structure; ///< the elements the lines' tags name
};

/// The text area of a page and how the notes under it look.
struct Frame {
    double left = 72, top = 72, width = 451, height = 698;
    double note_skip = 14;     ///< from the last text line to the first note line (the rule sits in it)
    double rule_length = 120;
    double rule_width = 0.5;
    Color rule_color;
};

/// Breaks the flow into pages: ragged bottom, notes at the foot of the page that cites them (a
/// note too long for the room left continues on the next page, but starts on its mark's page),
/// lines that forbid a break before them kept with the line above (widows, orphans, headings).
std::vector<Page> paginate(const Flow& flow, const Frame& frame);
/// The same, freeing each page's lines from the flow once placed (a long briefing is not held twice).
std::vector<Page> paginate(Flow&& flow, const Frame& frame);

/// Turns a line placed with its top at `top` into page content (runs, links, anchors, rects).
void place(const VLine& line, double left, double top, Page& page);

} // namespace brief::pdf
