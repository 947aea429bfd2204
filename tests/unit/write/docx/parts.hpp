// Test views of the DOCX backend: the parts of a briefing read back from its Flat OPC output.
#pragma once

#include "core/bytes.hpp"
#include "doc/model.hpp"

#include <pugixml.hpp>

#include <memory>
#include <string>

namespace brief::test {

/// The parts of one Flat OPC document, each parsed on its own.
class DocxParts {
  public:
    /// Writes `briefing` with the default style as Flat OPC and parses it.
    explicit DocxParts(const Briefing& briefing);
    /// Parses Flat OPC bytes.
    explicit DocxParts(const Bytes& flat);

    /// The part's root element (e.g. "/word/document.xml"); fails the test when missing.
    [[nodiscard]] pugi::xml_node part(const std::string& name) const;
    [[nodiscard]] bool has(const std::string& name) const;
    /// The part pretty-printed (two-space indent), for golden files.
    [[nodiscard]] std::string pretty(const std::string& name) const;
    [[nodiscard]] const pugi::xml_document& package() const { return *doc_; }

  private:
    std::shared_ptr<pugi::xml_document> doc_;
};

/// The Markdown body as a one-article briefing, with no diagnostics of errors.
Briefing docx_briefing(const std::string& markdown);

} // namespace brief::test
