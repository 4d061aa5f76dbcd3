#include "analysis/cellkey.h"

#include "analysis/engine.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>

// The resource name "cellkey_data" is what core/analysis/CMakeLists.txt gives qt_add_resources.
static void initCellKeyResources()
{
    Q_INIT_RESOURCE(cellkey_data);
}

namespace folja::analysis {

namespace {

Error bad(const QString& what)
{
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate("folja::analysis", "The perturbation table is invalid: %1").arg(what));
}

} // namespace

Result<PTable> PTable::parse(const QByteArray& csv)
{
    PTable t;
    bool header = false;
    int lineNo = 0;
    for (const QByteArray& raw : csv.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!header) {
            if (line != "i,j,v,p,ck_lo,ck_hi")
                return bad(QStringLiteral("line %1: expected the header i,j,v,p,ck_lo,ck_hi").arg(lineNo));
            header = true;
            continue;
        }
        const QList<QByteArray> f = line.split(',');
        if (f.size() != 6)
            return bad(QStringLiteral("line %1: expected 6 fields").arg(lineNo));
        bool ok[6] = {};
        Entry e;
        e.i = f[0].toInt(&ok[0]);
        const int j = f[1].toInt(&ok[1]);
        e.v = f[2].toInt(&ok[2]);
        e.p = f[3].toDouble(&ok[3]);
        e.keyLo = f[4].toInt(&ok[4]);
        e.keyHi = f[5].toInt(&ok[5]);
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
            return bad(QStringLiteral("line %1: not a number").arg(lineNo));
        if (e.i < 0 || e.i > 10000 || j != e.i + e.v || j < 0 || e.keyLo < 0 || e.keyHi >= kRecordKeyRange ||
            e.keyLo > e.keyHi || std::abs(e.v) > 100)
            return bad(QStringLiteral("line %1: values out of range").arg(lineNo));
        if (std::abs(e.p - static_cast<double>(e.keyHi - e.keyLo + 1) / kRecordKeyRange) > 1e-6)
            return bad(QStringLiteral("line %1: p does not match the key interval").arg(lineNo));
        t.m_entries.push_back(e);
    }
    if (!header || t.m_entries.empty())
        return bad(QStringLiteral("no rows"));
    int maxRow = 0;
    for (const Entry& e : t.m_entries)
        maxRow = std::max(maxRow, e.i);
    t.m_rows = maxRow + 1;
    t.m_lookup.assign(static_cast<std::size_t>(t.m_rows) * kRecordKeyRange, 0);
    for (int row = 0; row <= maxRow; ++row) {
        int next = 0;
        int lastV = -1000;
        for (const Entry& e : t.m_entries) {
            if (e.i != row)
                continue;
            if (e.keyLo != next || e.v <= lastV)
                return bad(QStringLiteral("row %1: the key intervals must follow each other in v order").arg(row));
            for (int c = e.keyLo; c <= e.keyHi; ++c)
                t.m_lookup[static_cast<std::size_t>(row) * kRecordKeyRange + static_cast<std::size_t>(c)] =
                    static_cast<std::int8_t>(e.v);
            next = e.keyHi + 1;
            lastV = e.v;
            t.m_maxDeviation = std::max(t.m_maxDeviation, std::abs(e.v));
        }
        if (next != kRecordKeyRange)
            return bad(QStringLiteral("row %1: the key intervals do not cover 0..255").arg(row));
    }
    return t;
}

