// The real backend on the seed articles: same bytes twice, notes on the page of their mark, and
// pdftotext giving back every article's words in reading order.
#include "write/pdf/pdf.hpp"

#include "doc/text.hpp"
#include "../../../support/fixtures.hpp"
#include "write/pdf/fontset.hpp"
#include "write/pdf/layout/document.hpp"
#include "write/pdf/layout/dump.hpp"
#include "write/pdf/layout/hyphenate.hpp"
#include "write/pdf/layout/items.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

using namespace brief;

namespace {

pdf::Document seed_layout(const Style& style) {
    Diagnostics d;
    const Briefing b = test::seed_briefing(d);
    pdf::FontSet fonts(style, d);
    auto doc = pdf::layout_document(b, style, fonts, d, pdf::Hyphenator::default_dir());
    if (const char* out = std::getenv("BRIEF_PDF_DUMP")) std::ofstream(out) << pdf::dump_document(doc);
    return doc;
}

} // namespace

TEST_CASE("every note starts on the page of its mark (seed, A4 and Letter)") {
    for (const char* name : {"default", "letter"}) {
        const auto doc = seed_layout(test::shipped_style(name));
        std::map<int, std::size_t> mark_page, note_page;
        for (std::size_t p = 0; p < doc.pages.size(); ++p) {
            for (int m : doc.pages[p].marks) mark_page.try_emplace(m, p);
            for (int n : doc.pages[p].notes) note_page.try_emplace(n, p);
        }
        REQUIRE(mark_page.size() >= 10);
        for (const auto& [n, page] : mark_page) {
            INFO("style " << name << ", note " << n);
            REQUIRE(note_page.count(n) == 1);
            CHECK(note_page.at(n) == page);
        }
    }
}

TEST_CASE("the bookmarks nest each article's headings by their outline level, each at its anchor") {
    Diagnostics d;
    const Briefing b = test::briefing_from_body("## First\n\nText.\n\n#### Deeper\n\nText.\n\n# Top again\n\nText.\n", d);
    const Style style = test::shipped_style();
    pdf::FontSet fonts(style, d);
    const auto doc = pdf::layout_document(b, style, fonts, d, pdf::Hyphenator::default_dir());
    std::vector<std::string> outline;
    for (const auto& m : doc.bookmarks) outline.push_back(std::to_string(m.level) + " " + m.title);
    CHECK(outline == std::vector<std::string>{"0 Cover", "0 Contents", "0 Test article", "1 First", "2 Deeper", "1 Top again", "0 Sources"});
    std::set<std::string> anchors;
    for (const auto& page : doc.pages)
        for (const auto& a : page.anchors) anchors.insert(a.name);
    for (const auto& m : doc.bookmarks) CHECK(anchors.count(m.dest) == 1);
}

namespace {

/// The words a reader sees in an article's blocks, with note numbers where their marks are.
class Words {
  public:
    std::string text;

    void blocks(const Blocks& list) {
        for (const auto& b : list) block(b);
    }

