// ClassIndex: the classes' stems numbered once (a flat table of views), each stem's classes in one array.
#include "synth/index.hpp"

#include <bit>
#include <functional>

namespace brief::synth {

std::uint64_t text_hash(std::string_view text) { return std::hash<std::string_view>{}(text); }

Numbering::Numbering(std::size_t expected) : slots_(std::bit_ceil(std::max<std::size_t>(16, expected * 2))) {}

std::uint32_t Numbering::number(std::string_view text, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (!slot.used) {
            slot = Slot{hash, text, static_cast<std::uint32_t>(count_++), true};
            const std::uint32_t number = slot.number;
            if (count_ * 2 > slots_.size()) grow();
            return number;
        }
        if (slot.hash == hash && slot.text == text) return slot.number;
    }
}

void Numbering::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (!slot.used) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].used) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

ClassIndex::ClassIndex(const std::vector<StemView>& classes) {
    std::size_t total = 0;
    for (const StemView& c : classes) total += c.stems->size();
    Numbering numbering(total / 4);
    stems_.reserve(total);
    stem_at_.reserve(classes.size() + 1);
    std::vector<std::uint32_t> counts;
    for (const StemView& c : classes) {
        stem_at_.push_back(static_cast<std::uint32_t>(stems_.size()));
        for (std::size_t k = 0; k < c.stems->size(); ++k) {
            const std::uint32_t s = numbering.number((*c.stems)[k], c.hashes[k]);
            if (s == counts.size()) counts.push_back(0);
            ++counts[s];
            stems_.push_back(s);
        }
    }
    stem_at_.push_back(static_cast<std::uint32_t>(stems_.size()));
    class_at_.resize(counts.size() + 1);
    for (std::size_t s = 0; s < counts.size(); ++s) class_at_[s + 1] = class_at_[s] + counts[s];
    classes_.resize(stems_.size());
    std::vector<std::uint32_t> next(class_at_.begin(), class_at_.end() - 1);
    for (std::size_t c = 0; c + 1 < stem_at_.size(); ++c)
        for (std::uint32_t k = stem_at_[c]; k < stem_at_[c + 1]; ++k) classes_[next[stems_[k]]++] = static_cast<std::uint32_t>(c);
}

} // namespace brief::synth
