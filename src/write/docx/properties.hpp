// The package's document properties: docProps/core.xml and docProps/app.xml.
#pragma once

#include "doc/model.hpp"
#include "write/render_options.hpp"

#include <pugixml.hpp>

namespace brief::docx {

/// core.xml (ISO/IEC 29500-2 §11): title, subject (the subtitle), creator (the issuer), keywords
/// (marking and outlets), description (the coverage line), language, and created/modified from
/// RenderOptions::timestamp as dcterms:W3CDTF.
pugi::xml_document write_core_properties(const Briefing& briefing, const RenderOptions& options);

/// app.xml (ISO/IEC 29500-1 §22.2): the producing application and the issuing company.
pugi::xml_document write_app_properties(const Briefing& briefing, const RenderOptions& options);

} // namespace brief::docx
