// ContentStream: a page's drawing operators written as bytes, without libharu's per-operator calls.
#pragma once

#include "style/style.hpp"
#include "write/pdf/hpdf/hpdf.hpp"
#include "write/pdf/layout/metrics.hpp"

#include <span>

#include <string>
#include <string_view>

namespace brief::pdf {

/// Appends `v` as a PDF real number (ISO 32000-1 7.3.3): fixed notation, at most three decimals,
/// trailing zeros dropped ("0" for what is no page coordinate: infinite, NaN, past 10^12).
void append_number(std::string& out, double v);

/// The operators of one page's content stream (ISO 32000-1 8.2 and 9.4) in the order they are
/// drawn. Text goes in one text object. Runs on one baseline in one font, size and colour share a
/// TJ array, the space between them written as a number from where the viewer's pen stands after
/// the run before (its width in the font's own advance widths, as the W array gives them); each
/// other run starts with a `Td` from the last one. Positions are taken from what was written, so
/// rounding never adds up; numbers have at most three decimals, and the spaces inside an array are
/// whole thousandths of an em (a run lands within half of one, 0.005 pt at 10 pt, of where layout
/// put it: a tenth less to write and compress than with decimals). Text is shaped glyphs, written
/// as 2-byte glyph ids (brief's CID fonts use Identity-H with CIDs equal to glyph ids, cid_font.hpp)
/// in literal strings of raw bytes, half the size of hex strings and so half the work to
/// compress. Where a glyph's shaped position (kerning, mark offsets) differs from where its W
/// width leaves the pen, a number in the array moves it; a vertical offset is a text rise (Ts).
class ContentStream {
  public:
    void fill_rect(const PdfRect& r, const Color& color);
    void stroke_rect(const PdfRect& r, const Color& color, double line_width);
    /// Paints the image XObject the page's resources name `name` (X1, X2..., as OwnPages writes
    /// them) into `box`, outside any text object.
    void image(std::string_view name, const PdfRect& box);

    void begin_text();
    /// `font` is the page's resource name of the font (F1, F2..., as OwnPages writes them);
    /// `glyphs` are the shaped glyphs of `text`, drawn from `x` on. A cluster whose glyphs have
    /// an actual_length is drawn inside `/Span <</ActualText ...>> BDC ... EMC` with its text.
    void text(std::string_view font, double size, const Color& color, double x, double y,
              std::span<const ShapedGlyph> glyphs, std::string_view text = {});
    void end_text();

    /// Begins a marked-content sequence (ISO 32000-1 14.6): `/type <</MCID mcid>> BDC`, or
    /// `/Artifact BMC` when `mcid` is negative; ends one (EMC). Inside a text object they close
    /// the open TJ array first, and must begin and end in the same text object.
    void begin_marked(std::string_view type, int mcid);
    void end_marked();

    [[nodiscard]] const std::string& bytes() const { return out_; }
    /// The bytes, leaving the stream empty.
    std::string take();

  private:
    std::string out_;
    std::string font_;
    double size_ = 0;
    Color color_;
    bool color_set_ = false;
    double x_ = 0, y_ = 0; ///< the start of the last line as written (text line matrix)
    bool open_ = false;    ///< a TJ array is open
    double line_y_ = 0;    ///< the baseline the open array's runs were asked for
    double pen_ = 0;       ///< where the viewer's pen stands in the open array
    bool in_string_ = false; ///< a string of the open array is open
    double rise_ = 0;      ///< the text rise (Ts) last written, in points

    void number(double v);
    /// number() for a whole `v`, faster.
    void whole_number(double v);
    /// Writes `b` at `out` as a literal string holds it; returns the end of what was written.
    static char* string_byte(char* out, unsigned char b);
    /// Moves the viewer's pen left by `adjust` thousandths of an em (a whole number, not 0) with
    /// a number in the open array: text() calls it where a glyph's place is a thousandth of an
    /// em or more from where the pen stands.
    void shift_pen(double adjust, double size);
    void set_rise(double rise);
    /// Ends the open TJ array (`] TJ`, or nothing when it is still empty) to write operators
    /// between arrays; reopen_array opens the next.
    void close_array();
    void reopen_array();
    /// An ActualText span (ISO 32000-1 14.9.4) with `text` as a UTF-16BE hex string.
    void begin_actual_text(std::string_view text);
    void end_actual_text();
    void state(std::string_view font, double size, const Color& c);
    void color(const Color& c, const char* op);
    void rect(const PdfRect& r);
};

} // namespace brief::pdf
