// The disclosure-control protection as session 1 shipped it (suppression.cpp at commit 4b26a7a),
// kept unchanged here only as the benchmark's baseline: S2/S3 line completion plus an audit that
// rebuilds and solves an LP for every pending primary cell in every round (neighbourhoods of at
// most 96 cells in large components). Not used by Följa itself.

#include "baseline_protection.h"

#include "analysis/lp.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace folja::analysis::baseline {

std::vector<AuditInterval> auditIntervalsOld(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                             const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                             int requiredWidth);

namespace {

using Mask = std::vector<bool>;

// Bookkeeping shared by the heuristic steps: which lines each cell belongs to and how many
// suppressed cells each line holds.
class LineIndex
{
public:
    LineIndex(const std::vector<Line>& lines, int cellCount)
        : m_lines(lines)
        , m_cellLines(static_cast<std::size_t>(cellCount))
    {
        for (std::size_t l = 0; l < lines.size(); ++l) {
            for (int c : lines[l].cells)
                m_cellLines[static_cast<std::size_t>(c)].push_back(static_cast<int>(l));
            if (lines[l].total >= 0)
                m_cellLines[static_cast<std::size_t>(lines[l].total)].push_back(static_cast<int>(l));
        }
    }

    void recount(const Mask& suppressed)
    {
        m_suppressedInLine.assign(m_lines.size(), 0);
        for (std::size_t l = 0; l < m_lines.size(); ++l)
            m_suppressedInLine[l] = countIn(static_cast<int>(l), suppressed);
    }

    int countIn(int line, const Mask& suppressed) const
    {
        const Line& ln = m_lines[static_cast<std::size_t>(line)];
        int n = 0;
        for (int c : ln.cells)
            n += suppressed[static_cast<std::size_t>(c)] ? 1 : 0;
        if (ln.total >= 0 && suppressed[static_cast<std::size_t>(ln.total)])
            ++n;
        return n;
    }

    void markSuppressed(int cell)
    {
        for (int l : m_cellLines[static_cast<std::size_t>(cell)])
            ++m_suppressedInLine[static_cast<std::size_t>(l)];
    }

    int suppressedIn(int line) const { return m_suppressedInLine[static_cast<std::size_t>(line)]; }
    const std::vector<int>& linesOf(int cell) const { return m_cellLines[static_cast<std::size_t>(cell)]; }

private:
    const std::vector<Line>& m_lines;
    std::vector<std::vector<int>> m_cellLines;
    std::vector<int> m_suppressedInLine;
};

class Protector
{
public:
    Protector(const std::vector<qint64>& counts, const std::vector<Line>& lines, int k)
        : m_counts(counts)
        , m_lines(lines)
        , m_k(k)
        , m_index(lines, static_cast<int>(counts.size()))
        , m_suppressed(counts.size(), false)
        , m_reasons(counts.size(), SuppressionReason::None)
    {}

    Protection run()
    {
        Protection result;
        for (std::size_t c = 0; c < m_counts.size(); ++c) {
            if (m_counts[c] > 0 && m_counts[c] < m_k) {
                m_suppressed[c] = true;
                m_reasons[c] = SuppressionReason::Primary;
                m_primary.push_back(static_cast<int>(c));
            }
        }
        m_index.recount(m_suppressed);
        if (m_primary.empty()) {
            result.reasons = m_reasons;
            return result;
        }

        // Every round only adds suppressions, so the loop ends at the latest when everything
        // non-zero is hidden; the bound is a guard against a bug, not a tuning knob.
        const int maxRounds = static_cast<int>(m_counts.size()) + 2;
        // Hiding more cells only enlarges the attacker's feasible set, so a primary cell proven
        // safe stays safe: later rounds audit only the cells still failing.
        result.audit.assign(m_primary.size(), AuditInterval{});
        std::vector<std::size_t> pending(m_primary.size());
        for (std::size_t i = 0; i < pending.size(); ++i)
            pending[i] = i;
        for (int round = 0; round < maxRounds; ++round) {
            completeLines();
            result.rounds = round + 1;
            std::vector<int> cells;
            for (std::size_t i : pending)
                cells.push_back(m_primary[i]);
            const std::vector<AuditInterval> audited = auditIntervalsOld(m_counts, m_lines, m_suppressed, cells, m_k);
            std::vector<int> failing;
            std::vector<std::size_t> stillPending;
            for (std::size_t j = 0; j < pending.size(); ++j) {
                result.audit[pending[j]] = audited[j];
                if (audited[j].width() < m_k) {
                    failing.push_back(audited[j].cell);
                    stillPending.push_back(pending[j]);
                }
            }
            pending = std::move(stillPending);
            if (failing.empty()) {
                result.auditPassed = true;
                break;
            }
            bool added = false;
            for (int cell : failing)
                added = strengthen(cell) || added;
            result.auditPassed = false;
            if (!added)
                break;
        }
        result.reasons = m_reasons;
        return result;
    }

private:
    qint64 count(int cell) const { return m_counts[static_cast<std::size_t>(cell)]; }
    bool isSuppressed(int cell) const { return m_suppressed[static_cast<std::size_t>(cell)]; }

