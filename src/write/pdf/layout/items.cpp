// build_items: spans → words → boxes, interword glue and break penalties (hyphens, URLs, CJK).
#include "write/pdf/layout/items.hpp"

#include "core/utf8.hpp"
#include "write/pdf/shape/unicode.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

namespace brief::pdf {

bool is_cjk(char32_t c) {
    if (c < 0x2E80) return false; // most text: one comparison
    return (c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

double text_width(FontMetrics& metrics, FaceId face, double size, std::string_view text) {
    double w = 0;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        w += metrics.advance(face, d.code);
        i += d.length;
    }
    return w * size / 1000.0;
}

FaceId FontMetrics::fallback_for(const FaceKey&, char32_t c) {
    for (int i = 0; i < fallback_count(); ++i)
        if (has_glyph(fallback(i), c)) return fallback(i);
    return -1;
}

void FontMetrics::shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out) {
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decode_utf8(utf8, i);
        ShapedGlyph& g = out.emplace_back();
        g.glyph = static_cast<std::uint32_t>(d.code);
        g.cluster = static_cast<std::uint32_t>(i);
        g.text_at = g.cluster;
        g.text_length = static_cast<std::uint32_t>(d.length);
        g.nominal = true;
        g.advance = advance(face, d.code);
        g.width = static_cast<int>(std::lround(g.advance));
        i += d.length;
    }
}

namespace {

/// One character of a word, with the span it came from and the face that draws it.
struct Glyph {
    char32_t code = 0;
    int span = 0;
    FaceId face = 0;
    bool placeholder = false;
    double width = 0;
    std::uint8_t level = 0; ///< bidi embedding level
};

using GlyphSpan = std::span<const Glyph>;

/// A paragraph's words: all glyphs in one list, each word from its start to the next one's.
struct Words {
    std::vector<Glyph> glyphs;
    std::vector<std::size_t> starts;
    std::vector<int> seps; ///< before each word: 0 none, 1 space, 2 hard break
    std::vector<std::uint8_t> sep_levels; ///< the bidi level of the space before each word
};

/// A place a word may break, before glyph `at`.
struct Opportunity {
    std::size_t at = 0;
    double penalty = 0;
    bool flagged = false;
    bool hyphenation = false;
    bool glue = false; ///< CJK: a little stretchable glue instead of a penalty
    bool emergency = false;
};

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_closing(char32_t c) {
    return c == 0x3001 || c == 0x3002 || c == 0xFF0C || c == 0xFF0E || c == 0x300D || c == 0x300F ||
           c == 0xFF09 || c == 0xFF01 || c == 0xFF1F || c == 0x30FC;
}

/// The state of one build: read-only inputs and the growing item list.
class Builder {
  public:
    Builder(const std::vector<Span>& spans, const ItemOptions& options, FontMetrics& metrics,
            const Hyphenator& hyphenator, const MissingGlyph& missing)
        : spans_(spans), options_(options), metrics_(metrics), hyphenator_(hyphenator), missing_(missing) {}

    ItemList run() {
        if (options_.indent > 0) out_.items.push_back(Item{Item::Type::box, options_.indent});
        // kept between paragraphs: its memory is then warm, and most of a paragraph's time was
        // spent writing glyphs into freshly allocated pages
        thread_local Words words;
        words.glyphs.clear();
        words.starts.clear();
        words.seps.clear();
        words.sep_levels.clear();
        split_words(words);
        find_levels(words);
        const std::size_t count = words.starts.size();
        for (std::size_t w = 0; w < count; ++w) {
            const std::size_t end = w + 1 < count ? words.starts[w + 1] : words.glyphs.size();
            shape_word(std::span<Glyph>(words.glyphs.data() + words.starts[w], end - words.starts[w]));
        }
        out_.items.reserve(out_.items.size() + count * 3); // a box, a glue and a break or two per word
        out_.pieces.reserve(count + count / 4);
        for (std::size_t w = 0; w < count; ++w) {
            if (words.seps[w] == 1 && !out_.items.empty() && out_.items.back().type == Item::Type::box) {
                space();
                if (rtl_) out_.levels.resize(out_.items.size(), words.sep_levels[w]);
            }
            if (words.seps[w] == 2) hard_break();
            const std::size_t end = w + 1 < count ? words.starts[w + 1] : words.glyphs.size();
            word(GlyphSpan(words.glyphs.data() + words.starts[w], end - words.starts[w]), w + 1 == count);
        }
        if (options_.finish) finish();
        if (rtl_) out_.levels.resize(out_.items.size(), out_.paragraph_level);
        return std::move(out_);
    }

