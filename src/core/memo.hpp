// Memo: results of earlier runs kept by the fingerprint of their inputs, so `brief watch` makes only what changed.
#pragma once

#include "core/fingerprint.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace brief {

/// Results named by a kind ("pdf article") and the fingerprint of everything they were made
/// from. A run asks for a result with the function that makes it: a result an earlier run made
/// from the same inputs is returned as it is, else the function makes it and it is kept. sweep()
/// after a run forgets what that run did not ask for, so a long watch holds one run's results.
/// Each kind must always name the same type. Thread-safe; two threads asking for a missing
/// result at once may both make it (the same value), and the first one kept wins.
class Memo {
  public:
    template <class T, class Make>
    std::shared_ptr<T> get(const std::string& kind, std::uint64_t key, Make make) {
        {
            const std::lock_guard<std::mutex> hold(lock_);
            if (auto it = entries_.find(Key{kind, key}); it != entries_.end()) {
                it->second.used = true;
                ++hits_;
                return std::static_pointer_cast<T>(it->second.value);
            }
        }
        auto made = std::make_shared<T>(make());
        const std::lock_guard<std::mutex> hold(lock_);
        auto [it, inserted] = entries_.try_emplace(Key{kind, key}, Entry{made, true});
        if (inserted) ++made_;
        return std::static_pointer_cast<T>(it->second.value);
    }

    /// Forgets every result not asked for since the last sweep; the counts start again.
    void sweep() {
        const std::lock_guard<std::mutex> hold(lock_);
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (!it->second.used) it = entries_.erase(it);
            else (it++)->second.used = false;
        }
        hits_ = made_ = 0;
    }

    /// Results found since the last sweep, and results made.
    [[nodiscard]] std::size_t hits() const {
        const std::lock_guard<std::mutex> hold(lock_);
        return hits_;
    }
    [[nodiscard]] std::size_t made() const {
        const std::lock_guard<std::mutex> hold(lock_);
        return made_;
    }

  private:
    /// A result's name. Hashed rather than ordered: a rebuild asks for a few thousand results,
    /// and an ordered map compared the kinds' strings all the way down the tree.
    struct Key {
        std::string kind;
        std::uint64_t key = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const { return k.key ^ std::hash<std::string>{}(k.kind); }
    };
    struct Entry {
        std::shared_ptr<void> value;
        bool used = false;
    };
    mutable std::mutex lock_;
    std::unordered_map<Key, Entry, KeyHash> entries_;
    std::size_t hits_ = 0;
    std::size_t made_ = 0;
};

/// `make(bytes)`, or with a memo what an earlier run made of the same bytes (found by their
/// fingerprint) under `kind`: the PDF's compressed streams and the ZIP containers' entries, which
/// a rebuild mostly finds as they were.
template <class Make>
std::string remade(Memo* memo, const std::string& kind, std::string_view bytes, Make make) {
    if (memo == nullptr) return make(bytes);
    return *memo->get<std::string>(kind, Fingerprint().add(bytes).value(), [&] { return make(bytes); });
}

} // namespace brief
