// Bounded reads and atomic writes.
#include "core/error.hpp"
#include "core/files.hpp"
#include "core/leftovers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace brief;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("brief-test-" + name);
    fs::remove_all(dir);
    return dir;
}

std::size_t count_entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

} // namespace

TEST_CASE("write_file_atomic creates folders, replaces files and leaves no temporary behind") {
    const auto dir = fresh_dir("atomic");
    write_file_atomic(dir / "sub" / "a.txt", "one");
    write_file_atomic(dir / "sub" / "a.txt", "two");
    CHECK(read_file(dir / "sub" / "a.txt", 100) == "two");
    CHECK(count_entries(dir / "sub") == 1);
}

TEST_CASE("write_file_atomic fails on a folder in the way and keeps the old file intact") {
    const auto dir = fresh_dir("blocked");
    fs::create_directories(dir / "briefing.pdf");
    CHECK_THROWS_AS(write_file_atomic(dir / "briefing.pdf", "x"), Error);
    CHECK(count_entries(dir) == 1);
}

TEST_CASE("read_file refuses files over the limit and names the option that raises it") {
    const auto dir = fresh_dir("limit");
    write_file_atomic(dir / "big.md", std::string(2000, 'x'));
    try {
        read_file(dir / "big.md", 1000);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("--max-file-size") != std::string::npos);
    }
}

namespace {

/// How many of this process's descriptors name `file` gone from its folder (" (deleted)").
int held_deleted(const fs::path& file) {
    int n = 0;
    for (const auto& fd : fs::directory_iterator("/proc/self/fd")) {
        std::error_code ec;
        if (fs::read_symlink(fd.path(), ec).string() == file.string() + " (deleted)") ++n;
    }
    return n;
}

} // namespace

TEST_CASE("StagedFile::publish holds the replaced file in the bin it is given until it is emptied") {
    const auto dir = fresh_dir("publish");
    fs::create_directories(dir);
    const auto target = dir / "briefing.pdf";
    write_file_atomic(target, "old");
    Leftovers bin;
    StagedFile(target, "new").publish(&bin);
    CHECK(brief::read_file(target, 100) == "new");
    CHECK(held_deleted(target) == 1); // the old file, unlinked by the rename, still open
    bin.release();
    CHECK(held_deleted(target) == 0);
    StagedFile(target, "newer").publish(); // no bin: nothing held
    CHECK(held_deleted(target) == 0);
    REQUIRE(::mkfifo((dir / "pipe").c_str(), 0644) == 0); // held without opening it (no block)
    StagedFile(dir / "pipe", "bytes").publish(&bin);
    CHECK(brief::read_file(dir / "pipe", 100) == "bytes");
    CHECK(held_deleted(dir / "pipe") == 1);
    bin.release();
    fs::remove_all(dir);
}

TEST_CASE("FileWriter writes the pieces it takes, then the rest, with or without helpers") {
    const auto dir = fresh_dir("writer");
    std::string bytes;
    for (int i = 0; i < 200000; ++i) bytes += static_cast<char>('a' + i % 26);
    for (const bool helpers : {false, true}) {
        const auto target = dir / (helpers ? "helped.bin" : "alone.bin");
        FileWriter writer(target, helpers);
        const std::string_view all(bytes);
        writer.take(all.substr(0, 1000));
        writer.take(all.substr(1000, 70000)); // the first may still be in flight
        writer.take(all.substr(71000, 9000));
        CHECK_FALSE(fs::exists(target)); // staged, not published
        writer.finish(bytes).publish();
        CHECK(read_file(target, 1 << 20) == bytes);
    }
    CHECK(count_entries(dir) == 2); // no temporary file left
}

TEST_CASE("FileWriter's settle() returns once a piece is written, while flushes still run, and every piece lands") {
    const auto dir = fresh_dir("writer-flushing");
    std::string expected;
    std::string reused(64 * 1024, ' '); // one buffer for every piece, rewritten once settle() returns
    FileWriter writer(dir / "pieces.bin", true);
    for (int piece = 0; piece < 60; ++piece) {
        writer.settle();
        reused.assign(reused.size(), static_cast<char>('A' + piece % 26));
        expected += reused;
        writer.take(reused);
    }
    writer.settle();
    const std::string rest = "and the rest";
    expected += rest;
    writer.finish(expected).publish();
    CHECK(read_file(dir / "pieces.bin", 1 << 24) == expected);
    CHECK(count_entries(dir) == 1);
}

TEST_CASE("FileWriter refuses bytes that do not continue its pieces, and leaves nothing when not finished") {
    const auto dir = fresh_dir("writer-short");
    {
        FileWriter writer(dir / "a.bin", true);
        writer.take("0123456789");
        CHECK_THROWS_AS(writer.finish("01234"), Error);
    }
    {
        FileWriter writer(dir / "b.bin", true);
        writer.take("0123456789"); // then dropped, as when the format fails after its start was written
    }
    CHECK(count_entries(dir) == 0);
}

TEST_CASE("FileWriter says where a piece could not be written, when it finishes") {
    const auto dir = fresh_dir("writer-blocked");
    fs::create_directories(dir / "a.bin"); // a folder where the file should go
    FileWriter writer(dir / "a.bin", true);
    writer.take("0123456789");
    try {
        writer.finish("0123456789");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("a.bin") != std::string::npos);
    }
    CHECK(count_entries(dir) == 1); // the folder alone
}
