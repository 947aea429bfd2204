// pugixml helpers shared by the EPUB and DOCX backends: clean text in, compact UTF-8 bytes out.
#pragma once

#include "core/bytes.hpp"

#include <pugixml.hpp>

#include <string_view>
#include <vector>

namespace brief::xml {

/// A new document with `<?xml version="1.0" encoding="UTF-8"?>` (plus standalone="yes" when
/// asked, as OOXML parts carry).
pugi::xml_document new_document(bool standalone = false);

/// Appends a text node holding `text` cleaned of characters XML 1.0 forbids (pugixml escapes the
/// rest); returns the parent for chaining.
pugi::xml_node add_text(pugi::xml_node parent, std::string_view text);

/// Appends an element with a cleaned text child.
pugi::xml_node add_element(pugi::xml_node parent, const char* name, std::string_view text);

/// Sets an attribute to a cleaned value.
void set_attr(pugi::xml_node node, const char* name, std::string_view value);

/// Serialises without indentation (indentation would add spaces between inline elements) and
/// with LF line ends: the same document gives the same bytes.
Bytes to_bytes(const pugi::xml_document& doc);

/// The same for a node's subtree, without a declaration (for Flat OPC embedding and tests).
Bytes to_bytes(const pugi::xml_node& node);

/// The children of `node` one after another, each as to_bytes writes it in its document.
Bytes children_bytes(const pugi::xml_node& node);

/// Marks where a fragment written apart (as bytes, children_bytes) goes in `parent`, after its
/// children so far: a comment, which no text or attribute can spell once escaped.
void add_fragment_mark(pugi::xml_node parent);

/// `bytes` (a serialisation) with its fragment marks replaced, in order, by `fragments`. Throws
/// brief::Error when there are not as many marks as fragments.
Bytes splice_fragments(std::string_view bytes, const std::vector<std::string_view>& fragments);

} // namespace brief::xml
