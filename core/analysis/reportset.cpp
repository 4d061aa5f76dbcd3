#include "analysis/reportset.h"

#include <QCoreApplication>
#include <QHash>

namespace folja::analysis {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// A category's identity across tables: its code, and its scale (each måluppfyllelse scale has its
// own "(uppgift saknas)").
QString categoryKey(const Category& c)
{
    return c.scale.isEmpty() ? c.code : c.code + QLatin1Char('\x1f') + c.scale;
}

// The position of each dimension's categories by code.
QHash<QString, int> indexByCode(const TableDimension& dim)
{
    QHash<QString, int> out;
    for (qsizetype i = 0; i < dim.categories.size(); ++i)
        out.insert(categoryKey(dim.categories.at(i)), static_cast<int>(i));
    return out;
}

// The cells that make up a table's count at `coords`: one, or along a dimension split into
// måluppfyllelse scale blocks (coordinate at its first total) one per block's total.
std::vector<int> countCells(const CrossTab& t, std::vector<int> coords)
{
    for (int d = 0; d < t.layout.dimensions(); ++d) {
        if (t.layout.blocks(d) > 1 && coords[at(d)] == t.layout.size(d)) {
            std::vector<int> out;
            for (int b = 0; b < t.layout.blocks(d); ++b) {
                coords[at(d)] = t.layout.size(d) + b;
                out.push_back(t.layout.index(coords));
            }
            return out;
        }
    }
    return {t.layout.index(coords)};
}

qint64 sumOf(const CrossTab& t, const std::vector<int>& cells)
{
    qint64 n = 0;
    for (int c : cells)
        n += t.cells[at(c)].n;
    return n;
}

// Links between table a and table b: for every set S of shared dimensions, the margin of a over S
// and the margin of b over S, cell by cell, when the two margins agree in categories and counts.
void linkPair(const CrossTab& a, int offsetA, const CrossTab& b, int offsetB, std::vector<Line>& links)
{
    std::vector<std::pair<int, int>> shared; // (dimension in a, dimension in b)
    for (qsizetype da = 0; da < a.dimensions.size(); ++da) {
        for (qsizetype db = 0; db < b.dimensions.size(); ++db) {
            if (a.dimensions.at(da).variable == b.dimensions.at(db).variable)
                shared.emplace_back(static_cast<int>(da), static_cast<int>(db));
        }
    }
    const int subsets = 1 << shared.size();
    for (int mask = 0; mask < subsets; ++mask) {
        std::vector<std::pair<int, int>> dims;
        for (std::size_t i = 0; i < shared.size(); ++i) {
            if (mask & (1 << i))
                dims.push_back(shared[i]);
        }
        // Walk a's margin over `dims` (categories only; totals belong to smaller subsets).
        std::vector<int> coordsA(at(a.layout.dimensions()));
        for (int d = 0; d < a.layout.dimensions(); ++d)
            coordsA[at(d)] = a.layout.size(d);
        std::vector<int> coordsB(at(b.layout.dimensions()));
        for (int d = 0; d < b.layout.dimensions(); ++d)
            coordsB[at(d)] = b.layout.size(d);
        std::vector<QHash<QString, int>> byCodeB;
        for (const auto& [da, db] : dims)
            byCodeB.push_back(indexByCode(b.dimensions.at(db)));
        std::vector<std::pair<std::vector<int>, std::vector<int>>> pairs;
        bool agree = true;
        qint64 sumA = 0;
        bool done = false;
        for (const auto& [da, db] : dims)
            done = done || a.dimensions.at(da).categories.isEmpty();
        std::vector<int> odometer(dims.size(), 0);
        while (!done && agree) {
            bool inB = true;
            for (std::size_t i = 0; i < dims.size(); ++i) {
                const auto [da, db] = dims[i];
                coordsA[at(da)] = odometer[i];
                const int j = byCodeB[i].value(categoryKey(a.dimensions.at(da).categories.at(odometer[i])), -1);
                inB = inB && j >= 0;
                coordsB[at(db)] = j;
            }
            const std::vector<int> cellA = countCells(a, coordsA);
            const qint64 nA = sumOf(a, cellA);
            sumA += nA;
            if (inB) {
                const std::vector<int> cellB = countCells(b, coordsB);
                if (sumOf(b, cellB) != nA)
                    agree = false;
                else
                    pairs.emplace_back(cellA, cellB);
            } else if (nA != 0) {
                agree = false;
            }
            done = true;
            for (std::size_t i = dims.size(); i > 0; --i) {
                if (++odometer[i - 1] < a.dimensions.at(dims[i - 1].first).categories.size()) {
                    done = false;
                    break;
                }
                odometer[i - 1] = 0;
            }
        }
        // b must not hold counts in categories a lacks: compare the sums of the linked cells.
        qint64 sumB = 0;
        for (const auto& [cellA, cellB] : pairs)
            sumB += sumOf(b, cellB);
        if (!agree || sumA != sumB)
            continue;
        // The margin's total (all of dims at total) must agree too, so nothing hides outside it.
        for (const auto& [da, db] : dims) {
            coordsA[at(da)] = a.layout.size(da);
            coordsB[at(db)] = b.layout.size(db);
        }
        if (sumOf(a, countCells(a, coordsA)) != sumOf(b, countCells(b, coordsB)))
            continue;
        for (const auto& [cellA, cellB] : pairs) {
            Line link;
            if (cellA.size() == cellB.size()) {
                // The same count (one scale block each, in the same order when both are split).
                for (std::size_t i = 0; i < cellA.size(); ++i) {
                    if (a.cells[at(cellA[i])].n != b.cells[at(cellB[i])].n)
                        continue;
                    Line same;
                    same.cells = {offsetA + cellA[i]};
                    same.total = offsetB + cellB[i];
                    same.link = true;
                    links.push_back(std::move(same));
                }
                continue;
            }
            // One table splits the count into scale blocks the other adds up: an additive line.
            const bool aSplit = cellA.size() > cellB.size();
            const std::vector<int>& parts = aSplit ? cellA : cellB;
            const std::vector<int>& whole = aSplit ? cellB : cellA;
            if (whole.size() != 1)
                continue;
            for (int c : parts)
                link.cells.push_back((aSplit ? offsetA : offsetB) + c);
            link.total = (aSplit ? offsetB : offsetA) + whole.front();
            links.push_back(std::move(link));
        }
    }
}

} // namespace