  private:
    const std::vector<Span>& spans_;
    const ItemOptions& options_;
    FontMetrics& metrics_;
    const Hyphenator& hyphenator_;
    const MissingGlyph& missing_;
    ItemList out_;
    int last_text_span_ = -1;
    int primary_span_ = -1; ///< the span whose face `primary_` is
    FaceId primary_ = 0;
    mutable std::string letters_; ///< scratch of add_hyphenation
    std::vector<Opportunity> ops_, extra_; ///< scratch of opportunities
    std::string shaped_text_;             ///< scratch of shape_word: a run of the word as UTF-8
    std::vector<std::size_t> offsets_;    ///< scratch of shape_word: each glyph's byte offset in it
    std::vector<ShapedGlyph> shaped_;     ///< scratch of shape_word
    bool rtl_ = false;          ///< the paragraph has right-to-left text: items get levels
    FaceId last_fallback_ = -1; ///< the fallback face of the last character its span's face lacked
    int space_span_ = -1;    ///< the span whose space width `space_width_` is
    double space_width_ = 0;

    /// Fills `g` (in place: a Glyph built aside and copied in stalled the store of most glyphs).
    void resolve(char32_t c, int span, Glyph& g) {
        const Span& s = spans_[static_cast<std::size_t>(span)];
        if (c == 0xA0) c = ' ';
        if (span != primary_span_) { // asked at the span's first glyph, as before
            primary_ = metrics_.face(s.style.key);
            primary_span_ = span;
        }
        const FaceId primary = primary_;
        g.code = c;
        g.span = span;
        g.face = primary;
        g.placeholder = false;
        if (s.style.picture >= 0) { // an inline picture: its box, drawn by painting
            g.width = s.style.picture_width;
            return;
        }
        if (const double a = metrics_.advance_if_drawn(primary, c); a >= 0) {
            g.width = a * s.style.size / 1000.0;
            return;
        }
        // The fallback of the character before when it has this one too (a danda, a digit in
        // Devanagari text): one face for the run, as the fonts' designers meant; unless it draws a
        // character that takes space with none (fallback_for looks for a better one then).
        if (last_fallback_ >= 0 && metrics_.has_glyph(last_fallback_, c) &&
            (metrics_.advance(last_fallback_, c) > 0 || draws_without_advance(c))) {
            g.face = last_fallback_;
        } else if (const FaceId f = metrics_.fallback_for(s.style.key, c); f >= 0) {
            g.face = last_fallback_ = f;
        } else {
            g.placeholder = true;
            if (missing_) missing_(c, s);
            g.width = s.style.size * 0.6;
            return;
        }
        g.width = metrics_.advance(g.face, c) * s.style.size / 1000.0;
    }

    void split_words(Words& words) {
        std::size_t bytes = 0;
        for (const Span& span : spans_) bytes += span.text.size();
        words.glyphs.reserve(bytes);
        int pending = 0;
        std::size_t start = 0; // of the word being read, in words.glyphs
        auto flush = [&] {
            if (words.glyphs.size() == start) return;
            words.starts.push_back(start);
            words.seps.push_back(pending);
            start = words.glyphs.size();
            pending = 0;
        };
        for (std::size_t s = 0; s < spans_.size(); ++s) {
            const Span& span = spans_[s];
            if (span.hard_break) {
                flush();
                pending = 2;
                continue;
            }
            for (std::size_t i = 0; i < span.text.size();) {
                const Decoded d = decode_utf8(span.text, i);
                i += d.length;
                if (is_space(d.code)) {
                    flush();
                    if (pending == 0) pending = 1;
                } else if (is_default_ignorable(d.code)) {
                    // soft hyphen, zero-width space, joiners, bidi controls, variation selectors: invisible
                    // by design, so never drawn (the hyphenator and URL rules cover the break hints)
                } else {
                    resolve(d.code, static_cast<int>(s), words.glyphs.emplace_back());
                }
            }
        }
        flush();
    }

