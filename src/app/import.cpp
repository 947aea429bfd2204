// run_import: read each page, import it, write DIR/<slug>.md atomically (never over a file
// without --force), and say in one line what was found.
#include "app/import.hpp"

#include "app/run.hpp"
#include "core/error.hpp"
#include "core/files.hpp"
#include "import/import.hpp"

#include <map>
#include <ostream>
#include <string_view>

namespace brief {

const char* const import_help = R"(
Examples:
  brief import saved/*.html                 one articles/<slug>.md per page
  brief import page.html.gz report.txt -o drafts
  brief import page.html --stdout           print the Markdown, write nothing
  brief import saved/* --json | jq .title   one JSON record per page (body as plain text)

Each page is a saved web page (.html, .htm, or gzip-compressed .gz) or scraped text (.txt,
anything else). The article's title, author, date, outlet, address and language are taken
only from what the page states (JSON-LD, Open Graph, <meta>, <time>, the byline); a field it
does not show is left out. Menus, share bars, related links, adverts and footers are dropped.

Review before you build: open each new file and read its front matter. The comment at the top
says where every field came from and lists the blocks dropped as chrome; put back a paragraph
that was wrongly dropped, correct a field, then run 'brief build'.
An existing file is never overwritten without --force.)";

namespace {

using importer::ImportedArticle;

/// "title, author, date, outlet" as found, for the progress line.
std::string found_fields(const ImportedArticle& a) {
    std::string out;
    for (const auto& [key, f] : {std::pair{"author", &a.author}, std::pair{"date", &a.date},
                                 std::pair{"outlet", &a.outlet}, std::pair{"url", &a.url}})
        if (!f->value.empty()) out += std::string(", ") + key;
    return out;
}

/// The page's line: where it went, what was found, how many blocks were kept and dropped.
void report_page(const std::string& name, const std::string& where, const ImportedArticle& a, std::ostream& err) {
    err << "brief: " << name << " -> " << where << ": \"" << a.title.value << "\"" << found_fields(a) << "; "
        << a.blocks.size() << " blocks kept, " << a.dropped.size() + static_cast<std::size_t>(a.dropped_outside)
        << " dropped\n";
}

/// `file: error: message`, the file named once even when the message starts with it.
void report_failure(const std::string& name, std::string_view message, std::ostream& err) {
    if (message.starts_with(name + ": ")) message.remove_prefix(name.size() + 2);
    err << name << ": error: " << message << '\n';
}

void print_diagnostics(const Diagnostics& d, std::ostream& err) {
    for (const auto& item : d.all()) err << format_diagnostic(item) << '\n';
}

/// Where the article goes: DIR/<slug>.md, with -2, -3... when an earlier page of this run took it.
std::filesystem::path target_for(const ImportOptions& o, const ImportedArticle& a, std::map<std::string, int>& taken) {
    const std::string stem = std::filesystem::path(a.provenance).stem().string();
    std::string slug = importer::slug_of(a.title.value, stem.empty() ? "article" : stem);
    const int n = ++taken[slug];
    if (n > 1) slug += "-" + std::to_string(n);
    return o.out_dir / (slug + ".md");
}

/// Imports one page; true when it gave an article that was written or printed.
bool import_one(const ImportOptions& o, const std::filesystem::path& page, std::map<std::string, int>& taken,
                std::ostream& out, std::ostream& err) {
    Diagnostics d;
    const std::string name = page.string();
    std::optional<ImportedArticle> a;
    try {
        a = importer::import_page(read_file(page, o.max_file_bytes), name, o.max_file_bytes, d);
    } catch (const Error& e) {
        report_failure(name, e.what(), err);
        return false;
    }
    print_diagnostics(d, err);
    if (!a) return false;
    std::string where = "stdout";
    if (o.json) {
        out << importer::write_json_record(*a) << '\n';
    } else if (o.to_stdout) {
        out << importer::write_markdown(*a);
    } else {
        const auto target = target_for(o, *a, taken);
        if (!o.force && std::filesystem::exists(target)) {
            err << name << ": error: " << target.string() << " exists (--force overwrites it)\n";
            return false;
        }
        write_file_atomic(target, importer::write_markdown(*a));
        where = target.string();
    }
    if (!o.quiet) report_page(name, where, *a, err);
    return true;
}

} // namespace

int run_import(const ImportOptions& options, std::ostream& out, std::ostream& err) {
    std::map<std::string, int> taken;
    int failed = 0;
    for (const auto& page : options.pages) {
        try {
            if (!import_one(options, page, taken, out, err)) ++failed;
        } catch (const Error& e) {
            report_failure(page.string(), e.what(), err);
            ++failed;
        }
    }
    if (failed > 0) err << "brief: " << failed << " of " << options.pages.size() << " page(s) not imported\n";
    return failed > 0 ? exit_input : exit_ok;
}

} // namespace brief