  private:
    void block(const Block& b) {
        std::visit(overloaded{
                       [&](const Paragraph& p) { inlines(p.content), text += '\n'; },
                       [&](const Heading& h) { inlines(h.content), text += '\n'; },
                       [&](const BlockQuote& q) { blocks(q.children); },
                       [&](const List& l) {
                           for (const auto& i : l.items) blocks(i.children);
                       },
                       [&](const CodeBlock& c) { text += c.text + "\n"; },
                       [&](const ThematicBreak&) {},
                       [&](const Table& t) {
                           if (!t.caption.empty()) inlines(t.caption), text += '\n';
                           for (const auto& c : t.header.cells) inlines(c.content), text += '\n';
                           for (const auto& r : t.rows)
                               for (const auto& c : r.cells) inlines(c.content), text += '\n';
                       },
                       [&](const Figure& f) { inlines(f.caption), text += '\n'; },
                   },
                   b.node);
    }
    void inlines(const Inlines& list) {
        for (const auto& i : list)
            std::visit(overloaded{
                           [&](const Text& t) { text += t.text; },
                           [&](const Emph& e) { inlines(e.children); },
                           [&](const Strong& e) { inlines(e.children); },
                           [&](const Strike& e) { inlines(e.children); },
                           [&](const Code& c) { text += c.text; },
                           [&](const Link& l) { inlines(l.children); },
                           [&](const Image& m) { text += m.alt; },
                           [&](const SoftBreak&) { text += ' '; },
                           [&](const LineBreak&) { text += ' '; },
                           [&](const Note& n) { text += std::to_string(n.number); },
                       },
                       i.node);
    }
};

/// Words split at white space, no-break spaces included (the PDF draws them as spaces).
std::vector<std::string> split_words(std::string text) {
    std::string spaced; // copied, not replaced in place: GCC 12 warned falsely (-Wrestrict) on replace
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text.compare(i, 2, "\xC2\xA0") == 0;
        spaced += nbsp ? ' ' : text[i];
        i += nbsp ? 1 : 0;
    }
    std::vector<std::string> out;
    std::istringstream in(spaced);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

/// pdftotext's text of a PDF, or nothing when poppler-utils is not installed.
std::optional<std::string> extract_text(const Bytes& pdf) {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) return std::nullopt;
    const auto path = std::filesystem::temp_directory_path() / "brief-pdf-test-extract.pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    const std::string cmd = "pdftotext -enc UTF-8 '" + path.string() + "' - 2>&1";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[4096];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
        pclose(p);
    }
    std::filesystem::remove(path);
    return out;
}

Bytes seed_pdf(const std::string& style_name, bool pdfa, Diagnostics& d) {
    const Briefing b = test::seed_briefing(d);
    RenderOptions o;
    o.timestamp = 1543190400;
    o.pdfa = pdfa;
    return write_pdf(b, test::shipped_style(style_name), o, d);
}

} // namespace

TEST_CASE("pdftotext gives back every article's words in reading order, hyphenated words whole") {
    for (const char* style : {"default", "letter"}) {
        Diagnostics d;
        const Briefing b = test::seed_briefing(d);
        const auto text = extract_text(seed_pdf(style, false, d));
        if (!text) {
            WARN("pdftotext is not installed: text extraction not checked");
            return;
        }
        CHECK(text->find("Syntax Error") == std::string::npos);
        CHECK(text->find("Syntax Warning") == std::string::npos);
        const auto tokens = split_words(*text);
        // the articles come after the Key points, whose claims are some articles' sentences
        // (an article opening with its claim would otherwise be looked for there)
        std::size_t pos = std::find(tokens.begin(), tokens.end(), "Coverage:") - tokens.begin();
        REQUIRE(pos < tokens.size());
        for (const auto& article : b.articles) {
            Words w;
            w.blocks(article.blocks);
            const auto words = split_words(w.text);
            REQUIRE(words.size() > 3);
            // the article starts where its first three words follow each other
            while (pos + 3 < tokens.size() &&
                   !(tokens[pos] == words[0] && tokens[pos + 1] == words[1] && tokens[pos + 2] == words[2]))
                ++pos;
            for (const auto& word : words) {
                // A word is one token, or a few when a URL or long word broke without a hyphen
                // (poppler itself rejoins words we hyphenated). Page furniture and notes between
                // words are skipped, but not for long.
                bool found = false;
                for (std::size_t start = pos; !found && start < std::min(tokens.size(), pos + 160); ++start) {
                    std::string joined;
                    for (std::size_t k = start; k < std::min(tokens.size(), start + 4); ++k) {
                        joined += tokens[k];
                        if (joined == word) {
                            found = true;
                            pos = k + 1;
                            break;
                        }
                        if (word.rfind(joined, 0) != 0) break;
                    }
                }
                INFO("style " << style << ", " << article.file << ": word '" << word << "' near '"
                              << (pos < tokens.size() ? tokens[pos] : std::string("(end)")) << "'");
                REQUIRE(found);
            }
        }
    }
}

