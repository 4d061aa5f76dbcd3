// Issue 11: the three attacks on published suppression tables, replayed on a 2,000-person demo
// database through the same core path the CLI uses (crossTabulate in publicering). The audit must
// catch attacks 1 and 2 (no hidden cell's attacker interval narrower than k, checked here
// independently of the protection: by brute force on small tables, otherwise by the exact LP), and
// attack 3 (free period windows, shifted age bands) must be refused.

#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "analysis/suppression.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "demo/demo.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace folja;
using namespace folja::analysis;

namespace {

// Every integer table consistent with what the table publishes (lines, published cells, and the
// lower bounds a reader knows), hidden cells capped at `cap`: the interval of each hidden cell.
struct Enumeration {
    const std::vector<qint64>& counts;
    const std::vector<Line>& lines;
    const std::vector<qint64>& lower;
    std::vector<int> hidden;
    std::vector<qint64> value;
    std::vector<bool> known;
    std::vector<qint64> lo;
    std::vector<qint64> hi;
    qint64 cap = 0;
    long nodes = 0;
    bool complete = true;

    bool consistent() const
    {
        for (const Line& l : lines) {
            qint64 sum = 0;
            bool all = known[static_cast<std::size_t>(l.total)];
            for (int c : l.cells) {
                if (known[static_cast<std::size_t>(c)])
                    sum += value[static_cast<std::size_t>(c)];
                else
                    all = false;
            }
            if (known[static_cast<std::size_t>(l.total)] && sum > value[static_cast<std::size_t>(l.total)])
                return false;
            if (all && sum != value[static_cast<std::size_t>(l.total)])
                return false;
        }
        return true;
    }

    void search(std::size_t i)
    {
        if (++nodes > 300000) {
            complete = false;
            return;
        }
        if (i == hidden.size()) {
            for (std::size_t h = 0; h < hidden.size(); ++h) {
                lo[h] = std::min(lo[h], value[static_cast<std::size_t>(hidden[h])]);
                hi[h] = std::max(hi[h], value[static_cast<std::size_t>(hidden[h])]);
            }
            return;
        }
        const auto cell = static_cast<std::size_t>(hidden[i]);
        for (qint64 v = lower[cell]; v <= cap && complete; ++v) {
            value[cell] = v;
            known[cell] = true;
            if (consistent())
                search(i + 1);
            known[cell] = false;
        }
    }

    void run(const std::vector<bool>& mask)
    {
        value = counts;
        known.assign(counts.size(), true);
        for (std::size_t c = 0; c < counts.size(); ++c) {
            if (mask[c]) {
                hidden.push_back(static_cast<int>(c));
                known[c] = false;
            }
        }
        lo.assign(hidden.size(), std::numeric_limits<qint64>::max());
        hi.assign(hidden.size(), std::numeric_limits<qint64>::min());
        search(0);
    }
};

struct Published {
    std::vector<qint64> counts;
    std::vector<bool> mask;
    std::vector<Line> lines;
    std::vector<qint64> lower;
};

Published published(const CrossTab& t)
{
    Published p;
    for (const TableCell& c : t.cells) {
        p.counts.push_back(c.n);
        p.mask.push_back(c.suppressed());
    }
    p.lines = tableLines(t);
    p.lower = tableLowerBounds(t);
    return p;
}

} // namespace

class TestAttacks : public QObject
{
    Q_OBJECT

private:
    catalog::Catalog m_catalog;
    Snapshot m_snapshot;

    // The months of the demo database (today = 2026-11-01, four years back), as whole-month periods.
    static QList<Period> months()
    {
        QList<Period> out;
        for (QDate m(2023, 1, 1); m < QDate(2026, 11, 1); m = m.addMonths(1))
            out.append(Period{m, QDate(m.year(), m.month(), m.daysInMonth()), TimeMeaning::Events, EventKind::Auto});
        return out;
    }

    static Query publication(const QStringList& dims, const Period& period, const QString& malgrupp)
    {
        Query q;
        q.unit = Unit::Insats;
        q.dimensions = dims;
        q.period = period;
        q.filters.append(Filter{QStringLiteral("malgrupp"), {malgrupp}});
        q.mode = Mode::Publicering;
        q.protection = ProtectionMethod::Suppression;
        return q;
    }

