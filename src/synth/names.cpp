// place_of and same_entity: a table of countries with their demonyms and short forms, written
// here for English, and the name matching the key points' grouping uses.
#include "synth/names.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace brief::synth {

namespace {

/// Words naming a country (lower case), its demonym and short forms mapped to one key. Only
/// whole words; "US" is checked for its capitals before it gets here.
constexpr std::pair<std::string_view, std::string_view> countries[] = {
    {"u.s", "united-states"}, {"us", "united-states"}, {"usa", "united-states"}, {"america", "united-states"},
    {"american", "united-states"}, {"americans", "united-states"},
    {"china", "china"}, {"chinese", "china"}, {"prc", "china"},
    {"germany", "germany"}, {"german", "germany"}, {"germans", "germany"},
    {"italy", "italy"}, {"italian", "italy"}, {"italians", "italy"},
    {"japan", "japan"}, {"japanese", "japan"},
    {"canada", "canada"}, {"canadian", "canada"}, {"canadians", "canada"},
    {"australia", "australia"}, {"australian", "australia"}, {"australians", "australia"},
    {"britain", "united-kingdom"}, {"british", "united-kingdom"}, {"uk", "united-kingdom"}, {"u.k", "united-kingdom"},
    {"england", "united-kingdom"},
    {"france", "france"}, {"french", "france"}, {"spain", "spain"}, {"spanish", "spain"},
    {"russia", "russia"}, {"russian", "russia"}, {"russians", "russia"},
    {"india", "india"}, {"indian", "india"}, {"iran", "iran"}, {"iranian", "iran"},
    {"israel", "israel"}, {"israeli", "israel"}, {"taiwan", "taiwan"}, {"taiwanese", "taiwan"},
    {"ukraine", "ukraine"}, {"ukrainian", "ukraine"}, {"mexico", "mexico"}, {"mexican", "mexico"},
    {"brazil", "brazil"}, {"brazilian", "brazil"}, {"netherlands", "netherlands"}, {"dutch", "netherlands"},
    {"poland", "poland"}, {"polish", "poland"}, {"sweden", "sweden"}, {"swedish", "sweden"},
    {"norway", "norway"}, {"norwegian", "norway"}, {"finland", "finland"}, {"finnish", "finland"},
    {"denmark", "denmark"}, {"danish", "denmark"}, {"belgium", "belgium"}, {"belgian", "belgium"},
    {"switzerland", "switzerland"}, {"swiss", "switzerland"}, {"austria", "austria"}, {"austrian", "austria"},
    {"turkey", "turkey"}, {"turkish", "turkey"}, {"egypt", "egypt"}, {"egyptian", "egypt"},
    {"vietnam", "vietnam"}, {"vietnamese", "vietnam"}, {"indonesia", "indonesia"}, {"indonesian", "indonesia"},
    {"pakistan", "pakistan"}, {"pakistani", "pakistan"}, {"ireland", "ireland"}, {"irish", "ireland"},
    {"portugal", "portugal"}, {"portuguese", "portugal"}, {"greece", "greece"}, {"greek", "greece"},
    {"nigeria", "nigeria"}, {"nigerian", "nigeria"}, {"singapore", "singapore"}, {"singaporean", "singapore"},
    {"malaysia", "malaysia"}, {"malaysian", "malaysia"}, {"philippines", "philippines"}, {"filipino", "philippines"},
    {"thailand", "thailand"}, {"thai", "thailand"}, {"argentina", "argentina"}, {"argentine", "argentina"},
    {"chile", "chile"}, {"chilean", "chile"}, {"colombia", "colombia"}, {"colombian", "colombia"},
    {"venezuela", "venezuela"}, {"venezuelan", "venezuela"}, {"cuba", "cuba"}, {"cuban", "cuba"},
    {"iraq", "iraq"}, {"iraqi", "iraq"}, {"syria", "syria"}, {"syrian", "syria"},
    {"afghanistan", "afghanistan"}, {"afghan", "afghanistan"}, {"hungary", "hungary"}, {"hungarian", "hungary"},
    {"czechia", "czechia"}, {"czech", "czechia"}, {"romania", "romania"}, {"romanian", "romania"}};

/// Countries of two words, "first second" in lower case.
constexpr std::pair<std::string_view, std::string_view> two_word_countries[] = {
    {"united states", "united-states"}, {"united kingdom", "united-kingdom"}, {"south korea", "south-korea"},
    {"south korean", "south-korea"}, {"north korea", "north-korea"}, {"north korean", "north-korea"},
    {"new zealand", "new-zealand"}, {"saudi arabia", "saudi-arabia"}, {"south africa", "south-africa"},
    {"south african", "south-africa"}, {"hong kong", "hong-kong"}};

std::vector<std::string_view> words(std::string_view name) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at <= name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        if (space > at) out.push_back(name.substr(at, space - at));
        at = space + 1;
    }
    return out;
}

bool initials_of(std::string_view acronym, const std::vector<std::string_view>& expansion) {
    if (expansion.size() < 2 || acronym.size() != expansion.size()) return false;
    for (std::size_t i = 0; i < acronym.size(); ++i)
        if (expansion[i].front() != acronym[i]) return false;
    return true;
}

/// Every word of `few` among `many`'s.
bool words_among(const std::vector<std::string_view>& few, const std::vector<std::string_view>& many) {
    return std::all_of(few.begin(), few.end(), [&](std::string_view w) { return std::find(many.begin(), many.end(), w) != many.end(); });
}

} // namespace

std::string_view place_of(std::string_view word) {
    static const std::unordered_map<std::string_view, std::string_view> table(std::begin(countries), std::end(countries));
    if (word.empty() || word.front() < 'A' || word.front() > 'Z') return {};
    const std::string lower = ascii_lower(word);
    if (lower == "us" && word != "US") return {}; // "Us" opening a sentence is the pronoun
    const auto it = table.find(lower);
    return it == table.end() ? std::string_view{} : it->second;
}

std::string_view place_of(std::string_view first, std::string_view second) {
    static const std::unordered_map<std::string_view, std::string_view> table(std::begin(two_word_countries), std::end(two_word_countries));
    if (first.empty() || second.empty() || first.front() < 'A' || first.front() > 'Z' || second.front() < 'A' || second.front() > 'Z')
        return {};
    const auto it = table.find(ascii_lower(first) + ' ' + ascii_lower(second));
    return it == table.end() ? std::string_view{} : it->second;
}

bool same_entity(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const auto wa = words(a), wb = words(b);
    if (wa.size() == 1 && wb.size() == 1) return false;
    const auto& few = wa.size() <= wb.size() ? wa : wb;
    const auto& many = wa.size() <= wb.size() ? wb : wa;
    return words_among(few, many) || (few.size() == 1 && initials_of(few.front(), many));
}

bool names_beyond(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& n) {
        return std::none_of(b.begin(), b.end(), [&](const std::string& m) { return same_entity(n, m); });
    });
}

} // namespace brief::synth
