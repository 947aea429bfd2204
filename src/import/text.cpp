// import_text: paragraphs, the header zone above the first sentence of prose, then the story.
#include "import/text.hpp"

#include "import/looks.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace brief::importer {

namespace {

/// "RELATED: ...", "READ MORE: ...": a label in capitals and a colon, then a link's text.
bool is_label_link(std::string_view t) {
    const std::size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon < 3 || colon > 24) return false;
    const std::string_view label = t.substr(0, colon);
    return std::all_of(label.begin(), label.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == ' '; });
}

bool is_image_credit(std::string_view t, std::size_t words) {
    const std::string l = ascii_lower(t.substr(0, 16));
    return words <= 12 && (l.starts_with("photo:") || l.starts_with("image:") || l.starts_with("credit:") ||
                           l.starts_with("(photo") || l.starts_with("photo by") || l.starts_with("\xC2\xA9") ||
                           l.starts_with("getty images") || l.starts_with("image credit"));
}

/// What one paragraph looks like.
struct Line {
    std::string text;
    std::size_t words = 0;
    bool sentence = false; ///< ends as a sentence does
    bool action = false;   ///< a call to action or a label link
    bool dropped = false;
};

bool is_prose(const Line& l) { return (l.words >= 12 && l.sentence) || l.words >= 25; }

/// Short, with no final punctuation: a menu entry, a tag, a label ("VB Event", "Huawei (STOCK)").
bool is_chrome_look(const Line& l) { return l.action || (l.words <= 6 && !l.sentence); }

/// The text's paragraphs: its lines, except that a line of 60 bytes or more that stops short of
/// a sentence's end and is followed at once by another line is a paragraph wrapped by hand
/// (e-mail, plain-text exports), joined with what follows.
std::vector<std::string> read_paragraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    bool open = false; // the last paragraph may go on on the next line
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t nl = std::min(text.find('\n', pos), text.size());
        std::string line = collapse_space(text.substr(pos, nl - pos));
        pos = nl + 1;
        if (line.empty()) {
            open = false;
            continue;
        }
        if (open) paragraphs.back() += " " + line;
        else paragraphs.push_back(line);
        open = line.size() >= 60 && !ends_sentence(line);
    }
    return paragraphs;
}

std::vector<Line> read_lines(std::string_view text) {
    std::vector<Line> lines;
    for (std::string& paragraph : read_paragraphs(text)) {
        Line l;
        l.text = std::move(paragraph);
        const auto words = split_words(l.text);
        l.words = words.size();
        l.sentence = ends_sentence(l.text);
        l.action = is_call_to_action(words) || is_label_link(l.text) || is_image_credit(l.text, l.words) ||
                   is_credit(l.text, l.words) || is_navigation(l.text);
        lines.push_back(std::move(l));
    }
    return lines;
}

Block paragraph(std::string text, bool emph = false) {
    Span s;
    s.text = std::move(text);
    s.emph = emph;
    Block b;
    b.spans.push_back(std::move(s));
    return b;
}

} // namespace

