// read_page_meta: one pass over the page's elements, each source offered in order of trust.
#include "import/metadata.hpp"

#include "doc/dates.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace brief::importer {

bool Field::offer(std::string_view v, std::string_view source) {
    if (!value.empty()) return false;
    std::string spaced(v); // no-break spaces (U+00A0) are spaces in a field
    for (std::size_t at = spaced.find("\xC2\xA0"); at != std::string::npos; at = spaced.find("\xC2\xA0", at))
        spaced.replace(at, 2, " ");
    std::string clean = collapse_space(spaced);
    if (clean.empty()) return false;
    value = std::move(clean);
    from = source;
    return true;
}

std::string collapse_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

namespace {

int month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3) return 0;
    const std::string w = ascii_lower(word);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (w.starts_with(names[i])) return static_cast<int>(i) + 1;
    return 0;
}

/// The words of `text`: runs of letters and digits.
/// A month's name in English, whole or cut to three letters ("Nov", "November").
bool is_month_name(const std::string& w) {
    static constexpr std::array<std::string_view, 12> full{"january", "february", "march", "april", "may", "june",
                                                           "july", "august", "september", "october", "november", "december"};
    const std::string l = ascii_lower(w);
    const int m = month_of(w);
    return m != 0 && l != "may" && (l.size() == 3 || l == full[static_cast<std::size_t>(m - 1)]);
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (std::isalnum(static_cast<unsigned char>(c))) w += c;
        else if (!w.empty()) words.push_back(std::move(w)), w.clear();
    }
    return words;
}

bool all_digits(const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

} // namespace

std::optional<std::string> parse_loose_date(std::string_view text) {
    const std::string trimmed = collapse_space(text);
    if (const auto d = parse_iso_date(trimmed)) return format_iso_date(*d);
    int month = 0, day = 0, year = 0;
    for (std::string w : words_of(trimmed)) {
        if (w.size() >= 3 && w.size() <= 4 && std::isdigit(static_cast<unsigned char>(w[0])))
            for (std::string_view ordinal : {"st", "nd", "rd", "th"}) // "18th"
                if (ascii_lower(w).ends_with(ordinal) && all_digits(w.substr(0, w.size() - 2))) w.resize(w.size() - 2);
        if (month == 0 && month_of(w) != 0 && !all_digits(w)) month = month_of(w);
        else if (all_digits(w) && w.size() == 4 && year == 0) year = std::stoi(w);
        else if (all_digits(w) && w.size() <= 2 && day == 0 && year == 0) day = std::stoi(w);
    }
    if (month == 0 || day == 0 || year == 0) return std::nullopt;
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    if (const auto d = parse_iso_date(iso)) return format_iso_date(*d);
    return std::nullopt;
}

namespace {

/// Where a byline's "By" may stand: at the start of the line or after a separator ("Money | By").
std::size_t byline_start(const std::string& text) {
    for (std::size_t i = 0; i + 3 <= text.size() && i <= 40; ++i) {
        const bool word = text.compare(i, 3, "By ") == 0 || text.compare(i, 3, "by ") == 0 || text.compare(i, 3, "BY ") == 0;
        if (!word) continue;
        const std::string before = collapse_space(text.substr(0, i));
        if (before.empty() || before.ends_with('|') || before.ends_with("\xC2\xB7") || before.ends_with("\xE2\x80\x94") ||
            before.ends_with("\xE2\x80\xA2"))
            return i + 3;
    }
    return std::string::npos;
}

/// The name's end: a comma, a bar, a dash, a bullet, a digit, or a word starting in lower case
/// other than a name's particles ("de", "van", "and").
std::size_t name_end(const std::string& name) {
    const auto words = words_of(name);
    std::size_t pos = 0;
    for (const std::string& w : words) {
        const std::size_t at = name.find(w, pos);
        const bool particle = w == "and" || w == "de" || w == "van" || w == "von" || w == "der" || w == "da" || w == "la";
        const bool day = w.size() >= 6 && w.ends_with("day") && std::isupper(static_cast<unsigned char>(w[0])); // Monday
        if (std::isdigit(static_cast<unsigned char>(w[0])) || (std::islower(static_cast<unsigned char>(w[0])) && !particle) ||
            day || is_month_name(w))
            return at;
        pos = at + w.size();
    }
    return name.size();
}

} // namespace

std::string byline_name(std::string_view line) {
    const std::string text = collapse_space(line);
    const std::size_t at = byline_start(text);
    if (at == std::string::npos) return {};
    std::string name = text.substr(at);
    for (std::string_view stop : {",", "|", "(", " - ", " \xE2\x80\x94", " \xE2\x80\x93", " \xE2\x80\xA2", " \xC2\xB7"})
        if (const std::size_t cut = name.find(stop); cut != std::string::npos) name.resize(cut);
    name.resize(name_end(name));
    name = collapse_space(name);
    while (name.ends_with(" and")) name = collapse_space(name.substr(0, name.size() - 4));
    const std::size_t words = words_of(name).size();
    if (words == 0 || words > 6 || !std::isupper(static_cast<unsigned char>(name[0]))) return {};
    return name;
}

namespace {

bool is_language_tag(std::string_view s) {
    if (s.size() < 2 || s.size() > 20) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }) &&
           std::isalpha(static_cast<unsigned char>(s[0]));
}

std::string language_of(std::string_view s) {
    std::string out(collapse_space(s));
    std::replace(out.begin(), out.end(), '_', '-');
    return is_language_tag(out) ? out : std::string();
}

