// The Cell Key Method (analysis/cellkey.h): the shipped ptable's stated properties; published
// counts within ±D of the true ones, no published 1..k-1, zero stays zero; the same records give the
// same number in every table and period, on every run and whatever order the records came in;
// percentages from published counts; the method stated in footnotes, JSON and CSV.

#include "analysis/cellkey.h"
#include "analysis/crosstab.h"
#include "analysis/leadtimes.h"
#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace folja;
using namespace folja::analysis;

namespace {

const catalog::Catalog& cat()
{
    static const catalog::Catalog c = catalog::Catalog::loadBuiltin().value();
    return c;
}

// Demo records with ids and random record keys (as the store would give them).
demo::DemoData records(int persons, quint64 seed)
{
    demo::DemoOptions options;
    options.persons = persons;
    options.seed = seed;
    demo::DemoData data = demo::generate(cat(), options);
    std::mt19937 rng(static_cast<std::uint32_t>(seed * 7919));
    for (domain::Person& p : data.persons)
        p.recordKey = static_cast<int>(rng() % 256);
    domain::Id insatsId = 0;
    for (qsizetype i = 0; i < data.arenden.size(); ++i) {
        domain::Arende& a = data.arenden[i];
        a.id = i + 1;
        a.recordKey = static_cast<int>(rng() % 256);
        for (domain::Insats& in : a.insatser) {
            in.id = ++insatsId;
            in.recordKey = static_cast<int>(rng() % 256);
            for (domain::Uppfoljning& u : in.uppfoljningar)
                u.recordKey = static_cast<int>(rng() % 256);
        }
    }
    return data;
}

Query ckmQuery(QStringList dims, Unit unit = Unit::Insats)
{
    Query q;
    q.unit = unit;
    q.dimensions = std::move(dims);
    q.protection = ProtectionMethod::CellKey;
    return q;
}

// Every cell of a table (margins too) by its category codes ("*" for a total).
std::map<QStringList, const TableCell*> byCodes(const CrossTab& t)
{
    std::map<QStringList, const TableCell*> out;
    for (int cell = 0; cell < t.layout.cellCount(); ++cell) {
        const std::vector<int> c = t.layout.coordinates(cell);
        QStringList key;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const int i = c[static_cast<std::size_t>(d)];
            key.append(i == t.layout.size(static_cast<int>(d)) ? QStringLiteral("*")
                                                               : (t.dimensions.at(d).categories.at(i).isMissing
                                                                      ? QStringLiteral("(missing)")
                                                                      : t.dimensions.at(d).categories.at(i).code));
        }
        out[key] = &t.cells[static_cast<std::size_t>(cell)];
    }
    return out;
}

