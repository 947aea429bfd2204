// Numbering, Buckets and ClassIndex: the key points' classes, their stems and their groups in flat arrays.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace brief::synth {

/// The hash the index takes of a stem or a class key, made with the sentence's terms (once per
/// article changed, under watch) so that indexing a briefing hashes no string.
std::uint64_t text_hash(std::string_view text);

/// Distinct strings numbered 0, 1, ... in the order first met. Views: the strings stay where they
/// are while it is used. Open addressing over the hashes the caller gives (text_hash).
class Numbering {
  public:
    explicit Numbering(std::size_t expected);
    /// The number of `text`, whose hash is `hash`: a new one when it is first met.
    std::uint32_t number(std::string_view text, std::uint64_t hash);
    [[nodiscard]] std::size_t size() const { return count_; }

  private:
    struct Slot { // 24 bytes: the table is zeroed once per use, and walked at random
        std::uint64_t hash = 0;
        const char* text = nullptr;
        std::uint32_t size = 0;
        std::uint32_t number = 0; ///< plus one: 0 is an empty slot
    };
    std::vector<Slot> slots_; ///< a power of two, at most half used
    std::size_t count_ = 0;
    void grow();
};

/// Items listed by bucket, each bucket's in the items' order, all in one array: what a vector of
/// vectors holds, without a block of memory per bucket (a briefing has thousands of classes).
class Buckets {
  public:
    Buckets() = default;
    /// Item i goes into bucket `bucket_of[i]` (< buckets); it is listed as `values[i]`, or as i
    /// when no values are given.
    Buckets(std::span<const std::uint32_t> bucket_of, std::size_t buckets, std::span<const std::uint32_t> values = {});
    [[nodiscard]] std::span<const std::uint32_t> at(std::size_t bucket) const {
        return {items_.data() + start_[bucket], items_.data() + start_[bucket + 1]};
    }
    [[nodiscard]] std::size_t size() const { return start_.empty() ? 0 : start_.size() - 1; }

  private:
    std::vector<std::uint32_t> items_;
    std::vector<std::uint32_t> start_; ///< where bucket b's items begin (one more: the end)
};

/// A class's stems and their hashes (text_hash).
struct StemView {
    const std::vector<std::string>* stems = nullptr; ///< the class's stems, sorted
    const std::uint64_t* hashes = nullptr;           ///< aligned with them
};

/// Every class's stems by number, and every stem's classes in class order (as the classes meet
/// them): the document frequency of a stem is the length of its list.
class ClassIndex {
  public:
    ClassIndex() = default;
    /// `classes[c]` is class c's stems.
    explicit ClassIndex(const std::vector<StemView>& classes);
    /// Class c's stems' numbers, aligned with its stems.
    [[nodiscard]] std::span<const std::uint32_t> stems_of(std::size_t c) const {
        return {stems_.data() + stem_at_[c], stems_.data() + stem_at_[c + 1]};
    }
    /// How many distinct stems the classes have: they are numbered from 0.
    [[nodiscard]] std::size_t stems() const { return classes_.size(); }
    /// The classes that have stem number s, in class order.
    [[nodiscard]] std::span<const std::uint32_t> classes_of(std::uint32_t s) const { return classes_.at(s); }

  private:
    std::vector<std::uint32_t> stems_;    ///< each class's stems' numbers, class after class
    std::vector<std::uint32_t> stem_at_;  ///< where class c's begin in stems_ (one more: the end)
    Buckets classes_;                     ///< each stem's classes
};

} // namespace brief::synth
