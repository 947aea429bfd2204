// decode_page: unpack, sniff, find the charset, convert with iconv, repair and clean.
#include "import/decode.hpp"

#include "core/deflate.hpp"
#include "core/error.hpp"
#include "core/iconv.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

namespace {

bool named_html(std::string name) {
    name = ascii_lower(name);
    if (name.ends_with(".gz")) name.resize(name.size() - 3);
    return name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml");
}

bool sniff_html(std::string_view text) {
    const std::string head = ascii_lower(text.substr(0, 1024));
    const std::size_t start = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (start == std::string::npos || head[start] != '<') return false;
    for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body"})
        if (head.find(tag) != std::string::npos) return true;
    return false;
}

/// NUL bytes in the first 8 KiB (and no UTF-16 or UTF-32 mark): an image, an archive, a program.
bool looks_binary(std::string_view raw) {
    if (raw.starts_with("\xff\xfe") || raw.starts_with("\xfe\xff")) return false;
    return raw.substr(0, 8192).find('\0') != std::string_view::npos;
}


std::optional<std::string> to_utf8(std::string_view raw, const std::string& charset, const std::string& file,
                                   Diagnostics& d) {
    int replaced = 0;
    auto text = convert_to_utf8(raw, charset, replaced);
    if (!text) {
        d.error({file, 0, 0}, "the page declares the charset '" + charset + "', which iconv does not know",
                "convert it first: iconv -f CHARSET -t UTF-8 " + file + " > page.html");
        return std::nullopt;
    }
    if (replaced > 0)
        d.warn({file, 0, 0}, std::to_string(replaced) + " byte(s) not valid in " + charset + " replaced with U+FFFD");
    return text;
}

} // namespace

std::string clean_page(std::string text) {
    return first_unclean(text) == std::string::npos ? text : clean_text(text);
}

void clean_prepared(PreparedHtml& page) {
    page.html = clean_page(std::move(page.html));
    for (auto& [name, value] : page.values) value = clean_page(std::move(value));
    for (std::string& text : page.texts) text = clean_page(std::move(text));
}

std::string declared_charset(std::string_view head) {
    const std::string h = ascii_lower(head);
    for (std::size_t at = h.find("charset"); at != std::string::npos; at = h.find("charset", at + 7)) {
        const std::size_t meta = h.rfind("<meta", at);
        if (meta == std::string::npos || h.find('>', meta) < at) continue;
        std::size_t i = at + 7;
        while (i < h.size() && (h[i] == ' ' || h[i] == '=' || h[i] == '"' || h[i] == '\'')) ++i;
        std::size_t j = i;
        while (j < h.size() && (std::isalnum(static_cast<unsigned char>(h[j])) || h[j] == '-' || h[j] == '_' || h[j] == ':' || h[j] == '.')) ++j;
        if (j > i) return h.substr(i, j - i);
    }
    return {};
}

namespace {

/// The text of a UTF-8 page: malformed bytes are an error when nothing declared UTF-8 (the
/// encoding cannot be known), else repaired with a warning.
bool check_utf8(std::string_view utf8, bool declared, const std::string& name, Diagnostics& d) {
    const std::size_t bad = find_invalid_utf8(utf8);
    if (bad == std::string_view::npos) return true;
    if (!declared) {
        d.error(locate(utf8, bad, name), "the page's encoding cannot be known: it declares no charset and is not UTF-8",
                "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 " + name + " > page.txt");
        return false;
    }
    d.warn(locate(utf8, bad, name), "the page says UTF-8 but is not valid UTF-8; malformed bytes replaced with U+FFFD");
    return true;
}

/// Inflates `packed` into `inflated` when it is gzip and points `raw` at the bytes to decode;
/// false (with an error) when the gzip data cannot be inflated. Plain bytes are not copied.
bool unpack(std::string_view packed, const std::string& name, std::size_t max_bytes, std::string& inflated,
            std::string_view& raw, Diagnostics& d) {
    raw = packed;
    if (!is_gzip(packed)) return true;
    try {
        inflated = gunzip(packed, max_bytes);
    } catch (const Error& e) {
        d.error({name, 0, 0}, e.what());
        return false;
    }
    raw = inflated;
    return true;
}

} // namespace

std::optional<PageText> decode_page(std::string_view packed, const std::string& name, std::size_t max_bytes,
                                    Diagnostics& d) {
    std::string inflated;
    std::string_view raw;
    if (!unpack(packed, name, max_bytes, inflated, raw, d)) return std::nullopt;
    if (looks_binary(raw)) {
        d.error({name, 0, 0}, "this is a binary file, not a web page or text", "import saved pages (.html, .htm, .gz) or plain text");
        return std::nullopt;
    }
    PageText page;
    page.html = named_html(name) || sniff_html(raw);
    const bool utf16 = raw.starts_with("\xff\xfe") || raw.starts_with("\xfe\xff");
    const bool bom = raw.starts_with("\xef\xbb\xbf");
    if (utf16) page.charset = raw[0] == '\xff' ? "utf-16le" : "utf-16be";
    else if (!bom && page.html) page.charset = declared_charset(raw.substr(0, 4096));
    const bool declared = bom || !page.charset.empty();
    if (page.charset.empty() || page.charset == "utf8") page.charset = "utf-8";
    if (page.charset == "utf-8") {
        const std::string_view utf8 = bom ? raw.substr(3) : raw;
        if (!check_utf8(utf8, declared, name, d)) return std::nullopt;
        page.text = utf8.size() == inflated.size() && utf8.find('\r') == std::string_view::npos
                        ? std::move(inflated) // the inflated page as it is, not a copy of it
                        : normalise_line_ends(utf8);
        return page;
    }
    const auto text = to_utf8(utf16 ? raw.substr(2) : raw, page.charset, name, d);
    if (!text) return std::nullopt;
    page.text = normalise_line_ends(*text);
    return page;
}

} // namespace brief::importer