Result<ReportSetProtection> protectReportSet(QList<CrossTab>& tables)
{
    ReportSetProtection result;
    std::vector<int> members; // publication tables
    for (qsizetype i = 0; i < tables.size(); ++i) {
        // CKM tables need no linking: the same records give the same published number everywhere.
        if (tables.at(i).mode == Mode::Publicering && tables.at(i).protection == ProtectionMethod::Suppression)
            members.push_back(static_cast<int>(i));
    }
    if (members.size() < 2)
        return result;
    const int k = tables.at(members.front()).minCell;
    for (int m : members) {
        if (tables.at(m).minCell != k)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("folja::analysis",
                                                         "The tables of a report set must all use the same smallest "
                                                         "shown count; table %1 uses %2, table %3 uses %4.")
                                 .arg(members.front() + 1)
                                 .arg(k)
                                 .arg(m + 1)
                                 .arg(tables.at(m).minCell));
    }

    // One system: the tables' cells one after the other, their lines, and the links between them.
    std::vector<qint64> counts;
    std::vector<Line> lines;
    ProtectionOptions options;
    options.minCell = k;
    std::vector<int> offsets;
    std::vector<std::pair<std::size_t, std::size_t>> lineRanges;
    for (int m : members) {
        const CrossTab& t = tables.at(m);
        const int offset = static_cast<int>(counts.size());
        offsets.push_back(offset);
        for (const TableCell& c : t.cells)
            counts.push_back(c.n);
        const std::vector<qint64> bounds = tableLowerBounds(t);
        options.lowerBounds.resize(counts.size() - t.cells.size(), 0);
        options.lowerBounds.insert(options.lowerBounds.end(), bounds.begin(), bounds.end());
        std::vector<Line> own = tableLines(t);
        const std::size_t firstLine = lines.size();
        for (int l : groupDisclosureLines(t, own))
            options.groupLines.push_back(static_cast<int>(firstLine) + l);
        for (Line& ln : own) {
            for (int& c : ln.cells)
                c += offset;
            if (ln.total >= 0)
                ln.total += offset;
            if (ln.missingCell >= 0)
                ln.missingCell += offset;
            lines.push_back(std::move(ln));
        }
        lineRanges.emplace_back(firstLine, lines.size());
        options.geometry.push_back(TableGeometry{offset, &t.layout});
    }
    const std::size_t ownLines = lines.size();
    for (std::size_t i = 0; i < members.size(); ++i) {
        for (std::size_t j = i + 1; j < members.size(); ++j) {
            const CrossTab& a = tables.at(members[i]);
            const CrossTab& b = tables.at(members[j]);
            if (a.unit == b.unit)
                linkPair(a, offsets[i], b, offsets[j], lines);
        }
    }
    result.linkedCells =
        static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const Line& l) { return l.link; }));
    if (lines.size() == ownLines)
        return result;

    const Protection joint = protectTable(counts, lines, options);
    for (std::size_t i = 0; i < members.size(); ++i) {
        CrossTab& t = tables[members[i]];
        const int offset = offsets[i];
        const int size = static_cast<int>(t.cells.size());
        Protection own;
        own.auditPassed = joint.auditPassed;
        own.rounds = joint.rounds;
        own.reasons.assign(joint.reasons.begin() + offset, joint.reasons.begin() + offset + size);
        for (AuditInterval a : joint.audit) {
            if (a.cell >= offset && a.cell < offset + size) {
                a.cell -= offset;
                own.audit.push_back(a);
            }
        }
        for (int l : joint.flaggedGroupLines) {
            if (static_cast<std::size_t>(l) >= lineRanges[i].first &&
                static_cast<std::size_t>(l) < lineRanges[i].second)
                own.flaggedGroupLines.push_back(l - static_cast<int>(lineRanges[i].first));
        }
        for (int l : joint.attributeLines) {
            if (static_cast<std::size_t>(l) >= lineRanges[i].first &&
                static_cast<std::size_t>(l) < lineRanges[i].second)
                own.attributeLines.push_back(l - static_cast<int>(lineRanges[i].first));
        }
        for (int c = 0; c < size; ++c)
            result.addedSuppressions += own.suppressed(c) && !t.cells[at(c)].suppressed() ? 1 : 0;
        applyProtection(t, own);
    }
    return result;
}

} // namespace folja::analysis
