// Diagnostics: collecting, promoting and formatting positioned problems.
#include "core/diagnostics.hpp"

#include <utility>

namespace brief {

Location locate(std::string_view text, std::size_t offset, const std::string& file) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n') ++line, line_start = i + 1;
    return {file, line, static_cast<int>(offset - line_start) + 1};
}

void Diagnostics::warn(Location where, std::string message, std::string hint) {
    add({Severity::warning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::error(Location where, std::string message, std::string hint) {
    add({Severity::error, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
    (d.severity == Severity::error ? errors_ : warnings_) += 1;
    items_.push_back(std::move(d));
}

void Diagnostics::merge(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
}

void Diagnostics::promote_warnings() {
    for (auto& d : items_) d.severity = Severity::error;
    errors_ += warnings_;
    warnings_ = 0;
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file.empty() ? std::string("brief") : d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    if (!d.hint.empty()) out += "\n  hint: " + d.hint;
    return out;
}

} // namespace brief
