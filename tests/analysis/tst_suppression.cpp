// Disclosure control on plain count arrays: the must-pass matrix of PRIVACY-AND-STORAGE §3.3 with
// hand-computed expectations, and a seeded property test over random tables whose attacker
// intervals are checked by an independent integer brute force.

#include "analysis/lp.h"
#include "analysis/suppression.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace folja::analysis;

namespace {

// Builds the dense array (with margins) of a table given its interior counts in row-major order.
std::vector<qint64> withMargins(const DenseLayout& layout, const std::vector<qint64>& interior)
{
    std::vector<qint64> out(static_cast<std::size_t>(layout.cellCount()), 0);
    std::size_t next = 0;
    for (int c = 0; c < layout.cellCount(); ++c) {
        if (layout.isInterior(c))
            out[static_cast<std::size_t>(c)] = interior[next++];
    }
    for (int c = 0; c < layout.cellCount(); ++c) {
        if (!layout.isInterior(c))
            continue;
        const std::vector<int> coords = layout.coordinates(c);
        // Add the interior cell to every margin it belongs to.
        const int dims = layout.dimensions();
        for (int mask = 1; mask < (1 << dims); ++mask) {
            std::vector<int> m = coords;
            for (int d = 0; d < dims; ++d) {
                if (mask & (1 << d))
                    m[static_cast<std::size_t>(d)] = layout.size(d);
            }
            out[static_cast<std::size_t>(layout.index(m))] += out[static_cast<std::size_t>(c)];
        }
    }
    return out;
}

std::vector<int> suppressedCells(const Protection& p)
{
    std::vector<int> out;
    for (int c = 0; c < static_cast<int>(p.reasons.size()); ++c) {
        if (p.suppressed(c))
            out.push_back(c);
    }
    return out;
}

// Independent check: enumerate every non-negative integer completion of the hidden cells that
// satisfies all (additive) lines, and report min/max per hidden cell. Returns false when the
// search is too large to finish.
struct BruteForce {
    const std::vector<qint64>& counts;
    const std::vector<Line>& lines;
    std::vector<int> hidden;   // cells to assign
    std::vector<qint64> value; // current assignment per cell (published cells fixed)
    std::vector<bool> known;
    std::vector<qint64> lo, hi;
    qint64 bound = 0;
    long nodes = 0;
    long limit = 3000000;
    bool found = false;

    bool lineOk(const Line& l, bool& complete) const
    {
        qint64 sum = 0;
        complete = known[static_cast<std::size_t>(l.total)];
        for (int c : l.cells) {
            if (known[static_cast<std::size_t>(c)])
                sum += value[static_cast<std::size_t>(c)];
            else
                complete = false;
        }
        if (known[static_cast<std::size_t>(l.total)] && sum > value[static_cast<std::size_t>(l.total)])
            return false;
        if (complete)
            return sum == value[static_cast<std::size_t>(l.total)];
        return true;
    }

    bool consistent() const
    {
        for (const Line& l : lines) {
            bool complete = false;
            if (!lineOk(l, complete))
                return false;
        }
        return true;
    }

    bool search(std::size_t i)
    {
        if (++nodes > limit)
            return false;
        if (i == hidden.size()) {
            found = true;
            for (std::size_t h = 0; h < hidden.size(); ++h) {
                const qint64 v = value[static_cast<std::size_t>(hidden[h])];
                lo[h] = std::min(lo[h], v);
                hi[h] = std::max(hi[h], v);
            }
            return true;
        }
        const auto cell = static_cast<std::size_t>(hidden[i]);
        for (qint64 v = 0; v <= bound; ++v) {
            value[cell] = v;
            known[cell] = true;
            if (consistent() && !search(i + 1))
                return false;
            known[cell] = false;
        }
        return true;
    }