    /// The bidi levels of the paragraph's characters and spaces, when it has right-to-left text.
    void find_levels(Words& words) {
        rtl_ = std::any_of(words.glyphs.begin(), words.glyphs.end(), [](const Glyph& g) { return is_rtl_char(g.code); });
        words.sep_levels.assign(words.starts.size(), 0);
        if (!rtl_) return;
        std::u32string text;
        std::vector<std::size_t> sep_at(words.starts.size(), std::u32string::npos);
        for (std::size_t w = 0; w < words.starts.size(); ++w) {
            if (words.seps[w] != 0 && w > 0) sep_at[w] = text.size(), text += U' ';
            const std::size_t end = w + 1 < words.starts.size() ? words.starts[w + 1] : words.glyphs.size();
            for (std::size_t i = words.starts[w]; i < end; ++i) text += words.glyphs[i].code;
        }
        const std::vector<std::uint8_t> levels = bidi_levels(text, out_.paragraph_level, options_.left_to_right);
        std::size_t at = 0;
        for (std::size_t w = 0; w < words.starts.size(); ++w) {
            if (sep_at[w] != std::u32string::npos) words.sep_levels[w] = levels[at++];
            const std::size_t end = w + 1 < words.starts.size() ? words.starts[w + 1] : words.glyphs.size();
            for (std::size_t i = words.starts[w]; i < end; ++i) {
                Glyph& g = words.glyphs[i];
                g.level = levels[at++];
                // L4: a mirrored character at an odd level is drawn as its mirror (brackets, guillemets)
                if (g.level % 2 == 1 && !g.placeholder) {
                    const char32_t m = bidi_mirror(g.code);
                    if (m != g.code && metrics_.has_glyph(g.face, m)) g.code = m;
                }
            }
        }
    }

    bool shapeable(const Glyph& g) const { return !g.placeholder && style_of(g).picture < 0; }

    /// Sets the widths of a word's characters from the word shaped: each run of characters in one
    /// face and size is shaped whole (kerning, ligatures, contextual forms), and each glyph's
    /// advance counts for the character its cluster starts at (a ligature's on its first letter).
    void shape_word(std::span<Glyph> w) {
        for (std::size_t i = 0; i < w.size();) {
            if (!shapeable(w[i])) {
                ++i;
                continue;
            }
            const double size = style_of(w[i]).size;
            std::size_t j = i + 1;
            while (j < w.size() && shapeable(w[j]) && w[j].face == w[i].face && style_of(w[j]).size == size) ++j;
            shaped_text_.clear();
            offsets_.clear();
            for (std::size_t k = i; k < j; ++k) {
                offsets_.push_back(shaped_text_.size());
                append_utf8(shaped_text_, w[k].code);
                w[k].width = 0;
            }
            shaped_.clear();
            metrics_.shape(w[i].face, shaped_text_, shaped_);
            for (const ShapedGlyph& g : shaped_) {
                const auto at = std::upper_bound(offsets_.begin(), offsets_.end(), std::size_t{g.cluster}) - offsets_.begin();
                w[i + static_cast<std::size_t>(std::max<std::ptrdiff_t>(at - 1, 0))].width += g.advance * size / 1000.0;
            }
            i = j;
        }
    }

    const SpanStyle& style_of(const Glyph& g) const { return spans_[static_cast<std::size_t>(g.span)].style; }