namespace {

/// The header zone: every line above the first line of prose.
void read_header(std::vector<Line>& lines, std::size_t end, ImportedArticle& a) {
    bool standfirst_done = false;
    for (std::size_t i = 0; i < end; ++i) {
        const Line& l = lines[i];
        const std::string lead = ascii_lower(l.text.substr(0, 12));
        const bool dateline = l.words <= 10 && (lead.starts_with("published") || lead.starts_with("updated") ||
                                                lead.starts_with("posted") || lead.starts_with("date") ||
                                                parse_loose_date(l.text).has_value());
        if (dateline) {
            if (const auto iso = parse_loose_date(l.text)) a.date.offer(*iso, "dateline");
            continue;
        }
        if (l.words <= 10) {
            const std::string name = byline_name(l.text);
            if (!name.empty() && a.author.offer(name, "byline")) continue;
        }
        if (a.title.value.empty() && !l.action && l.words >= 2 && l.words <= 30 && !l.sentence) {
            a.title.offer(l.text, "first headline line");
        } else if (!a.title.value.empty() && !standfirst_done && !l.action && l.words >= 6 && l.text != a.title.value) {
            a.blocks.push_back(paragraph(l.text, true));
            standfirst_done = true;
        } else {
            a.dropped.push_back(l.text);
        }
    }
}

/// "VentureBeat's mission is..." or "...Discover our Briefings.": a closing note in the outlet's
/// own voice (first person plural outside quotation marks, with "mission" or a call to action).
bool is_outlet_voice(const Line& l) {
    bool we = false, quoted = false, action = false;
    const auto words = split_words(l.text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w.find('"') != std::string::npos || w.find("\xE2\x80\x9C") != std::string::npos) quoted = !quoted;
        std::string bare = ascii_lower(w);
        while (!bare.empty() && !std::isalpha(static_cast<unsigned char>(bare.back()))) bare.pop_back();
        if (!quoted && (bare == "our" || bare == "we" || bare == "us")) we = true;
        if (bare == "mission") action = true;
        const bool sentence_start = i == 0 || ends_sentence(words[i - 1]);
        if (sentence_start && is_call_to_action({w})) action = true;
    }
    return we && action;
}

/// The outlet named by a note in its own voice ("VentureBeat's mission is..."), or empty.
std::string outlet_of(const std::string& text) {
    for (std::string_view mark : {"\xE2\x80\x99s mission", "'s mission"}) {
        const std::size_t at = text.find(mark);
        if (at == std::string::npos) continue;
        const std::size_t start = text.rfind(' ', at);
        return text.substr(start == std::string::npos ? 0 : start + 1, at - (start == std::string::npos ? 0 : start + 1));
    }
    return {};
}

/// An exclamation, or "you" and "your" outside quotation marks: the page addressing its reader.
bool speaks_to_reader(const std::string& text) {
    if (text.ends_with('!')) return true;
    bool quoted = false;
    for (const std::string& w : split_words(text)) {
        if (w.find('"') != std::string::npos || w.find("\xE2\x80\x9C") != std::string::npos) quoted = !quoted;
        const std::string bare = ascii_lower(w.substr(0, w.find_first_of(".,;:!?")));
        if (!quoted && (bare == "you" || bare == "your")) return true;
    }
    return false;
}

void mark_chrome(std::vector<Line>& lines, std::size_t begin) {
    for (std::size_t i = begin; i < lines.size(); ++i) {
        Line& l = lines[i];
        const bool repeated = std::any_of(lines.begin(), lines.begin() + static_cast<long>(i),
                                          [&](const Line& o) { return o.text == l.text && o.words > 3; });
        l.dropped = repeated || is_chrome_look(l);
    }
    // a short paragraph set between two dropped lines that speaks to the reader is part of their
    // box (an event advert: "Connect with ... near you!")
    for (std::size_t i = begin + 1; i + 1 < lines.size(); ++i)
        if (!lines[i].dropped && lines[i - 1].dropped && lines[i + 1].dropped && lines[i].words <= 30 &&
            speaks_to_reader(lines[i].text))
            lines[i].dropped = true;
    for (std::size_t i = lines.size(); i-- > begin && (lines[i].dropped || is_outlet_voice(lines[i]));)
        lines[i].dropped = true;
}

} // namespace

ImportedArticle import_text(std::string_view text) {
    ImportedArticle a;
    std::vector<Line> lines = read_lines(text);
    const auto first_prose = std::find_if(lines.begin(), lines.end(), is_prose);
    const auto body = static_cast<std::size_t>(first_prose - lines.begin());
    read_header(lines, body, a);
    mark_chrome(lines, body);
    for (std::size_t i = body; i < lines.size(); ++i) {
        if (!lines[i].dropped) a.blocks.push_back(paragraph(lines[i].text));
        else a.dropped.push_back(lines[i].text);
        if (lines[i].dropped) a.outlet.offer(outlet_of(lines[i].text), "the outlet's closing note");
    }
    if (a.title.value.empty() && !a.blocks.empty()) a.title.offer(opening_words(plain_text(a.blocks.front())), "opening words");
    return a;
}

} // namespace brief::importer
