// The PDF backend: a typeset briefing (libharu) with notes at the foot of the page.
#pragma once

#include "core/bytes.hpp"
#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/render_options.hpp"

namespace brief {

/// The briefing as a PDF: cover, contents, articles, sources; PDF/A-1b when options.pdfa.
/// Same input, same bytes. Throws brief::Error when fonts cannot be found or libharu fails.
Bytes write_pdf(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics);

/// What write_pdf can do before the articles are read: list the installed fonts (fontconfig) and
/// read the English hyphenation patterns, side by side.
void prepare_pdf();

} // namespace brief
