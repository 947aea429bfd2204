// The iconv wrapper: one conversion descriptor per call, closed on every path.
#include "core/iconv.hpp"

#include <iconv.h>

#include <cerrno>

namespace brief {

namespace {

/// Owns an iconv_t from `from` to UTF-8; `ok()` is false when glibc does not know `from`.
class Converter {
  public:
    explicit Converter(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {}
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    ~Converter() {
        if (ok()) iconv_close(cd_);
    }
    [[nodiscard]] bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    [[nodiscard]] iconv_t get() const { return cd_; }

  private:
    iconv_t cd_;
};

} // namespace

bool charset_known(const std::string& charset) { return Converter(charset).ok(); }

std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset, int& replaced) {
    Converter conv(charset);
    if (!conv.ok()) return std::nullopt;
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char buffer[1 << 14];
    while (in_left > 0) {
        char* o = buffer;
        std::size_t o_left = sizeof buffer;
        const std::size_t rc = iconv(conv.get(), &in, &in_left, &o, &o_left);
        out.append(buffer, sizeof buffer - o_left);
        if (rc != static_cast<std::size_t>(-1) || errno == E2BIG) continue;
        // EILSEQ or EINVAL: a byte this charset cannot map, or a sequence cut at the end
        out += "\xEF\xBF\xBD";
        ++replaced;
        ++in;
        --in_left;
    }
    return out;
}

} // namespace brief
