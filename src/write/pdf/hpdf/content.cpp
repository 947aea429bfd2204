// ContentStream: rectangles, colours and text runs as PDF content-stream operators.
#include "write/pdf/hpdf/content.hpp"

#include "core/utf8.hpp"

#include <charconv>
#include <cmath>

namespace brief::pdf {

namespace {

/// std::round (halves away from zero, the sign of a zero kept) without a call into libm: the
/// truncation through an integer, then the fraction, which the subtraction gives exactly. Painting
/// rounds two numbers per glyph, and the call was a fifth of the time spent placing them.
inline double round_half_away(double v) {
    if (!(std::abs(v) < 4503599627370496.0)) return v; // 2^52: every double from here on is whole (or NaN)
    const double whole = static_cast<double>(static_cast<long long>(v));
    const double fraction = v - whole;
    if (fraction >= 0.5) return whole + 1;
    if (fraction <= -0.5) return whole - 1;
    return std::copysign(whole, v);
}

double thousandths(double v) { return round_half_away(v * 1000.0) / 1000.0; }

double channel(std::uint8_t c) { return c / 255.0; }

} // namespace

// Real numbers in fixed notation (ISO 32000-1 7.3.3: no exponent) with at most three decimals,
// trailing zeros dropped: printed from the integer number of thousandths (what std::to_chars
// would print for the rounded value, several times faster; this is the hottest call of painting).
void append_number(std::string& out, double v) {
    const double scaled = round_half_away(v * 1000.0);
    if (!(std::abs(scaled) < 1e15)) { // not a page coordinate: nothing sensible to write
        out += '0';
        return;
    }
    auto m = static_cast<long long>(scaled);
    if (m < 0) {
        out += '-';
        m = -m;
    }
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, m / 1000);
    out.append(digits, end);
    if (int frac = static_cast<int>(m % 1000); frac != 0) {
        char tail[4] = {'.', static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                        static_cast<char>('0' + frac % 10)};
        int length = 4;
        while (tail[length - 1] == '0') --length;
        out.append(tail, static_cast<std::size_t>(length));
    }
}

void ContentStream::number(double v) {
    append_number(out_, v);
    out_ += ' ';
}

// One byte of a literal string (ISO 32000-1 7.3.4.2): kept as it is (the stream is binary and
// compressed), except the delimiters and backslash, and the end-of-line bytes a reader would
// normalise, which are escaped.
char* ContentStream::string_byte(char* out, unsigned char b) {
    char escaped = 0;
    switch (b) {
    case '(': escaped = '('; break;
    case ')': escaped = ')'; break;
    case '\\': escaped = '\\'; break;
    case '\r': escaped = 'r'; break;
    case '\n': escaped = 'n'; break;
    default: *out = static_cast<char>(b); return out + 1;
    }
    out[0] = '\\';
    out[1] = escaped;
    return out + 2;
}

void ContentStream::color(const Color& c, const char* op) {
    number(channel(c.r));
    number(channel(c.g));
    number(channel(c.b));
    out_ += op;
    out_ += '\n';
}

void ContentStream::rect(const PdfRect& r) {
    number(r.left);
    number(r.bottom);
    number(r.right - r.left);
    number(r.top - r.bottom);
    out_ += "re\n";
}

void ContentStream::fill_rect(const PdfRect& r, const Color& c) {
    color(c, "rg");
    rect(r);
    out_ += "f\n";
}

void ContentStream::stroke_rect(const PdfRect& r, const Color& c, double line_width) {
    color(c, "RG");
    number(line_width);
    out_ += "w\n";
    rect(r);
    out_ += "S\n";
}

// An image is painted into the unit square of user space (ISO 32000-1 8.9.4), so the
// box is a matrix scaling the square to its size and moving it to its corner: `q w 0 0 h x y cm
// /Name Do Q`, the save and restore keeping the matrix to this image.
void ContentStream::image(std::string_view name, const PdfRect& box) {
    out_ += "q\n";
    number(box.right - box.left);
    out_ += "0 0 ";
    number(box.top - box.bottom);
    number(box.left);
    number(box.bottom);
    out_ += "cm\n/";
    out_ += name;
    out_ += " Do\nQ\n";
}

void ContentStream::begin_text() {
    out_ += "BT\n";
    font_.clear();
    color_set_ = false;
    open_ = false;
    x_ = y_ = pen_ = 0;
    in_string_ = false;
}