    bool run(const std::vector<bool>& suppressed, qint64 upper)
    {
        value = counts;
        known.assign(counts.size(), true);
        for (std::size_t c = 0; c < counts.size(); ++c) {
            if (suppressed[c]) {
                hidden.push_back(static_cast<int>(c));
                known[c] = false;
            }
        }
        lo.assign(hidden.size(), std::numeric_limits<qint64>::max());
        hi.assign(hidden.size(), std::numeric_limits<qint64>::min());
        bound = upper;
        return search(0) && found;
    }
};

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private slots:
    void lpSolvesASmallProblem()
    {
        // max x0 s.t. x0 + x1 = 9, x1 >= 2  →  7; min x0 → 0.
        lp::Problem p(2, {{{{0, 1.0}, {1, 1.0}}, lp::Sense::Equal, 9.0}, {{{1, 1.0}}, lp::Sense::GreaterEqual, 2.0}});
        QVERIFY(p.feasible());
        QCOMPARE(p.maximizeVariable(0).value, 7.0);
        QCOMPARE(p.minimizeVariable(0).value, 0.0);
        QCOMPARE(p.maximizeVariable(1).value, 9.0);
        lp::Problem unbounded(2, {{{{0, 1.0}, {1, -1.0}}, lp::Sense::Equal, 0.0}});
        QCOMPARE(unbounded.maximizeVariable(0).status, lp::Status::Unbounded);
        lp::Problem infeasible(1, {{{{0, 1.0}}, lp::Sense::Equal, -3.0}});
        QVERIFY(!infeasible.feasible());
    }

    void oneByNWithACellOfTwo()
    {
        // 2 | 7 | 10 | 20, total 39: the 2 and the next smallest (7) are hidden; 2+7 = 9 >= 5.
        const DenseLayout layout({4});
        const std::vector<qint64> counts = withMargins(layout, {2, 7, 10, 20});
        QCOMPARE(counts[4], qint64(39));
        const Protection p = protectTable(counts, layout.lines(), 5);
        QCOMPARE(suppressedCells(p), (std::vector<int>{0, 1}));
        QCOMPARE(p.reasons[0], SuppressionReason::Primary);
        QCOMPARE(p.reasons[1], SuppressionReason::Secondary);
        QVERIFY(p.auditPassed);
        QCOMPARE(p.audit.size(), std::size_t(1));
        QCOMPARE(p.audit[0].lo, 0.0);
        QCOMPARE(p.audit[0].hi, 9.0); // x + y = 9
    }

    void twoByTwoWithOnePrimary()
    {
        // [[3, 10], [12, 20]]: the rectangle of all four interior cells, margins published.
        const DenseLayout layout({2, 2});
        const std::vector<qint64> counts = withMargins(layout, {3, 10, 12, 20});
        const Protection p = protectTable(counts, layout.lines(), 5);
        const std::vector<int> interior{layout.index({0, 0}), layout.index({0, 1}), layout.index({1, 0}),
                                        layout.index({1, 1})};
        QCOMPARE(suppressedCells(p), interior);
        QCOMPARE(p.reasons[static_cast<std::size_t>(interior[0])], SuppressionReason::Primary);
        QVERIFY(p.auditPassed);
        // x00 ∈ [max(0, 13 - 32, 15 - 30), min(13, 15)] = [0, 13].
        QCOMPARE(p.audit[0].lo, 0.0);
        QCOMPARE(p.audit[0].hi, 13.0);
    }

    void threeByThreeTwoPrimariesInOneRow()
    {
        // Row 0 = [1, 2, 30]; the pair 1 + 2 alone would let an attacker bound both within [0, 3].
        const DenseLayout layout({3, 3});
        const std::vector<qint64> counts = withMargins(layout, {1, 2, 30, 20, 25, 15, 18, 22, 40});
        const std::vector<Line> lines = layout.lines();
        // The audit on the naive pattern (the pair plus one partner per column) catches it.
        std::vector<bool> naive(counts.size(), false);
        for (auto c : {layout.index({0, 0}), layout.index({0, 1}), layout.index({2, 0}), layout.index({2, 1})})
            naive[static_cast<std::size_t>(c)] = true;
        const auto weak = auditIntervals(counts, lines, naive, {layout.index({0, 0})});
        QCOMPARE(weak[0].lo, 0.0);
        QCOMPARE(weak[0].hi, 3.0); // 3 - 0 < 5: not protected

        const Protection p = protectTable(counts, lines, 5);
        QVERIFY(p.auditPassed);
        // S3: the hidden sum of row 0 (1 + 2) is below 5, so its 30 is hidden too.
        QCOMPARE(p.reasons[static_cast<std::size_t>(layout.index({0, 2}))], SuppressionReason::SumRule);
        // Column partners: the smallest cell of each column outside row 0.
        QVERIFY(p.suppressed(layout.index({2, 0}))); // 18 < 20
        QVERIFY(p.suppressed(layout.index({2, 1}))); // 22 < 25
        QVERIFY(p.suppressed(layout.index({1, 2}))); // 15 < 40
        for (const AuditInterval& a : p.audit)
            QVERIFY2(a.width() >= 5, qPrintable(QString::number(a.width())));
        QVERIFY(!p.suppressed(layout.index({3, 3})));
    }

