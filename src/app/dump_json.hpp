// dump_json: the model after the passes as JSON, what `brief dump --json` prints.
#pragma once

#include "doc/model.hpp"

#include <string>

namespace brief {

/// One JSON object: "meta", "credits", "key_points" (each with "text", "articles": the file of
/// each reporting article, "sources", "of", "credit", "notes", "sentences"), "front", "sources",
/// "pictures" (without their bytes) and "articles" (file, source, attribution, blocks as nested
/// nodes with "type"). Keys in a fixed order, so the same model gives the same bytes.
std::string dump_json(const Briefing& briefing);

} // namespace brief
