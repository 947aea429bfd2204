// Helpers on the parsed page: its attributes and the text under a node.
#include "import/html.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

std::string_view HtmlNode::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name) return value;
    return {};
}

bool HtmlNode::has_attribute(std::string_view name) const {
    return std::any_of(attributes.begin(), attributes.end(), [&](const auto& a) { return a.first == name; });
}

std::string text_of(const HtmlDocument& doc, int node) {
    std::string out;
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const HtmlNode& n = doc.nodes[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        if (n.is_text) out += n.text;
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

} // namespace brief::importer
