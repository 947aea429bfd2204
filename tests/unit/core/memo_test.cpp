// Memo: a result is made once per key and kind, found again after, and forgotten by the sweep after a run that did not ask for it; Leftovers frees only on release.
#include "core/fingerprint.hpp"
#include "core/leftovers.hpp"
#include "core/memo.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace brief;

TEST_CASE("Memo makes a result once, finds it again, and a sweep forgets what the run did not ask for") {
    Memo memo;
    int made = 0;
    auto make = [&made](std::string value) {
        return [&made, value] {
            ++made;
            return value;
        };
    };
    CHECK(*memo.get<std::string>("text", 1, make("one")) == "one");
    CHECK(*memo.get<std::string>("text", 1, make("other")) == "one"); // found: not made again
    CHECK(*memo.get<std::string>("text", 2, make("two")) == "two");
    CHECK(*memo.get<std::string>("other kind", 1, make("three")) == "three"); // kinds are apart
    CHECK(made == 3);
    CHECK(memo.hits() == 1);
    CHECK(memo.made() == 3);
    memo.sweep(); // everything was asked for: all kept
    CHECK(memo.hits() == 0);
    CHECK(*memo.get<std::string>("text", 1, make("again")) == "one");
    memo.sweep(); // only key 1 was asked for since the last sweep
    CHECK(*memo.get<std::string>("text", 2, make("two, made again")) == "two, made again");
    CHECK(*memo.get<std::string>("text", 1, make("not made")) == "one");
    CHECK(made == 4);
}

TEST_CASE("Fingerprint tells apart fields that concatenate alike, and numbers of different types") {
    CHECK(Fingerprint().add("ab").add("c").value() != Fingerprint().add("a").add("bc").value());
    CHECK(Fingerprint().add("ab").add("c").value() == Fingerprint().add("ab").add("c").value());
    CHECK(Fingerprint().add(1).value() != Fingerprint().add(2).value());
    CHECK(Fingerprint().add(0.5).value() != Fingerprint().add(0.25).value());
}

namespace {
/// Counts its own destructions.
class Counted {
  public:
    explicit Counted(int* freed) : freed_(freed) {}
    Counted(const Counted&) = delete;
    Counted& operator=(const Counted&) = delete;
    ~Counted() { ++*freed_; }

  private:
    int* freed_;
};
} // namespace

TEST_CASE("Leftovers holds what a build is done with until release, and frees each thing once") {
    int freed = 0;
    Leftovers leftovers;
    leftovers.keep(std::make_unique<Counted>(&freed));
    leftovers.keep(std::make_unique<Counted>(&freed));
    CHECK(freed == 0); // kept, not freed, when handed over
    leftovers.release();
    CHECK(freed == 2);
    leftovers.release(); // nothing left: nothing freed twice
    CHECK(freed == 2);
    {
        Leftovers dropped;
        dropped.keep(std::make_unique<Counted>(&freed));
    }
    CHECK(freed == 3); // a bin that goes away frees what it held
}
