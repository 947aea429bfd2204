// Golden files: compare a readable view with tests/golden/<path>; UPDATE_GOLDEN=1 accepts it.
#pragma once

#include <string>

namespace brief::test {

/// Compares `actual` with the golden file tests/golden/<relative>. With UPDATE_GOLDEN=1 in the
/// environment it writes `actual` there instead (and the test still passes): review the diff in
/// git, then commit it. On a mismatch the failure shows the first differing line.
void check_golden(const std::string& relative, const std::string& actual);

/// Reads a file under tests/ (e.g. "golden/x/in.md").
std::string read_test_file(const std::string& relative);

} // namespace brief::test
