// number_notes: one numbering of every note, in reading order, and the sources in citation order.
#include "doc/passes.hpp"

#include "doc/text.hpp"

#include <algorithm>
#include <map>

namespace brief {

void number_notes(Briefing& briefing) {
    int next = 1;
    std::map<std::string, int> first_cited;
    // The key points come first in every format, after the contents and before the articles.
    for (auto& point : briefing.key_points)
        for (auto& n : point.notes) {
            n.number = next++;
            if (!n.source_id.empty()) first_cited.try_emplace(n.source_id, n.number);
        }
    for (auto& article : briefing.articles) {
        visit_notes(article, [&](Note& n) {
            n.number = next++;
            if (!n.source_id.empty()) first_cited.try_emplace(n.source_id, n.number);
        });
    }
    auto& sources = briefing.sources;
    std::erase_if(sources, [&](const Source& s) { return first_cited.count(s.id) == 0; });
    std::stable_sort(sources.begin(), sources.end(), [&](const Source& a, const Source& b) {
        return first_cited.at(a.id) < first_cited.at(b.id);
    });
}

} // namespace brief