TEST_CASE("the same briefing gives the same bytes (plain and PDF/A)") {
    for (bool pdfa : {false, true}) {
        Diagnostics d1, d2;
        const Bytes a = seed_pdf("default", pdfa, d1);
        const Bytes b = seed_pdf("default", pdfa, d2);
        REQUIRE(a.size() > 10000);
        CHECK(a.rfind("%PDF-1.", 0) == 0);
        CHECK(a == b);
        CHECK_FALSE(d1.has_errors());
        CHECK(d1.warning_count() == 0);
    }
}

TEST_CASE("characters no font has become placeholders and warnings") {
    Diagnostics d;
    const Briefing b = test::briefing_from_body("A private \xF4\x8F\xBF\xBD sign in the text.\n", d);
    const Bytes pdf = write_pdf(b, test::shipped_style("default"), RenderOptions{}, d);
    CHECK(pdf.size() > 1000);
    bool warned = false;
    for (const auto& diag : d.all())
        warned = warned || (diag.severity == Severity::warning && diag.message.find("U+10FFFD") != std::string::npos &&
                            diag.where.file == "test.md" && diag.where.line == 5);
    CHECK(warned);
}

TEST_CASE("articles laid out on several threads give the same bytes and warnings as on one") {
    std::vector<test::ArticleText> articles;
    for (int i = 0; i < 9; ++i) {
        std::string body = "Article " + std::to_string(i) + " with an unshowable \xF4\x8F\xBF\xBD here.\n\n";
        for (int k = 0; k <= i; ++k)
            body += "Officials said, according to the Wall Street Journal, that the outreach continued for a "
                    "considerable while, with hyphenation opportunities everywhere in this paragraph.\n\n";
        articles.push_back({"a" + std::to_string(i) + ".md", "---\ntitle: Article " + std::to_string(i) + "\n---\n" + body});
    }
    Diagnostics read;
    const Briefing b = test::make_briefing(articles, read);
    REQUIRE(b.articles.size() == 9);
    auto render = [&](int threads, Diagnostics& d) {
        RenderOptions o;
        o.threads = threads;
        return write_pdf(b, test::shipped_style("default"), o, d);
    };
    Diagnostics one, three;
    const Bytes a = render(1, one), c = render(3, three);
    CHECK(a == c);
    std::vector<std::string> said_one, said_three;
    for (const auto& x : one.all()) said_one.push_back(x.where.file + ":" + x.message);
    for (const auto& x : three.all()) said_three.push_back(x.where.file + ":" + x.message);
    CHECK(said_one.size() == 9);
    CHECK(said_one == said_three);
}

TEST_CASE("a style's families that are not installed are each reported once, in name order, whatever the threads") {
    Style style = test::shipped_style("default");
    style.fonts.body = "Zz No Such Serif";
    style.fonts.heading = "Aa No Such Sans";
    Diagnostics read;
    const Briefing b = test::seed_briefing(read);
    auto warnings = [&](int threads) {
        Diagnostics d;
        RenderOptions o;
        o.threads = threads;
        CHECK(write_pdf(b, style, o, d).size() > 1000);
        std::vector<std::string> said;
        for (const auto& x : d.all()) said.push_back(x.message);
        return said;
    };
    const auto one = warnings(1);
    REQUIRE(one.size() == 2);
    CHECK(one[0].find("'Aa No Such Sans'") != std::string::npos);
    CHECK(one[1].find("'Zz No Such Serif'") != std::string::npos);
    CHECK(warnings(3) == one);
}

