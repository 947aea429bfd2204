// SharedWork: a result several writers of one run need alike, built once by whichever asks first.
#pragma once

#include <exception>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace brief {

/// Results named by a key, each built by the first caller that asks for it; callers that ask while
/// it is being built wait for it, and a build that throws throws for every caller. Results are
/// shared read-only and live as long as the SharedWork. Thread-safe.
class SharedWork {
  public:
    template <class T, class Build>
    const T& get(const std::string& key, Build build) {
        std::promise<std::shared_ptr<const void>> promise;
        std::shared_future<std::shared_ptr<const void>> result;
        bool mine = false;
        {
            const std::lock_guard<std::mutex> hold(lock_);
            auto [it, inserted] = made_.try_emplace(key);
            if (inserted) {
                it->second = promise.get_future().share();
                mine = true;
            }
            result = it->second;
        }
        if (mine) {
            try {
                promise.set_value(std::make_shared<const T>(build()));
            } catch (...) {
                promise.set_exception(std::current_exception());
            }
        }
        return *static_cast<const T*>(result.get().get());
    }

  private:
    std::mutex lock_;
    std::map<std::string, std::shared_future<std::shared_ptr<const void>>> made_;
};

} // namespace brief
