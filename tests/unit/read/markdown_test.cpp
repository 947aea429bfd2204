// The Markdown reader: each node kind, positions, and defused unsafe content.
#include "doc/dump.hpp"
#include "read/markdown.hpp"

#include "../../support/golden.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>
#include <thread>
#include <vector>

using namespace brief;

namespace {

Blocks read(const std::string& md, Diagnostics& d) { return read_markdown(md, "a.md", 10, d); }

} // namespace

TEST_CASE("every node kind the reader makes, in one golden dump") {
    Diagnostics d;
    Briefing b;
    Article a;
    a.file = "kinds.md";
    a.blocks = read_markdown(brief::test::read_test_file("golden/read/kinds.md"), "kinds.md", 1, d);
    b.articles.push_back(a);
    brief::test::check_golden("read/kinds.dump", dump_briefing(b));
    CHECK(d.warning_count() == 0); // the image's file is read later, by load_pictures
}

TEST_CASE("positions are lines of the original file") {
    Diagnostics d;
    const Blocks blocks = read("First.\n\nSecond *em*.\n", d);
    REQUIRE(blocks.size() == 2);
    CHECK(std::get<Paragraph>(blocks[0].node).pos.line == 10);
    CHECK(std::get<Paragraph>(blocks[1].node).pos.line == 12);
}

TEST_CASE("raw HTML is shown as text with a warning, never passed through") {
    Diagnostics d;
    const Blocks blocks = read("<script>alert(1)</script>\n\nText <b>bold</b>.\n", d);
    CHECK(d.warning_count() == 3);
    REQUIRE(blocks.size() == 2);
    CHECK(std::get<CodeBlock>(blocks[0].node).text == "<script>alert(1)</script>");
}

TEST_CASE("only http, https and mailto links survive") {
    Diagnostics d;
    const Blocks blocks = read("[a](javascript:x) [b](data:text/html,x) [c](file:///etc/passwd) [d](https://ok.org) [e](mailto:x@y.org)\n", d);
    CHECK(d.warning_count() == 3);
    int links = 0;
    for (const auto& in : std::get<Paragraph>(blocks[0].node).content) links += std::holds_alternative<Link>(in.node);
    CHECK(links == 2);
}

TEST_CASE("footnotes become author notes, unused and undefined ones warn") {
    Diagnostics d;
    const Blocks blocks = read("Cited[^a] and missing[^zz].\n\n[^a]: The note.\n\n[^b]: Never cited.\n", d);
    const auto& content = std::get<Paragraph>(blocks.at(0).node).content;
    REQUIRE(content.size() >= 2);
    const auto* note = std::get_if<Note>(&content[1].node);
    REQUIRE(note != nullptr);
    CHECK(note->kind == NoteKind::author);
    CHECK(note->label == "a");
    int warnings_about_b = 0, warnings_about_zz = 0;
    for (const auto& x : d.all()) {
        warnings_about_b += x.message.find("[^b] is defined but never cited") != std::string::npos;
        warnings_about_zz += x.message.find("[^zz] is cited but never defined") != std::string::npos;
    }
    CHECK(warnings_about_b == 1);
    CHECK(warnings_about_zz == 1);
}

TEST_CASE("nesting hundreds deep is flattened with a warning, not a crash") {
    Diagnostics d;
    const Blocks quotes = read(std::string(5000, '>') + " deep\n", d);
    CHECK(d.warning_count() >= 1);
    const Blocks lists = read([] { std::string s; for (int i = 0; i < 300; ++i) s += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- x\n"; return s; }(), d);
    CHECK_FALSE(lists.empty());
    const Blocks emph = read(std::string(3000, '*') + "x" + std::string(3000, '*') + "\n", d);
    CHECK_FALSE(emph.empty());
}

namespace {

/// Whether `inlines` hold a node of kind T, at any depth of strike-through.
template <class T>
bool holds(const Inlines& inlines) {
    for (const auto& in : inlines) {
        if (std::holds_alternative<T>(in.node)) return true;
        if (const auto* s = std::get_if<Strike>(&in.node); s != nullptr && holds<T>(s->children)) return true;
    }
    return false;
}

} // namespace

TEST_CASE("autolinks and struck text are found however many documents are parsed at once") {
    // cmark-gfm keeps the extensions' special characters in one table for the process and took
    // them out after every parse (read/cmark.cpp): documents parsed on other threads then lost
    // their autolinks and struck text, now and then.
    const std::string md = "See https://example.org/a and www.example.com for ~~old~~ news.\n";
    std::atomic<int> missing{0};
    for (int round = 0; round < 20; ++round) {
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 50; ++i) {
                    Diagnostics d;
                    const Blocks blocks = read_markdown(md, "a.md", 1, d);
                    const auto* p = blocks.empty() ? nullptr : std::get_if<Paragraph>(&blocks.front().node);
                    if (p == nullptr || !holds<Link>(p->content) || !holds<Strike>(p->content)) ++missing;
                }
            });
        for (auto& t : threads) t.join();
    }
    CHECK(missing == 0);
    // and the definition that keeps them is the one the library calls
    CHECK(dlsym(RTLD_DEFAULT, "cmark_manage_extensions_special_characters") ==
          reinterpret_cast<void*>(&cmark_manage_extensions_special_characters));
}
