// The output formats brief knows: the one place that names every backend.
#pragma once

#include "core/bytes.hpp"
#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/render_options.hpp"

#include <string>
#include <vector>

namespace brief {

using WriteFn = Bytes (*)(const Briefing&, const Style&, const RenderOptions&, Diagnostics&);
using PrepareFn = void (*)();

struct Format {
    std::string name;      ///< what -f takes: "pdf"
    std::string file_name; ///< what it writes in the output folder: "briefing.pdf"
    std::string summary;   ///< one line for --help
    WriteFn write = nullptr;
    PrepareFn prepare = nullptr; ///< work that needs no input, run beside reading it (may be null)
    bool spreads = false;        ///< spreads its own work over every core (the PDF's layout and pages)
};

/// Every built-in format, in the order they are written.
const std::vector<Format>& all_formats();

/// The comma-separated names, for messages: "pdf, epub, docx, xml".
std::string format_names();

} // namespace brief
