// libharu 2.3.0 output fixes: PDF text strings and dates in Info, a content-derived /ID.
#include "write/pdf/hpdf/fixes.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>

#include <array>
#include <charconv>
#include <string>

namespace brief::pdf {

// ---- text strings and dates --------------------------------------------------------------------

// A PDF text string: a literal one for printable ASCII (libharu escapes it), else UTF-16BE hex.
void* text_string(HPDF_MMgr mmgr, std::string_view utf8) {
    const std::string text = clean_text(utf8);
    bool ascii = true;
    for (unsigned char c : text) ascii = ascii && c >= 0x20 && c < 0x7F;
    if (ascii) return HPDF_String_New(mmgr, text.c_str(), nullptr);
    std::string utf16 = "\xFE\xFF" + utf16be(text);
    auto* bytes = reinterpret_cast<HPDF_BYTE*>(utf16.data());
    return HPDF_Binary_New(mmgr, bytes, static_cast<HPDF_UINT>(utf16.size()));
}

namespace {

// One ISO 8601 date or date-time: "2018-11-25", "2018-11-25T10:00", "2018-11-25T10:00:00Z",
// "2018-11-25T10:00:00+01:00". Fields are kept as digits, the zone as 'Z', '+', '-' or none.
struct IsoInstant {
    std::string year, month, day, hour, minute, second;
    char zone = 0;
    std::string zone_hour, zone_minute;
};

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return false;
    for (std::size_t i = pos; i < pos + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool in_range(const std::string& two, int low, int high) {
    int v = 0;
    std::from_chars(two.data(), two.data() + two.size(), v);
    return v >= low && v <= high;
}

IsoInstant parse_iso(std::string_view s) {
    const auto bad = [&s] { return Error("not an ISO 8601 date-time: \"" + std::string(s) + "\""); };
    IsoInstant t;
    if (!digits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' || !digits(s, 8, 2))
        throw bad();
    t.year = s.substr(0, 4), t.month = s.substr(5, 2), t.day = s.substr(8, 2);
    if (!in_range(t.month, 1, 12) || !in_range(t.day, 1, 31)) throw bad();
    std::size_t pos = 10;
    if (pos == s.size()) return t;
    if (s[pos] != 'T' || !digits(s, pos + 1, 2) || s.size() < pos + 6 || s[pos + 3] != ':' || !digits(s, pos + 4, 2))
        throw bad();
    t.hour = s.substr(pos + 1, 2), t.minute = s.substr(pos + 4, 2), t.second = "00";
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2)) throw bad();
        t.second = s.substr(pos + 1, 2);
        pos += 3;
    }
    if (!in_range(t.hour, 0, 23) || !in_range(t.minute, 0, 59) || !in_range(t.second, 0, 60)) throw bad();
    if (pos == s.size()) return t;
    if (s[pos] == 'Z' && pos + 1 == s.size()) {
        t.zone = 'Z';
        return t;
    }
    if ((s[pos] != '+' && s[pos] != '-') || s.size() != pos + 6 || !digits(s, pos + 1, 2) || s[pos + 3] != ':' ||
        !digits(s, pos + 4, 2))
        throw bad();
    t.zone = s[pos], t.zone_hour = s.substr(pos + 1, 2), t.zone_minute = s.substr(pos + 4, 2);
    return t;
}

} // namespace

// ---- public ------------------------------------------------------------------------------------

void set_info(HPDF_Doc doc, const DocumentInfo& info) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document for the information dictionary");
    if (doc->info == nullptr) // libharu makes the dictionary on its first attribute
        check(doc, HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, "Haru Free PDF Library 2.3.0"), "creating Info");
    const std::pair<const char*, const std::string*> texts[] = {
        {"Title", &info.title},     {"Author", &info.author},   {"Subject", &info.subject},
        {"Keywords", &info.keywords}, {"Creator", &info.creator}, {"Producer", &info.producer}};
    for (const auto& [key, value] : texts)
        if (!value->empty()) check(doc, HPDF_Dict_Add(doc->info, key, text_string(doc->mmgr, *value)), key);
    const std::pair<const char*, const std::string*> dates[] = {{"CreationDate", &info.created},
                                                                {"ModDate", &info.modified}};
    for (const auto& [key, value] : dates)
        if (!value->empty())
            check(doc, HPDF_Dict_Add(doc->info, key, HPDF_String_New(doc->mmgr, pdf_date(*value).c_str(), nullptr)),
                  key);
}

void set_document_id(HPDF_Doc doc, std::string_view seed) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document for an /ID");
    HPDF_MD5_CTX md5;
    std::array<HPDF_BYTE, HPDF_MD5_KEY_LEN> digest{};
    HPDF_MD5Init(&md5);
    HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(seed.data()), static_cast<HPDF_UINT32>(seed.size()));
    HPDF_MD5Final(digest.data(), &md5);
    HPDF_Array id = HPDF_Array_New(doc->mmgr);
    if (id == nullptr) throw haru_error(doc, "creating /ID");
    check(doc, HPDF_Dict_Add(doc->trailer, "ID", id), "adding /ID");
    // The first string identifies the document, the second this version of it (14.4): a file
    // made once has both equal.
    for (int i = 0; i < 2; ++i)
        check(doc, HPDF_Array_Add(id, HPDF_Binary_New(doc->mmgr, digest.data(), HPDF_MD5_KEY_LEN)), "filling /ID");
}

std::string pdf_date(std::string_view iso) {
    const IsoInstant t = parse_iso(iso);
    std::string out = "D:" + t.year + t.month + t.day + t.hour + t.minute + t.second;
    if (t.zone == 'Z') out += 'Z';
    else if (t.zone != 0) out += t.zone + t.zone_hour + "'" + t.zone_minute + "'";
    return out;
}

std::string xmp_date(std::string_view iso) {
    const IsoInstant t = parse_iso(iso);
    std::string out = t.year + "-" + t.month + "-" + t.day;
    if (t.hour.empty()) return out;
    out += "T" + t.hour + ":" + t.minute + ":" + t.second;
    if (t.zone == 'Z') out += 'Z';
    else if (t.zone != 0) out += t.zone + t.zone_hour + ":" + t.zone_minute;
    return out;
}

} // namespace brief::pdf
