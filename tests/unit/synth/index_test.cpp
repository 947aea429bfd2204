// Numbering past its first room, Buckets in the items' order, ClassIndex: stems numbered as first met, each stem's classes in class order.
#include "synth/index.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace brief::synth;

namespace {

std::vector<std::uint64_t> hashes_of(const std::vector<std::string>& texts) {
    std::vector<std::uint64_t> out;
    for (const auto& t : texts) out.push_back(text_hash(t));
    return out;
}

} // namespace

TEST_CASE("Numbering gives each distinct text one number, in the order first met, however many there are") {
    std::vector<std::string> texts;
    for (int i = 0; i < 1000; ++i) texts.push_back("stem" + std::to_string(i));
    Numbering n(4); // far too little room at first: it grows
    for (std::size_t i = 0; i < texts.size(); ++i) CHECK(n.number(texts[i], text_hash(texts[i])) == i);
    for (std::size_t i = texts.size(); i-- > 0;) CHECK(n.number(texts[i], text_hash(texts[i])) == i);
    CHECK(n.size() == texts.size());
    // two texts given one hash are still two
    CHECK(n.number("same-hash-a", 42) == 1000);
    CHECK(n.number("same-hash-b", 42) == 1001);
    CHECK(n.number("same-hash-a", 42) == 1000);
}

TEST_CASE("ClassIndex lists each class's stems by number and each stem's classes in class order") {
    const std::vector<std::string> a{"ban", "huawei", "network"}, b{"germani", "huawei"}, c{"ban", "network", "zte"};
    const auto ha = hashes_of(a), hb = hashes_of(b), hc = hashes_of(c);
    const ClassIndex index({StemView{&a, ha.data()}, StemView{&b, hb.data()}, StemView{&c, hc.data()}});
    const auto stems = [&](std::size_t k) {
        const auto s = index.stems_of(k);
        return std::vector<std::uint32_t>(s.begin(), s.end());
    };
    const auto classes = [&](std::uint32_t s) {
        const auto k = index.classes_of(s);
        return std::vector<std::uint32_t>(k.begin(), k.end());
    };
    CHECK(stems(0) == std::vector<std::uint32_t>{0, 1, 2}); // ban, huawei, network
    CHECK(stems(1) == std::vector<std::uint32_t>{3, 1});    // germani, huawei
    CHECK(stems(2) == std::vector<std::uint32_t>{0, 2, 4}); // ban, network, zte
    CHECK(classes(0) == std::vector<std::uint32_t>{0, 2});
    CHECK(classes(1) == std::vector<std::uint32_t>{0, 1});
    CHECK(classes(2) == std::vector<std::uint32_t>{0, 2});
    CHECK(classes(3) == std::vector<std::uint32_t>{1});
    CHECK(classes(4) == std::vector<std::uint32_t>{2});
}

TEST_CASE("Buckets list each bucket's items in the items' order, as given values or as their indexes") {
    const std::vector<std::uint32_t> bucket_of{2, 0, 2, 2, 0};
    const Buckets plain(bucket_of, 4);
    const auto list = [](const Buckets& b, std::size_t k) {
        const auto s = b.at(k);
        return std::vector<std::uint32_t>(s.begin(), s.end());
    };
    REQUIRE(plain.size() == 4);
    CHECK(list(plain, 0) == std::vector<std::uint32_t>{1, 4});
    CHECK(list(plain, 1).empty());
    CHECK(list(plain, 2) == std::vector<std::uint32_t>{0, 2, 3});
    CHECK(list(plain, 3).empty());
    const std::vector<std::uint32_t> values{10, 11, 12, 13, 14};
    const Buckets valued(bucket_of, 3, values);
    CHECK(list(valued, 0) == std::vector<std::uint32_t>{11, 14});
    CHECK(list(valued, 2) == std::vector<std::uint32_t>{10, 12, 13});
    CHECK(Buckets().size() == 0);
}
