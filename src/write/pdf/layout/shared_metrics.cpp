// SharedMetrics: per-thread tables in front of one shared FontMetrics behind a mutex.
#include "write/pdf/layout/shared_metrics.hpp"

namespace brief::pdf {

FaceId SharedMetrics::face(const FaceKey& key) {
    for (const auto& [k, id] : faces_)
        if (k == key) return id;
    FaceId id = 0;
    {
        const std::lock_guard<std::mutex> hold(lock_);
        id = shared_.face(key);
    }
    faces_.emplace_back(key, id);
    return id;
}

int SharedMetrics::fallback_count() {
    if (fallbacks_ < 0) {
        const std::lock_guard<std::mutex> hold(lock_);
        fallbacks_ = shared_.fallback_count();
        for (int i = 0; i < fallbacks_; ++i) fallback_faces_.push_back(shared_.fallback(i));
    }
    return fallbacks_;
}

FaceId SharedMetrics::fallback(int index) {
    fallback_count();
    return fallback_faces_.at(static_cast<std::size_t>(index));
}

FaceId SharedMetrics::fallback_for(const FaceKey& key, char32_t c) {
    // a code point has 21 bits: the key's 4 go above them
    const std::uint32_t asked = static_cast<std::uint32_t>(c) | static_cast<std::uint32_t>(key.family) << 21 |
                                static_cast<std::uint32_t>(key.bold) << 23 | static_cast<std::uint32_t>(key.italic) << 24;
    if (auto it = fallback_for_.find(asked); it != fallback_for_.end()) return it->second;
    FaceId face = -1;
    {
        const std::lock_guard<std::mutex> hold(lock_);
        face = shared_.fallback_for(key, c);
    }
    fallback_for_.emplace(asked, face);
    return face;
}

SharedMetrics::Tables& SharedMetrics::tables(FaceId face) {
    const auto i = static_cast<std::size_t>(face);
    if (i >= tables_.size()) tables_.resize(i + 1);
    Tables& t = tables_[i];
    if (t.advance.empty()) {
        t.advance.assign(table_size, -1.0);
        t.has.assign(table_size, -1);
    }
    return t;
}

const SharedMetrics::Tables* SharedMetrics::known_tables(FaceId face, char32_t c) const {
    const auto i = static_cast<std::size_t>(face);
    return c < table_size && i < tables_.size() && !tables_[i].has.empty() ? &tables_[i] : nullptr;
}

// The first lines answer a character asked before (nearly every one) without a call or a lock.
bool SharedMetrics::has_glyph(FaceId face, char32_t c) {
    if (const Tables* t = known_tables(face, c); t != nullptr && t->has[c] >= 0) return t->has[c] == 1;
    if (c < table_size) {
        signed char& known = tables(face).has[c];
        const std::lock_guard<std::mutex> hold(lock_);
        known = shared_.has_glyph(face, c) ? 1 : 0;
        return known == 1;
    }
    const std::lock_guard<std::mutex> hold(lock_);
    return shared_.has_glyph(face, c);
}

double SharedMetrics::advance(FaceId face, char32_t c) {
    if (const Tables* t = known_tables(face, c); t != nullptr && t->advance[c] >= 0) return t->advance[c];
    if (c < table_size) {
        double& known = tables(face).advance[c];
        const std::lock_guard<std::mutex> hold(lock_);
        known = shared_.advance(face, c);
        return known;
    }
    const std::lock_guard<std::mutex> hold(lock_);
    return shared_.advance(face, c);
}

double SharedMetrics::advance_if_drawn(FaceId face, char32_t c) {
    if (const Tables* t = known_tables(face, c); t != nullptr && t->has[c] > 0 && t->advance[c] >= 0) return t->advance[c];
    return has_glyph(face, c) ? advance(face, c) : -1;
}

void SharedMetrics::shape(FaceId face, std::string_view utf8, std::vector<ShapedGlyph>& out) {
    const auto i = static_cast<std::size_t>(face);
    if (i >= shaped_.size()) shaped_.resize(i + 1);
    auto& cache = shaped_[i];
    auto it = cache.find(utf8);
    if (it == cache.end()) {
        std::vector<ShapedGlyph> glyphs;
        {
            const std::lock_guard<std::mutex> hold(lock_);
            shared_.shape(face, utf8, glyphs);
        }
        it = cache.emplace(std::string(utf8), std::move(glyphs)).first;
    }
    out.insert(out.end(), it->second.begin(), it->second.end());
}

double SharedMetrics::ascent(FaceId face) {
    const std::lock_guard<std::mutex> hold(lock_);
    return shared_.ascent(face);
}

double SharedMetrics::descent(FaceId face) {
    const std::lock_guard<std::mutex> hold(lock_);
    return shared_.descent(face);
}

} // namespace brief::pdf