void ContentStream::text(std::string_view font, double size, const Color& c, double x, double y,
                         std::span<const ShapedGlyph> glyphs, std::string_view text) {
    const bool same_state = color_set_ && c == color_ && font == font_ && size == size_;
    const double scale = size / 1000.0;
    if (!(open_ && same_state && y == line_y_)) {
        if (open_) close_array();
        open_ = false;
        set_rise(glyphs.empty() ? 0 : glyphs.front().dy * scale); // before the array, not in it
        state(font, size, c);
        // Td moves from the start of the last line (9.4.2); from where that was written, not meant.
        const double dx = thousandths(x - x_), dy = thousandths(y - y_);
        number(dx);
        number(dy);
        out_ += "Td\n[";
        x_ += dx;
        y_ += dy;
        pen_ = x_;
        line_y_ = y;
        open_ = true;
    }
    double origin = x; // where layout puts the next glyph's origin
    // The strings' bytes gather here and join the stream in one append before anything else is
    // written (one append per glyph was a tenth of painting).
    char pending[256];
    std::size_t n = 0;
    auto flush = [&] {
        out_.append(pending, n);
        n = 0;
    };
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const ShapedGlyph& g = glyphs[i];
        const std::string_view cluster = actual_text(g, text);
        const bool actual = !cluster.empty();
        if (actual && (i == 0 || glyphs[i - 1].cluster != g.cluster)) {
            flush();
            begin_actual_text(cluster);
        }
        if (g.dy * scale != rise_) {
            flush();
            set_rise(g.dy * scale);
        }
        // the pen moved to origin + dx (see shift_pen), when a thousandth of an em or more away
        if (const double adjust = round_half_away((pen_ - (origin + g.dx * scale)) * 1000.0 / size); adjust != 0) {
            flush();
            shift_pen(adjust, size);
        }
        if (!in_string_) pending[n++] = '(';
        in_string_ = true;
        char* end = string_byte(pending + n, static_cast<unsigned char>((g.glyph >> 8) & 0xFF));
        end = string_byte(end, static_cast<unsigned char>(g.glyph & 0xFF));
        n = static_cast<std::size_t>(end - pending);
        if (n + 5 > sizeof pending) flush(); // room for the next glyph: '(' and two escaped bytes
        pen_ += g.width * scale; // the viewer moves by the W array's width
        origin += g.advance * scale;
        if (actual && (i + 1 == glyphs.size() || glyphs[i + 1].cluster != g.cluster)) {
            flush();
            end_actual_text();
        }
    }
    flush();
    if (in_string_) out_ += ')';
    in_string_ = false;
}

void ContentStream::close_array() {
    if (in_string_) out_ += ')';
    in_string_ = false;
    if (!out_.empty() && out_.back() == '[') out_.pop_back();
    else out_ += "] TJ\n";
}

void ContentStream::reopen_array() { out_ += '['; }

void ContentStream::begin_actual_text(std::string_view text) {
    close_array();
    out_ += "/Span <</ActualText <FEFF";
    out_ += utf16be_hex(text);
    out_ += ">>> BDC\n";
    reopen_array();
}

void ContentStream::end_actual_text() {
    close_array();
    out_ += "EMC\n";
    reopen_array();
}

// Inside a TJ array a number moves the pen left by number/1000 em (ISO 32000-1 9.4.3); whole
// ones are precise enough, and the next glyph starts from where this one left the pen.
void ContentStream::shift_pen(double adjust, double size) {
    if (in_string_) out_ += ')';
    in_string_ = false;
    whole_number(adjust);
    pen_ -= adjust * size / 1000.0;
}

// What number() writes for a whole number: its digits, without the fraction's work.
void ContentStream::whole_number(double v) {
    if (!(std::abs(v) < 1e12)) {
        number(v);
        return;
    }
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(v));
    *end++ = ' ';
    out_.append(digits, end);
}

// The rise (9.3.7) is a text state operator, not allowed inside an array: the array is closed
// and a new one opened after it, where the pen stands.
void ContentStream::set_rise(double rise) {
    if (rise == rise_) return;
    if (open_) close_array();
    number(rise);
    out_ += "Ts\n";
    if (open_) out_ += '[';
    rise_ = rise;
}

void ContentStream::state(std::string_view font, double size, const Color& c) {
    if (!color_set_ || c != color_) {
        color(c, "rg"); // the fill colour paints glyphs (text rendering mode 0)
        color_ = c;
        color_set_ = true;
    }
    if (font != font_ || size != size_) {
        out_ += '/';
        out_ += font;
        out_ += ' ';
        number(size);
        out_ += "Tf\n";
        font_ = font;
        size_ = size;
    }
}

void ContentStream::end_text() {
    if (open_) close_array();
    open_ = false;
    set_rise(0); // the rise is graphics state: it would outlast the text object
    out_ += "ET\n";
}

void ContentStream::begin_marked(std::string_view type, int mcid) {
    if (open_) close_array();
    open_ = false;
    if (mcid < 0) {
        out_ += "/Artifact BMC\n";
        return;
    }
    out_ += '/';
    out_ += type;
    out_ += " <</MCID ";
    out_ += std::to_string(mcid);
    out_ += ">> BDC\n";
}

void ContentStream::end_marked() {
    if (open_) close_array();
    open_ = false;
    out_ += "EMC\n";
}

std::string ContentStream::take() {
    std::string s;
    s.swap(out_);
    return s;
}

} // namespace brief::pdf