namespace {

/// A German article (its front matter's language `language`) laid out on a page 260 points wide.
pdf::Document german_layout(const std::string& language) {
    const std::string body =
        "Die Bundesregierung hat die Zusammenarbeit mit den Telekommunikationsunternehmen bei der "
        "Netzinfrastruktur auf den Prüfstand gestellt. Das Bundesinnenministerium und die "
        "Bundesnetzagentur verlangen Sicherheitsanforderungen für die Mobilfunknetze der fünften "
        "Generation, bevor Vertragsverhandlungen mit Netzwerkausrüstern abgeschlossen werden. "
        "Sicherheitsbehörden befürchten Spionagemöglichkeiten durch Hintertüren in der Vermittlungstechnik.\n";
    Diagnostics d;
    const Briefing b = test::make_briefing(
        {{"de.md", "---\ntitle: Netzausbau\noutlet: Handelsblatt\nlanguage: " + language + "\n---\n\n" + body}}, d);
    Style style = test::shipped_style("default");
    style.page.width = 260 + style.page.margin_inner + style.page.margin_outer;
    pdf::FontSet fonts(style, d);
    return pdf::layout_document(b, style, fonts, d, pdf::Hyphenator::default_dir());
}

/// The body lines of a layout, in order.
std::vector<const pdf::Line*> body_lines(const pdf::Document& doc) {
    std::vector<const pdf::Line*> out;
    for (const auto& page : doc.pages)
        for (const auto& line : page.lines)
            if (line.role == "body") out.push_back(&line);
    return out;
}

} // namespace

TEST_CASE("a German article is hyphenated at the German patterns' points, and not as another language") {
    const pdf::Hyphenator de = pdf::Hyphenator::for_language("de");
    const auto doc = german_layout("de");
    const auto lines = body_lines(doc);
    int hyphenated = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i]->hyphenated) continue;
        ++hyphenated;
        // the word broken: the last one on this line (its hyphen dropped) and the first on the next
        std::string end, start;
        for (const auto& r : lines[i]->runs) end += r.text;
        for (const auto& r : lines[i + 1]->runs) start += r.text;
        REQUIRE(end.size() > 1);
        REQUIRE(end.back() == '-');
        end.pop_back();
        const std::string head = end.substr(end.rfind(' ') + 1);
        const std::string tail = start.substr(0, start.find_first_of(" .,"));
        const std::string word = head + tail;
        std::size_t chars = 0;
        for (const char c : head) chars += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
        const auto points = de.points(word);
        INFO(head << "-" << tail);
        CHECK(std::find(points.begin(), points.end(), chars) != points.end());
    }
    CHECK(hyphenated > 0);
    for (const char* other : {"sw", "ja"}) {
        INFO(other);
        const auto doc = german_layout(other); // kept: body_lines points into it
        for (const auto* line : body_lines(doc)) CHECK_FALSE(line->hyphenated);
    }
}

TEST_CASE("the seed's key points and coverage table fill one page after the contents, linked both ways") {
    const auto doc = seed_layout(test::shipped_style());
    auto page_of_anchor = [&](const std::string& name) -> int {
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto& a : doc.pages[p].anchors)
                if (a.name == name) return static_cast<int>(p);
        return -1;
    };
    auto page_of_link = [&](const std::string& dest) -> int {
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto& l : doc.pages[p].links)
                if (l.dest == dest) return static_cast<int>(p);
        return -1;
    };
    const int part = page_of_anchor("key-points");
    CHECK(part == page_of_anchor("contents") + 1);
    CHECK(page_of_anchor("article-1") == part + 1); // the list and the table on the one page
    for (const std::string n : {"1", "2", "3"}) {
        INFO("key point " << n);
        CHECK(page_of_anchor("key-point-" + n) == part);
        CHECK(page_of_link("claim-" + n) == part);
        CHECK(page_of_anchor("claim-" + n) > part); // the sentence it was drawn from, in its article
        CHECK(page_of_link("key-point-" + n) == page_of_anchor("claim-" + n));
    }
    std::vector<std::string> top;
    for (const auto& m : doc.bookmarks)
        if (m.level == 0) top.push_back(m.title);
    REQUIRE(top.size() >= 3);
    CHECK(top[2] == "Key points");
}