    void smallBortfallCellDoesNotLeakThroughTheTotal()
    {
        // kon: Flicka/Kvinna 20, Pojke/Man 18, (uppgift saknas) 2; total 40.
        const DenseLayout layout({3});
        const std::vector<qint64> counts = withMargins(layout, {20, 18, 2});
        const Protection p = protectTable(counts, layout.lines(), 5);
        QCOMPARE(suppressedCells(p), (std::vector<int>{1, 2}));
        QVERIFY(!p.suppressed(3));
        QCOMPARE(p.audit[0].cell, 2);
        QCOMPARE(p.audit[0].hi - p.audit[0].lo, 20.0); // x + 2 = 20 - … : [0, 20]
    }

    void smallTotalIsHiddenAndPropagates()
    {
        // 1-D with total 3: everything non-zero is primary, the total too.
        const DenseLayout layout({3});
        const std::vector<qint64> counts = withMargins(layout, {1, 0, 2});
        const Protection p = protectTable(counts, layout.lines(), 5);
        QCOMPARE(suppressedCells(p), (std::vector<int>{0, 2, 3}));
        QVERIFY(p.auditPassed);
        QVERIFY(std::isinf(p.audit[0].hi));
    }

    void minCellOneSuppressesNothing()
    {
        const DenseLayout layout({2, 2});
        const Protection p = protectTable(withMargins(layout, {1, 2, 3, 4}), layout.lines(), 0);
        QCOMPARE(p.suppressedCount(), 0);
    }

    void deterministic()
    {
        QRandomGenerator rng(7);
        const DenseLayout layout({4, 3, 2});
        std::vector<qint64> interior;
        for (int i = 0; i < 24; ++i)
            interior.push_back(rng.bounded(12));
        const std::vector<qint64> counts = withMargins(layout, interior);
        const Protection a = protectTable(counts, layout.lines(), 5);
        const Protection b = protectTable(counts, layout.lines(), 5);
        QVERIFY(a.reasons == b.reasons);
    }