    void suppress(int cell, SuppressionReason reason)
    {
        m_suppressed[static_cast<std::size_t>(cell)] = true;
        m_reasons[static_cast<std::size_t>(cell)] = reason;
        m_index.markSuppressed(cell);
    }

    bool needsPartner(int line) const { return m_index.suppressedIn(line) == 1; }

    // S2 and S3 until no line changes.
    void completeLines()
    {
        bool changed = true;
        while (changed) {
            changed = false;
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (needsPartner(l)) {
                    if (addPartner(l))
                        changed = true;
                }
            }
            if (changed)
                continue;
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (applySumRule(l)) {
                    changed = true;
                    break; // back to S2 first: the new cell may leave other lines with one
                }
            }
        }
    }

    // The unsuppressed non-zero interior cell with the smallest count; among equals one that also
    // completes another line needing a partner; then the lowest index.
    int bestInterior(int line, bool preferShared) const
    {
        const Line& ln = m_lines[static_cast<std::size_t>(line)];
        int best = -1;
        std::tuple<qint64, int, int> bestKey{};
        for (int c : ln.cells) {
            if (isSuppressed(c) || count(c) <= 0)
                continue;
            int shared = 1;
            if (preferShared) {
                for (int other : m_index.linesOf(c)) {
                    if (other != line && needsPartner(other)) {
                        shared = 0;
                        break;
                    }
                }
            }
            const std::tuple<qint64, int, int> key{count(c), shared, c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }

    bool addPartner(int line)
    {
        const int cell = bestInterior(line, true);
        if (cell >= 0) {
            suppress(cell, SuppressionReason::Secondary);
            return true;
        }
        const int total = m_lines[static_cast<std::size_t>(line)].total;
        if (total >= 0 && !isSuppressed(total) && count(total) > 0) {
            suppress(total, SuppressionReason::Secondary);
            return true;
        }
        return false;
    }

    // S3: with the total published, hidden cells that add up to less than k tell an attacker that
    // each of them is small; hide more until the hidden sum reaches k.
    bool applySumRule(int line)
    {
        const Line& ln = m_lines[static_cast<std::size_t>(line)];
        if (ln.total < 0 || isSuppressed(ln.total))
            return false;
        qint64 hidden = 0;
        int hiddenCells = 0;
        for (int c : ln.cells) {
            if (isSuppressed(c)) {
                hidden += count(c);
                ++hiddenCells;
            }
        }
        if (hiddenCells == 0 || hidden >= m_k)
            return false;
        const int cell = bestInterior(line, false);
        if (cell >= 0) {
            suppress(cell, SuppressionReason::SumRule);
            return true;
        }
        if (count(ln.total) > 0) {
            suppress(ln.total, SuppressionReason::SumRule);
            return true;
        }
        return false;
    }

    // S4 failed for `primary`: hide the smallest published non-zero cell sharing a line with it
    // (interior cells before totals), else the smallest one anywhere in a line with hidden cells.
    bool strengthen(int primary)
    {
        int best = -1;
        std::tuple<int, qint64, int> bestKey{};
        auto consider = [&](int c, int rank) {
            if (isSuppressed(c) || count(c) <= 0)
                return;
            const std::tuple<int, qint64, int> key{rank, count(c), c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        };
        for (int l : m_index.linesOf(primary)) {
            const Line& ln = m_lines[static_cast<std::size_t>(l)];
            for (int c : ln.cells)
                consider(c, 0);
            if (ln.total >= 0)
                consider(ln.total, 1);
        }
        if (best < 0) {
            for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
                if (m_index.suppressedIn(l) == 0)
                    continue;
                const Line& ln = m_lines[static_cast<std::size_t>(l)];
                for (int c : ln.cells)
                    consider(c, 2);
                if (ln.total >= 0)
                    consider(ln.total, 3);
            }
        }
        if (best < 0)
            return false;
        suppress(best, SuppressionReason::Audit);
        return true;
    }

    const std::vector<qint64>& m_counts;
    const std::vector<Line>& m_lines;
    const int m_k;
    LineIndex m_index;
    Mask m_suppressed;
    std::vector<SuppressionReason> m_reasons;
    std::vector<int> m_primary;
};

} // namespace

