// A small zip reader for tests: the entries of an archive as written, and a readable view of an EPUB.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brief::test {

/// One entry as the central directory and its local header describe it.
struct ZipEntry {
    std::string name;
    int method = 0;               ///< 0 stored, 8 deflated (APPNOTE.TXT 4.4.5)
    std::uint16_t dos_time = 0;   ///< from the local header
    std::uint16_t dos_date = 0;
    std::size_t local_extra = 0;  ///< length of the local header's extra field
    std::string data;             ///< uncompressed bytes
};

/// Reads every entry in central-directory order; fails the test on a malformed archive.
std::vector<ZipEntry> read_zip(std::string_view archive);

/// The unzipped view: one line per entry (name, method, size), then every XML entry's text,
/// re-indented for reading (elements with text keep their content on one line).
std::string unzipped_view(std::string_view archive);

/// An XML document re-indented for reading, as unzipped_view shows each entry.
std::string indented_xml(std::string_view xml);

/// One entry's bytes by name (empty, and a test failure, when missing).
std::string zip_entry(std::string_view archive, const std::string& name);

} // namespace brief::test