    void propertyRandomTables()
    {
        QRandomGenerator rng(20240601);
        int bruteChecked = 0;
        for (int t = 0; t < 300; ++t) {
            const int dims = 1 + t % 3;
            std::vector<int> shape;
            for (int d = 0; d < dims; ++d)
                shape.push_back(dims == 3 ? 2 + static_cast<int>(rng.bounded(2))
                                          : 2 + static_cast<int>(rng.bounded(3)));
            const DenseLayout layout(shape);
            std::vector<qint64> interior;
            int interiorCells = 1;
            for (int s : shape)
                interiorCells *= s;
            const int spread = 3 + static_cast<int>(rng.bounded(15));
            for (int i = 0; i < interiorCells; ++i)
                interior.push_back(rng.bounded(4) == 0 ? 0 : rng.bounded(spread));
            const std::vector<qint64> counts = withMargins(layout, interior);
            const int k = 3 + static_cast<int>(rng.bounded(8));
            const std::vector<Line> lines = layout.lines();
            // Every other table in strikt läge (P3) with its last dimension as the outcome.
            ProtectionOptions options;
            options.minCell = k;
            options.geometry = {TableGeometry{0, &layout}};
            if (t % 2 == 0) {
                for (std::size_t l = 0; l < lines.size(); ++l) {
                    if (lines[l].axis == dims - 1)
                        options.groupLines.push_back(static_cast<int>(l));
                }
            }
            const Protection p = protectTable(counts, lines, options);
            // P3: every line of k <= T < 2k units all in one category has all its cells hidden.
            for (int l : options.groupLines) {
                const Line& line = lines[static_cast<std::size_t>(l)];
                const qint64 total = counts[static_cast<std::size_t>(line.total)];
                int nonZero = 0;
                for (int c : line.cells)
                    nonZero += counts[static_cast<std::size_t>(c)] > 0 ? 1 : 0;
                if (total >= k && total < 2 * k && nonZero == 1) {
                    for (int c : line.cells)
                        QVERIFY(p.suppressed(c));
                }
            }

            // No published 0 < n < k.
            for (std::size_t c = 0; c < counts.size(); ++c) {
                if (!p.suppressed(static_cast<int>(c)))
                    QVERIFY(counts[c] == 0 || counts[c] >= k);
            }
            // No additive line with exactly one hidden cell. (P3 also hides zeros; in a line whose
            // published total is 0 such a zero stays alone: there is nothing to hide it with, and
            // the audit below is what protects the P3 line.)
            for (const Line& l : lines) {
                if (!p.suppressed(l.total) && counts[static_cast<std::size_t>(l.total)] == 0)
                    continue;
                int hiddenCells = p.suppressed(l.total) ? 1 : 0;
                for (int c : l.cells)
                    hiddenCells += p.suppressed(c) ? 1 : 0;
                QVERIFY(hiddenCells != 1);
            }
            // The audit's interval is at least k wide for every primary cell.
            QVERIFY2(p.auditPassed, qPrintable(QStringLiteral("table %1").arg(t)));
            // Primary cells (n < k) need width >= k; a P3 cell (n >= k) only an attacker's lower
            // bound below its count.
            auto groupCell = [&](int cell) { return counts[static_cast<std::size_t>(cell)] >= k; };
            for (const AuditInterval& a : p.audit) {
                if (groupCell(a.cell))
                    QVERIFY(a.lo < static_cast<double>(counts[static_cast<std::size_t>(a.cell)]));
                else
                    QVERIFY(a.width() >= k);
            }

            // Independent integer brute force on the smaller tables.
            std::vector<bool> mask(counts.size());
            for (std::size_t c = 0; c < counts.size(); ++c)
                mask[c] = p.suppressed(static_cast<int>(c));
            const int grand = layout.cellCount() - 1;
            const int hiddenCount = static_cast<int>(std::count(mask.begin(), mask.end(), true));
            if (p.audit.empty() || mask[static_cast<std::size_t>(grand)] || hiddenCount > 10 || counts[grand] > 60)
                continue;
            BruteForce bf{counts, lines, {}, {}, {}, {}, {}, 0};
            if (!bf.run(mask, counts[static_cast<std::size_t>(grand)]))
                continue;
            ++bruteChecked;
            for (const AuditInterval& a : p.audit) {
                const auto it = std::find(bf.hidden.begin(), bf.hidden.end(), a.cell);
                QVERIFY(it != bf.hidden.end());
                const auto h = static_cast<std::size_t>(it - bf.hidden.begin());
                QVERIFY(bf.lo[h] <= counts[static_cast<std::size_t>(a.cell)]);
                QVERIFY(bf.hi[h] >= counts[static_cast<std::size_t>(a.cell)]);
                if (groupCell(a.cell)) {
                    QVERIFY(bf.lo[h] < counts[static_cast<std::size_t>(a.cell)]);
                    continue;
                }
                QVERIFY2(bf.hi[h] - bf.lo[h] >= k, qPrintable(QStringLiteral("table %1 cell %2: [%3, %4], k=%5")
                                                                  .arg(t)
                                                                  .arg(a.cell)
                                                                  .arg(bf.lo[h])
                                                                  .arg(bf.hi[h])
                                                                  .arg(k)));
                // For 1-D and 2-D tables the LP bound is exact (the line matrix is unimodular).
                if (dims <= 2 && a.exact) {
                    QCOMPARE(static_cast<qint64>(a.lo), bf.lo[h]);
                    QCOMPARE(static_cast<qint64>(a.hi), bf.hi[h]);
                }
            }
        }
        qInfo("brute-force checked %d tables", bruteChecked);
        QVERIFY(bruteChecked >= 30);
    }

