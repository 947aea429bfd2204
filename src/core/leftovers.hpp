// Leftovers: what a build is done with, freed once its outputs are written, or left to the exiting process.
#pragma once

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace brief {

/// Large structures a build no longer needs (the PDF's libharu document, the files its outputs
/// replaced) whose freeing, piece by piece, would only delay the outputs. Kept here until
/// release(): watch calls it once it has said the outputs are written, while it waits for the
/// next change; a process about to exit never does, and the operating system takes the memory
/// back at once. Thread-safe.
class Leftovers {
  public:
    template <class T>
    void keep(std::unique_ptr<T> thing) {
        std::shared_ptr<void> held(std::move(thing));
        const std::lock_guard<std::mutex> hold(lock_);
        things_.push_back(std::move(held));
    }

    /// Frees everything kept so far.
    void release() {
        std::vector<std::shared_ptr<void>> going;
        {
            const std::lock_guard<std::mutex> hold(lock_);
            going.swap(things_);
        }
    }

  private:
    std::mutex lock_;
    std::vector<std::shared_ptr<void>> things_;
};

} // namespace brief