Protection protectTableOld(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell)
{
    if (minCell <= 1) {
        Protection none;
        none.reasons.assign(counts.size(), SuppressionReason::None);
        return none;
    }
    Protector protector(counts, lines, minCell);
    return protector.run();
}

namespace {

// What the attacker knows about one line, as constraints over the hidden cells of one component.
void addLineConstraints(const Line& ln, const std::vector<qint64>& counts, const std::vector<int>& variableOf,
                        std::vector<lp::Constraint>& constraints)
{
    // sum(cells) - total, split into hidden terms and a known constant.
    lp::Constraint balance;
    double known = 0.0;
    for (int c : ln.cells) {
        const int v = variableOf[static_cast<std::size_t>(c)];
        if (v >= 0)
            balance.terms.emplace_back(v, 1.0);
        else
            known += static_cast<double>(counts[static_cast<std::size_t>(c)]);
    }
    const int totalVar = ln.total >= 0 ? variableOf[static_cast<std::size_t>(ln.total)] : -1;
    const double totalKnown =
        (ln.total >= 0 && totalVar < 0) ? static_cast<double>(counts[static_cast<std::size_t>(ln.total)]) : 0.0;
    if (ln.total >= 0 && totalVar >= 0)
        balance.terms.emplace_back(totalVar, -1.0);
    if (ln.additive) {
        balance.sense = lp::Sense::Equal;
        balance.rhs = totalKnown - known;
        constraints.push_back(balance);
        return;
    }
    // Multi-valued: total <= sum(cells) <= (m-1)·total, and each value (with the records lacking
    // any value) fits within the total.
    balance.sense = lp::Sense::GreaterEqual;
    balance.rhs = totalKnown - known;
    constraints.push_back(balance);
    if (ln.total < 0)
        return;
    const double m = std::max<double>(1.0, static_cast<double>(ln.cells.size()) - 1.0);
    lp::Constraint upper;
    double upperKnown = 0.0;
    for (int c : ln.cells) {
        const int v = variableOf[static_cast<std::size_t>(c)];
        if (v >= 0)
            upper.terms.emplace_back(v, 1.0);
        else
            upperKnown += static_cast<double>(counts[static_cast<std::size_t>(c)]);
    }
    if (totalVar >= 0)
        upper.terms.emplace_back(totalVar, -m);
    upper.sense = lp::Sense::LessEqual;
    upper.rhs = m * totalKnown - upperKnown;
    if (!upper.terms.empty())
        constraints.push_back(upper);
    for (int c : ln.cells) {
        lp::Constraint single;
        double singleKnown = 0.0;
        auto add = [&](int cell) {
            const int v = variableOf[static_cast<std::size_t>(cell)];
            if (v >= 0)
                single.terms.emplace_back(v, 1.0);
            else
                singleKnown += static_cast<double>(counts[static_cast<std::size_t>(cell)]);
        };
        add(c);
        if (ln.missingCell >= 0 && c != ln.missingCell)
            add(ln.missingCell);
        if (totalVar >= 0)
            single.terms.emplace_back(totalVar, -1.0);
        if (single.terms.empty())
            continue;
        single.sense = lp::Sense::LessEqual;
        single.rhs = totalKnown - singleKnown;
        constraints.push_back(single);
    }
}

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[static_cast<std::size_t>(x)] != x) {
        parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
        x = parent[static_cast<std::size_t>(x)];
    }
    return x;
}

} // namespace

