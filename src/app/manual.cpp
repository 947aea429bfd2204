// generate_man, generate_bash, generate_zsh: walk the CLI11 tree, so no option is described twice.
#include "app/manual.hpp"

#include "app/cli.hpp"
#include "app/formats.hpp"
#include "style/load.hpp"

#include <algorithm>
#include <ostream>
#include <set>

namespace brief {

namespace fs = std::filesystem;

namespace {

using Options = std::vector<const CLI::Option*>;

std::vector<CLI::App*> commands_of(Cli& cli) {
    return cli.app.get_subcommands([](CLI::App*) { return true; });
}

/// The options --help shows (hidden ones, in the empty group, left out), positionals last.
Options visible_options(const CLI::App& app) {
    Options out = app.get_options([](const CLI::Option* o) { return !o->get_group().empty(); });
    std::stable_partition(out.begin(), out.end(), [](const CLI::Option* o) { return !o->get_positional(); });
    return out;
}

bool is_flag(const CLI::Option* o) { return o->get_expected_max() == 0; }

/// Every spelling of an option with its dashes: {"-o", "--output"}.
std::vector<std::string> spellings(const CLI::Option* o) {
    std::vector<std::string> out;
    for (const auto& s : o->get_snames()) out.push_back("-" + s);
    for (const auto& l : o->get_lnames()) out.push_back("--" + l);
    return out;
}

// ---- roff ---------------------------------------------------------------------------------

/// Text for a roff line: backslashes escaped, and a line that would start a request guarded.
std::string roff(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\') out += "\\e";
        else out += c;
    }
    std::string guarded;
    bool line_start = true;
    for (const char c : out) {
        if (line_start && (c == '.' || c == '\'')) guarded += "\\&";
        guarded += c;
        line_start = c == '\n';
    }
    return guarded;
}

/// An option name with its hyphens as minus signs (man-pages(7): options are typed as shown).
std::string roff_option(const std::string& name) {
    std::string out;
    for (const char c : name) out += c == '-' ? std::string("\\-") : std::string(1, c);
    return out;
}

std::string man_option_head(const CLI::Option* o) {
    if (o->get_positional()) return "\\fI" + o->get_type_name() + "\\fR...";
    std::string out;
    for (const auto& s : spellings(o)) out += (out.empty() ? "" : ", ") + ("\\fB" + roff_option(s) + "\\fR");
    if (!is_flag(o)) out += " \\fI" + o->get_type_name() + "\\fR";
    return out;
}

std::string man_options(const CLI::App& app) {
    std::string out;
    for (const CLI::Option* o : visible_options(app)) {
        out += ".TP\n" + man_option_head(o) + "\n" + roff(o->get_description());
        if (!o->get_default_str().empty()) out += " (default: " + roff(o->get_default_str()) + ")";
        out += "\n";
    }
    return out;
}

/// The lines of a command's footer (its examples) as a no-fill block.
std::string man_footer(const CLI::App& app) {
    std::string text = app.get_footer();
    while (!text.empty() && text.front() == '\n') text.erase(0, 1);
    if (text.empty()) return {};
    return ".PP\n.nf\n" + roff(text) + "\n.fi\n";
}

std::string man_synopsis(Cli& cli) {
    std::string out = ".SH SYNOPSIS\n";
    for (CLI::App* c : commands_of(cli)) {
        out += ".B brief " + c->get_name() + "\n[\\fIOPTIONS\\fR]";
        for (const CLI::Option* o : visible_options(*c))
            if (o->get_positional()) out += " [\\fI" + o->get_type_name() + "\\fR" + (o->get_expected_max() > 1 ? "...]" : "]");
        out += "\n.br\n";
    }
    return out + ".B brief\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n";
}

std::string man_commands(Cli& cli) {
    std::string out = ".SH COMMANDS\n";
    for (CLI::App* c : commands_of(cli)) out += ".TP\n.B " + c->get_name() + "\n" + roff(c->get_description()) + "\n";
    return out;
}

std::string man_all_options(Cli& cli) {
    std::string out = ".SH OPTIONS\n.SS brief\n" + man_options(cli.app);
    for (CLI::App* c : commands_of(cli)) out += ".SS \"brief " + c->get_name() + "\"\n" + man_options(*c) + man_footer(*c);
    return out;
}

// The parts of the page that describe files rather than options.
const char* man_head = R"(.SH NAME
brief \- turn a folder of news articles into one attributed briefing
)";

