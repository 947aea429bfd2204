// Plain text of imported blocks: what --json prints and what the dev pages are scored on.
#include "import/blocks.hpp"

namespace brief::importer {

std::string plain_text(const Block& block) {
    std::string out;
    for (const Span& s : block.spans) out += s.line_break ? std::string("\n") : s.text;
    return out;
}

std::string plain_text(const std::vector<Block>& blocks) {
    std::string out;
    for (const Block& b : blocks) {
        if (!out.empty()) out += "\n\n";
        out += plain_text(b);
    }
    return out;
}

} // namespace brief::importer
