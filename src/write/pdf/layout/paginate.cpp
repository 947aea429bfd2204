// paginate: fills pages from the flow, best legal break first, with notes at the foot of the page.
#include "write/pdf/layout/flow.hpp"

#include <optional>

namespace brief::pdf {

void place(const VLine& v, double left, double top, Page& page) {
    Line out;
    out.baseline = top + v.baseline;
    out.hyphenated = v.line.hyphenated;
    out.role = v.role;
    const double x0 = left + v.x;
    out.runs.reserve(v.line.runs.size());
    for (const auto& sr : v.line.runs) {
        if (sr.run.picture >= 0) { // an inline picture stands on the baseline, as tall as its text
            const double h = sr.run.size;
            page.images.push_back(PlacedImage{x0 + sr.run.x, out.baseline - sr.run.rise - h * 0.85, sr.run.width, h,
                                              static_cast<std::size_t>(sr.run.picture), sr.run.tag});
            continue;
        }
        Run& r = out.runs.emplace_back(sr.run);
        r.x += x0;
        const double asc = r.size * 0.9, desc = r.size * 0.25;
        const bool linked = !sr.uri.empty() || !sr.dest.empty();
        auto& links = page.links;
        if (linked && !links.empty() && links.back().uri == sr.uri && links.back().dest == sr.dest &&
            std::abs(links.back().y - (out.baseline - r.rise - asc)) < 0.01) { // same line, same target: one area
            links.back().w = r.x + r.width - links.back().x;
            if (links.back().tag < 0) links.back().tag = r.tag; // begun by an artifact (dot leaders)
        } else if (linked) {
            links.push_back(LinkArea{r.x, out.baseline - r.rise - asc, r.width, asc + desc, sr.uri, sr.dest, r.tag});
        }
        if (!sr.anchor.empty()) page.anchors.push_back(Anchor{sr.anchor, out.baseline - v.height});
        if (sr.note != 0) page.marks.push_back(sr.note);
    }
    for (Rect r : v.rects) {
        r.x += left;
        r.y += top;
        page.rects.push_back(r);
    }
    for (PlacedImage image : v.images) {
        image.x += left;
        image.y += top;
        page.images.push_back(image);
    }
    if (!out.runs.empty()) page.lines.push_back(std::move(out));
}

namespace {

/// What is on the page being filled. Copied at every legal break, so it holds only pointers.
struct State {
    std::vector<std::pair<const VLine*, double>> body; ///< lines, and skips (null) with their height
    double body_height = 0;
    std::vector<const VLine*> notes;
    double notes_height = 0;
    std::vector<const VLine*> carry; ///< note lines that continue on the next page
    std::vector<int> note_starts;
    std::size_t next = 0; ///< the flow item the next page starts from
    std::size_t repeated = 0; ///< lines of a table's header repeated at the top
};

/// Fills one page at a time; the frame and flow are read-only.
class Paginator {
  public:
    /// `spent`, when given, is the flow itself: the lines of each page made are freed from it.
    Paginator(const Flow& flow, const Frame& frame, Flow* spent = nullptr) : flow_(flow), frame_(frame), spent_(spent) {}

    std::vector<Page> run() {
        std::vector<Page> pages;
        std::vector<const VLine*> carry;
        std::size_t at = 0;
        while (at < flow_.items.size() || !carry.empty()) {
            State s = fill(at, carry);
            const bool empty = s.body.empty() && s.notes.empty();
            if (empty && s.next == at) break; // cannot happen: a line is always forced onto an empty page
            if (!empty) pages.push_back(render(s));
            release(at, s.next);
            at = s.next;
            carry = s.carry;
        }
        return pages;
    }

  private:
    const Flow& flow_;
    const Frame& frame_;
    Flow* spent_;

    /// Items before the next page's start are never read again (notes are kept: they may carry).
    void release(std::size_t from, std::size_t to) const {
        if (spent_ == nullptr) return;
        for (std::size_t k = from; k < to && k < spent_->items.size(); ++k)
            if (auto* line = std::get_if<VLine>(&spent_->items[k])) *line = VLine{};
    }

    double note_area(const State& s) const { return s.notes.empty() ? 0 : frame_.note_skip + s.notes_height; }

    void take_carry(State& s, const std::vector<const VLine*>& carry) const {
        for (std::size_t i = 0; i < carry.size(); ++i) {
            const double h = (s.notes.empty() ? frame_.note_skip : 0) + carry[i]->height;
            if (s.notes_height + h > frame_.height && !s.notes.empty()) {
                s.carry.assign(carry.begin() + static_cast<std::ptrdiff_t>(i), carry.end());
                return;
            }
            s.notes.push_back(carry[i]);
            s.notes_height += carry[i]->height;
        }
    }

