// The EPUB 3 backend: a reflowable e-book with pop-up footnotes, valid under EPUBCheck and Ace.
#pragma once

#include "core/bytes.hpp"
#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/render_options.hpp"

namespace brief {

/// Renders the briefing as an EPUB 3.3 container: a title page, one XHTML chapter per article
/// with its notes as footnote asides, a Sources chapter, a nav document and an NCX, and a
/// stylesheet generated from the style. Deterministic: the identifier is derived from the content
/// and every date comes from `options.timestamp`. Warns (never fails) about style colours it had
/// to change for contrast.
Bytes write_epub(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics);

} // namespace brief
