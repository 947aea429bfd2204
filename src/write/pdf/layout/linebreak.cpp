// break_lines: the total-fit algorithm with active nodes per fitness class and hyphen run.
#include "write/pdf/layout/linebreak.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace brief::pdf {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

/// A feasible break: where, which line it ends, and how it got there.
struct Node {
    std::size_t at = 0;
    int line = 0;
    int fitness = 1;
    int hyphens = 0; ///< hyphenated lines in a row ending here
    double demerits = 0;
    double ratio = 0;
    int prev = -1;   ///< index into the node pool
    std::size_t start = 0; ///< the first item of the line after this break (Pass::line_start)
};

/// Running sums of width, stretch, shrink and fil stretch up to an item.
struct Sums {
    double width = 0, stretch = 0, shrink = 0;
    int fil = 0;
};

/// The sums before each item and after the last, shared by every pass over the same items. The
/// running sum stays in registers (reading back the element just stored stalled the loop).
std::vector<Sums> running_sums(const std::vector<Item>& items) {
    std::vector<Sums> sums;
    sums.reserve(items.size() + 1);
    Sums s;
    sums.push_back(s);
    for (const Item& it : items) {
        if (it.type == Item::Type::box) s.width += it.width;
        if (it.type == Item::Type::glue) {
            s.width += it.width;
            s.stretch += it.stretch;
            s.shrink += it.shrink;
            s.fil += it.fil ? 1 : 0;
        }
        sums.push_back(s);
    }
    return sums;
}

/// One pass of the algorithm: read-only inputs, the node pool and the active list.
class Pass {
  public:
    Pass(const std::vector<Item>& items, const std::vector<Sums>& sums, const std::vector<double>& widths,
         const BreakParams& params, double tolerance, bool hyphenate, bool emergency)
        : items_(items), sums_(sums), widths_(widths), params_(params), tolerance_(tolerance), hyphenate_(hyphenate),
          emergency_(emergency) {
        const auto slots = static_cast<std::size_t>(4 * (params.max_hyphens + 1));
        best_.resize(slots);
        filled_.assign(slots, 0);
    }

