#include "analysis/sdc/attackermodel.h"
#include "analysis/sdc/moveprover.h"
#include "analysis/suppression.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <tuple>

// The protector: primary suppression (P1), group disclosure (P3), secondary suppression along
// every line (S2), the sum rule (S3) and the audit loop (S4) that strengthens the pattern until
// the attacker problem (attackermodel.h) leaves every sensitive cell wide enough.
//
// A table of a real unit's size can take hundreds of audit rounds, each hiding a cell or two, so
// nothing a round needs is rebuilt from the whole table: the hidden components grow as cells are
// hidden (GrowingComponents), one move prover serves the whole run, S2/S3 visit only the lines
// that can still change, strengthen() walks the cells sorted once by count, and the bounds are
// propagated only where an LP may follow. Each gives exactly what rebuilding would (the same
// pattern, reasons and intervals): tst_sdcfastpath checks it against a frozen copy of the
// protector that rebuilt everything.

namespace folja::analysis {

namespace {

using sdc::at;
using sdc::AttackerModel;
using sdc::buildProblem;
using sdc::Components;
using sdc::GrowingComponents;
using sdc::kInfinity;
using sdc::lowerBoundsOf;
using sdc::Mask;
using sdc::MoveProver;
using sdc::propagateBounds;
using sdc::solveIntervals;

// Components of at most this many hidden cells are solved exactly by LP straight away: tiny
// problems, and the exact interval is what the audit reports.
constexpr std::size_t kExactComponentLimit = 40;
// Larger components get an exact LP only for cells that neither propagation nor moves decide; a
// dense simplex on more hidden cells than this costs too much for interactive use.
constexpr std::size_t kLpComponentLimit = 160;

// Bookkeeping shared by the heuristic steps: which lines each cell belongs to and how many
// suppressed cells each line holds.
class LineIndex
{
public:
    LineIndex(const std::vector<Line>& lines, int cellCount)
        : m_lines(lines)
        , m_cellLines(at(cellCount))
    {
        for (std::size_t l = 0; l < lines.size(); ++l) {
            for (int c : lines[l].cells)
                m_cellLines[at(c)].push_back(static_cast<int>(l));
            if (lines[l].total >= 0)
                m_cellLines[at(lines[l].total)].push_back(static_cast<int>(l));
        }
    }

    void recount(const Mask& suppressed)
    {
        m_suppressedInLine.assign(m_lines.size(), 0);
        for (std::size_t l = 0; l < m_lines.size(); ++l) {
            const Line& ln = m_lines[l];
            int n = 0;
            for (int c : ln.cells)
                n += suppressed[at(c)] ? 1 : 0;
            if (ln.total >= 0 && suppressed[at(ln.total)])
                ++n;
            m_suppressedInLine[l] = n;
        }
    }

    void markSuppressed(int cell)
    {
        for (int l : m_cellLines[at(cell)])
            ++m_suppressedInLine[at(l)];
    }

    int suppressedIn(int line) const { return m_suppressedInLine[at(line)]; }
    const std::vector<int>& linesOf(int cell) const { return m_cellLines[at(cell)]; }

private:
    const std::vector<Line>& m_lines;
    std::vector<std::vector<int>> m_cellLines;
    std::vector<int> m_suppressedInLine;
};

class Protector
{
public:
    Protector(const std::vector<qint64>& counts, const std::vector<Line>& lines, const ProtectionOptions& options)
        : m_counts(counts)
        , m_lines(lines)
        , m_options(options)
        , m_k(options.minCell)
        , m_index(lines, static_cast<int>(counts.size()))
        , m_model(lines, counts.size())
        , m_lb(lowerBoundsOf(options.lowerBounds, counts.size()))
        , m_suppressed(counts.size(), false)
        , m_reasons(counts.size(), SuppressionReason::None)
        , m_variableOf(counts.size(), -1)
        , m_components(lines, counts.size())
    {}

