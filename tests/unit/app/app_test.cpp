// The app layer's small rules: which changes watch rebuilds for, its change line, the JSON summary,
// the command line's commands and the generated man page and completions.
#include "app/cli.hpp"
#include "app/manual.hpp"
#include "app/run.hpp"
#include "app/watch.hpp"

#include <catch2/catch.hpp>

using namespace brief;
namespace fs = std::filesystem;

TEST_CASE("watch rebuilds for articles, briefing.yaml, images and the style, not for temporaries") {
    const fs::path style = "/s/house.yaml";
    for (const char* yes : {"a/x.md", "a/x.markdown", "a/briefing.yaml", "a/chart.png", "a/photo.JPG.jpg", "/s/house.yaml"})
        CHECK(is_watched_change(yes, style));
    for (const char* no : {"a/.x.md.swp", "a/x.md~", "a/4913", "out/.briefing.pdf.abc123.tmp", "a/notes.txt", "/s/other.yaml"})
        CHECK_FALSE(is_watched_change(no, style));
}

TEST_CASE("describe_changes names up to three files, then counts the rest") {
    CHECK(describe_changes({"d/a.md"}) == "a.md");
    CHECK(describe_changes({}).find("every file is read again") != std::string::npos);
    CHECK(describe_changes({"d/a.md", "d/b.md"}) == "a.md and b.md");
    CHECK(describe_changes({"a.md", "b.md", "c.md"}) == "a.md, b.md and c.md");
    CHECK(describe_changes({"a.md", "b.md", "c.md", "d.md", "e.md"}) == "a.md, b.md and 3 more");
}

TEST_CASE("summary_json lists each output with its bytes, and pages only where there are pages") {
    BuildReport r;
    r.warnings = 2;
    r.written = {{"pdf", "out/briefing.pdf", 1234, 7}, {"xml", "out/\"odd\"\\name.xml", 5, 0}};
    CHECK(summary_json(r) == "{\n  \"ok\": true,\n  \"exit_code\": 0,\n  \"warnings\": 2,\n  \"errors\": 0,\n"
                             "  \"outputs\": [\n"
                             "    {\"format\": \"pdf\", \"file\": \"out/briefing.pdf\", \"bytes\": 1234, \"pages\": 7},\n"
                             "    {\"format\": \"xml\", \"file\": \"out/\\\"odd\\\"\\\\name.xml\", \"bytes\": 5}\n"
                             "  ]\n}\n");
    BuildReport failed;
    failed.exit_code = 1;
    failed.errors = 3;
    CHECK(summary_json(failed) == "{\n  \"ok\": false,\n  \"exit_code\": 1,\n  \"warnings\": 0,\n  \"errors\": 3,\n"
                                  "  \"outputs\": []\n}\n");
}

TEST_CASE("the generated man page and completions cover every command and option of make_cli") {
    const auto cli = make_cli();
    const std::string man = generate_man(*cli), bash = generate_bash(*cli), zsh = generate_zsh(*cli);
    for (CLI::App* c : cli->app.get_subcommands([](CLI::App*) { return true; })) {
        CHECK(man.find(".SS \"brief " + c->get_name() + "\"") != std::string::npos);
        CHECK(bash.find("    " + c->get_name() + ")\n") != std::string::npos);
        CHECK(zsh.find("'" + c->get_name() + ":") != std::string::npos);
        for (const CLI::Option* o : c->get_options())
            for (const auto& l : o->get_lnames()) {
                CHECK(man.find("\\fB\\-\\-" + [&] {
                    std::string s;
                    for (char ch : l) s += ch == '-' ? std::string("\\-") : std::string(1, ch);
                    return s;
                }() + "\\fR") != std::string::npos);
                CHECK(bash.find("--" + l) != std::string::npos);
                CHECK(zsh.find("--" + l + "[") != std::string::npos);
            }
    }
    CHECK(man.find("\\-\\-generate") == std::string::npos); // hidden
    CHECK(man.find(".SH EXIT STATUS") != std::string::npos);
}