    std::optional<std::vector<LineBreak>> run() {
        pool_.push_back(Node{0, 0, 1, 0, 0, 0, -1, 0});
        active_.push_back(0);
        earliest_ = 0;
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (!legal(i) || too_short(i)) continue;
            consider(i);
            if (active_.empty()) return std::nullopt;
        }
        return best();
    }

  private:
    const std::vector<Item>& items_;
    const std::vector<Sums>& sums_;
    const std::vector<double>& widths_;
    const BreakParams& params_;
    double tolerance_;
    bool hyphenate_;
    bool emergency_;
    std::vector<Node> pool_;
    std::vector<int> active_;
    // scratch for consider(), kept between calls: it runs at every legal break (a slot is reset by
    // clearing its flag when it is read, not by rewriting every node)
    std::vector<Node> best_;
    std::vector<unsigned char> filled_;
    std::vector<int> keep_;
    int earliest_ = -1; ///< the active node whose line starts first (too_short)

    void find_earliest() {
        earliest_ = -1;
        for (int ai : active_)
            if (earliest_ < 0 || pool_[static_cast<std::size_t>(ai)].start < pool_[static_cast<std::size_t>(earliest_)].start)
                earliest_ = ai;
    }

    bool legal(std::size_t i) const {
        const Item& it = items_[i];
        if (it.type == Item::Type::glue) return i > 0 && items_[i - 1].type == Item::Type::box;
        if (it.type == Item::Type::penalty)
            return it.penalty < infinite_penalty && (hyphenate_ || !it.hyphenation) && (emergency_ || !it.emergency);
        return false;
    }

    /// True when a break at `b` would end every active line looser than the tolerance allows, so
    /// that considering it would change nothing (no node dropped, none added). Most legal breaks
    /// of a paragraph are such, early in each line. With one line width, the line from the active
    /// node that starts earliest is the longest and has the most glue, so the least stretched:
    /// when even it is too loose, all are.
    bool too_short(std::size_t b) const {
        if (widths_.size() != 1 || earliest_ < 0) return false;
        const Item& it = items_[b];
        if (it.type == Item::Type::penalty && it.penalty <= -infinite_penalty) return false;
        const double r = ratio(pool_[static_cast<std::size_t>(earliest_)], b);
        if (!(r > 0)) return false;
        return badness(r) > tolerance_;
    }

    /// The first item of a line that starts after a break at `at` (discardables skipped).
    std::size_t line_start(std::size_t at) const {
        std::size_t s = at + 1;
        while (s < items_.size() && items_[s].type != Item::Type::box &&
               !(items_[s].type == Item::Type::penalty && items_[s].penalty <= -infinite_penalty))
            ++s;
        return s;
    }

    double width_of(int line) const {
        const auto n = static_cast<std::size_t>(line);
        return n < widths_.size() ? widths_[n] : widths_.back();
    }

    double ratio(const Node& a, std::size_t b) const {
        const Sums& s0 = sums_[a.start];
        const Sums& s1 = sums_[b];
        double natural = s1.width - s0.width;
        if (items_[b].type == Item::Type::penalty) natural += items_[b].width;
        const double target = width_of(a.line);
        if (natural < target) {
            if (s1.fil - s0.fil > 0) return 0;
            const double stretch = s1.stretch - s0.stretch + params_.ragged_stretch +
                                   (emergency_ ? params_.emergency_stretch : 0);
            return stretch > 0 ? (target - natural) / stretch : infinity;
        }
        if (natural > target) {
            const double shrink = s1.shrink - s0.shrink;
            return shrink > 0 ? (target - natural) / shrink : -infinity;
        }
        return 0;
    }

    /// TeX's badness, 100 |r|^3 (The TeXbook, ch. 14), by multiplication: this is the inner loop.
    static double cubed_badness(double r) {
        const double a = std::abs(r);
        return 100 * a * a * a;
    }

    /// A line's badness at ratio `r`, at most 1e6; a line with no glue to stretch is infinitely bad,
    /// but in the emergency passes only as bad as the worst line with some.
    double badness(double r) const {
        return std::isinf(r) ? (emergency_ ? 1e6 : infinity) : std::min(cubed_badness(r), 1e6);
    }

    static int fitness_of(double r) {
        if (r < -0.5) return 0;
        if (r <= 0.5) return 1;
        if (r <= 1) return 2;
        return 3;
    }

    double demerits(const Node& a, std::size_t b, double badness, int fitness) const {
        const Item& it = items_[b];
        const double p = it.type != Item::Type::penalty ? 0 : !it.flagged ? it.penalty
                         : emergency_ ? params_.emergency_hyphen_penalty : params_.hyphen_penalty;
        const double base = params_.line_penalty + badness;
        double d = base * base; // std::pow here cost half the run time on long paragraphs
        if (p >= 0) d += p * p;
        else if (p > -infinite_penalty) d -= p * p;
        const bool a_flagged = a.prev >= 0 && items_[a.at].type == Item::Type::penalty && items_[a.at].flagged;
        if (a_flagged && it.flagged) d += params_.flagged_demerits;
        if (a_flagged && p <= -infinite_penalty) d += params_.final_hyphen_demerits;
        if (std::abs(fitness - a.fitness) > 1) d += params_.fitness_demerits;
        return d;
    }

    void consider(std::size_t b) {
        const Item& it = items_[b];
        const bool forced = it.type == Item::Type::penalty && it.penalty <= -infinite_penalty;
        // best candidate per fitness class and hyphen run (0..max_hyphens)
        keep_.clear();
        int last_dropped = -1;
        double last_dropped_ratio = 0;
        for (int ai : active_) {
            const Node& a = pool_[static_cast<std::size_t>(ai)];
            const double r = ratio(a, b);
            if (r < -1 || forced) {
                last_dropped = ai;
                last_dropped_ratio = r;
            } else {
                keep_.push_back(ai);
            }
            if (r < -1) continue;
            const double bad = badness(r);
            if (bad > tolerance_) continue;
            const int hyph = it.flagged ? a.hyphens + 1 : 0;
            if (hyph > params_.max_hyphens) continue;
            const int fit = fitness_of(r);
            const double d = a.demerits + demerits(a, b, bad, fit);
            const auto slot = static_cast<std::size_t>(fit * (params_.max_hyphens + 1) + hyph);
            if (!filled_[slot] || d < best_[slot].demerits) best_[slot] = Node{b, a.line + 1, fit, hyph, d, r, ai, 0};
            filled_[slot] = 1;
        }
        active_.swap(keep_);
        bool added = false;
        for (std::size_t slot = 0; slot < best_.size(); ++slot) {
            if (!filled_[slot]) continue;
            filled_[slot] = 0;
            best_[slot].start = line_start(b);
            pool_.push_back(best_[slot]);
            active_.push_back(static_cast<int>(pool_.size() - 1));
            added = true;
        }
        if (!added && active_.empty() && emergency_ && std::isinf(tolerance_) && last_dropped >= 0)
            rescue(b, last_dropped, last_dropped_ratio);
        find_earliest();
    }

    /// The emergency pass without a tolerance never runs out of nodes: it accepts the last line it
    /// had to drop.
    void rescue(std::size_t b, int from, double r) {
        const Node& a = pool_[static_cast<std::size_t>(from)];
        const double clamped = std::isinf(r) ? 0 : std::max(r, -1.0);
        pool_.push_back(Node{b, a.line + 1, fitness_of(clamped), 0, a.demerits + 1e8, clamped, from, line_start(b)});
        active_.push_back(static_cast<int>(pool_.size() - 1));
    }

    std::optional<std::vector<LineBreak>> best() const {
        int chosen = -1;
        for (int ai : active_) {
            const Node& n = pool_[static_cast<std::size_t>(ai)];
            if (n.at + 1 != items_.size()) continue;
            if (chosen < 0 || n.demerits < pool_[static_cast<std::size_t>(chosen)].demerits) chosen = ai;
        }
        if (chosen < 0) return std::nullopt;
        std::vector<LineBreak> out;
        for (int i = chosen; pool_[static_cast<std::size_t>(i)].prev >= 0; i = pool_[static_cast<std::size_t>(i)].prev)
            out.insert(out.begin(), LineBreak{pool_[static_cast<std::size_t>(i)].at, pool_[static_cast<std::size_t>(i)].ratio});
        return out;
    }
};

} // namespace

std::vector<LineBreak> break_lines(const std::vector<Item>& items, const std::vector<double>& widths,
                                   const BreakParams& params) {
    if (items.empty()) return {};
    const std::vector<double> w = widths.empty() ? std::vector<double>{1e9} : widths;
    const std::vector<Sums> sums = running_sums(items);
    if (auto r = Pass(items, sums, w, params, params.pretolerance, false, false).run()) return *r;
    if (auto r = Pass(items, sums, w, params, params.tolerance, true, false).run()) return *r;
    // The emergency pass first keeps the tolerance, as TeX's third pass does: with none, no node
    // ever leaves the active list but by an overfull line, and a paragraph costs the square of its
    // length. Only a paragraph that still cannot be set takes any line it must.
    if (auto r = Pass(items, sums, w, params, params.tolerance, true, true).run()) return *r;
    if (auto r = Pass(items, sums, w, params, infinity, true, true).run()) return *r;
    return {LineBreak{items.size() - 1, 0}}; // unreachable in practice: one (overfull) line
}

} // namespace brief::pdf