    Protection run()
    {
        Protection result;
        // P1.
        for (std::size_t c = 0; c < m_counts.size(); ++c) {
            if (m_counts[c] > 0 && m_counts[c] < m_k) {
                m_suppressed[c] = true;
                m_reasons[c] = SuppressionReason::Primary;
                m_sensitive.push_back(Sensitive{static_cast<int>(c), false});
            }
        }
        // P3: a line along an outcome with k <= T < 2k whose units all share one category.
        for (int l : m_options.groupLines) {
            const Line& ln = m_lines[at(l)];
            if (ln.total < 0)
                continue;
            const qint64 total = count(ln.total);
            if (total < m_k || total >= 2 * static_cast<qint64>(m_k))
                continue;
            int holder = -1;
            int nonZero = 0;
            for (int c : ln.cells) {
                if (count(c) > 0) {
                    ++nonZero;
                    holder = c;
                }
            }
            if (nonZero != 1 || count(holder) != total)
                continue;
            result.flaggedGroupLines.push_back(l);
            for (int c : ln.cells) {
                if (!isSuppressed(c)) {
                    m_suppressed[at(c)] = true;
                    m_reasons[at(c)] = SuppressionReason::GroupDisclosure;
                }
            }
            const bool known = std::any_of(m_sensitive.begin(), m_sensitive.end(),
                                           [&](const Sensitive& s) { return s.cell == holder; });
            if (!known)
                m_sensitive.push_back(Sensitive{holder, true});
        }
        // Cells another published table hides (options.mustHide).
        bool forced = false;
        for (std::size_t c = 0; c < m_counts.size() && c < m_options.mustHide.size(); ++c) {
            if (m_options.mustHide[c] && !m_suppressed[c]) {
                m_suppressed[c] = true;
                m_reasons[c] = SuppressionReason::Linked;
                forced = true;
            }
        }
        // Attribute disclosure of small groups: a line whose total 0 < T < k sits in one category
        // tells everyone who knows a unit of the line (say, the one child placed in familjehem that
        // week) its category, unless an attacker cannot rule out that another category holds some
        // of the T units. A published 0 beside the hidden cell rules that out.
        for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
            const Line& ln = m_lines[at(l)];
            // Additive lines only: along a multi-valued dimension a record may hold several values.
            if (ln.link || !ln.additive || ln.total < 0 || ln.cells.size() < 2)
                continue;
            const qint64 total = count(ln.total);
            if (total <= 0 || total >= m_k)
                continue;
            int holder = -1;
            int nonZero = 0;
            for (int c : ln.cells) {
                if (count(c) > 0) {
                    ++nonZero;
                    holder = c;
                }
            }
            if (nonZero != 1 || count(holder) != total)
                continue;
            // A category that is empty across a whole line through it (no one at all, not just no
            // one of this group) tells nothing about the group: if every other category of the line
            // is such a structural zero, there is nothing to protect.
            bool groupSpecific = false;
            for (int c : ln.cells) {
                if (c != holder && !structuralZero(c, l)) {
                    groupSpecific = true;
                    break;
                }
            }
            if (groupSpecific)
                m_attribute.push_back(Attribute{l, holder});
        }
        m_index.recount(m_suppressed);
        for (std::size_t c = 0; c < m_suppressed.size(); ++c) {
            if (m_suppressed[c])
                m_components.add(static_cast<int>(c), m_index.linesOf(static_cast<int>(c)));
        }
        m_hiddenInCells.assign(m_lines.size(), 0);
        m_hiddenSum.assign(m_lines.size(), 0);
        m_partnerDone.assign(m_lines.size(), false);
        m_sumRuleDone.assign(m_lines.size(), false);
        for (int l = 0; l < static_cast<int>(m_lines.size()); ++l) {
            for (int c : m_lines[at(l)].cells) {
                if (isSuppressed(c)) {
                    ++m_hiddenInCells[at(l)];
                    m_hiddenSum[at(l)] += count(c);
                }
            }
            updateOpenLines(l);
        }
        if (m_sensitive.empty() && !forced) {
            result.reasons = m_reasons;
            return result;
        }