const Result<PTable>& PTable::builtin()
{
    static const Result<PTable> table = []() -> Result<PTable> {
        initCellKeyResources();
        QFile file(QStringLiteral(":/cellkey/ptable.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("the built-in table is missing"));
        return parse(file.readAll());
    }();
    return table;
}

QString cellKeyNote()
{
    return QCoreApplication::translate("folja::analysis",
                                       "The values have been changed at random by at most ±2 to protect individuals; "
                                       "totals may therefore differ.");
}

namespace detail {

const std::vector<std::uint8_t>& recordKeyTable(const Snapshot& snapshot, Unit unit)
{
    switch (unit) {
    case Unit::Person:
        return snapshot.persons().key;
    case Unit::Arende:
        return snapshot.arenden().key;
    case Unit::Insats:
        break;
    case Unit::Uppfoljning:
        return snapshot.uppfoljningar().key;
    }
    return snapshot.insatser().key;
}

std::vector<std::uint8_t> populationKeys(const Snapshot& snapshot, const Population& population)
{
    const std::vector<std::uint8_t>& keys = recordKeyTable(snapshot, population.unit);
    std::vector<std::uint8_t> out(population.rows.size());
    const std::uint8_t* k = keys.data();
    const std::size_t n = keys.size();
    for (std::size_t p = 0; p < out.size(); ++p) {
        const std::uint32_t row = population.rows[p];
        out[p] = row < n ? k[row] : 0;
    }
    return out;
}

void sumKeyMargins(std::vector<std::uint32_t>& keySums, const std::vector<int>& shape, const std::vector<bool>& multi)
{
    const int dims = static_cast<int>(shape.size());
    std::vector<int> strides(shape.size());
    int s = 1;
    for (int d = dims - 1; d >= 0; --d) {
        strides[static_cast<std::size_t>(d)] = s;
        s *= shape[static_cast<std::size_t>(d)] + 1;
    }
    const int cells = s;
    for (int d = 0; d < dims; ++d) {
        if (multi[static_cast<std::size_t>(d)])
            continue; // counted record by record in the counting pass
        const int stride = strides[static_cast<std::size_t>(d)];
        const int n = shape[static_cast<std::size_t>(d)];
        for (int base = 0; base < cells; ++base) {
            if ((base / stride) % (n + 1) != 0)
                continue;
            std::uint32_t sum = 0; // wraps modulo 2^32, a multiple of the key range
            for (int i = 0; i < n; ++i)
                sum += keySums[static_cast<std::size_t>(base + i * stride)];
            keySums[static_cast<std::size_t>(base + n * stride)] = sum;
        }
    }
}

namespace {

// A percentage of published counts: the numerator is the published cell, the denominator the
// published count of its own set of records (the records of the line with a valid answer), which
// has its own cell key — never a difference of published cells, which would reveal a hidden one.
Percentage cellKeyPercentage(qint64 n, bool numeratorHidden, qint64 denominator, bool denominatorHidden, int k)
{
    Percentage pct;
    if (denominator <= 0)
        return pct;
    pct.available = true;
    pct.denominator = denominator;
    const qint64 x = std::clamp<qint64>(n, 0, denominator);
    pct.value = 100.0 * static_cast<double>(x) / static_cast<double>(denominator);
    const auto [lo, hi] = wilsonInterval(x, denominator);
    pct.ciLow = 100.0 * lo;
    pct.ciHigh = 100.0 * hi;
    pct.suppressed = numeratorHidden || denominatorHidden || denominator < k;
    return pct;
}

// Row, column and total percentages as applyProtection defines them, with CKM denominators.
void cellKeyPercentages(CrossTab& table, const PTable& pt, const std::vector<qint64>& trueN,
                        const std::vector<std::uint32_t>& keys)
{
    const int k = table.minCell;
    const int dims = static_cast<int>(table.dimensions.size());
    struct Set {
        qint64 n = 0;
        std::uint32_t key = 0;
        void add(const CrossTab& t, const std::vector<qint64>& tn, const std::vector<std::uint32_t>& ks,
                 const std::vector<int>& c, int sign)
        {
            const auto i = static_cast<std::size_t>(t.layout.index(c));
            n += sign * tn[i];
            key += sign > 0 ? ks[i] : 0u - ks[i];
        }
    };
    auto denominator = [&](const Set& set) {
        const qint64 published = pt.publish(set.n, set.key);
        return std::pair<qint64, bool>(published, pt.hides(published, k));
    };
    for (int cell = 0; cell < table.layout.cellCount(); ++cell) {
        if (!table.layout.isInterior(cell))
            continue;
        TableCell& tc = table.cells[static_cast<std::size_t>(cell)];
        const std::vector<int> c = table.layout.coordinates(cell);
        // Denominators stay within the cell's block of a split dimension (the måluppfyllelse scales).
        const int miss0 = table.dimensions[0].missingOf(c[0]);
        if (c[0] == miss0)
            continue;
        const int t0 = table.layout.totalOf(0, c[0]);
        if (dims == 1) {
            Set all;
            all.add(table, trueN, keys, {t0}, +1);
            if (miss0 >= 0)
                all.add(table, trueN, keys, {miss0}, -1);
            const auto [den, hidden] = denominator(all);
            tc.total = cellKeyPercentage(tc.n, tc.suppressed(), den, hidden, k);
            continue;
        }
        const int miss1 = table.dimensions[1].missingOf(c[1]);
        if (c[1] == miss1)
            continue;
        const int t1 = table.layout.totalOf(1, c[1]);
        auto at = [&](int a, int b) {
            std::vector<int> x = c;
            x[0] = a;
            x[1] = b;
            return x;
        };
        Set row;
        row.add(table, trueN, keys, at(c[0], t1), +1);
        if (miss1 >= 0)
            row.add(table, trueN, keys, at(c[0], miss1), -1);
        Set col;
        col.add(table, trueN, keys, at(t0, c[1]), +1);
        if (miss0 >= 0)
            col.add(table, trueN, keys, at(miss0, c[1]), -1);
        Set tot;
        tot.add(table, trueN, keys, at(t0, t1), +1);
        if (miss0 >= 0)
            tot.add(table, trueN, keys, at(miss0, t1), -1);
        if (miss1 >= 0)
            tot.add(table, trueN, keys, at(t0, miss1), -1);
        if (miss0 >= 0 && miss1 >= 0)
            tot.add(table, trueN, keys, at(miss0, miss1), +1);
        const auto [rowDen, rowHidden] = denominator(row);
        const auto [colDen, colHidden] = denominator(col);
        const auto [totDen, totHidden] = denominator(tot);
        tc.row = cellKeyPercentage(tc.n, tc.suppressed(), rowDen, rowHidden, k);
        tc.column = cellKeyPercentage(tc.n, tc.suppressed(), colDen, colHidden, k);
        tc.total = cellKeyPercentage(tc.n, tc.suppressed(), totDen, totHidden, k);
    }
}

} // namespace

Result<void> applyCellKey(CrossTab& table, const CellKeyInput& input)
{
    const Result<PTable>& ptable = PTable::builtin();
    if (!ptable.ok())
        return ptable.error();
    const PTable& pt = ptable.value();
    if (input.cellKeySums.size() != table.cells.size())
        return makeError(ErrorCode::Internal, QStringLiteral("cell key sums do not match the table"));
    const int k = table.minCell;
    table.protection = ProtectionMethod::CellKey;

    Protection shown;
    shown.reasons.assign(table.cells.size(), SuppressionReason::None);
    std::vector<qint64> trueN(table.cells.size());
    for (std::size_t i = 0; i < table.cells.size(); ++i)
        trueN[i] = table.cells[i].n;
    for (std::size_t i = 0; i < table.cells.size(); ++i) {
        const qint64 published = pt.publish(table.cells[i].n, input.cellKeySums[i]);
        table.cells[i].n = published;
        if (pt.hides(published, k))
            shown.reasons[i] = SuppressionReason::Primary;
    }
    for (qsizetype d = 0; d < table.dimensions.size(); ++d) {
        const std::uint32_t sum = static_cast<std::size_t>(d) < input.notApplicableKeySums.size()
                                      ? input.notApplicableKeySums[static_cast<std::size_t>(d)]
                                      : 0;
        table.dimensions[d].notApplicable.n = pt.publish(table.dimensions[d].notApplicable.n, sum);
    }
    table.population.n = pt.publish(table.population.n, input.populationKeySum);
    for (qsizetype e = 0; e < table.external.size(); ++e) {
        const CellKeyInput::External keys = e < input.external.size() ? input.external.at(e) : CellKeyInput::External{};
        ExternalBortfall& x = table.external[e];
        x.n.n = pt.publish(x.n.n, keys.nKeySum);
        x.n.suppressed = pt.hides(x.n.n, k);
        x.base.n = pt.publish(x.base.n, keys.baseKeySum);
        x.base.suppressed = pt.hides(x.base.n, k);
    }
    // No audit: the noise, not a pattern of hidden cells, is the protection.
    table.audit.clear();
    table.auditPassed = true;
    applyProtection(table, shown);
    // applyProtection hides 1..k-1 of these; the CKM hides below k + D.
    bool naHidden = false;
    for (TableDimension& d : table.dimensions) {
        d.notApplicable.suppressed = pt.hides(d.notApplicable.n, k) || table.total.suppressed;
        naHidden = naHidden || d.notApplicable.suppressed;
    }
    table.population.suppressed = naHidden || table.total.suppressed || pt.hides(table.population.n, k);
    cellKeyPercentages(table, pt, trueN, input.cellKeySums);
    return {};
}

} // namespace detail

} // namespace folja::analysis
