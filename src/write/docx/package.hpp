// The two packagings of one set of parts: a zipped OPC package (.docx) and a Flat OPC document (.xml).
#pragma once

#include "core/bytes.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace brief {
class Memo;
}

namespace brief::docx {

/// One part of the package (OPC, ISO/IEC 29500-2 §9.1): its name without the leading '/', its
/// content type, and either its XML (as written) or binary bytes.
struct Part {
    std::string name;
    std::string content_type;
    Bytes xml;    ///< the part's XML as written, its declaration first (xml_part); used when `binary` is empty
    Bytes binary;
};

/// A part from its document, written once: the zip stores these bytes and the Flat OPC document
/// embeds them after their declaration, so neither writes the XML again.
Part xml_part(std::string name, std::string content_type, const pugi::xml_document& xml);

/// The content type of relationship parts (Part 2 §9.3).
inline constexpr const char* relationships_type = "application/vnd.openxmlformats-package.relationships+xml";

/// [Content_Types].xml (Part 2 §10.1.2.2): Defaults for .rels and .xml and each binary part's
/// extension (.png, .jpeg), an Override per XML part.
pugi::xml_document content_types(const std::vector<Part>& parts);

/// The .docx: [Content_Types].xml first, then the parts in the order given, every entry with the
/// same timestamp. With a `memo`, a part deflated by an earlier run is not deflated again.
Bytes package_zip(const std::vector<Part>& parts, std::int64_t timestamp, Memo* memo = nullptr);

/// The Flat OPC document: the mso-application processing instruction, then one pkg:part per part
/// (the content types file excepted, as each part carries its own type), XML parts embedded in
/// pkg:xmlData and binary parts base64-encoded in pkg:binaryData.
Bytes package_flat(const std::vector<Part>& parts);

/// RFC 4648 base64 with padding, in lines of 76 characters.
std::string base64(const Bytes& bytes);

} // namespace brief::docx
