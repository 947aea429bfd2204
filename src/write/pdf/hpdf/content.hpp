// ContentStream: a page's drawing operators written as bytes, without libharu's per-operator calls.
#pragma once

#include "style/style.hpp"
#include "write/pdf/hpdf/hpdf.hpp"

#include <string>
#include <string_view>

namespace brief::pdf {

/// The operators of one page's content stream (ISO 32000-1 8.2 and 9.4) in the order they are
/// drawn. Text goes in one text object: `text` writes the colour and font only when they change
/// and positions each run with a `Td` from the last one, computed from what was written, so
/// rounding never adds up. Numbers have at most three decimals (1/1000 pt). Text is UTF-8 and
/// is written as 2-byte codes equal to each BMP character's value, as libharu's UTF-8 Type0
/// fonts expect (Identity-H; characters beyond U+FFFF are never passed: layout boxes them), in
/// literal strings of raw bytes: half the size of hex strings, so half the work to compress.
class ContentStream {
  public:
    void fill_rect(const PdfRect& r, const Color& color);
    void stroke_rect(const PdfRect& r, const Color& color, double line_width);

    void begin_text();
    /// `font` is the page's resource name of the font (HaruDocument::font_resource).
    void text(std::string_view font, double size, const Color& color, double x, double y, std::string_view utf8);
    void end_text();

    [[nodiscard]] const std::string& bytes() const { return out_; }
    /// The bytes, leaving the stream empty.
    std::string take();

  private:
    std::string out_;
    std::string font_;
    double size_ = 0;
    Color color_;
    bool color_set_ = false;
    double x_ = 0, y_ = 0; ///< the start of the last run as written (text line matrix)

    void number(double v);
    void string_byte(unsigned char b);
    void color(const Color& c, const char* op);
    void rect(const PdfRect& r);
};

} // namespace brief::pdf