        // Every round only adds suppressions, so the loop ends at the latest when everything is
        // hidden; the bound is a guard against a bug, not a tuning knob.
        const int maxRounds = static_cast<int>(m_counts.size()) + 2;
        // Hiding more cells only enlarges the attacker's feasible set, so a cell proven safe stays
        // safe: later rounds audit only the cells still failing.
        result.audit.assign(m_sensitive.size(), AuditInterval{});
        m_unprovenLarge.assign(m_sensitive.size(), false);
        std::vector<std::size_t> pending(m_sensitive.size());
        for (std::size_t i = 0; i < pending.size(); ++i)
            pending[i] = i;
        std::vector<std::size_t> pendingAttributes(m_attribute.size());
        for (std::size_t i = 0; i < pendingAttributes.size(); ++i)
            pendingAttributes[i] = i;
        for (int round = 0; round < maxRounds; ++round) {
            completeLines();
            result.rounds = round + 1;
            const std::vector<AuditInterval> audited = audit(pending);
            std::vector<std::size_t> failingAttributes = auditAttributes(pendingAttributes);
            pendingAttributes = failingAttributes;
            std::vector<int> failing;
            std::vector<std::size_t> stillPending;
            for (std::size_t j = 0; j < pending.size(); ++j) {
                result.audit[pending[j]] = audited[j];
                if (!safe(m_sensitive[pending[j]], audited[j])) {
                    failing.push_back(audited[j].cell);
                    stillPending.push_back(pending[j]);
                }
            }
            pending = std::move(stillPending);
            if (failing.empty() && failingAttributes.empty()) {
                result.auditPassed = true;
                break;
            }
            bool added = false;
            for (int cell : failing)
                added = strengthen(cell) || added;
            for (std::size_t a : failingAttributes)
                added = strengthenAttribute(m_attribute[a]) || added;
            result.auditPassed = false;
            if (!added)
                break;
        }
        if (!result.auditPassed)
            reportOuter(result, pending);
        reportExact(result);
        for (const Attribute& a : m_attribute)
            result.attributeLines.push_back(a.line);
        result.reasons = m_reasons;
        return result;
    }

private:
    struct Sensitive {
        int cell = -1;
        bool group = false; // P3: only "all units in this category" must stay unprovable
    };
    // A line whose small total sits in the one cell `holder`: the attacker must not be able to
    // prove that the line's other cells are all 0.
    struct Attribute {
        int line = -1;
        int holder = -1;
    };

    // True when a line through `cell` other than `except` holds no unit at all.
    bool structuralZero(int cell, int except) const
    {
        for (int other : m_index.linesOf(cell)) {
            const Line& o = m_lines[at(other)];
            if (other != except && !o.link && o.total >= 0 && o.total != cell && count(o.total) == 0)
                return true;
        }
        return false;
    }

    // The attribute checks still failing among `pending`. Safe when some table consistent with
    // what is published puts at least one unit of the line outside the holder: an LP maximising
    // the line's other hidden cells, or for large components an explicit move that raises one.
    std::vector<std::size_t> auditAttributes(const std::vector<std::size_t>& pending)
    {
        std::vector<std::size_t> failing;
        if (pending.empty())
            return failing;
        for (std::size_t i : pending) {
            const Attribute& a = m_attribute[i];
            const Line& ln = m_lines[at(a.line)];
            std::vector<int> others;
            for (int c : ln.cells) {
                if (c != a.holder && isSuppressed(c))
                    others.push_back(c);
            }
            bool safe = false;
            if (!others.empty() && isSuppressed(a.holder)) {
                const std::vector<int>& component = m_components.members(m_components.root(a.holder));
                if (component.size() <= kLpComponentLimit) {
                    const lp::Problem problem = buildProblem(m_model, m_counts, m_lb, component, m_variableOf);
                    std::vector<double> objective(component.size(), 0.0);
                    double base = 0.0;
                    for (int c : others) {
                        const auto it = std::find(component.begin(), component.end(), c);
                        if (it != component.end())
                            objective[at(static_cast<int>(it - component.begin()))] = 1.0;
                        base += m_lb[at(c)];
                    }
                    const lp::Solution best = problem.maximize(objective);
                    safe = best.status == lp::Status::Unbounded ||
                           (best.status == lp::Status::Optimal && base + best.value >= 1.0 - 1e-6);
                } else {
                    MoveProver& mover = this->mover();
                    for (int c : others) {
                        if (mover.usable(c) && mover.prove(c, 1.0, 0.0).first >= 1.0) {
                            safe = true;
                            break;
                        }
                    }
                }
            }
            if (!safe)
                failing.push_back(i);
        }
        return failing;
    }

