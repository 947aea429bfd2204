// fingerprint: the model's values hashed field by field, for the keys of watch's caches.
#pragma once

#include "core/fingerprint.hpp"
#include "doc/model.hpp"

namespace brief {

/// Adds every field of the article to `f` (its source, attribution note, blocks with their
/// positions, note numbers and links, and its file): two articles with the same fingerprint are
/// the same value, so whatever a backend made from one it would make from the other.
void fingerprint(Fingerprint& f, const Article& article);

/// Adds every field of a part brief writes (the Key points): its id, title and blocks.
void fingerprint(Fingerprint& f, const FrontPart& part);

/// Adds every field of a source.
void fingerprint(Fingerprint& f, const Source& source);

/// Adds every field of the briefing's metadata.
void fingerprint(Fingerprint& f, const BriefingMeta& meta);

} // namespace brief
