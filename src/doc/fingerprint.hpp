// fingerprint: the model's values hashed field by field, for the keys of watch's caches.
#pragma once

#include "core/fingerprint.hpp"
#include "doc/model.hpp"

#include <cstdint>
#include <vector>

namespace brief {

/// Adds every field of the article to `f` (its source, attribution note, blocks with their
/// positions, note numbers and links, and its file): two articles with the same fingerprint are
/// the same value, so whatever a backend made from one it would make from the other.
void fingerprint(Fingerprint& f, const Article& article);

/// Each article's fingerprint (fingerprint() of it alone, its value), taken on up to `threads`
/// threads: a run takes them once after its passes for the kept results of every backend
/// (RenderOptions::article_keys); each backend took its own before.
std::vector<std::uint64_t> article_fingerprints(const Briefing& briefing, int threads);

/// Article `i`'s fingerprint: `(*keys)[i]` when `keys` is given (article_fingerprints of this
/// briefing), else taken now.
std::uint64_t article_fingerprint(const Briefing& briefing, std::size_t i, const std::vector<std::uint64_t>* keys);

/// Adds every field of a part brief writes (the Key points): its id, title and blocks.
void fingerprint(Fingerprint& f, const FrontPart& part);

/// Adds every field of a source.
void fingerprint(Fingerprint& f, const Source& source);

/// Adds every field of the briefing's metadata.
void fingerprint(Fingerprint& f, const BriefingMeta& meta);

} // namespace brief