namespace {

constexpr std::size_t kExactComponentLimit = 48; // hidden cells solved as one LP
constexpr std::size_t kNeighbourhoodLimit = 96;  // largest partial problem tried

// Solves min/max of `cell` over the hidden cells in `variables`; every other cell (hidden or not)
// is held at its true count. With all hidden cells of the component this is the attacker's exact
// problem; with fewer it is a restriction of it, whose interval lies inside the exact one.
AuditInterval solveRestricted(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                              const std::vector<std::vector<int>>& cellLines, const std::vector<int>& variables,
                              int cell, std::vector<int>& variableOf)
{
    for (std::size_t i = 0; i < variables.size(); ++i)
        variableOf[static_cast<std::size_t>(variables[i])] = static_cast<int>(i);
    std::vector<int> touched;
    for (int v : variables) {
        for (int l : cellLines[static_cast<std::size_t>(v)])
            touched.push_back(l);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    std::vector<lp::Constraint> constraints;
    for (int l : touched)
        addLineConstraints(lines[static_cast<std::size_t>(l)], counts, variableOf, constraints);
    const lp::Problem problem(static_cast<int>(variables.size()), std::move(constraints));
    AuditInterval interval;
    interval.cell = cell;
    const auto c = static_cast<std::size_t>(cell);
    if (!problem.feasible()) {
        // Cannot happen for true counts; a zero-width interval makes the audit fail loudly.
        interval.lo = interval.hi = static_cast<double>(counts[c]);
    } else {
        const int v = variableOf[c];
        const lp::Solution lo = problem.minimizeVariable(v);
        const lp::Solution hi = problem.maximizeVariable(v);
        interval.lo = std::ceil(lo.value - 1e-6);
        interval.hi =
            hi.status == lp::Status::Unbounded ? std::numeric_limits<double>::infinity() : std::floor(hi.value + 1e-6);
    }
    for (int v : variables)
        variableOf[static_cast<std::size_t>(v)] = -1;
    return interval;
}

} // namespace

std::vector<AuditInterval> auditIntervalsOld(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                             const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                             int requiredWidth)
{
    // Hidden cells only interact through lines that hold several of them, so the attacker problem
    // splits into independent components (published cells are constants).
    std::vector<int> parent(counts.size());
    for (std::size_t c = 0; c < counts.size(); ++c)
        parent[c] = static_cast<int>(c);
    std::vector<std::vector<int>> cellLines(counts.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Line& ln = lines[l];
        int first = -1;
        auto join = [&](int c) {
            if (!suppressed[static_cast<std::size_t>(c)])
                return;
            cellLines[static_cast<std::size_t>(c)].push_back(static_cast<int>(l));
            if (first < 0)
                first = c;
            else
                parent[static_cast<std::size_t>(findRoot(parent, c))] = findRoot(parent, first);
        };
        for (int c : ln.cells)
            join(c);
        if (ln.total >= 0)
            join(ln.total);
    }
    std::vector<std::vector<int>> members(counts.size());
    for (std::size_t c = 0; c < counts.size(); ++c) {
        if (suppressed[c])
            members[static_cast<std::size_t>(findRoot(parent, static_cast<int>(c)))].push_back(static_cast<int>(c));
    }

    std::vector<int> variableOf(counts.size(), -1);
    std::vector<int> depth(counts.size(), -1);
    std::vector<AuditInterval> out;
    out.reserve(cells.size());
    for (int cell : cells) {
        const auto c = static_cast<std::size_t>(cell);
        if (!suppressed[c]) {
            out.push_back(AuditInterval{cell, static_cast<double>(counts[c]), static_cast<double>(counts[c])});
            continue;
        }
        const std::vector<int>& component = members[static_cast<std::size_t>(findRoot(parent, cell))];
        if (requiredWidth <= 0 || component.size() <= kExactComponentLimit) {
            out.push_back(solveRestricted(counts, lines, cellLines, component, cell, variableOf));
            continue;
        }
        // Large component: grow a neighbourhood of the cell ring by ring (cells sharing a line)
        // until the restricted problem already proves the width, or fall back to the exact problem.
        std::vector<int> ring{cell};
        std::vector<int> hood{cell};
        depth[c] = 0;
        AuditInterval best{cell, static_cast<double>(counts[c]), static_cast<double>(counts[c])};
        bool proven = false;
        while (!ring.empty() && hood.size() <= kNeighbourhoodLimit) {
            std::vector<int> nextRing;
            for (int x : ring) {
                for (int l : cellLines[static_cast<std::size_t>(x)]) {
                    const Line& ln = lines[static_cast<std::size_t>(l)];
                    auto visit = [&](int y) {
                        if (suppressed[static_cast<std::size_t>(y)] && depth[static_cast<std::size_t>(y)] < 0) {
                            depth[static_cast<std::size_t>(y)] = depth[static_cast<std::size_t>(x)] + 1;
                            nextRing.push_back(y);
                        }
                    };
                    for (int y : ln.cells)
                        visit(y);
                    if (ln.total >= 0)
                        visit(ln.total);
                }
            }
            hood.insert(hood.end(), nextRing.begin(), nextRing.end());
            ring = std::move(nextRing);
            if (hood.size() > kNeighbourhoodLimit)
                break;
            best = solveRestricted(counts, lines, cellLines, hood, cell, variableOf);
            if (best.width() >= requiredWidth) {
                proven = true;
                break;
            }
        }
        for (int x : hood)
            depth[static_cast<std::size_t>(x)] = -1;
        for (int x : ring)
            depth[static_cast<std::size_t>(x)] = -1;
        if (!proven && hood.size() >= component.size())
            best = solveRestricted(counts, lines, cellLines, component, cell, variableOf);
        // Not proven within the limit: report the restricted interval; the caller hides more.
        out.push_back(best);
    }
    return out;
}

} // namespace folja::analysis::baseline
