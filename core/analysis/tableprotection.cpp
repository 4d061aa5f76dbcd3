#include "analysis/cellkey.h"
#include "analysis/crosstab.h"

#include <QCoreApplication>

#include <algorithm>

// The glue between a cross-tabulation and disclosure control (suppression.h): the table's lines
// and what an attacker knows about its cells, and the protected table's percentages and footnotes.

namespace folja::analysis {

namespace {

Percentage percentage(qint64 n, qint64 denominator, bool numeratorHidden, bool denominatorHidden, int k, bool publish)
{
    Percentage pct;
    if (denominator <= 0)
        return pct;
    pct.available = true;
    pct.denominator = denominator;
    n = std::clamp<qint64>(n, 0, denominator); // perturbed counts (cellkey.h) need not nest
    pct.value = 100.0 * static_cast<double>(n) / static_cast<double>(denominator);
    const auto [lo, hi] = wilsonInterval(n, denominator);
    pct.ciLow = 100.0 * lo;
    pct.ciHigh = 100.0 * hi;
    if (publish && (numeratorHidden || denominatorHidden || denominator < k))
        pct.suppressed = true;
    return pct;
}

} // namespace

std::vector<Line> tableLines(const CrossTab& table)
{
    std::vector<bool> multi;
    std::vector<int> missing;
    std::vector<std::vector<int>> missingOf;
    for (const TableDimension& d : table.dimensions) {
        multi.push_back(d.multiValued);
        missing.push_back(d.missingIndex);
        std::vector<int> of;
        if (d.isSplit()) {
            for (qsizetype i = 0; i < d.categories.size(); ++i)
                of.push_back(d.missingOf(static_cast<int>(i)));
        }
        missingOf.push_back(std::move(of));
    }
    return table.layout.lines(multi, missing, missingOf);
}

std::vector<qint64> tableLowerBounds(const CrossTab& table)
{
    std::vector<qint64> out(table.cells.size(), 0);
    const int dims = static_cast<int>(table.dimensions.size());
    for (int d = 0; d < dims; ++d) {
        const TableDimension& dim = table.dimensions[d];
        for (int i = 0; i < table.layout.extent(d); ++i) {
            const bool total = i >= table.layout.size(d);
            // A listed category holds a record; so does a listed block (its total) unless the
            // dimension lists empty categories too.
            const bool presenceTells = !dim.listsEmptyCategories || (!total && i == dim.missingOf(i));
            if (!presenceTells || (total && !dim.isSplit()))
                continue;
            // The margin of position i over every other dimension: at their totals, or at each
            // block's total of a split one (the record is in one of them; giving each non-empty
            // one the bound credits the attacker with more than it knows, which is safe).
            std::vector<int> coords(static_cast<std::size_t>(dims));
            std::vector<int> choice(static_cast<std::size_t>(dims), 0);
            while (true) {
                for (int e = 0; e < dims; ++e)
                    coords[static_cast<std::size_t>(e)] =
                        e == d ? i : table.layout.size(e) + choice[static_cast<std::size_t>(e)];
                const std::size_t cell = static_cast<std::size_t>(table.layout.index(coords));
                if (cell < out.size() && table.cells[cell].n > 0)
                    out[cell] = 1;
                int e = dims - 1;
                while (e >= 0 && (e == d || ++choice[static_cast<std::size_t>(e)] == table.layout.blocks(e))) {
                    choice[static_cast<std::size_t>(e)] = 0;
                    --e;
                }
                if (e < 0)
                    break;
            }
        }
    }
    return out;
}

std::vector<int> groupDisclosureLines(const CrossTab& table, const std::vector<Line>& lines)
{
    std::vector<int> out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (table.strictDimensions.contains(lines[l].axis))
            out.push_back(static_cast<int>(l));
    }
    return out;
}
void applyProtection(CrossTab& table, const Protection& protection)
{
    const bool publish = table.mode == Mode::Publicering;
    const int k = table.minCell;
    const int dims = static_cast<int>(table.dimensions.size());
    table.auditPassed = protection.auditPassed;
    table.audit = protection.audit;
    table.groupDisclosureLines = static_cast<int>(protection.flaggedGroupLines.size());
    for (std::size_t i = 0; i < table.cells.size(); ++i) {
        const qint64 n = table.cells[i].n;
        table.cells[i] = TableCell{};
        table.cells[i].n = n;
        table.cells[i].reason = i < protection.reasons.size() ? protection.reasons[i] : SuppressionReason::None;
    }
    std::vector<int> keptShape;
    for (int d = 0; d < dims; ++d)
        keptShape.push_back(table.layout.size(d));
    auto hidden = [&](const std::vector<int>& coords) {
        return table.cells[static_cast<std::size_t>(table.layout.index(coords))].suppressed();
    };
    auto count = [&](const std::vector<int>& coords) {
        return table.cells[static_cast<std::size_t>(table.layout.index(coords))].n;
    };
    // Every dimension at its total; -1 along a split one: all its blocks' totals.
    std::vector<int> totalCoords(static_cast<std::size_t>(dims));
    for (int d = 0; d < dims; ++d)
        totalCoords[static_cast<std::size_t>(d)] =
            table.dimensions[d].isSplit() ? -1 : keptShape[static_cast<std::size_t>(d)];
    // The records at `coords`; -1 along a split dimension adds its blocks' totals (records of both
    // scales: the table's total and the dimensions' bortfall, never a published margin).
    auto records = [&](std::vector<int> coords) {
        Count c;
        for (int d = 0; d < dims; ++d) {
            const auto ud = static_cast<std::size_t>(d);
            if (coords[ud] < 0) {
                for (int b = 0; b < table.layout.blocks(d); ++b) {
                    coords[ud] = keptShape[ud] + b;
                    c.n += count(coords);
                    c.suppressed = c.suppressed || hidden(coords);
                }
                return c;
            }
        }
        return Count{count(coords), hidden(coords)};
    };
    table.total = records(totalCoords);

    // Percentages of records with valid values, per layer.
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        if (!table.layout.isInterior(cell))
            continue;
        TableCell& tc = table.cells[static_cast<std::size_t>(cell)];
        const std::vector<int> c = table.layout.coordinates(cell);
        // Denominators stay within the cell's block of a split dimension.
        const int miss0 = table.dimensions[0].missingOf(c[0]);
        if (c[0] == miss0)
            continue;
        if (dims == 1) {
            std::vector<int> t{table.layout.totalOf(0, c[0])};
            qint64 den = count(t);
            bool denHidden = hidden(t);
            if (miss0 >= 0) {
                den -= count({miss0});
                denHidden = denHidden || hidden({miss0});
            }
            tc.total = percentage(tc.n, den, tc.suppressed(), denHidden, k, publish);
            continue;
        }
        const int miss1 = table.dimensions[1].missingOf(c[1]);
        if (c[1] == miss1)
            continue;
        auto at = [&](int a, int b) {
            std::vector<int> x = c;
            x[0] = a;
            x[1] = b;
            return x;
        };
        const int t0 = table.layout.totalOf(0, c[0]);
        const int t1 = table.layout.totalOf(1, c[1]);
        // Row: records of this row with a valid column value.
        qint64 rowDen = count(at(c[0], t1));
        bool rowHidden = hidden(at(c[0], t1));
        if (miss1 >= 0) {
            rowDen -= count(at(c[0], miss1));
            rowHidden = rowHidden || hidden(at(c[0], miss1));
        }
        qint64 colDen = count(at(t0, c[1]));
        bool colHidden = hidden(at(t0, c[1]));
        if (miss0 >= 0) {
            colDen -= count(at(miss0, c[1]));
            colHidden = colHidden || hidden(at(miss0, c[1]));
        }
        qint64 totDen = count(at(t0, t1));
        bool totHidden = hidden(at(t0, t1));
        if (miss0 >= 0) {
            totDen -= count(at(miss0, t1));
            totHidden = totHidden || hidden(at(miss0, t1));
        }
        if (miss1 >= 0) {
            totDen -= count(at(t0, miss1));
            totHidden = totHidden || hidden(at(t0, miss1));
        }
        if (miss0 >= 0 && miss1 >= 0) {
            totDen += count(at(miss0, miss1));
            totHidden = totHidden || hidden(at(miss0, miss1));
        }
        tc.row = percentage(tc.n, rowDen, tc.suppressed(), rowHidden, k, publish);
        tc.column = percentage(tc.n, colDen, tc.suppressed(), colHidden, k, publish);
        tc.total = percentage(tc.n, totDen, tc.suppressed(), totHidden, k, publish);
    }

    // Bortfall, uncertain answers and not-applicable records per dimension.
    bool naHidden = false;
    for (int d = 0; d < dims; ++d) {
        TableDimension& dim = table.dimensions[d];
        dim.bortfall = Count{};
        dim.uncertain = Count{};
        std::vector<int> coords = totalCoords;
        auto add = [](Count& sum, const Count& c) {
            sum.n += c.n;
            sum.suppressed = sum.suppressed || c.suppressed;
        };
        auto percentOf = [](const Count& part, const Count& whole) {
            return whole.n > 0 ? 100.0 * static_cast<double>(part.n) / static_cast<double>(whole.n) : 0.0;
        };
        // Per block (scale), then the dimension's counts of records as their sums.
        for (CategoryBlock& block : dim.blocks) {
            block.bortfall = Count{};
            block.uncertain = Count{};
            coords[static_cast<std::size_t>(d)] = table.layout.totalOf(d, block.first);
            block.total = records(coords);
            for (int i = block.first; i < block.end; ++i) {
                coords[static_cast<std::size_t>(d)] = i;
                if (i == block.missingIndex)
                    block.bortfall = records(coords);
                if (dim.categories.at(i).isUncertain)
                    add(block.uncertain, records(coords));
            }
            block.bortfallPercent = percentOf(block.bortfall, block.total);
        }
        if (dim.isSplit()) {
            for (const CategoryBlock& block : dim.blocks) {
                add(dim.bortfall, block.bortfall);
                add(dim.uncertain, block.uncertain);
            }
        } else {
            if (dim.missingIndex >= 0) {
                coords[static_cast<std::size_t>(d)] = dim.missingIndex;
                dim.bortfall = records(coords);
            }
            for (qsizetype i = 0; i < dim.categories.size(); ++i) {
                if (!dim.categories.at(i).isUncertain)
                    continue;
                coords[static_cast<std::size_t>(d)] = static_cast<int>(i);
                add(dim.uncertain, records(coords));
            }
        }
        dim.bortfallPercent = percentOf(dim.bortfall, table.total);
        const qint64 na = dim.notApplicable.n;
        dim.notApplicable = {na, publish && ((na > 0 && na < k) || table.total.suppressed)};
        naHidden = naHidden || dim.notApplicable.suppressed;
    }
    // population - total = records left out; hiding a not-applicable count hides the population too.
    table.population.suppressed = publish && (naHidden || table.total.suppressed);

    // Mode and footnotes.
    table.footnotes.clear();
    table.exportable = publish;
    table.watermark.clear();
    if (!publish) {
        table.exportable = false;
        table.watermark = QCoreApplication::translate("folja::analysis", "Not for publication");
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Internal analysis: small counts are shown. Not for publication."));
    }
    const auto used = [&](SuppressionReason reason) {
        return std::any_of(table.cells.cbegin(), table.cells.cend(),
                           [reason](const TableCell& c) { return c.reason == reason; });
    };
    if (table.protection == ProtectionMethod::CellKey && publish) {
        table.footnotes.append(cellKeyNote());
        if (protection.suppressedCount() > 0)
            table.footnotes.append(
                QCoreApplication::translate("folja::analysis", "Values below %1 after the change are shown as \"..\".")
                    .arg(k + PTable::builtin()->maxDeviation()));
    } else if (protection.suppressedCount() > 0)
        table.footnotes.append(QCoreApplication::translate(
                                   "folja::analysis",
                                   "Values below %1 are not shown for confidentiality reasons; some further values "
                                   "have been hidden so that they cannot be derived.")
                                   .arg(k));
    if (used(SuppressionReason::GroupDisclosure))
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Strict mode: where every person in a small group had the same outcome, the group's "
                               "values are not shown, since they would reveal each person's outcome."));
    if (used(SuppressionReason::Linked))
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Some values are not shown because the same values are hidden in another table of "
                               "this report."));
    for (const AggregationStep& step : table.aggregation)
        table.footnotes.append(step.description);
    for (const TableDimension& d : table.dimensions) {
        if (d.multiValued)
            table.footnotes.append(
                QCoreApplication::translate("folja::analysis",
                                            "%1 can hold several values: a record is counted once for each value, so "
                                            "percentages can add up to more than 100 %.")
                    .arg(d.label));
    }
    table.footnotes.append(QCoreApplication::translate(
        "folja::analysis", "(missing): the value is missing although the step was reached (internal bortfall). "
                           "Records for which the question did not apply are left out and reported separately. "
                           "Percentages are of records with a valid answer."));
    const bool scalesSplit = std::any_of(table.dimensions.cbegin(), table.dimensions.cend(),
                                         [](const TableDimension& d) { return d.isSplit(); });
    if (scalesSplit)
        table.footnotes.append(QCoreApplication::translate(
            "folja::analysis", "Måluppfyllelse is shown separately for the BBIC and IBIC value sets, which "
                               "cannot be pooled."));
}

} // namespace folja::analysis
