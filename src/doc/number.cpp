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
    // the cited sources by their first note, each looked up once and moved once (sorting the
    // sources themselves moved each of their ten strings a dozen times, and looked the ids up
    // at every comparison)
    std::vector<std::pair<int, std::size_t>> order; // (first note, index), stable for equal notes
    for (std::size_t i = 0; i < briefing.sources.size(); ++i)
        if (const auto it = first_cited.find(briefing.sources[i].id); it != first_cited.end()) order.emplace_back(it->second, i);
    std::sort(order.begin(), order.end());
    std::vector<Source> sources;
    sources.reserve(order.size());
    for (const auto& [note, i] : order) sources.push_back(std::move(briefing.sources[i]));
    briefing.sources = std::move(sources);
}

} // namespace brief