    // For every primary cell (0 < n < k): the attacker's interval from the published table alone is at
    // least k wide. Brute force where the table is small, the exact LP otherwise. Returns how many
    // tables the brute force settled.
    int checkIntervals(const CrossTab& t, const QString& where)
    {
        const Published p = published(t);
        std::vector<int> primaries;
        for (std::size_t c = 0; c < p.counts.size(); ++c) {
            if (p.counts[c] > 0 && p.counts[c] < t.minCell) {
                if (!p.mask[c])
                    qWarning("%s: primary cell %zu published", qPrintable(where), c);
                primaries.push_back(static_cast<int>(c));
            }
        }
        if (primaries.empty())
            return 0;
        const qint64 grand = t.total.n;
        const auto hiddenCount = std::count(p.mask.begin(), p.mask.end(), true);
        if (hiddenCount <= 6 && grand <= 15) {
            Enumeration e{p.counts, p.lines, p.lower, {}, {}, {}, {}, {}, grand + t.minCell, 0, true};
            e.run(p.mask);
            if (e.complete) {
                for (int cell : primaries) {
                    const auto it = std::find(e.hidden.begin(), e.hidden.end(), cell);
                    const auto h = static_cast<std::size_t>(it - e.hidden.begin());
                    if (e.hi[h] - e.lo[h] < t.minCell)
                        qWarning("%s: cell %d (n=%lld) pinned to [%lld, %lld] (brute force)", qPrintable(where), cell,
                                 p.counts[static_cast<std::size_t>(cell)], e.lo[h], e.hi[h]);
                    m_failures += e.hi[h] - e.lo[h] < t.minCell ? 1 : 0;
                }
                return 1;
            }
        }
        for (const AuditInterval& a : auditIntervals(p.counts, p.lines, p.mask, primaries, p.lower)) {
            if (a.width() < t.minCell)
                qWarning("%s: cell %d pinned to [%g, %g] (LP)", qPrintable(where), a.cell, a.lo, a.hi);
            m_failures += a.width() < t.minCell ? 1 : 0;
        }
        return 0;
    }

    int m_failures = 0;

private slots:
    void initTestCase()
    {
        auto cat = catalog::Catalog::loadBuiltin();
        QVERIFY(cat.ok());
        m_catalog = cat.value();
        demo::DemoOptions options;
        options.persons = 2000;
        options.seed = 1;
        const demo::DemoData data = demo::generate(m_catalog, options);
        QList<domain::Arende> arenden = data.arenden;
        for (qsizetype i = 0; i < arenden.size(); ++i)
            arenden[i].id = i + 1;
        m_snapshot = Snapshot::build(data.persons, arenden);
    }

