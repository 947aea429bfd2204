// Column widths of a Word table from its cells' text: the HTML automatic table layout, in twips.
#pragma once

#include "doc/model.hpp"

#include <vector>

namespace brief::docx {

/// What the table's grid and cells take: one width per column (twips, summing to the width
/// given), the cell text's size in points and the cells' left and right margins in twips.
struct TableLayout {
    std::vector<int> widths;
    double size = 0;
    int margin = 0;
};

/// The automatic layout rule of HTML (CSS 2.1 §17.5.2.2): each column's minimum is its longest
/// word (capped: a longer word, an address, may break anywhere) and its preferred width its
/// longest cell; columns get their preferred widths scaled to fill `width` when those fit, else
/// their minimums plus the room left shared in proportion to what each still wants; when even
/// the minimums do not fit, the cells' margins halve, then the text gets smaller (down to 7 pt)
/// and columns take their minimums' share. Text is measured as 0.55 em a character (bold header
/// text a fifth wider), twice that for wide (CJK) ones. `margin` is a cell's left (and right)
/// margin, twips.
TableLayout layout_table(const Table& table, int width, double size, int margin);

} // namespace brief::docx
