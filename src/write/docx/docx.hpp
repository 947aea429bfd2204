// The DOCX backend: the briefing as a Word document, zipped (.docx) or as Flat OPC (.xml).
#pragma once

#include "core/bytes.hpp"
#include "core/diagnostics.hpp"
#include "doc/model.hpp"
#include "style/style.hpp"
#include "write/render_options.hpp"

namespace brief {

/// The briefing as a .docx package: real footnotes numbered as the model numbers them, real
/// styles generated from `style`, a filled-in table of contents, core properties. The same input
/// gives the same bytes.
Bytes write_docx(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics);

/// The same parts as one Flat OPC XML document (a pkg:package) that Word opens directly.
Bytes write_flat_xml(const Briefing& briefing, const Style& style, const RenderOptions& options, Diagnostics& diagnostics);

} // namespace brief