// fusedCountingMatchesAReferenceComputation on one register (QVERIFY returns from here; the test
// checks QTest::currentTestFailed()).
void checkAgainstReference(const demo::DemoData& data)
{
    const Snapshot s = Snapshot::build(data.persons, data.arenden);
    const PTable& pt = PTable::builtin().value();
    QHash<domain::Id, const domain::Person*> personById;
    for (const domain::Person& p : data.persons)
        personById.insert(p.id, &p);
    const QString missing = QStringLiteral("(missing)");
    const QString total = QStringLiteral("*");
    auto national = [&](const char* variable, const QString& code) {
        if (code.isEmpty())
            return missing;
        const QString up = cat().rollUp(QString::fromLatin1(variable), code);
        return up.isEmpty() ? code : up;
    };
    // The categories of one insats along one variable; empty: the variable does not apply.
    auto categoriesOf = [&](const QString& variable, const domain::Arende& a, const domain::Insats& in) {
        QStringList out;
        if (variable == QLatin1String("kon")) {
            const domain::Person* p = personById.value(a.personRef);
            out.append(national("kon", p ? p->kon : QString()));
        } else if (variable == QLatin1String("malgrupp")) {
            out.append(a.malgrupp.isEmpty() ? missing : a.malgrupp);
        } else if (variable == QLatin1String("insats")) {
            out.append(national("insats", in.ksi));
        } else if (variable == QLatin1String("maluppfyllelse")) {
            if (in.uppfoljningar.isEmpty())
                return out;
            // The latest by date; of equal dates the last entered.
            const domain::Uppfoljning* latest = &in.uppfoljningar.first();
            for (const domain::Uppfoljning& u : in.uppfoljningar) {
                if (u.datum >= latest->datum)
                    latest = &u;
            }
            out.append(national("maluppfyllelse", latest->maluppfyllelse));
        } else if (variable == QLatin1String("avslutsorsak")) {
            if (!in.avslutDatum.isValid())
                return out;
            for (const QString& code : in.avslutsorsak) {
                const QString c = national("avslutsorsak", code);
                if (!out.contains(c))
                    out.append(c);
            }
            if (out.isEmpty())
                out.append(missing);
        }
        out.append(total); // every record counts once in the dimension's total
        return out;
    };
    const QList<QStringList> tables = {
        {QStringLiteral("insats")},
        {QStringLiteral("kon"), QStringLiteral("malgrupp")},
        {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("avslutsorsak")},
        // Måluppfyllelse is left out here: with both scales the table splits it into a block per
        // scale, with a total and "(uppgift saknas)" per scale, which this reference does not model.
        // tst_crosstab (hand-counted, both methods) and tst_attacks (every CKM cell within ±2 of the
        // true count) check the split tables.
    };
    for (const QStringList& dims : tables) {
        struct Sum {
            qint64 n = 0;
            std::uint32_t keys = 0;
        };
        std::map<QStringList, Sum> cells;
        std::vector<Sum> notApplicable(static_cast<std::size_t>(dims.size()));
        Sum population;
        for (const domain::Arende& a : data.arenden) {
            for (const domain::Insats& in : a.insatser) {
                const auto key = static_cast<std::uint32_t>(in.recordKey & 0xff);
                population.n += 1;
                population.keys += key;
                QList<QStringList> lists;
                bool applies = true;
                for (qsizetype d = 0; d < dims.size(); ++d) {
                    lists.append(categoriesOf(dims.at(d), a, in));
                    if (lists.back().isEmpty()) {
                        notApplicable[static_cast<std::size_t>(d)].n += 1;
                        notApplicable[static_cast<std::size_t>(d)].keys += key;
                        applies = false;
                    }
                }
                if (!applies)
                    continue;
                std::vector<qsizetype> at(static_cast<std::size_t>(dims.size()), 0);
                while (true) {
                    QStringList cell;
                    for (qsizetype d = 0; d < dims.size(); ++d)
                        cell.append(lists.at(d).at(at[static_cast<std::size_t>(d)]));
                    cells[cell].n += 1;
                    cells[cell].keys += key;
                    qsizetype d = dims.size() - 1;
                    while (d >= 0 && ++at[static_cast<std::size_t>(d)] == lists.at(d).size()) {
                        at[static_cast<std::size_t>(d)] = 0;
                        --d;
                    }
                    if (d < 0)
                        break;
                }
            }
        }
        const Query q = ckmQuery(dims);
        auto t = crossTabulate(s, cat(), q);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        const auto published = byCodes(*t);
        int nonZero = 0;
        for (const auto& [codes, cell] : published) {
            const auto it = cells.find(codes);
            const Sum truth = it == cells.end() ? Sum{} : it->second;
            const qint64 expected = pt.publish(truth.n, truth.keys);
            QVERIFY2(cell->n == expected,
                     qPrintable(dims.join(QLatin1Char('x')) + QLatin1Char(' ') + codes.join(QLatin1Char('/'))));
            QCOMPARE(cell->suppressed(), pt.hides(expected, q.minCell));
            nonZero += truth.n > 0 ? 1 : 0;
        }
        // Every cell holding records is in the table.
        for (const auto& [codes, sum] : cells)
            QVERIFY2(published.count(codes) == 1, qPrintable(codes.join(QLatin1Char('/'))));
        QVERIFY(nonZero > 3);
        for (qsizetype d = 0; d < dims.size(); ++d) {
            const Sum& na = notApplicable[static_cast<std::size_t>(d)];
            QCOMPARE(t->dimensions.at(d).notApplicable.n, pt.publish(na.n, na.keys));
        }
        QCOMPARE(t->population.n, pt.publish(population.n, population.keys));
    }
}

} // namespace

