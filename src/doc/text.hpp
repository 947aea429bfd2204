// Text every backend shares: plain text of inlines, bylines and source citations, slugs.
#pragma once

#include "doc/model.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace brief {

/// The text a reader sees, notes left out: "Huawei *is* big" gives "Huawei is big".
std::string plain_text(const Inlines& inlines);

/// "VentureBeat · Jane Doe · 23 November 2018"; unknown parts are left out, and a source with
/// none of them gives "Source not stated".
std::string byline(const Source& source);

/// The full citation of a source, as one note's content or one entry of the Sources list:
/// outlet, headline, author, date, address (a Link), retrieved date and provenance. What is
/// missing is said: "Outlet not stated.", "Author not stated.", "Date not stated.".
Inlines cite_source(const Source& source);

/// A secondary credit's note: "The Wall Street Journal, as credited by VentureBeat in
/// “Headline”." (with the credit's address when it has one).
Inlines cite_credit(const Source& credited, const Source& by);

/// One entry of the closing Sources list: cite_source for an article's own source; for a
/// credited outlet its name, "secondary source credited by the articles" and its address.
Inlines list_source(const Source& source);

/// The cover's line on what the briefing draws from, the same in every format:
/// "5 reports: VentureBeat; 4 whose outlet is not stated. Credited: The Wall Street Journal."
std::string coverage_line(const Briefing& briefing);

/// A lower-case ASCII identifier made of [a-z0-9-]: "The Wall Street Journal" -> "the-wall-street-journal".
/// Never empty ("x" for text without letters or digits).
std::string slug(std::string_view text);

/// Calls `fn` on every note of the article in reading order: the attribution, then the notes of
/// each block, depth first (a note inside a note comes after its parent).
void visit_notes(Article& article, const std::function<void(Note&)>& fn);
void visit_notes(const Article& article, const std::function<void(const Note&)>& fn);
/// The same over blocks alone (a FrontPart's), in reading order.
void visit_notes(const Blocks& blocks, const std::function<void(const Note&)>& fn);

/// The ids of the links in the blocks that have one (brief's own links: doc/passes.hpp
/// present_key_points), in reading order; notes are not looked into.
std::vector<std::string> link_ids(const Blocks& blocks);

/// `language` as a BCP 47 tag that PDF's /Lang and Word's w:lang accept ("en-GB" for "en_GB"):
/// letters, then subtags of letters and digits, each 1 to 8 long; "" when it is not one.
std::string language_tag(const std::string& language);

} // namespace brief