    // Attack 1: a table lists only categories that hold records, so every listed ".." is at least
    // 1; with the total published, a month of one målgrupp's insatser where every category is small
    // pinned each hidden cell. Every published table of every month and målgrupp is checked.
    void attack1ListedCategoriesAreAtLeastOne()
    {
        m_failures = 0;
        int tables = 0;
        int allSmall = 0;
        int bruteForced = 0;
        for (const Period& month : months()) {
            for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
                const QString code = catalog::malgruppCode(m);
                const auto t =
                    crossTabulate(m_snapshot, m_catalog, publication({QStringLiteral("insats")}, month, code));
                QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
                QVERIFY(t->auditPassed);
                ++tables;
                const QString where = code + QLatin1Char(' ') + month.from.toString(Qt::ISODate);
                bruteForced += checkIntervals(*t, where);
                // The attack's table: every listed category small (the hidden cells add up to the total).
                bool small = t->layout.size(0) >= 1 && t->total.n > 0;
                for (int i = 0; i < t->layout.size(0); ++i)
                    small = small && t->cell({i}).n < t->minCell;
                // With the total published, each of the h hidden cells (each >= 1) would lie in
                // [1, total - h + 1]: too narrow when total - h < k, so the total must go too.
                if (small && t->total.n - t->layout.size(0) < t->minCell) {
                    ++allSmall;
                    QVERIFY2(t->total.suppressed, qPrintable(where));
                }
            }
        }
        qInfo("attack 1: %d tables, %d pinned by their total if it were published, %d settled by brute force", tables,
              allSmall, bruteForced);
        QCOMPARE(m_failures, 0);
        QVERIFY(allSmall > 0); // the attack's situation occurs in the demo data
        QVERIFY(bruteForced > 10);
    }

    // Attack 2: insats × kön, where an insats held by few persons (0 < T < k) shows a published 0
    // beside its hidden cell, telling everyone who knows one of them that all are of one kön. For
    // every such line the attacker must not be able to rule out the other kön; and no primary cell
    // is pinned.
    void attack2ZeroBesideHiddenCell()
    {
        m_failures = 0;
        int attributeLines = 0;
        int bruteForced = 0;
        int linkedMargins = 0;
        for (const Period& month : months()) {
            for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
                const QString code = catalog::malgruppCode(m);
                const auto t = crossTabulate(
                    m_snapshot, m_catalog, publication({QStringLiteral("insats"), QStringLiteral("kon")}, month, code));
                QVERIFY(t.ok());
                QVERIFY(t->auditPassed);
                const QString where = code + QLatin1Char(' ') + month.from.toString(Qt::ISODate);
                bruteForced += checkIntervals(*t, where);
                // Linked inside one answer: the 2-D table's insats margin is the 1-D table of the same
                // query (kön is never "not applicable"), hidden in exactly the same places, so the two
                // answers together tell no more than the 2-D one (whose audit is checked here).
                const auto oneWay =
                    crossTabulate(m_snapshot, m_catalog, publication({QStringLiteral("insats")}, month, code));
                QVERIFY(oneWay.ok());
                QCOMPARE(oneWay->layout.size(0), t->layout.size(0));
                for (int i = 0; i <= t->layout.size(0); ++i) {
                    const TableCell& margin = t->cell({i, t->layout.size(1)});
                    QCOMPARE(margin.n, oneWay->cell({i}).n);
                    QVERIFY2(margin.suppressed() == oneWay->cell({i}).suppressed(),
                             qPrintable(where + QStringLiteral(" row %1").arg(i)));
                    linkedMargins += margin.suppressed() ? 1 : 0;
                }
                const Published p = published(*t);
                for (const Line& l : p.lines) {
                    const qint64 total = p.counts[static_cast<std::size_t>(l.total)];
                    if (total <= 0 || total >= t->minCell)
                        continue;
                    int holder = -1;
                    int nonZero = 0;
                    for (int c : l.cells) {
                        if (p.counts[static_cast<std::size_t>(c)] > 0) {
                            ++nonZero;
                            holder = c;
                        }
                    }
                    if (nonZero != 1)
                        continue;
                    // Other categories empty across the whole table tell nothing about the group.
                    std::vector<int> others;
                    for (int c : l.cells) {
                        if (c == holder)
                            continue;
                        bool structural = false;
                        for (const Line& o : p.lines) {
                            if (&o != &l && o.total != c && p.counts[static_cast<std::size_t>(o.total)] == 0 &&
                                std::find(o.cells.begin(), o.cells.end(), c) != o.cells.end())
                                structural = true;
                        }
                        if (!structural)
                            others.push_back(c);
                    }
                    if (others.empty())
                        continue;
                    ++attributeLines;
                    std::vector<int> hiddenOthers;
                    for (int c : l.cells) {
                        if (c != holder && p.mask[static_cast<std::size_t>(c)])
                            hiddenOthers.push_back(c);
                    }
                    bool open = false;
                    for (const AuditInterval& a : auditIntervals(p.counts, p.lines, p.mask, hiddenOthers, p.lower))
                        open = open || a.hi >= 1.0;
                    if (!open)
                        qWarning("%s: a small line's units provably share one category", qPrintable(where));
                    m_failures += open ? 0 : 1;
                }
            }
        }
        qInfo("attack 2: %d small one-category lines checked, %d tables settled by brute force, %d hidden margins "
              "shared with the 1-D table",
              attributeLines, bruteForced, linkedMargins);
        QCOMPARE(m_failures, 0);
        QVERIFY(linkedMargins > 0);
        QVERIFY(attributeLines > 0);
    }

    // Attack 3: two tables one day apart, and age bands shifted by one year, differ by single
    // records. In publicering with suppression the engine refuses both; intern analys and the Cell
    // Key Method keep free windows; an administratör's preset bands are allowed.
    // The headline table over the whole unit (INTERCHANGE §3): kön × insats × måluppfyllelse
    // without a målgrupp filter holds both scales. Each scale is a block with its own totals; the
    // protection sees exactly those lines (none adds the scales) and no primary cell is pinned, under
    // suppression (checked independently on the two-way tables, whose exact LP is quick); under the
    // Cell Key Method every count is within ±2 of the true one and the scales stay apart.
    void headlineTableOverBothScales()
    {
        m_failures = 0;
        int split = 0;
        int checked = 0;
        int primaries = 0;
        QList<Period> periods;
        for (int year : {2024, 2025}) {
            periods.append(Period{QDate(year, 1, 1), QDate(year, 12, 31), TimeMeaning::Events, EventKind::Auto});
            periods.append(Period{QDate(year, 1, 1), QDate(year, 6, 30), TimeMeaning::Events, EventKind::Auto});
            periods.append(Period{QDate(year, 7, 1), QDate(year, 12, 31), TimeMeaning::Events, EventKind::Auto});
        }
        const QStringList headline{QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")};
        for (const Period& period : periods) {
            const QString where =
                period.from.toString(Qt::ISODate) + QLatin1Char('/') + period.to.toString(Qt::ISODate);
            Query q = publication(headline, period, QString());
            q.filters.clear();
            const auto t = crossTabulate(m_snapshot, m_catalog, q);
            QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
            QVERIFY(t->auditPassed);
            const TableDimension& mal = t->dimensions[2];
            if (!mal.isSplit())
                continue;
            ++split;
            QCOMPARE(t->layout.blocks(2), 2);
            QCOMPARE(mal.blocks[0].scale, QStringLiteral("BBIC"));
            QCOMPARE(mal.blocks[1].scale, QStringLiteral("IBIC"));
            for (const Line& l : tableLines(*t)) {
                if (l.axis != 2)
                    continue;
                const int block = t->layout.blockOf(2, t->layout.coordinates(l.total)[2]);
                for (int c : l.cells)
                    QCOMPARE(t->layout.blockOf(2, t->layout.coordinates(c)[2]), block);
            }
            for (std::size_t c = 0; c < t->cells.size(); ++c) {
                if (t->cells[c].n > 0 && t->cells[c].n < t->minCell)
                    QVERIFY2(t->cells[c].suppressed(), qPrintable(where));
            }
            // The two-way tables of the same period: the attacker's intervals, independently.
            for (const QString& by : {QStringLiteral("kon"), QStringLiteral("insats:parent")}) {
                Query two = publication({by, QStringLiteral("maluppfyllelse")}, period, QString());
                two.filters.clear();
                const auto t2 = crossTabulate(m_snapshot, m_catalog, two);
                QVERIFY(t2.ok());
                QVERIFY(t2->auditPassed);
                QVERIFY(t2->dimensions[1].isSplit());
                checkIntervals(*t2, where + QLatin1Char(' ') + by);
                ++checked;
                for (const TableCell& c : t2->cells)
                    primaries += c.n > 0 && c.n < t2->minCell ? 1 : 0;
            }

            // The headline table under the Cell Key Method: within ±2 of the true counts, cell by cell.
            q.protection = ProtectionMethod::CellKey;
            const auto ckm = crossTabulate(m_snapshot, m_catalog, q);
            QVERIFY(ckm.ok());
            QCOMPARE(ckm->layout.blocks(2), 2);
            QCOMPARE(static_cast<int>(ckm->cells.size()), ckm->layout.cellCount());
            for (std::size_t c = 0; c < ckm->cells.size(); ++c) {
                // CKM lists every category: find the cell of the suppression table by code and scale.
                const std::vector<int> at = ckm->layout.coordinates(static_cast<int>(c));
                std::vector<int> there(3);
                bool found = true;
                for (int d = 0; d < 3; ++d) {
                    const TableDimension& cd = ckm->dimensions[d];
                    const TableDimension& sd = t->dimensions[d];
                    const int pos = at[static_cast<std::size_t>(d)];
                    if (pos >= ckm->layout.size(d)) {
                        there[static_cast<std::size_t>(d)] = t->layout.size(d) + ckm->layout.blockOf(d, pos);
                        continue;
                    }
                    int j = -1;
                    for (int k = 0; k < sd.categories.size(); ++k) {
                        if (sd.categories[k].code == cd.categories[pos].code &&
                            sd.categories[k].scale == cd.categories[pos].scale)
                            j = k;
                    }
                    found = found && j >= 0;
                    there[static_cast<std::size_t>(d)] = j;
                }
                if (!found) { // a category without records: true count 0, and zero stays zero
                    QCOMPARE(ckm->cells[c].n, qint64(0));
                    continue;
                }
                const qint64 trueN = t->cell(there).n;
                QVERIFY2(std::abs(ckm->cells[c].n - trueN) <= 2, qPrintable(where + QStringLiteral(" cell %1").arg(c)));
            }
        }
        QCOMPARE(m_failures, 0);
        QVERIFY(split >= 4); // the demo database holds both scales
        QVERIFY(checked >= 8);
        QVERIFY(primaries > 0); // there is something to protect
    }

    void attack3FreeWindowsAreRefused()
    {
        Query q = publication({QStringLiteral("kon")}, Period{QDate(2024, 1, 17), QDate(2024, 12, 31)},
                              QStringLiteral("BOU"));
        q.filters.append(Filter{QStringLiteral("insats"), {QStringLiteral("YAC.55.ZZ")}});
        auto refused = crossTabulate(m_snapshot, m_catalog, q);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2024-01-01")), qPrintable(refused.error().message));
        q.period.from = QDate(2024, 1, 18);
        QVERIFY(!crossTabulate(m_snapshot, m_catalog, q).ok());
        q.period.from = QDate(2024, 1, 1);
        q.period.to = QDate(2024, 12, 30);
        refused = crossTabulate(m_snapshot, m_catalog, q);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("2024-12-31")), qPrintable(refused.error().message));
        q.period.to = QDate(2024, 12, 31);
        QVERIFY(crossTabulate(m_snapshot, m_catalog, q).ok());
        // A status date must be the last day of a month.
        Query status = q;
        status.period = Period{QDate(), QDate(2024, 6, 17), TimeMeaning::StatusOn, EventKind::Auto};
        QVERIFY(!crossTabulate(m_snapshot, m_catalog, status).ok());
        status.period.to = QDate(2024, 6, 30);
        QVERIFY(crossTabulate(m_snapshot, m_catalog, status).ok());
        // Intern analys and the Cell Key Method may use any window.
        Query intern = q;
        intern.period.from = QDate(2024, 1, 17);
        intern.mode = Mode::InternAnalys;
        QVERIFY(crossTabulate(m_snapshot, m_catalog, intern).ok());
        Query cellKey = intern;
        cellKey.mode = Mode::Publicering;
        cellKey.protection = ProtectionMethod::CellKey;
        QVERIFY(checkPublicationWindow(cellKey).ok());

        // Shifted age bands.
        Query age = publication({QStringLiteral("alder_grupp")}, q.period, QStringLiteral("BOU"));
        QVERIFY(crossTabulate(m_snapshot, m_catalog, age).ok()); // the default bands
        for (const QString& spec :
             {QStringLiteral("0-13,14-"), QStringLiteral("0-14,15-"), QStringLiteral("0-15,16-")}) {
            age.ageBands = identity::AgeBands::parse(spec).value();
            refused = crossTabulate(m_snapshot, m_catalog, age);
            QVERIFY2(!refused.ok(), qPrintable(spec));
            QVERIFY(refused.error().message.contains(identity::AgeBands::defaultSpec()));
        }
        // Filtering by age counts too.
        Query filtered = q;
        filtered.filters.append(Filter{QStringLiteral("alder_grupp"), {QStringLiteral("0-14")}});
        filtered.ageBands = identity::AgeBands::parse(QStringLiteral("0-14,15-")).value();
        QVERIFY(!crossTabulate(m_snapshot, m_catalog, filtered).ok());
        // The administratör's presets are allowed.
        age.presetAgeBands = {QStringLiteral("0-15,16-")};
        QVERIFY(crossTabulate(m_snapshot, m_catalog, age).ok());
        age.ageBands = identity::AgeBands::parse(QStringLiteral("0-14,15-")).value();
        QVERIFY(!crossTabulate(m_snapshot, m_catalog, age).ok());
        // An age reference date within a month shifts single birthdays across bands.
        Query reference = publication({QStringLiteral("alder_grupp")}, q.period, QStringLiteral("BOU"));
        reference.ageReference = QDate(2024, 3, 2);
        QVERIFY(!crossTabulate(m_snapshot, m_catalog, reference).ok());
        reference.ageReference = QDate(2024, 3, 1);
        QVERIFY(crossTabulate(m_snapshot, m_catalog, reference).ok());
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