const char* man_description = R"(.SH DESCRIPTION
.B brief
reads a folder of news articles (CommonMark with YAML front matter, \fBarticles/*.md\fR) and the
briefing's own details (\fBarticles/briefing.yaml\fR), and writes one briefing in four formats:
a typeset PDF (\fBbriefing.pdf\fR), an EPUB 3 e\-book (\fBbriefing.epub\fR), a Word document
(\fBbriefing.docx\fR) and flat WordprocessingML (\fBbriefing.xml\fR, one file Word opens).
.PP
Every output carries source attribution footnotes: each article cites the outlet, author, date,
address and file it came from, and every mention of an outlet the briefing credits is footnoted
too. The same note has the same number in every format. Problems in the input are reported as
\fIFILE\fR:\fILINE\fR:\fICOL\fR: \fBerror\fR: with a hint; outputs are written atomically, so a
failed run leaves earlier outputs untouched.
)";

const char* man_files = R"(.SH FRONT MATTER
Each article opens with YAML between two lines of \fB\-\-\-\fR. Only \fBtitle\fR is required;
leave out what the article itself does not show.
.TP
.B title
The headline (required; text).
.TP
.B outlet
The outlet that published it.
.TP
.B author
The byline as printed.
.TP
.B date
Publication date, ISO 8601 (\fB2018\-11\-23\fR).
.TP
.B url
The article's address; http and https only.
.TP
.B retrieved
When the copy was taken, ISO 8601.
.TP
.B provenance
The original file it was copied from.
.TP
.B language
BCP 47 tag; default: the briefing's language.
.PP
\fBbriefing.yaml\fR holds \fBtitle\fR, \fBsubtitle\fR, \fBdate\fR, \fBissuer\fR,
\fBclassification\fR, \fBlanguage\fR, \fBstyle\fR, the article \fBorder\fR (file names) and the
\fBcredits\fR: outlets to footnote wherever an article mentions them (\fBname\fR,
\fBaliases\fR, \fBurl\fR).
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
Problems in the input (every one is printed), or an output that could not be written; nothing
is written then.
.TP
.B 2
Usage errors: an unknown command, option or format.
.SH ENVIRONMENT
.TP
.B SOURCE_DATE_EPOCH
Seconds since 1970 used for every timestamp the outputs carry; otherwise the briefing's date.
The same input then gives the same bytes.
.TP
.B MIMALLOC_LARGE_OS_PAGES
Set to 0 to keep the allocator from asking for transparent huge pages.
.SH FILES
.TP
.B articles/*.md
The articles, read in name order after those \fBorder\fR names.
.TP
.B articles/briefing.yaml
The briefing's title, date, marking, order, style and credits.
.TP
.B styles/NAME.yaml
A style in the current folder, looked for before the shipped ones.
.TP
.B /usr/share/brief/styles/
The shipped styles, \fBdefault\fR (A4) and \fBletter\fR (US Letter), found relative to the
installed program (\fI../share/brief/styles\fR).
.TP
.B out/briefing.{pdf,epub,docx,xml}
The outputs.
.SH EXAMPLES
.nf
brief init hearing && cd hearing
brief build
brief watch \-f pdf
brief build \-q \-\-summary\-json out/summary.json
brief check articles
parallel \-\-jobs 4 'brief build {}/articles \-o {}/out \-q' ::: topic\-*
.fi
.SH SEE ALSO
.BR pandoc (1),
.BR parallel (1)
)";

/// Style names the shipped folders hold, for completing --style.
std::string style_names() {
    std::set<std::string> names;
    for (const auto& dir : default_style_dirs()) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().extension() == ".yaml") names.insert(e.path().stem().string());
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : " ") + n;
    return out;
}

std::string format_words() {
    std::string out;
    for (const auto& f : all_formats()) out += (out.empty() ? "" : " ") + f.name;
    return out;
}

} // namespace

std::string generate_man(Cli& cli) {
    std::string out = ".\\\" brief.1: generated from brief's command line (brief --generate man); do not edit.\n";
    out += ".TH BRIEF 1 \"\" \"" + version_line() + "\" \"User Commands\"\n";
    out += man_head + man_synopsis(cli) + man_description + man_commands(cli) + man_all_options(cli) + man_files;
    return out;
}

// ---- bash ---------------------------------------------------------------------------------

namespace {

/// What completes the value of an option, by the name of its value (the type name).
std::string bash_value(const CLI::Option* o) {
    const std::string t = o->get_type_name();
    if (t == "DIR") return "compgen -d -- \"$cur\"";
    if (t == "LIST") return "compgen -W \"" + format_words() + "\" -- \"$cur\"";
    if (t == "STYLE") return "compgen -W \"" + style_names() + "\" -- \"$cur\"; compgen -f -X '!*.yaml' -- \"$cur\"";
    if (t == "FILE" || t == "PATH") return "compgen -f -- \"$cur\"";
    return "";
}

std::string bash_command(const CLI::App& app) {
    std::string words, values;
    for (const CLI::Option* o : visible_options(app)) {
        if (o->get_positional()) continue;
        std::string names;
        for (const auto& s : spellings(o)) names += (names.empty() ? "" : "|") + s, words += " " + s;
        if (is_flag(o)) continue;
        const std::string value = bash_value(o);
        values += "            " + names + ") COMPREPLY=(" + (value.empty() ? "" : "$(" + value + ")") + "); return ;;\n";
    }
    return "    " + app.get_name() + ")\n        case $prev in\n" + values +
           "        esac\n        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"" + words.substr(1) +
           "\" -- \"$cur\")); else COMPREPLY=($(compgen -f -- \"$cur\")); fi ;;\n";
}

} // namespace

std::string generate_bash(Cli& cli) {
    std::string names, words;
    for (CLI::App* c : commands_of(cli)) {
        names += (names.empty() ? "" : "|") + c->get_name();
        words += c->get_name() + " ";
    }
    std::string out = "# bash completion for brief: generated from its command line (brief --generate bash).\n"
                      "_brief() {\n"
                      "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i\n"
                      "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                      "        case ${COMP_WORDS[i]} in " + names + ") cmd=${COMP_WORDS[i]}; break ;; esac\n"
                      "    done\n"
                      "    case $cmd in\n"
                      "    '') COMPREPLY=($(compgen -W \"" + words + "--help --version\" -- \"$cur\")) ;;\n";
    for (CLI::App* c : commands_of(cli)) out += bash_command(*c);
    return out + "    esac\n}\ncomplete -o filenames -F _brief brief\n";
}

// ---- zsh ----------------------------------------------------------------------------------

namespace {

/// Text inside a zsh single-quoted _arguments spec: quotes closed and reopened, brackets and
/// colons escaped (zshcompsys(1), _arguments).
std::string zsh_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\'') out += "'\\''";
        else if (c == '[' || c == ']' || c == ':') out += std::string("\\") + c;
        else out += c;
    }
    return out;
}

std::string zsh_action(const CLI::Option* o) {
    const std::string t = o->get_type_name();
    if (t == "DIR") return "_files -/";
    if (t == "LIST") return "_sequence compadd - " + format_words();
    if (t == "STYLE") return "_alternative 'styles\\:style\\:(" + style_names() + ")' 'files\\:file\\:_files -g \"*.yaml\"'";
    if (t == "FILE" || t == "PATH") return "_files";
    return " ";
}

std::string zsh_command(const CLI::App& app) {
    std::string out = "        " + app.get_name() + ")\n            _arguments -s";
    for (const CLI::Option* o : visible_options(app)) {
        const std::string help = zsh_text(o->get_description());
        if (o->get_positional()) {
            out += " \\\n                '*:" + zsh_text(o->get_type_name()) + ":" + zsh_action(o) + "'";
            continue;
        }
        const auto names = spellings(o);
        std::string exclusive, value = is_flag(o) ? "" : ":" + o->get_type_name() + ":" + zsh_action(o);
        for (const auto& n : names) exclusive += (exclusive.empty() ? "" : " ") + n;
        for (const auto& n : names)
            out += " \\\n                '(" + exclusive + ")" + n + "[" + help + "]" + value + "'";
    }
    return out + " ;;\n";
}

} // namespace

std::string generate_zsh(Cli& cli) {
    std::string out = "#compdef brief\n# zsh completion for brief: generated from its command line (brief --generate zsh).\n"
                      "_brief() {\n    local curcontext=\"$curcontext\" state line\n    local -a commands\n    commands=(\n";
    for (CLI::App* c : commands_of(cli))
        out += "        '" + c->get_name() + ":" + zsh_text(c->get_description()) + "'\n";
    out += "    )\n    _arguments -C '(- *)--help[Show help]' '(- *)--version[Show the version]' \\\n"
           "        '1: :->command' '*:: :->option' && return\n"
           "    case $state in\n    command) _describe -t commands 'brief command' commands ;;\n"
           "    option)\n        case $line[1] in\n";
    for (CLI::App* c : commands_of(cli)) out += zsh_command(*c);
    return out + "        esac ;;\n    esac\n}\n_brief \"$@\"\n";
}

int print_generated(Cli& cli, const std::string& which, std::ostream& out) {
    if (which == "man") out << generate_man(cli);
    else if (which == "bash") out << generate_bash(cli);
    else out << generate_zsh(cli);
    return 0;
}

} // namespace brief