    std::vector<const VLine*> note_lines(const VLine& v, std::size_t& last_start, std::size_t& last_size) const {
        std::vector<const VLine*> out;
        for (int n : v.line.notes) {
            auto it = flow_.notes.find(n);
            if (it == flow_.notes.end()) continue;
            last_start = out.size();
            last_size = it->second.size();
            for (const auto& l : it->second) out.push_back(&l);
        }
        return out;
    }

    /// Adds a body line and its notes if they fit (splitting the last note if need be).
    bool add_line(State& s, const VLine& v, bool force) const {
        std::size_t last_start = 0, last_size = 0;
        const auto lines = note_lines(v, last_start, last_size);
        const double body = s.body_height + v.height;
        double need = 0;
        for (const auto* l : lines) need += l->height;
        if (!lines.empty() && s.notes.empty()) need += frame_.note_skip;
        const bool blocked = !lines.empty() && !s.carry.empty(); // a split note must end before new notes start
        if (!blocked && body + note_area(s) + need <= frame_.height + 0.01) {
            commit(s, v, lines, lines.size());
            return true;
        }
        if (lines.empty() || blocked) {
            if (!force) return false;
            commit(s, v, {}, 0);
            return true;
        }
        double room = frame_.height - body - note_area(s) - (s.notes.empty() ? frame_.note_skip : 0);
        std::size_t k = 0;
        while (k < lines.size() && room >= lines[k]->height - 0.01) room -= lines[k++]->height;
        const std::size_t minimum = last_start + std::min<std::size_t>(2, last_size);
        if (k < minimum && !force) return false;
        commit(s, v, lines, std::max(k, std::min(minimum, lines.size())));
        return true;
    }

    void commit(State& s, const VLine& v, const std::vector<const VLine*>& lines, std::size_t k) const {
        s.body.emplace_back(&v, v.height);
        s.body_height += v.height;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i < k) {
                s.notes.push_back(lines[i]);
                s.notes_height += lines[i]->height;
            } else {
                s.carry.push_back(lines[i]);
            }
        }
    }

    State fill(std::size_t at, const std::vector<const VLine*>& carry) const {
        State s;
        take_carry(s, carry);
        while (at < flow_.items.size() && !std::holds_alternative<VLine>(flow_.items[at])) ++at; // top: discard
        if (at < flow_.items.size()) repeat_header(s, std::get<VLine>(flow_.items[at]));
        std::optional<State> best;
        std::size_t j = at;
        for (; j < flow_.items.size(); ++j) {
            const VItem& item = flow_.items[j];
            if (std::holds_alternative<VPageBreak>(item)) {
                s.next = j + 1;
                return s;
            }
            const bool breakable = std::visit(overloaded{[](const VLine& l) { return l.break_before; },
                                                         [](const VSkip& k) { return k.break_before; },
                                                         [](const VPageBreak&) { return true; }},
                                              item);
            if (j > at && breakable && s.body.size() > s.repeated) {
                best = s;
                best->next = j;
            }
            if (const auto* skip = std::get_if<VSkip>(&item)) {
                if (s.body_height + skip->height + note_area(s) > frame_.height) break;
                s.body_height += skip->height;
                s.body.emplace_back(nullptr, skip->height);
                continue;
            }
            const VLine& line = std::get<VLine>(item);
            if (!add_line(s, line, s.body.size() == s.repeated && s.notes.empty())) break;
        }
        if (j == flow_.items.size()) {
            s.next = j;
            return s;
        }
        if (best) return *best;
        s.next = j;
        return s;
    }

    /// A page that starts inside a table starts with the table's header row again. Its lines carry
    /// no notes, so they go in as they are.
    static void repeat_header(State& s, const VLine& first) {
        if (!first.header) return;
        for (const VLine& line : *first.header) {
            s.body.emplace_back(&line, line.height);
            s.body_height += line.height;
        }
        s.repeated = s.body.size();
    }

    Page render(const State& s) const {
        Page page;
        double y = frame_.top;
        for (const auto& [line, height] : s.body) {
            if (line != nullptr) place(*line, frame_.left, y, page);
            y += height;
        }
        if (!s.notes.empty()) {
            double top = frame_.top + frame_.height - s.notes_height;
            const double rule_y = top - frame_.note_skip * 0.5;
            page.rects.push_back(Rect{frame_.left, rule_y, frame_.rule_length, frame_.rule_width, frame_.rule_color});
            for (const VLine* n : s.notes) {
                place(*n, frame_.left, top, page);
                top += n->height;
            }
        }
        for (const auto& a : page.anchors)
            if (a.name.rfind("note-", 0) == 0) page.notes.push_back(std::stoi(a.name.substr(5)));
        return page;
    }
};

} // namespace

std::vector<Page> paginate(const Flow& flow, const Frame& frame) { return Paginator(flow, frame).run(); }

std::vector<Page> paginate(Flow&& flow, const Frame& frame) { return Paginator(flow, frame, &flow).run(); }

} // namespace brief::pdf