class TestCellKey : public QObject
{
    Q_OBJECT

private slots:
    void ptableHasItsStatedProperties()
    {
        const Result<PTable>& t = PTable::builtin();
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->maxDeviation(), 2);
        QCOMPARE(t->rows(), 3); // rows 0, 1 and 2 (= every count from 2 on)
        for (int row = 0; row < t->rows(); ++row) {
            int keys = 0;
            qint64 first = 0;
            qint64 second = 0;
            double p = 0.0;
            for (const PTable::Entry& e : t->entries()) {
                if (e.i != row)
                    continue;
                const int n = e.keyHi - e.keyLo + 1;
                keys += n;
                first += static_cast<qint64>(e.v) * n;
                second += static_cast<qint64>(e.v) * e.v * n;
                p += e.p;
                QVERIFY(std::abs(e.v) <= 2);   // within ±D
                QVERIFY(e.i + e.v >= 0);       // never negative
                QVERIFY(row != 0 || e.v == 0); // zero stays zero
            }
            QCOMPARE(keys, kRecordKeyRange);   // the row covers every cell key once
            QVERIFY(std::abs(p - 1.0) < 1e-5); // probabilities sum to 1
            QCOMPARE(first, qint64(0));        // unbiased, exactly
            const double variance = static_cast<double>(second) / kRecordKeyRange;
            if (row > 0)
                QVERIFY2(std::abs(variance - 1.0) <= 0.01, qPrintable(QString::number(variance))); // V = 1
        }
        // Rows beyond the last repeat it.
        for (std::uint32_t key = 0; key < 256; ++key) {
            QCOMPARE(t->perturbation(2, key), t->perturbation(1000, key));
            QCOMPARE(t->publish(0, key), qint64(0));
        }
        // Every deviation -2..2 occurs for large counts, and a 1 can become 0.
        std::vector<int> seen;
        for (std::uint32_t key = 0; key < 256; ++key)
            seen.push_back(t->perturbation(10, key));
        for (int v = -2; v <= 2; ++v)
            QVERIFY(std::find(seen.begin(), seen.end(), v) != seen.end());
        bool oneToZero = false;
        for (std::uint32_t key = 0; key < 256; ++key)
            oneToZero = oneToZero || t->publish(1, key) == 0;
        QVERIFY(oneToZero);
    }

    void ptableParserRefusesBrokenTables()
    {
        const QByteArray header = "i,j,v,p,ck_lo,ck_hi\n";
        QVERIFY(PTable::parse(header + "0,0,0,1.0,0,255\n").ok());
        QVERIFY(!PTable::parse(header + "0,0,0,1.0,0,254\n").ok());                     // key 255 not covered
        QVERIFY(!PTable::parse(header + "0,0,0,0.5,0,255\n").ok());                     // p disagrees
        QVERIFY(!PTable::parse("0,0,0,1.0,0,255\n").ok());                              // no header
        QVERIFY(!PTable::parse(header + "1,2,1,0.5,0,127\n1,0,-1,0.5,128,255\n").ok()); // not in v order
        QVERIFY(!PTable::parse(header + "0,0,0,1.0,0,255\n1,3,1,1.0,0,255\n").ok());    // j != i + v
    }

    void publishedCountsStayWithinDAndHideSmallValues()
    {
        const demo::DemoData data = records(800, 3);
        const Snapshot s = Snapshot::build(data.persons, data.arenden);
        for (const QStringList& dims :
             {QStringList{QStringLiteral("insats")}, QStringList{QStringLiteral("kon"), QStringLiteral("insats")},
              QStringList{QStringLiteral("malgrupp"), QStringLiteral("kon"), QStringLiteral("alder_grupp")}}) {
            Query q = ckmQuery(dims);
            auto ckm = crossTabulate(s, cat(), q);
            QVERIFY2(ckm, ckm ? "" : qPrintable(ckm.error().message));
            QCOMPARE(ckm->protection, ProtectionMethod::CellKey);
            Query truth = q;
            truth.mode = Mode::InternAnalys;
            truth.includeEmptyCategories = true;
            auto raw = crossTabulate(s, cat(), truth);
            QVERIFY(raw);
            const auto trueCells = byCodes(*raw);
            int changed = 0;
            int hidden = 0;
            for (const auto& [key, cell] : byCodes(*ckm)) {
                const auto it = trueCells.find(key);
                const qint64 n = it == trueCells.end() ? 0 : it->second->n;
                QVERIFY2(std::abs(cell->n - n) <= 2, qPrintable(key.join(QLatin1Char('/'))));
                if (n == 0)
                    QCOMPARE(cell->n, qint64(0)); // zero stays zero
                changed += cell->n != n ? 1 : 0;
                // A published value below k + 2 (0 too) is shown as ".."; a number shown stands for
                // at least k, so no count 1..k-1 is ever published.
                QCOMPARE(cell->suppressed(), cell->n < q.minCell + 2);
                if (cell->suppressed())
                    ++hidden;
                else
                    QVERIFY(n >= q.minCell);
            }
            QVERIFY(changed > 0); // the noise is there
            QVERIFY(hidden > 0 || dims.size() == 1);
            // Everything derived is from published counts: bortfall, population.
            for (const TableDimension& d : ckm->dimensions)
                QVERIFY(d.bortfall.n >= q.minCell + 2 || d.bortfall.suppressed);
            QVERIFY(std::abs(ckm->population.n - raw->population.n) <= 2);
            QVERIFY(ckm->audit.empty());
        }
    }

    void percentagesComeFromPublishedCounts()
    {
        const demo::DemoData data = records(800, 4);
        const Snapshot s = Snapshot::build(data.persons, data.arenden);
        auto t = crossTabulate(s, cat(), ckmQuery({QStringLiteral("kon"), QStringLiteral("malgrupp")}));
        QVERIFY(t);
        int checked = 0;
        for (int cell = 0; cell < t->layout.cellCount(); ++cell) {
            if (!t->layout.isInterior(cell))
                continue;
            const TableCell& c = t->cells[static_cast<std::size_t>(cell)];
            if (!c.row.available || c.row.suppressed)
                continue;
            QCOMPARE(c.row.value, 100.0 * static_cast<double>(c.n) / static_cast<double>(c.row.denominator));
            const auto [lo, hi] = wilsonInterval(c.n, c.row.denominator);
            QCOMPARE(c.row.ciLow, 100.0 * lo);
            QCOMPARE(c.row.ciHigh, 100.0 * hi);
            // The denominator is the published count of the row's records with a valid answer: the
            // row total when nothing is missing, within ±2 of the true count otherwise.
            std::vector<int> coords = t->layout.coordinates(cell);
            coords[1] = t->totalIndex(1);
            const qint64 rowTotal = t->cell(coords).n;
            QVERIFY(c.row.denominator <= rowTotal + 4);
            ++checked;
        }
        QVERIFY(checked > 3);
    }

    // The counting kernel sums record keys in the same pass as the counts (counting.h). Checked
    // against a reference computed straight from the records: for every cell (margins included)
    // the records in it, their count and key sum, published through the ptable; the same for the
    // not-applicable counts and the population. Single-valued, multi-valued and not-applicable
    // dimensions, on a random register.
    void fusedCountingMatchesAReferenceComputation()
    {
        // Several registers: a wrong key sum still publishes the right number now and then.
        for (const quint64 seed : {11, 12, 13}) {
            checkAgainstReference(records(700, seed));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void deterministicAcrossRunsAndInsertionOrders()
    {
        demo::DemoData data = records(600, 5);
        const Snapshot forward = Snapshot::build(data.persons, data.arenden);
        std::reverse(data.persons.begin(), data.persons.end());
        std::reverse(data.arenden.begin(), data.arenden.end());
        for (domain::Arende& a : data.arenden)
            std::reverse(a.insatser.begin(), a.insatser.end());
        const Snapshot backward = Snapshot::build(data.persons, data.arenden);
        for (const Unit unit : {Unit::Person, Unit::Arende, Unit::Insats, Unit::Uppfoljning}) {
            const Query q = ckmQuery({QStringLiteral("kon"), QStringLiteral("malgrupp")}, unit);
            auto a = crossTabulate(forward, cat(), q);
            auto again = crossTabulate(forward, cat(), q);
            auto b = crossTabulate(backward, cat(), q);
            QVERIFY(a && again && b);
            QCOMPARE(*toInterchangeJson(*again), *toInterchangeJson(*a));
            QCOMPARE(*toInterchangeJson(*b), *toInterchangeJson(*a));
        }
    }

    void sameRecordsGiveTheSameNumberEverywhere()
    {
        const demo::DemoData data = records(800, 6);
        const Snapshot s = Snapshot::build(data.persons, data.arenden);
        auto oneD = crossTabulate(s, cat(), ckmQuery({QStringLiteral("malgrupp")}));
        auto twoD = crossTabulate(s, cat(), ckmQuery({QStringLiteral("malgrupp"), QStringLiteral("kon")}));
        auto threeD = crossTabulate(
            s, cat(), ckmQuery({QStringLiteral("kon"), QStringLiteral("alder_grupp"), QStringLiteral("malgrupp")}));
        QVERIFY(oneD && twoD && threeD);
        const auto a = byCodes(*oneD);
        const auto b = byCodes(*twoD);
        const auto c = byCodes(*threeD);
        for (const auto& [key, cell] : a) {
            const auto inB = b.find(QStringList{key.at(0), QStringLiteral("*")});
            const auto inC = c.find(QStringList{QStringLiteral("*"), QStringLiteral("*"), key.at(0)});
            QVERIFY(inB != b.end() && inC != c.end());
            QCOMPARE(inB->second->n, cell->n);
            QCOMPARE(inC->second->n, cell->n);
        }
        // Two different periods that select the same records give the same numbers.
        Query wide = ckmQuery({QStringLiteral("malgrupp")});
        wide.period = Period{QDate(1900, 1, 1), QDate(2100, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};
        Query wider = wide;
        wider.period.from = QDate(1850, 1, 1);
        wider.period.to = QDate(2150, 12, 31);
        auto p1 = crossTabulate(s, cat(), wide);
        auto p2 = crossTabulate(s, cat(), wider);
        QVERIFY(p1 && p2);
        QCOMPARE(*toInterchangeJson(*p2), *toInterchangeJson(*p1));
    }

    void leadTimesAndTrendsUsePublishedCounts()
    {
        const demo::DemoData data = records(800, 8);
        const Snapshot s = Snapshot::build(data.persons, data.arenden);
        Query q = ckmQuery({QStringLiteral("malgrupp")}, Unit::Arende);
        auto lead = leadTimes(s, cat(), q, LeadTimeKind::AktualiseringBeslut);
        Query plain = q;
        plain.mode = Mode::InternAnalys;
        auto truth = leadTimes(s, cat(), plain, LeadTimeKind::AktualiseringBeslut);
        QVERIFY(lead && truth);
        QVERIFY(lead->footnotes.contains(cellKeyNote()));
        QCOMPARE(lead->groups.size(), truth->groups.size());
        for (std::size_t g = 0; g < lead->groups.size(); ++g) {
            const LeadTimeStats& p = lead->groups[g];
            const qint64 n = truth->groups[g].n.n;
            QVERIFY(std::abs(p.n.n - n) <= 2);
            QVERIFY(p.n.suppressed == (p.n.n < q.minCell + 2));
            if (n < q.minCell || p.n.n < q.minCell) // small groups show no statistics
                QVERIFY(p.suppressed);
        }
        // A yearly trend of aktualiseringar and the year's ärenden by aktualisering are the same
        // records: the same published numbers.
        Query t = ckmQuery({QStringLiteral("kon")}, Unit::Arende);
        t.period.from = QDate(2023, 1, 1);
        t.period.to = QDate(2025, 12, 31);
        auto trend = trends(s, cat(), t, Granularity::Year, {TrendKind::Aktualiseringar});
        QVERIFY(trend);
        QVERIFY(trend->footnotes.contains(cellKeyNote()));
        for (int y = 0; y < 3; ++y) {
            Query year = ckmQuery({QStringLiteral("kon")}, Unit::Arende);
            year.period =
                Period{QDate(2023 + y, 1, 1), QDate(2023 + y, 12, 31), TimeMeaning::Events, EventKind::Aktualisering};
            auto table = crossTabulate(s, cat(), year);
            QVERIFY(table);
            QCOMPARE(trend->series.first().counts.at(y).n, table->total.n);
        }
    }

    void methodIsStatedInFootnotesJsonAndCsv()
    {
        const demo::DemoData data = records(300, 7);
        const Snapshot s = Snapshot::build(data.persons, data.arenden);
        auto ckm = crossTabulate(s, cat(), ckmQuery({QStringLiteral("kon")}));
        QVERIFY(ckm);
        QVERIFY(ckm->footnotes.contains(cellKeyNote()));
        const QJsonObject json = QJsonDocument::fromJson(*toInterchangeJson(*ckm)).object();
        QCOMPARE(json.value(QStringLiteral("protection")).toString(), QStringLiteral("cell_key"));
        const QList<QByteArray> lines = toInterchangeCsv(*ckm)->trimmed().split('\n');
        QVERIFY(lines.last().startsWith("\"# ") || lines.last().startsWith("# "));
        QVERIFY(lines.last().contains(cellKeyNote().toUtf8().left(20)));

        Query plain = ckmQuery({QStringLiteral("kon")});
        plain.protection = ProtectionMethod::Suppression;
        auto suppressed = crossTabulate(s, cat(), plain);
        QVERIFY(suppressed);
        QVERIFY(!suppressed->footnotes.contains(cellKeyNote()));
        QCOMPARE(QJsonDocument::fromJson(*toInterchangeJson(*suppressed))
                     .object()
                     .value(QStringLiteral("protection"))
                     .toString(),
                 QStringLiteral("suppression"));
        QVERIFY(!toInterchangeCsv(*suppressed)->contains("# "));
        // InternAnalys is not protected at all, whatever the setting.
        Query intern = ckmQuery({QStringLiteral("kon")});
        intern.mode = Mode::InternAnalys;
        auto internal = crossTabulate(s, cat(), intern);
        QVERIFY(internal);
        QCOMPARE(internal->protection, ProtectionMethod::Suppression);
    }
};

QTEST_GUILESS_MAIN(TestCellKey)
#include "tst_cellkey.moc"