    /// The word's break opportunities, in ops_ (kept between words: one allocation per paragraph).
    const std::vector<Opportunity>& opportunities(GlyphSpan w, bool last) {
        std::vector<Opportunity>& ops = ops_;
        ops.clear();
        const bool url = std::any_of(w.begin(), w.end(), [&](const Glyph& g) { return style_of(g).url; });
        for (std::size_t i = 1; i < w.size(); ++i) {
            const char32_t a = w[i - 1].code, b = w[i].code;
            if ((is_cjk(a) || is_cjk(b)) && !is_closing(b)) ops.push_back({i, 0, false, false, true});
            else if (url && std::u32string_view(U"/.-?&=_#").find(a) != std::u32string_view::npos && i >= 3 &&
                     b != '/' && !(a == '/' && i >= 2 && w[i - 2].code == ':'))
                ops.push_back({i, 50, false, false, false});
            else if (!url && (a == '-' || a == 0x2010) && i >= 2 && i + 2 <= w.size() && is_letter(w[i - 2].code) &&
                     is_letter(b))
                // After a hyphen of the text: only in the last pass, since text extraction (poppler)
                // drops a hyphen that ends a line and would print "Chinabased" for "China-based".
                ops.push_back({i, 50, true, false, false, true});
            else if (!url && (a == 0x2013 || a == 0x2014) && i >= 2 && i + 2 <= w.size())
                ops.push_back({i, 50, false, false, false});
        }
        if (std::any_of(w.begin(), w.end(), [](const Glyph& g) { return needs_dictionary_breaks(g.code); })) {
            std::u32string text;
            for (const Glyph& g : w) text += g.code;
            for (const std::size_t i : line_break_opportunities(text)) ops.push_back({i, 0, false, false, false});
        }
        if (options_.hyphenate && !url && !last) add_hyphenation(w, ops);
        std::sort(ops.begin(), ops.end(), [](const Opportunity& x, const Opportunity& y) { return x.at < y.at; });
        if (options_.line_width > 0) add_emergency(w, ops);
        return ops;
    }

