// Inline nodes flattened into styled spans of text: the input of paragraph setting.
#pragma once

#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/pdf/layout/metrics.hpp"

#include <string>
#include <vector>

namespace brief::pdf {

/// How a span looks and what it does when clicked.
struct SpanStyle {
    FaceKey key;
    double size = 10;
    Color color;
    double rise = 0;      ///< raised above the baseline, points (note marks)
    std::string uri;      ///< a link to an address
    std::string dest;     ///< a link to an anchor in the document
    std::string anchor;   ///< an anchor placed at this span
    bool strike = false;
    bool verbatim = false; ///< code: never hyphenated, spaces kept as written
    bool url = false;      ///< an address shown as text: breaks after / . - ? & without a hyphen
    int note = 0;          ///< the number of the note this span marks (0: not a mark)
    /// An inline picture (index in the briefing's pictures) `picture_width` wide and `size` tall:
    /// the span's one character, U+FFFC, takes that width and is drawn as the picture. -1: text.
    int picture = -1;
    double picture_width = 0;
    std::string alt; ///< an inline picture's alternative text
    int tag = -1;    ///< the content slot of the Structure the span is tagged into (tags.hpp)
};

/// A piece of text in one style. `hard_break` spans carry no text: a forced line end.
struct Span {
    std::string text;
    SpanStyle style;
    bool hard_break = false;
    Pos pos; ///< where the text came from, for warnings
};

/// What flattening needs besides the inlines: the base size and the colours and sizes to use.
struct SpanContext {
    const Style* style = nullptr;
    std::vector<const Note*>* notes = nullptr; ///< receives each note cited, in order (may be null)
    /// The briefing's pictures, for inline images (null: every image shows its alt text).
    const std::vector<Picture>* pictures = nullptr;
};

/// The index of the picture named `id` in `pictures`, or -1.
int picture_index(const std::vector<Picture>* pictures, const std::string& id);

/// Flattens `inlines` set in `base` into spans: emphasis and strong turn italic and bold on, code is
/// monospace, links take the link colour and keep their address, notes become superscript marks
/// that link to the note (and are the anchor the note links back to).
std::vector<Span> flatten(const Inlines& inlines, const SpanStyle& base, const SpanContext& context);

/// A span of plain text in `base` (for titles, bylines and running heads).
std::vector<Span> plain(const std::string& text, const SpanStyle& base);

/// Anchor names shared by layout and painting.
std::string note_anchor(int number); ///< the note's text at the foot of the page
std::string mark_anchor(int number); ///< the note's mark in the text

} // namespace brief::pdf
