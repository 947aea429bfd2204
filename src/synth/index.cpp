// Numbering (open addressing over hashes given), Buckets (a counting sort) and ClassIndex built of them.
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
        if (slot.number == 0) {
            slot = Slot{hash, text.data(), static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(++count_)};
            const std::uint32_t number = slot.number - 1;
            if (count_ * 2 > slots_.size()) grow();
            return number;
        }
        if (slot.hash == hash && std::string_view(slot.text, slot.size) == text) return slot.number - 1;
    }
}

void Numbering::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.number == 0) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].number != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

Buckets::Buckets(std::span<const std::uint32_t> bucket_of, std::size_t buckets, std::span<const std::uint32_t> values)
    : items_(bucket_of.size()), start_(buckets + 1, 0) {
    for (const std::uint32_t b : bucket_of) ++start_[b + 1];
    for (std::size_t b = 0; b < buckets; ++b) start_[b + 1] += start_[b];
    std::vector<std::uint32_t> next(start_.begin(), start_.end() - 1);
    for (std::size_t i = 0; i < bucket_of.size(); ++i)
        items_[next[bucket_of[i]]++] = values.empty() ? static_cast<std::uint32_t>(i) : values[i];
}

ClassIndex::ClassIndex(const std::vector<StemView>& classes) {
    std::size_t total = 0;
    for (const StemView& c : classes) total += c.stems->size();
    Numbering numbering(total / 16); // a few stems recur in most classes: grown if need be
    stems_.reserve(total);
    stem_at_.reserve(classes.size() + 1);
    std::vector<std::uint32_t> class_of; // of each of stems_
    class_of.reserve(total);
    for (std::size_t c = 0; c < classes.size(); ++c) {
        stem_at_.push_back(static_cast<std::uint32_t>(stems_.size()));
        for (std::size_t k = 0; k < classes[c].stems->size(); ++k) {
            stems_.push_back(numbering.number((*classes[c].stems)[k], classes[c].hashes[k]));
            class_of.push_back(static_cast<std::uint32_t>(c));
        }
    }
    stem_at_.push_back(static_cast<std::uint32_t>(stems_.size()));
    classes_ = Buckets(stems_, numbering.size(), class_of);
}

} // namespace brief::synth
