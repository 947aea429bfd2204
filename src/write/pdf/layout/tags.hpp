// Tagging spans: which structure element each piece of a paragraph's text belongs to.
#pragma once

#include "write/pdf/layout/spans.hpp"
#include "write/pdf/layout/structure.hpp"

#include <map>
#include <vector>

namespace brief::pdf {

/// Tags `spans` as the content of element `elem` (SpanStyle::tag): plain text continues `elem`'s
/// text; a link is a Link element (its Alt, what its annotation says, the link text and address);
/// a note mark is a Lbl holding a Link, followed by the note's Note element (with a unique /ID),
/// whose number and element go into `notes` for set_notes; an inline picture is a Figure with its
/// alt text. Every slot is new or continues `elem`'s last, so the tree reads in the spans' order.
void tag_spans(std::vector<Span>& spans, int elem, Structure& tree, std::map<int, int>& notes);

} // namespace brief::pdf