    void add_hyphenation(GlyphSpan w, std::vector<Opportunity>& ops) const {
        std::size_t i = 0;
        while (i < w.size()) {
            if (!hyphen_letter(w[i].code)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            std::string& letters = letters_;
            letters.clear();
            bool ok = true;
            for (; j < w.size() && hyphen_letter(w[j].code); ++j) {
                append_utf8(letters, w[j].code); // the points count characters, as glyphs do
                const SpanStyle& s = style_of(w[j]);
                ok = ok && !s.verbatim && s.note == 0;
            }
            if (ok && (i == 0 || w[i - 1].code != '-'))
                for (std::size_t p : hyphenator_.points(letters)) ops.push_back({i + p, 50, true, true, false});
            i = j;
        }
    }

    /// Anything wider than a line between two break points may also break between any two
    /// characters, in the last pass only, so nothing overflows the margin.
    void add_emergency(GlyphSpan w, std::vector<Opportunity>& ops) {
        double whole = 0;
        for (const Glyph& g : w) whole += g.width;
        if (whole <= options_.line_width) return; // no part of a word is wider than the word
        std::vector<Opportunity>& extra = extra_;
        extra.clear();
        std::size_t from = 0;
        double width = 0;
        std::size_t next = 0;
        for (std::size_t i = 0; i <= w.size(); ++i) {
            const bool edge = i == w.size() || (next < ops.size() && ops[next].at == i);
            if (edge) {
                if (width > options_.line_width)
                    for (std::size_t k = from + 1; k < i; ++k) extra.push_back({k, 500, false, false, false, true});
                from = i;
                width = 0;
                while (next < ops.size() && ops[next].at == i) ++next;
            }
            if (i < w.size()) width += w[i].width;
        }
        ops.insert(ops.end(), extra.begin(), extra.end());
        std::sort(ops.begin(), ops.end(), [](const Opportunity& x, const Opportunity& y) { return x.at < y.at; });
    }

    void word(GlyphSpan w, bool last) {
        const auto& ops = opportunities(w, last);
        std::size_t next_op = 0;
        Piece piece;
        double width = 0;
        std::uint8_t level = 0;
        auto flush = [&] {
            if (piece.text.empty()) return;
            out_.pieces.push_back(std::move(piece));
            Item& box = add(Item::Type::box);
            box.width = width;
            box.piece = static_cast<int>(out_.pieces.size() - 1);
            if (rtl_) out_.levels.resize(out_.items.size(), level);
            piece = Piece{};
            width = 0;
        };
        for (std::size_t i = 0; i < w.size(); ++i) {
            while (next_op < ops.size() && ops[next_op].at == i) {
                flush();
                opportunity(ops[next_op++], w[i - 1]);
            }
            const Glyph& g = w[i];
            const SpanStyle* s = &style_of(g);
            if (!piece.text.empty() && (piece.style != s || piece.face != g.face || g.placeholder || piece.placeholder ||
                                        g.level != level))
                flush();
            level = g.level;
            piece.style = s;
            piece.face = g.face;
            piece.placeholder = g.placeholder;
            // painted as a box; the text only keeps the piece non-empty (assign(1, c), since GCC 12
            // warns falsely on assigning a literal here: its bug 105329)
            if (g.placeholder) piece.text.assign(1, '?');
            else append_utf8(piece.text, g.code);
            width += g.width;
            if (s->note == 0) last_text_span_ = g.span;
        }
        flush();
    }

    /// A new item at the end, filled in place by the caller (an item built aside and copied in
    /// stalled on the copy, as glyphs did).
    Item& add(Item::Type type) {
        Item& it = out_.items.emplace_back();
        it.type = type;
        return it;
    }

    void opportunity(const Opportunity& o, const Glyph& before) {
        if (o.glue) {
            const double em = style_of(before).size;
            add(Item::Type::glue).stretch = options_.justify ? em * 0.08 : 0;
            return;
        }
        Item& p = add(Item::Type::penalty);
        p.penalty = o.penalty;
        p.flagged = o.flagged;
        p.hyphenation = o.hyphenation;
        p.emergency = o.emergency;
        if (o.hyphenation) { // the hyphen drawn at the line end, in the face of the letter before
            const FaceId face = before.placeholder ? metrics_.face(style_of(before).key) : before.face;
            out_.pieces.push_back(Piece{"-", face, &style_of(before), false});
            p.piece = static_cast<int>(out_.pieces.size() - 1);
            p.width = metrics_.advance(face, '-') * style_of(before).size / 1000.0;
        }
    }

    void space() {
        const int owner = last_text_span_ >= 0 ? last_text_span_ : 0;
        if (owner != space_span_) { // most spaces follow a word of the span the last one did
            const SpanStyle& s = spans_[static_cast<std::size_t>(owner)].style;
            space_width_ = metrics_.advance(metrics_.face(s.key), ' ') * s.size / 1000.0;
            space_span_ = owner;
        }
        const double w = space_width_;
        Item& g = add(Item::Type::glue);
        g.width = w;
        g.stretch = options_.justify ? w * 0.5 : 0;
        // half the space, as the stretch: with a third (TeX's proportion of a wider space), long
        // words left a line a choice of a hyphen or gaps past half an em (issue 16)
        g.shrink = options_.justify ? w * 0.5 : 0;
        g.space = true;
    }

    void hard_break() {
        while (!out_.items.empty() && out_.items.back().type == Item::Type::glue) out_.items.pop_back();
        Item keep{Item::Type::penalty};
        keep.penalty = infinite_penalty;
        Item fill{Item::Type::glue};
        fill.fil = true;
        Item force{Item::Type::penalty};
        force.penalty = -infinite_penalty;
        out_.items.insert(out_.items.end(), {keep, fill, force});
    }

    void finish() {
        while (!out_.items.empty() && out_.items.back().type != Item::Type::box) out_.items.pop_back();
        if (out_.items.empty()) return;
        hard_break();
    }
};

} // namespace

ItemList build_items(const std::vector<Span>& spans, const ItemOptions& options, FontMetrics& metrics,
                     const Hyphenator& hyphenator, const MissingGlyph& missing) {
    return Builder(spans, options, metrics, hyphenator, missing).run();
}

} // namespace brief::pdf