    // An attribute check failed: hide a published zero of the line that could hold a unit (no line
    // through it has a published total of 0), preferring one whose other lines already hold hidden
    // cells (no new partners needed), then the lowest index, so the result is reproducible. When
    // every zero is pinned by an empty published total, hide that total; as a last resort widen the
    // line's hidden cells as the audit would.
    bool strengthenAttribute(const Attribute& a)
    {
        const Line& ln = m_lines[at(a.line)];
        int best = -1;
        std::pair<int, int> bestKey{};
        int pinnedTotal = -1;
        for (int c : ln.cells) {
            if (c == a.holder || !hideable(c) || structuralZero(c, a.line))
                continue;
            bool free = true;
            int cascades = 0;
            for (int other : m_index.linesOf(c)) {
                if (other == a.line)
                    continue;
                const Line& o = m_lines[at(other)];
                if (o.total >= 0 && o.total != c && !isSuppressed(o.total) && count(o.total) == 0) {
                    free = false;
                    if (pinnedTotal < 0 || o.total < pinnedTotal)
                        pinnedTotal = o.total;
                }
                cascades += m_index.suppressedIn(other) == 0 ? 1 : 0;
            }
            if (!free)
                continue;
            const std::pair<int, int> key{cascades, c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        if (best < 0 && pinnedTotal >= 0 && hideable(pinnedTotal))
            best = pinnedTotal;
        if (best >= 0) {
            suppress(best, SuppressionReason::Audit);
            return true;
        }
        for (int c : ln.cells) {
            if (c != a.holder && strengthen(c))
                return true;
        }
        return strengthen(a.holder);
    }

    qint64 count(int cell) const { return m_counts[at(cell)]; }
    bool isSuppressed(int cell) const { return m_suppressed[at(cell)]; }
    // May the heuristics hide this cell? Not when it is hidden already or another published table
    // shows it (options.mustPublish).
    bool hideable(int cell) const
    {
        return !m_suppressed[at(cell)] && !(at(cell) < m_options.mustPublish.size() && m_options.mustPublish[at(cell)]);
    }

    bool safe(const Sensitive& s, const AuditInterval& a) const
    {
        if (s.group)
            return a.lo < static_cast<double>(count(s.cell));
        return a.width() >= m_k;
    }

    void suppress(int cell, SuppressionReason reason)
    {
        m_suppressed[at(cell)] = true;
        m_reasons[at(cell)] = reason;
        m_index.markSuppressed(cell);
        m_components.add(cell, m_index.linesOf(cell));
        for (int l : m_index.linesOf(cell)) {
            if (m_lines[at(l)].total != cell) {
                ++m_hiddenInCells[at(l)];
                m_hiddenSum[at(l)] += count(cell);
            }
            updateOpenLines(l);
        }
    }

    bool needsPartner(int line) const { return m_index.suppressedIn(line) == 1; }

    // Keeps the line's place in m_needPartner (exactly one hidden cell) and m_sumRuleOpen (the sum
    // rule's condition: a published total beside hidden cells adding up to less than k) up to date.
    // A line whose step once found nothing to hide never will (cells only ever become hidden), so
    // it is left out from then on.
    void updateOpenLines(int line)
    {
        const Line& ln = m_lines[at(line)];
        if (needsPartner(line) && !m_partnerDone[at(line)])
            m_needPartner.insert(line);
        else
            m_needPartner.erase(line);
        const bool sumRule = !ln.link && ln.total >= 0 && !isSuppressed(ln.total) && m_hiddenInCells[at(line)] > 0 &&
                             m_hiddenSum[at(line)] < m_k;
        if (sumRule && !m_sumRuleDone[at(line)])
            m_sumRuleOpen.insert(line);
        else
            m_sumRuleOpen.erase(line);
    }

    // S2 and S3 until no line changes: passes over the lines in index order giving a partner to
    // every line with exactly one hidden cell, until a pass changes nothing; then the sum rule on
    // the first line (lowest index) where it hides a cell, and the passes again. Only the lines in
    // m_needPartner and m_sumRuleOpen can change anything, so the passes visit those alone, in the
    // same order (a line that needs a partner only after the pass went past it waits for the next).
    void completeLines()
    {
        while (true) {
            while (!m_needPartner.empty()) {
                bool changed = false;
                for (auto it = m_needPartner.begin(); it != m_needPartner.end();) {
                    const int line = *it;
                    if (addPartner(line)) {
                        changed = true;
                    } else {
                        m_partnerDone[at(line)] = true;
                        m_needPartner.erase(line);
                    }
                    it = m_needPartner.upper_bound(line);
                }
                if (!changed)
                    break;
            }
            bool applied = false;
            while (!m_sumRuleOpen.empty()) {
                const int line = *m_sumRuleOpen.begin();
                if (applySumRule(line)) {
                    applied = true;
                    break; // back to S2 first: the new cell may leave other lines with one
                }
                m_sumRuleDone[at(line)] = true;
                m_sumRuleOpen.erase(line);
            }
            if (!applied)
                return;
        }
    }

    // The unsuppressed non-zero interior cell with the smallest count; among equals one that also
    // completes another line needing a partner; then the lowest index.
    int bestInterior(int line, bool preferShared) const
    {
        const Line& ln = m_lines[at(line)];
        int best = -1;
        std::tuple<qint64, int, int> bestKey{};
        for (int c : ln.cells) {
            if (!hideable(c) || count(c) <= 0)
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
        const Line& ln = m_lines[at(line)];
        if (ln.link) {
            // S5: the same cell in two linked tables is hidden in both, whatever its count.
            for (int c : ln.cells) {
                if (hideable(c)) {
                    suppress(c, SuppressionReason::Linked);
                    return true;
                }
            }
            if (ln.total >= 0 && hideable(ln.total)) {
                suppress(ln.total, SuppressionReason::Linked);
                return true;
            }
            return false;
        }
        const int cell = bestInterior(line, true);
        if (cell >= 0) {
            suppress(cell, SuppressionReason::Secondary);
            return true;
        }
        if (ln.total >= 0 && hideable(ln.total) && count(ln.total) > 0) {
            suppress(ln.total, SuppressionReason::Secondary);
            return true;
        }
        // Only zeros are left (the line's hidden cell is a zero hidden by the audit): a hidden 0
        // beside published zeros is no secret, so hide another zero, one that already shares a
        // line with hidden cells if there is one, then the total.
        int zero = -1;
        std::pair<int, int> zeroKey{};
        for (int c : ln.cells) {
            if (!hideable(c))
                continue;
            int cascades = 0;
            for (int other : m_index.linesOf(c))
                cascades += other != line && m_index.suppressedIn(other) == 0 ? 1 : 0;
            const std::pair<int, int> key{cascades, c};
            if (zero < 0 || key < zeroKey) {
                zero = c;
                zeroKey = key;
            }
        }
        if (zero < 0 && ln.total >= 0 && hideable(ln.total))
            zero = ln.total;
        if (zero >= 0) {
            suppress(zero, SuppressionReason::Secondary);
            return true;
        }
        return false;
    }

    // S3: with the total published, hidden cells that add up to less than k tell an attacker that
    // each of them is small; hide more until the hidden sum reaches k.
    bool applySumRule(int line)
    {
        const Line& ln = m_lines[at(line)];
        if (ln.link || ln.total < 0 || isSuppressed(ln.total))
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
        if (hideable(ln.total) && count(ln.total) > 0) {
            suppress(ln.total, SuppressionReason::SumRule);
            return true;
        }
        return false;
    }

    // S4 failed for `cell`: hide the smallest published non-zero cell sharing a line with it
    // (interior cells before totals), else the smallest one anywhere in a line with hidden cells;
    // as a last resort a published zero in one of its lines (an attacker then no longer knows it).
    bool strengthen(int sensitive)
    {
        int best = -1;
        std::tuple<int, qint64, int> bestKey{};
        auto consider = [&](int c, int rank) {
            if (!hideable(c))
                return;
            if (count(c) <= 0)
                rank += 4;
            const std::tuple<int, qint64, int> key{rank, count(c), c};
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        };
        for (int l : m_index.linesOf(sensitive)) {
            const Line& ln = m_lines[at(l)];
            for (int c : ln.cells)
                consider(c, 0);
            if (ln.total >= 0)
                consider(ln.total, 1);
        }
        if (best < 0 || std::get<0>(bestKey) >= 4) {
            // Anywhere: a cell of a line holding hidden cells (rank 2) before the total of one (rank
            // 3), each the smallest count, then the lowest index; either beats a zero.
            const int anywhere = smallestBesideHidden();
            if (anywhere >= 0)
                best = anywhere;
        }
        if (best < 0)
            return false;
        suppress(best, SuppressionReason::Audit);
        return true;
    }

    // The move prover, made once: it reads the current pattern through m_suppressed and leaves its
    // own state as it found it after every proof.
    MoveProver& mover()
    {
        if (!m_mover)
            m_mover = std::make_unique<MoveProver>(m_model, m_counts, m_lb, m_suppressed, m_lines, m_options.geometry);
        return *m_mover;
    }

    // The hideable non-zero cell with the smallest (count, index) among those in a line holding a
    // hidden cell (not as its total); failing that, among the totals of such lines; -1 if none.
    // Walks the cells in that order (m_bySize), from the first one still hideable.
    int smallestBesideHidden()
    {
        if (!m_bySizeMade) {
            m_bySizeMade = true;
            for (std::size_t c = 0; c < m_counts.size(); ++c) {
                if (m_counts[c] > 0)
                    m_bySize.push_back(static_cast<int>(c));
            }
            std::sort(m_bySize.begin(), m_bySize.end(),
                      [&](int a, int b) { return std::pair(count(a), a) < std::pair(count(b), b); });
        }
        // Hidden or published by another table: never hideable again.
        while (m_firstHideable < m_bySize.size() && !hideable(m_bySize[m_firstHideable]))
            ++m_firstHideable;
        int total = -1;
        for (std::size_t i = m_firstHideable; i < m_bySize.size(); ++i) {
            const int c = m_bySize[i];
            if (!hideable(c))
                continue;
            for (int l : m_index.linesOf(c)) {
                if (m_index.suppressedIn(l) == 0)
                    continue;
                if (m_lines[at(l)].total != c)
                    return c;
                if (total < 0)
                    total = c;
            }
        }
        return total;
    }

    // Audits the pending sensitive cells against the current pattern.
    std::vector<AuditInterval> audit(const std::vector<std::size_t>& pending)
    {
        std::vector<AuditInterval> out(pending.size());
        // Group the pending cells by component, in order of first appearance.
        std::vector<int> roots;
        std::vector<std::vector<std::size_t>> byRoot;
        for (std::size_t j = 0; j < pending.size(); ++j) {
            const int root = m_components.root(m_sensitive[pending[j]].cell);
            const auto it = std::find(roots.begin(), roots.end(), root);
            if (it == roots.end()) {
                roots.push_back(root);
                byRoot.push_back({j});
            } else {
                byRoot[at(static_cast<int>(it - roots.begin()))].push_back(j);
            }
        }
        bool propagated = false;
        for (std::size_t g = 0; g < roots.size(); ++g) {
            const std::vector<int>& component = m_components.members(roots[g]);
            const std::vector<std::size_t>& members = byRoot[g];
            if (component.size() <= kExactComponentLimit) {
                std::vector<int> cells;
                for (std::size_t j : members)
                    cells.push_back(m_sensitive[pending[j]].cell);
                const std::vector<AuditInterval> exact =
                    solveIntervals(m_model, m_counts, m_lb, component, cells, m_variableOf, true);
                for (std::size_t i = 0; i < members.size(); ++i)
                    out[members[i]] = exact[i];
                continue;
            }
            std::vector<std::size_t> undecided;
            for (std::size_t j : members) {
                const Sensitive& s = m_sensitive[pending[j]];
                const double n = static_cast<double>(count(s.cell));
                // Moves first: a cell they prove safe is safe whatever else is known about it.
                out[j] = AuditInterval{s.cell, n, n, false};
                MoveProver& mover = this->mover();
                if (mover.usable(s.cell)) {
                    const auto [up, down] =
                        s.group ? mover.prove(s.cell, 0.0, 1.0) : mover.prove(s.cell, static_cast<double>(m_k), 0.0);
                    out[j] = AuditInterval{s.cell, n - down, n + up, false};
                    if (safe(s, out[j]))
                        continue;
                }
                if (component.size() > kLpComponentLimit) {
                    // Fails this round whatever the outer bounds say (no LP this large): they only
                    // matter for the interval reported should the whole audit fail (run()).
                    m_unprovenLarge[pending[j]] = true;
                    continue;
                }
                // Certainly failing when the outer bounds are already too narrow: no LP needed.
                if (!propagated) {
                    propagateBounds(m_model, m_counts, m_lb, m_suppressed, m_outerLo, m_outerHi);
                    propagated = true;
                }
                const AuditInterval outer{s.cell, m_outerLo[at(s.cell)], m_outerHi[at(s.cell)], false};
                if (!safe(s, outer)) {
                    out[j] = outer;
                    continue;
                }
                undecided.push_back(j);
            }
            if (undecided.empty())
                continue;
            if (component.size() <= kLpComponentLimit) {
                std::vector<int> cells;
                for (std::size_t j : undecided)
                    cells.push_back(m_sensitive[pending[j]].cell);
                const std::vector<AuditInterval> exact =
                    solveIntervals(m_model, m_counts, m_lb, component, cells, m_variableOf, true);
                for (std::size_t i = 0; i < undecided.size(); ++i)
                    out[undecided[i]] = exact[i];
                continue;
            }
            // Larger components: a cell that neither propagation nor moves decide counts as
            // failing, and the caller hides more (safe, if sometimes more than needed).
        }
        return out;
    }

    // The audit failed: a cell of a component too large for an LP that the moves did not prove safe
    // reports its outer bounds where those show it failing (the moves' interval otherwise). The
    // pattern is that of the last audit (run() stops when strengthening adds nothing).
    void reportOuter(Protection& result, const std::vector<std::size_t>& failing)
    {
        bool propagated = false;
        for (std::size_t i : failing) {
            if (!m_unprovenLarge[i])
                continue;
            if (!propagated) {
                propagateBounds(m_model, m_counts, m_lb, m_suppressed, m_outerLo, m_outerHi);
                propagated = true;
            }
            const int cell = m_sensitive[i].cell;
            const AuditInterval outer{cell, m_outerLo[at(cell)], m_outerHi[at(cell)], false};
            if (!safe(m_sensitive[i], outer))
                result.audit[i] = outer;
        }
    }

    // The reported intervals are those of the final pattern: exact wherever the component is small
    // (cheap), otherwise the proven interval from the round that passed the cell (it only widens as
    // more cells are hidden).
    void reportExact(Protection& result)
    {
        std::vector<int> roots;
        std::vector<std::vector<std::size_t>> byRoot;
        for (std::size_t i = 0; i < m_sensitive.size(); ++i) {
            const int root = m_components.root(m_sensitive[i].cell);
            if (m_components.members(root).size() > kExactComponentLimit)
                continue;
            const auto it = std::find(roots.begin(), roots.end(), root);
            if (it == roots.end()) {
                roots.push_back(root);
                byRoot.push_back({i});
            } else {
                byRoot[at(static_cast<int>(it - roots.begin()))].push_back(i);
            }
        }
        for (std::size_t g = 0; g < roots.size(); ++g) {
            std::vector<int> cells;
            for (std::size_t i : byRoot[g])
                cells.push_back(m_sensitive[i].cell);
            const std::vector<AuditInterval> exact =
                solveIntervals(m_model, m_counts, m_lb, m_components.members(roots[g]), cells, m_variableOf, true);
            for (std::size_t j = 0; j < cells.size(); ++j)
                result.audit[byRoot[g][j]] = exact[j];
        }
    }

    const std::vector<qint64>& m_counts;
    const std::vector<Line>& m_lines;
    const ProtectionOptions& m_options;
    const int m_k;
    LineIndex m_index;
    AttackerModel m_model;
    std::vector<double> m_lb;
    Mask m_suppressed;
    std::vector<SuppressionReason> m_reasons;
    std::vector<Sensitive> m_sensitive;
    std::vector<Attribute> m_attribute;
    std::vector<int> m_variableOf;
    GrowingComponents m_components;
    // completeLines(): per line, its hidden cells (not the total) and their sum; the lines that
    // need a partner and those the sum rule may act on; lines where either found nothing to hide.
    std::vector<int> m_hiddenInCells;
    std::vector<qint64> m_hiddenSum;
    std::set<int> m_needPartner;
    std::set<int> m_sumRuleOpen;
    std::vector<bool> m_partnerDone;
    std::vector<bool> m_sumRuleDone;
    std::vector<int> m_bySize; // the non-zero cells by (count, index), made when first needed
    bool m_bySizeMade = false;
    std::size_t m_firstHideable = 0; // m_bySize before it: no longer hideable
    std::unique_ptr<MoveProver> m_mover;
    std::vector<bool> m_unprovenLarge; // per sensitive cell: failed the moves in a component > 160
    std::vector<double> m_outerLo;
    std::vector<double> m_outerHi;
};

} // namespace

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                        const ProtectionOptions& options)
{
    if (options.minCell <= 1) {
        Protection none;
        none.reasons.assign(counts.size(), SuppressionReason::None);
        return none;
    }
    Protector protector(counts, lines, options);
    return protector.run();
}

Protection protectTable(const std::vector<qint64>& counts, const std::vector<Line>& lines, int minCell)
{
    ProtectionOptions options;
    options.minCell = minCell;
    return protectTable(counts, lines, options);
}

std::vector<AuditInterval> auditIntervals(const std::vector<qint64>& counts, const std::vector<Line>& lines,
                                          const std::vector<bool>& suppressed, const std::vector<int>& cells,
                                          const std::vector<qint64>& lowerBounds)
{
    const AttackerModel model(lines, counts.size());
    const std::vector<double> lb = lowerBoundsOf(lowerBounds, counts.size());
    Components comps(lines, suppressed);
    std::vector<int> variableOf(counts.size(), -1);
    std::vector<AuditInterval> out;
    out.reserve(cells.size());
    for (int cell : cells) {
        if (!suppressed[at(cell)]) {
            out.push_back(AuditInterval{cell, static_cast<double>(counts[at(cell)]),
                                        static_cast<double>(counts[at(cell)]), true});
            continue;
        }
        out.push_back(
            solveIntervals(model, counts, lb, comps.members[at(comps.root(cell))], {cell}, variableOf, true).front());
    }
    return out;
}

} // namespace folja::analysis