    // S5 as a property: pairs of random 2-D tables with the same row margins, protected together
    // with the row margins and grand totals linked. Linked cells are hidden in both tables or in
    // neither; no ordinary line has exactly one hidden cell; the joint audit holds, checked by brute
    // force on the joint system where it is small.
    void propertyLinkedTables()
    {
        QRandomGenerator rng(20240917);
        int bruteChecked = 0;
        int linkedHidden = 0;
        for (int t = 0; t < 150; ++t) {
            const int rows = 2 + static_cast<int>(rng.bounded(2));
            const int colsA = 2 + static_cast<int>(rng.bounded(2));
            const int colsB = 2 + static_cast<int>(rng.bounded(2));
            const DenseLayout a({rows, colsA});
            const DenseLayout b({rows, colsB});
            const int spread = 3 + static_cast<int>(rng.bounded(12));
            std::vector<qint64> interiorA;
            std::vector<qint64> interiorB;
            for (int r = 0; r < rows; ++r) {
                qint64 rowTotal = 0;
                for (int c = 0; c < colsA; ++c) {
                    interiorA.push_back(rng.bounded(4) == 0 ? 0 : rng.bounded(spread));
                    rowTotal += interiorA.back();
                }
                // The same row total split at random over B's columns.
                std::vector<qint64> split(static_cast<std::size_t>(colsB), 0);
                for (qint64 i = 0; i < rowTotal; ++i)
                    ++split[rng.bounded(static_cast<quint32>(colsB))];
                interiorB.insert(interiorB.end(), split.begin(), split.end());
            }
            std::vector<qint64> counts = withMargins(a, interiorA);
            const int offset = static_cast<int>(counts.size());
            const std::vector<qint64> countsB = withMargins(b, interiorB);
            counts.insert(counts.end(), countsB.begin(), countsB.end());
            std::vector<Line> lines = a.lines();
            for (Line l : b.lines()) {
                for (int& c : l.cells)
                    c += offset;
                l.total += offset;
                lines.push_back(l);
            }
            std::vector<std::pair<int, int>> links;
            for (int r = 0; r <= rows; ++r)
                links.emplace_back(a.index({r, colsA}), offset + b.index({r, colsB}));
            for (const auto& [x, y] : links) {
                QCOMPARE(counts[static_cast<std::size_t>(x)], counts[static_cast<std::size_t>(y)]);
                Line link;
                link.cells = {x};
                link.total = y;
                link.link = true;
                lines.push_back(link);
            }
            const int k = 3 + static_cast<int>(rng.bounded(5));
            ProtectionOptions options;
            options.minCell = k;
            options.geometry = {TableGeometry{0, &a}, TableGeometry{offset, &b}};
            const Protection p = protectTable(counts, lines, options);
            QVERIFY2(p.auditPassed, qPrintable(QStringLiteral("pair %1").arg(t)));
            for (const auto& [x, y] : links) {
                QCOMPARE(p.suppressed(x), p.suppressed(y));
                linkedHidden += p.suppressed(x) ? 1 : 0;
            }
            for (const Line& l : lines) {
                int hiddenCells = p.suppressed(l.total) ? 1 : 0;
                for (int c : l.cells)
                    hiddenCells += p.suppressed(c) ? 1 : 0;
                QVERIFY(hiddenCells != 1);
            }
            for (std::size_t c = 0; c < counts.size(); ++c) {
                if (!p.suppressed(static_cast<int>(c)))
                    QVERIFY(counts[c] == 0 || counts[c] >= k);
            }
            std::vector<bool> mask(counts.size());
            for (std::size_t c = 0; c < counts.size(); ++c)
                mask[c] = p.suppressed(static_cast<int>(c));
            const int grand = a.cellCount() - 1;
            if (p.audit.empty() || mask[static_cast<std::size_t>(grand)] ||
                std::count(mask.begin(), mask.end(), true) > 12 || counts[static_cast<std::size_t>(grand)] > 40)
                continue;
            BruteForce bf{counts, lines, {}, {}, {}, {}, {}, 0};
            if (!bf.run(mask, counts[static_cast<std::size_t>(grand)]))
                continue;
            ++bruteChecked;
            for (const AuditInterval& iv : p.audit) {
                const auto it = std::find(bf.hidden.begin(), bf.hidden.end(), iv.cell);
                QVERIFY(it != bf.hidden.end());
                const auto h = static_cast<std::size_t>(it - bf.hidden.begin());
                QVERIFY2(bf.hi[h] - bf.lo[h] >= k, qPrintable(QStringLiteral("pair %1 cell %2").arg(t).arg(iv.cell)));
            }
        }
        qInfo("linked pairs: %d linked cells hidden, brute-force checked %d sets", linkedHidden, bruteChecked);
        QVERIFY(linkedHidden > 0);
        QVERIFY(bruteChecked >= 10);
    }

    void multiValuedLinesAreInequalities()
    {
        // A multi-valued 1-D table: values A=3, B=8, missing=0, total 9 records (some hold both).
        const DenseLayout layout({3});
        std::vector<qint64> counts{3, 8, 0, 9};
        const std::vector<Line> lines = layout.lines({true}, {2});
        QVERIFY(!lines[0].additive);
        const Protection p = protectTable(counts, lines, 5);
        QVERIFY(p.suppressed(0));
        QVERIFY(p.suppressed(1));
        QVERIFY(p.auditPassed);
        // Attacker: A <= 9, B <= 9, A + B >= 9, A + B <= 9·(3-1): A ∈ [0, 9].
        QCOMPARE(p.audit[0].lo, 0.0);
        QCOMPARE(p.audit[0].hi, 9.0);
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
