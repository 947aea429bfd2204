// Diagnostics: positioned warnings and errors about user content, printed like a compiler's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brief {

/// Where in which file a problem is. Lines and columns count from 1; 0 means "not known"
/// (a whole-file problem has line 0 and is printed as `file: error: ...`).
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
};

/// The line and column (from 1, columns in bytes) of byte `offset` of `text`, in `file`.
Location locate(std::string_view text, std::size_t offset, const std::string& file);

enum class Severity { warning, error };

/// One problem in user content, with a hint that says how to fix it (may be empty).
struct Diagnostic {
    Severity severity = Severity::error;
    Location where;
    std::string message;
    std::string hint;
};

/// Collects diagnostics in the order they were found. Nothing here prints; the CLI does.
class Diagnostics {
  public:
    void warn(Location where, std::string message, std::string hint = {});
    void error(Location where, std::string message, std::string hint = {});
    void add(Diagnostic d);
    /// Appends every diagnostic of `other`, in order.
    void merge(const Diagnostics& other);

    [[nodiscard]] bool has_errors() const { return errors_ > 0; }
    [[nodiscard]] int error_count() const { return errors_; }
    [[nodiscard]] int warning_count() const { return warnings_; }
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }

    /// Turns every warning into an error (`--strict`).
    void promote_warnings();

  private:
    std::vector<Diagnostic> items_;
    int errors_ = 0;
    int warnings_ = 0;
};

/// `file:line:col: error: message` and, on the next line, `  hint: ...` when there is a hint.
std::string format_diagnostic(const Diagnostic& d);

} // namespace brief
