// articles/briefing.yaml: the briefing's own metadata, article order and credited sources.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace brief {

/// What briefing.yaml holds besides the articles themselves.
struct BriefingFile {
    BriefingMeta meta;
    std::vector<Credit> credits;
    std::vector<std::string> order; ///< article file names to put first, in this order
};

/// Reads keys title, subtitle, date, issuer, classification, language, style, order and credits (each
/// a mapping with name, aliases, url). Unknown keys warn; bad values are errors with positions;
/// what is missing keeps the defaults of BriefingMeta.
BriefingFile read_briefing_file(std::string_view text, const std::string& file, Diagnostics& diagnostics);

} // namespace brief
