// number_notes: one numbering of every note, in reading order, and the sources in citation order.
#include "doc/passes.hpp"

#include "core/parallel.hpp"
#include "doc/text.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace brief {

void number_notes(Briefing& briefing, int threads) {
    // each article's notes found on the run's threads, then numbered in reading order
    std::vector<std::vector<Note*>> notes(briefing.articles.size());
    parallel_for(briefing.articles.size(), threads,
                 [&](std::size_t a) { visit_notes(briefing.articles[a], [&](Note& n) { notes[a].push_back(&n); }); });
    int next = 1;
    std::map<std::string, int> first_cited;
    const auto number = [&](Note& n) {
        n.number = next++;
        if (!n.source_id.empty()) first_cited.try_emplace(n.source_id, n.number);
    };
    // The key points come first in every format, after the contents and before the articles.
    for (auto& point : briefing.key_points)
        for (auto& n : point.notes) number(n);
    for (const auto& article : notes)
        for (Note* n : article) number(*n);
    auto& sources = briefing.sources;
    std::erase_if(sources, [&](const Source& s) { return first_cited.count(s.id) == 0; });
    std::stable_sort(sources.begin(), sources.end(), [&](const Source& a, const Source& b) {
        return first_cited.at(a.id) < first_cited.at(b.id);
    });
}

} // namespace brief