bool is_web_address(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

/// The sources read in the pass, before they are ranked.
struct Seen {
    JsonLdArticle ld;
    std::string og_title, og_site, og_url, og_locale, meta_author, meta_date, time_date, canonical, lang;
    std::string h1, title;
};

/// The slot of Seen a <meta> key fills.
enum class MetaSlot { none, og_title, og_site, og_url, og_locale, author, date };

MetaSlot meta_slot(std::string_view key) {
    if (key == "og:title") return MetaSlot::og_title;
    if (key == "og:site_name") return MetaSlot::og_site;
    if (key == "og:url") return MetaSlot::og_url;
    if (key == "og:locale") return MetaSlot::og_locale;
    if (key == "author" || key == "article:author" || key == "byl" || key == "parsely-author") return MetaSlot::author;
    if (key == "article:published_time" || key == "datepublished" || key == "date" || key == "dc.date" ||
        key == "pubdate" || key == "publishdate" || key == "sailthru.date" || key == "parsely-pub-date")
        return MetaSlot::date;
    return MetaSlot::none;
}

void see_meta(const HtmlNode& n, Seen& s) {
    const std::string key = ascii_lower(!n.attribute("property").empty() ? n.attribute("property")
                                  : !n.attribute("name").empty() ? n.attribute("name") : n.attribute("itemprop"));
    const std::string_view content = n.attribute("content");
    auto keep = [&](std::string& slot) { if (slot.empty()) slot = content; };
    switch (meta_slot(key)) {
    case MetaSlot::og_title: return keep(s.og_title);
    case MetaSlot::og_site: return keep(s.og_site);
    case MetaSlot::og_url: return keep(s.og_url);
    case MetaSlot::og_locale: return keep(s.og_locale);
    case MetaSlot::author: if (!is_web_address(content)) keep(s.meta_author); return;
    case MetaSlot::date: return keep(s.meta_date);
    case MetaSlot::none: return;
    }
}

void see_element(const HtmlDocument& doc, const HtmlNode& n, Seen& s) {
    if (n.tag == "meta") see_meta(n, s);
    else if (n.tag == "link" && ascii_lower(n.attribute("rel")) == "canonical" && s.canonical.empty())
        s.canonical = n.attribute("href");
    else if (n.tag == "html" && s.lang.empty()) s.lang = n.attribute("lang");
    else if (n.tag == "time" && s.time_date.empty()) s.time_date = n.attribute("datetime");
    else if (n.tag == "h1" && s.h1.empty()) s.h1 = collapse_space(text_of(doc, static_cast<int>(&n - doc.nodes.data())));
    else if (n.tag == "title" && s.title.empty()) s.title = collapse_space(text_of(doc, static_cast<int>(&n - doc.nodes.data())));
    else if (n.tag == "script" && ascii_lower(n.attribute("type")) == "application/ld+json")
        read_json_ld(text_of(doc, static_cast<int>(&n - doc.nodes.data())), s.ld);
}

void offer_date(Field& f, std::string_view text, std::string_view from) {
    if (const auto iso = parse_loose_date(text)) f.offer(*iso, from);
}

/// "Story title — The Site" or "Story title | The Site" as a title: the site's name cut off.
void strip_site_name(Field& title, const std::string& site) {
    if (site.empty() || title.value.size() <= site.size() + 3 || !title.value.ends_with(site)) return;
    std::string rest = title.value.substr(0, title.value.size() - site.size());
    for (std::string_view sep : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " | ", " - ", " :: ", " : ", " \xC2\xBB "})
        if (rest.ends_with(sep)) {
            title.value = collapse_space(rest.substr(0, rest.size() - sep.size()));
            return;
        }
}

} // namespace

bool is_read_meta_key(std::string_view key) { return meta_slot(key) != MetaSlot::none; }

PageMeta read_page_meta(const HtmlDocument& doc) {
    Seen s;
    for (const HtmlNode& n : doc.nodes)
        if (!n.is_text) see_element(doc, n, s);
    PageMeta m;
    m.title.offer(s.ld.headline, "JSON-LD headline");
    m.title.offer(s.og_title, "og:title");
    m.title.offer(s.h1, "<h1>");
    m.title.offer(s.title, "<title>");
    if (!is_web_address(s.ld.author)) m.author.offer(s.ld.author, "JSON-LD author");
    m.author.offer(s.meta_author, "meta author");
    offer_date(m.date, s.ld.published, "JSON-LD datePublished");
    offer_date(m.date, s.meta_date, "article:published_time");
    offer_date(m.date, s.time_date, "<time datetime>");
    m.outlet.offer(s.ld.publisher, "JSON-LD publisher");
    m.outlet.offer(s.og_site, "og:site_name");
    strip_site_name(m.title, m.outlet.value);
    for (const auto& [value, from] : {std::pair{s.canonical, "canonical link"}, std::pair{s.og_url, "og:url"},
                                      std::pair{s.ld.url, "JSON-LD url"}})
        if (is_web_address(collapse_space(value))) m.url.offer(value, from);
    m.language.offer(language_of(s.lang), "<html lang>");
    m.language.offer(language_of(s.ld.language), "JSON-LD inLanguage");
    m.language.offer(language_of(s.og_locale), "og:locale");
    m.stated_body = std::move(s.ld.body);
    return m;
}

} // namespace brief::importer
