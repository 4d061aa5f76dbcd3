#include "analysis/suppression.h"

#include "analysis/lp.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace folja::analysis {

namespace {

using Mask = std::vector<bool>;

// Bookkeeping shared by the heuristic steps: which lines each cell belongs to and how many
// suppressed cells each line holds.
class LineIndex
{
public:
    LineIndex(const std::vector<Line>& lines, int cellCount) : m_lines(lines), m_cellLines(static_cast<std::size_t>(cellCount))
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
        : m_counts(counts), m_lines(lines), m_k(k), m_index(lines, static_cast<int>(counts.size())),
          m_suppressed(counts.size(), false), m_reasons(counts.size(), SuppressionReason::None)
    {
    }

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
        for (int round = 0; round < maxRounds; ++round) {
            completeLines();
            result.rounds = round + 1;
            result.audit = auditIntervals(m_counts, m_lines, m_suppressed, m_primary);
            std::vector<int> failing;
            for (const AuditInterval& interval : result.audit) {
                if (interval.width() < m_k)
                    failing.push_back(interval.cell);
            }
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

int Protection::suppressedCount() const
{
    return static_cast<int>(std::count_if(reasons.cbegin(), reasons.cend(),
                                          [](SuppressionReason r) { return r != SuppressionReason::None; }));
}

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell)
{
    if (minCell <= 1) {
        Protection none;
        none.reasons.assign(counts.size(), SuppressionReason::None);
        return none;
    }
    Protector protector(counts, lines, minCell);
    return protector.run();
}

std::vector<AuditInterval> auditIntervals(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                          const std::vector<bool>& suppressed, const std::vector<int>& cells)
{
    // One LP variable per hidden cell; every line with a hidden cell contributes what the attacker
    // knows about it.
    std::vector<int> variableOf(counts.size(), -1);
    int variables = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        if (suppressed[c])
            variableOf[c] = variables++;
    }
    std::vector<lp::Constraint> constraints;
    for (const Line& ln : lines) {
        bool touched = ln.total >= 0 && suppressed[static_cast<std::size_t>(ln.total)];
        for (int c : ln.cells)
            touched = touched || suppressed[static_cast<std::size_t>(c)];
        if (!touched)
            continue;
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
        const double totalKnown = (ln.total >= 0 && totalVar < 0)
                                      ? static_cast<double>(counts[static_cast<std::size_t>(ln.total)]) : 0.0;
        if (ln.total >= 0 && totalVar >= 0)
            balance.terms.emplace_back(totalVar, -1.0);
        if (ln.additive) {
            balance.sense = lp::Sense::Equal;
            balance.rhs = totalKnown - known;
            constraints.push_back(balance);
            continue;
        }
        // Multi-valued: total <= sum(cells) <= (m-1)·total, and each value (with the records
        // lacking any value) fits within the total.
        balance.sense = lp::Sense::GreaterEqual;
        balance.rhs = totalKnown - known;
        constraints.push_back(balance);
        if (ln.total < 0)
            continue;
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

    lp::Problem problem(variables, std::move(constraints));
    std::vector<AuditInterval> out;
    out.reserve(cells.size());
    for (int cell : cells) {
        AuditInterval interval;
        interval.cell = cell;
        const int v = variableOf[static_cast<std::size_t>(cell)];
        if (v < 0) {
            interval.lo = interval.hi = static_cast<double>(counts[static_cast<std::size_t>(cell)]);
        } else if (!problem.feasible()) {
            // Cannot happen for true counts; report a zero-width interval so the audit fails loudly.
            interval.lo = interval.hi = static_cast<double>(counts[static_cast<std::size_t>(cell)]);
        } else {
            const lp::Solution lo = problem.minimizeVariable(v);
            const lp::Solution hi = problem.maximizeVariable(v);
            interval.lo = std::ceil(lo.value - 1e-6);
            interval.hi = hi.status == lp::Status::Unbounded ? std::numeric_limits<double>::infinity()
                                                             : std::floor(hi.value + 1e-6);
        }
        out.push_back(interval);
    }
    return out;
}

DenseLayout::DenseLayout(std::vector<int> shape) : m_shape(std::move(shape))
{
    m_strides.assign(m_shape.size(), 1);
    m_cellCount = 1;
    for (int d = static_cast<int>(m_shape.size()) - 1; d >= 0; --d) {
        m_strides[static_cast<std::size_t>(d)] = m_cellCount;
        m_cellCount *= m_shape[static_cast<std::size_t>(d)] + 1;
    }
}

int DenseLayout::index(const std::vector<int>& coordinates) const
{
    int index = 0;
    for (std::size_t d = 0; d < m_shape.size(); ++d)
        index += coordinates[d] * m_strides[d];
    return index;
}

std::vector<int> DenseLayout::coordinates(int index) const
{
    std::vector<int> out(m_shape.size(), 0);
    for (std::size_t d = 0; d < m_shape.size(); ++d) {
        out[d] = index / m_strides[d];
        index %= m_strides[d];
    }
    return out;
}

bool DenseLayout::isInterior(int index) const
{
    const std::vector<int> c = coordinates(index);
    for (std::size_t d = 0; d < m_shape.size(); ++d) {
        if (c[d] == m_shape[d])
            return false;
    }
    return true;
}

std::vector<Line> DenseLayout::lines(const std::vector<bool>& multiValued, const std::vector<int>& missing) const
{
    std::vector<Line> out;
    const int dims = dimensions();
    for (int d = 0; d < dims; ++d) {
        const std::size_t ud = static_cast<std::size_t>(d);
        // Enumerate every position of the other dimensions (totals included) in index order.
        for (int base = 0; base < m_cellCount; ++base) {
            if ((base / m_strides[ud]) % (m_shape[ud] + 1) != 0)
                continue;
            Line line;
            line.cells.reserve(static_cast<std::size_t>(m_shape[ud]));
            for (int i = 0; i < m_shape[ud]; ++i)
                line.cells.push_back(base + i * m_strides[ud]);
            line.total = base + m_shape[ud] * m_strides[ud];
            line.additive = !(ud < multiValued.size() && multiValued[ud]);
            if (!line.additive && ud < missing.size() && missing[ud] >= 0)
                line.missingCell = base + missing[ud] * m_strides[ud];
            out.push_back(std::move(line));
        }
    }
    return out;
}

} // namespace folja::analysis
