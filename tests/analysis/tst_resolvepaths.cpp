// The cold cross-tabulation path's fast routes against their general definitions, on a generated
// snapshot with missing values, not-applicable records, removed and re-written ärenden, with and
// without a period:
// * Engine::select by beslut and Engine::resolve's gather loops (int32 keys and bytes alone,
//   KeyForm) against the parent chain and Engine::selectedUppfoljning read record by record;
// * scaleMissing from bytes against scaleMissing from int32 keys, and the scaled column read in
//   one gather loop (GatherPlan::shiftMissing, cachedScaledColumn) against both;
// * the counting kernel's byte path against its path over int32 keys (key sums included);
// * 2-D tables counted from bytes (the counting kernel's byte path) against the same tables read
//   off 3-D tables with a multi-valued dimension, whose columns are widened and counted by the
//   general path.

#include "analysis/categories.h"
#include "analysis/counting.h"
#include "analysis/crosstab.h"
#include "analysis/engine.h"
#include "analysis/query.h"
#include "analysis/resolvecache.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QTest>

#include <optional>
#include <vector>

using namespace folja;
using namespace folja::analysis;
namespace ad = folja::analysis::detail;
using ad::Column;
using ad::Engine;
using ad::KeyForm;
using ad::kMissing;
using ad::kNotApplicable;

namespace {

const catalog::Catalog& cat()
{
    static const catalog::Catalog c = catalog::Catalog::loadBuiltin().value();
    return c;
}

// Demo records (bortfall included) with ids, some ärenden removed and some written again.
Snapshot makeSnapshot()
{
    demo::DemoOptions options;
    options.persons = 1500;
    options.seed = 11;
    options.bortfallScale = 3.0; // plenty of missing values
    demo::DemoData data = demo::generate(cat(), options);
    domain::Id insatsId = 0;
    for (qsizetype i = 0; i < data.arenden.size(); ++i) {
        domain::Arende& a = data.arenden[i];
        a.id = i + 1;
        for (domain::Insats& in : a.insatser)
            in.id = ++insatsId;
    }
    Snapshot s = Snapshot::build(data.persons, data.arenden);
    for (qsizetype i = 0; i < data.arenden.size(); i += 17)
        s.removeArende(data.arenden.at(i).id); // dead rows
    for (qsizetype i = 5; i < data.arenden.size(); i += 23)
        s.upsertArende(data.arenden.at(i)); // retired rows and rows appended at the end
    return s;
}

std::int32_t keyOf(std::uint32_t code)
{
    return code == 0 ? kMissing : static_cast<std::int32_t>(code);
}

// Both forms of a single-valued column hold `expected`; `bytes`: the narrow form holds bytes alone
// (a fast path took it).
void compareForms(const Column& wide, const Column& narrow, const std::vector<std::int32_t>& expected, bool bytes)
{
    QVERIFY(!wide.multi && !narrow.multi);
    QCOMPARE(wide.keys.size(), expected.size());
    QCOMPARE(narrow.records(), expected.size());
    QCOMPARE(narrow.narrowOnly(), bytes);
    if (!bytes) {
        QVERIFY(narrow.keys == expected);
        QVERIFY(wide.keys == expected);
        return;
    }
    for (std::size_t p = 0; p < expected.size(); ++p) {
        if (wide.keys[p] != expected[p] || narrow.narrow[p] != static_cast<std::uint8_t>(expected[p] + 2))
            QFAIL(qPrintable(QStringLiteral("record %1: expected %2, wide %3, narrow %4")
                                 .arg(p)
                                 .arg(expected[p])
                                 .arg(wide.keys[p])
                                 .arg(narrow.narrow[p] - 2)));
    }
    const Column widened = ad::widenKeys(narrow);
    QVERIFY(widened.keys == wide.keys);
}

Query insatsQuery(const Period& period, MaluppfyllelseAt at = MaluppfyllelseAt::LatestInPeriod)
{
    Query q;
    q.unit = Unit::Insats;
    q.period = period;
    q.maluppfyllelseAt = at;
    return q;
}

// Without a period, by beslut, active during, status on a day; måluppfyllelse in the period or at
// avslut.
const std::vector<std::pair<const char*, Query>>& queries()
{
    static const std::vector<std::pair<const char*, Query>> all{
        {"no period", insatsQuery(Period{})},
        {"beslut 2024",
         insatsQuery(Period{QDate(2024, 1, 1), QDate(2024, 12, 31), TimeMeaning::Events, EventKind::Beslut})},
        {"beslut from 2023",
         insatsQuery(Period{QDate(2023, 1, 1), QDate(2099, 12, 31), TimeMeaning::Events, EventKind::Auto})},
        {"active 2025 H1",
         insatsQuery(Period{QDate(2025, 1, 1), QDate(2025, 6, 30), TimeMeaning::ActiveDuring, EventKind::Auto})},
        {"status 2025-03-01", insatsQuery(Period{QDate(2025, 3, 1), QDate(), TimeMeaning::StatusOn, EventKind::Auto})},
        {"at avslut",
         insatsQuery(Period{QDate(2024, 1, 1), QDate(2025, 12, 31), TimeMeaning::Events, EventKind::Beslut},
                     MaluppfyllelseAt::AtAvslut)},
    };
    return all;
}

} // namespace

class TestResolvePaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_snapshot = makeSnapshot(); }

    void columnsAgainstTheirDefinition_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<std::pair<const char*, Query>>& all = queries();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].first) << static_cast<int>(i);
    }

    void columnsAgainstTheirDefinition()
    {
        QFETCH(int, index);
        const Query query = queries()[static_cast<std::size_t>(index)].second;
        const Snapshot& s = m_snapshot;
        const Engine engine(s, cat(), query);
        const auto selected = engine.select();
        QVERIFY(selected.ok());
        const ad::Population& pop = selected.value();
        const InsatsTable& I = s.insatser();
        const ArendeTable& A = s.arenden();
        const PersonTable& P = s.persons();
        const UppfoljningTable& U = s.uppfoljningar();

        // Selection by beslut, record by record.
        if (query.period.isSet() && query.period.meaning == TimeMeaning::Events) {
            const std::int32_t from = dayNumber(query.period.from);
            const std::int32_t to = dayNumber(query.period.to);
            std::vector<std::uint32_t> expected;
            for (std::uint32_t r = 0; r < I.rows(); ++r) {
                const std::int32_t day = engine.insatsBeslut(r);
                if (I.alive[r] && day != kNoDate && day >= from && day <= to)
                    expected.push_back(r);
            }
            QVERIFY(pop.rows == expected);
        }
        QVERIFY(pop.rows.size() > 300);

        // The expected keys up the parent chain and from the chosen uppföljning.
        std::vector<std::int32_t> kon, malgrupp, mal;
        int missingMal = 0, notApplicableMal = 0, women = 0;
        for (const std::uint32_t r : pop.rows) {
            const std::uint32_t arende = I.arende[r];
            kon.push_back(keyOf(P.kon.data[A.person[arende]]));
            malgrupp.push_back(keyOf(A.malgrupp.data[arende]));
            const std::uint32_t f = engine.selectedUppfoljning(r);
            mal.push_back(f == kNoRow ? kNotApplicable : keyOf(U.maluppfyllelse.data[f]));
            missingMal += mal.back() == kMissing ? 1 : 0;
            notApplicableMal += mal.back() == kNotApplicable ? 1 : 0;
            women += kon.back() == kon.front() ? 0 : 1;
        }
        // The data exercise every case.
        QVERIFY(missingMal > 0);
        QVERIFY(notApplicableMal > 0);
        QVERIFY(women > 0); // kön takes more than one value

        auto both = [&](const char* variable, const std::vector<std::int32_t>& expected, bool bytes) {
            const VariableRef ref{QString::fromLatin1(variable), QString()};
            const auto wide = engine.resolve(pop, ref, KeyForm::Wide);
            const auto narrow = engine.resolve(pop, ref, KeyForm::Narrow);
            if (!wide.ok() || !narrow.ok())
                return std::make_pair(Column{}, Column{});
            compareForms(wide.value(), narrow.value(), expected, bytes);
            return std::make_pair(wide.value(), narrow.value());
        };
        both("kon", kon, true);
        if (QTest::currentTestFailed())
            return;
        const auto [malgruppWide, malgruppNarrow] = both("malgrupp", malgrupp, true);
        if (QTest::currentTestFailed())
            return;
        // At avslut takes the general path (selectedUppfoljning per record): int32 keys.
        const bool atAvslut = query.maluppfyllelseAt == MaluppfyllelseAt::AtAvslut;
        const auto [malWide, malNarrow] = both("maluppfyllelse", mal, !atAvslut);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(malNarrow.records(), mal.size());

        // The per-scale "(uppgift saknas)" from bytes and from int32 keys.
        const Column scaledWide = ad::scaleMissing(cat(), malgruppWide, malWide);
        const Column scaledNarrow = ad::scaleMissing(cat(), malgruppNarrow, malNarrow);
        QCOMPARE(scaledNarrow.narrowOnly(), !atAvslut);
        QVERIFY(!scaledWide.keys.empty());
        QCOMPARE(scaledNarrow.dict, scaledWide.dict);
        const std::int32_t ibicMissing = static_cast<std::int32_t>(malWide.dict.size());
        int ibic = 0;
        for (std::int32_t k : scaledWide.keys)
            ibic += k == ibicMissing ? 1 : 0;
        QVERIFY(ibic > 0); // both scales have missing values
        QVERIFY(ad::widenKeys(scaledNarrow).keys == scaledWide.keys);

        // The scaled column read in one gather loop (GatherPlan::shiftMissing) against scaleMissing.
        std::optional<ad::GatherPlan> plan = engine.gatherPlan(Unit::Insats, malNarrow.ref, KeyForm::Narrow);
        QCOMPARE(plan.has_value(), !atAvslut); // at avslut takes the general path
        if (plan) {
            const std::optional<ad::ScaleBytes> scale = ad::scaleBytes(cat(), malgruppNarrow, plan->column);
            QVERIFY(scale.has_value());
            QVERIFY(plan->shiftMissing(malgruppNarrow.narrow.data(), scale->shiftByGroup()));
            plan->allocate(pop.rows.size());
            // In two pieces, as a caller filling block by block would.
            const std::size_t half = pop.rows.size() / 2;
            plan->fill(pop.rows.data(), half, 0);
            plan->fill(pop.rows.data() + half, pop.rows.size() - half, half);
            QCOMPARE(scale->column.dict, scaledWide.dict);
            Column shifted = scale->column;
            shifted.narrow = plan->column.narrow;
            QVERIFY(shifted.narrowOnly());
            const Column widened = ad::widenKeys(shifted);
            for (std::size_t p = 0; p < widened.keys.size(); ++p) {
                if (widened.keys[p] != scaledWide.keys[p])
                    QFAIL(qPrintable(QStringLiteral("record %1: scaled in the gather loop %2, by scaleMissing %3")
                                         .arg(p)
                                         .arg(widened.keys[p])
                                         .arg(scaledWide.keys[p])));
            }
        }
        // The cached scaled column (either way) and the column as resolved beside it.
        const auto cached = ad::cachedScaledColumn(s, engine, pop, ad::populationKey(query), malNarrow.ref);
        QVERIFY(cached.ok());
        QCOMPARE(cached.value()->column.dict, scaledWide.dict);
        QVERIFY(ad::widenKeys(cached.value()->column).keys == scaledWide.keys);
        QCOMPARE(cached.value()->unscaled.dict, malWide.dict);
        QCOMPARE(cached.value()->unscaled.kind, malWide.kind);
        QCOMPARE(cached.value()->unscaled.mayBeNotApplicable, malWide.mayBeNotApplicable);
    }

    // The byte counting pass (countCells through the columns' byte combinations) against the
    // table pass over the same columns' int32 keys, with and without the Cell Key Method's record
    // keys: cells, key sums, not-applicable counts and their key sums, for 1 to 3 dimensions, with
    // a dimension whose "does not apply" holds a value too.
    void byteCountingAgainstTheTablePath_data() { columnsAgainstTheirDefinition_data(); }

    void byteCountingAgainstTheTablePath()
    {
        QFETCH(int, index);
        const Query query = queries()[static_cast<std::size_t>(index)].second;
        const Snapshot& s = m_snapshot;
        const Engine engine(s, cat(), query);
        const auto selected = engine.select();
        QVERIFY(selected.ok());
        const ad::Population& pop = selected.value();
        const VariableRef malgruppRef{QStringLiteral("malgrupp"), QString()};
        const auto malgrupp = engine.resolve(pop, malgruppRef, KeyForm::Narrow);
        const auto kon = engine.resolve(pop, VariableRef{QStringLiteral("kon"), QString()}, KeyForm::Narrow);
        const auto mal = engine.resolve(pop, VariableRef{QStringLiteral("maluppfyllelse"), QString()}, KeyForm::Narrow);
        QVERIFY(malgrupp.ok() && kon.ok() && mal.ok());
        Column scaled = ad::scaleMissing(cat(), malgrupp.value(), mal.value());
        if (scaled.narrow.empty())
            scaled.narrow = ad::narrowKeys(scaled);
        const std::vector<const Column*> all{&malgrupp.value(), &kon.value(), &scaled};
        for (int dims = 1; dims <= 3; ++dims) {
            for (const bool valueDoesNotApply : {false, true}) {
                // Categories: key k at k - 1, missing last; strides as in the dense array.
                std::vector<Column> wide;
                wide.reserve(3);
                std::vector<ad::CountDimension> bytes(static_cast<std::size_t>(dims));
                int cells = 1;
                for (int d = dims - 1; d >= 0; --d) {
                    const Column& c = *all[static_cast<std::size_t>(d)];
                    QVERIFY(!c.narrow.empty());
                    const int shape = static_cast<int>(c.dict.size());
                    ad::CountDimension& cd = bytes[static_cast<std::size_t>(d)];
                    cd.column = &c;
                    cd.narrow = c.narrow.data();
                    cd.offsetOf.assign(static_cast<std::size_t>(shape) + 2, -1);
                    cd.offsetOf[1] = (shape - 1) * cells;
                    for (int k = 1; k < shape; ++k)
                        cd.offsetOf[static_cast<std::size_t>(k) + 2] = (k - 1) * cells;
                    if (valueDoesNotApply && d == 0)
                        cd.offsetOf[3] = -1; // key 1 does not apply either
                    cd.totalOffset = shape * cells;
                    cells *= shape + 1;
                }
                std::vector<ad::CountDimension> keysOf = bytes;
                for (ad::CountDimension& cd : keysOf) {
                    wide.push_back(ad::widenKeys(*cd.column));
                    cd.column = &wide.back();
                    cd.narrow = nullptr;
                }
                for (const std::uint8_t* recordKeys :
                     {static_cast<const std::uint8_t*>(nullptr), s.insatser().key.data()}) {
                    const std::uint32_t* rows = recordKeys ? pop.rows.data() : nullptr;
                    const ad::CellCounts a = ad::countCells(bytes, cells, pop.rows.size(), rows, recordKeys);
                    const ad::CellCounts b = ad::countCells(keysOf, cells, pop.rows.size(), rows, recordKeys);
                    QVERIFY(a.counts == b.counts);
                    QVERIFY(a.keySums == b.keySums);
                    QVERIFY(a.notApplicable == b.notApplicable);
                    QVERIFY(a.notApplicableKeySums == b.notApplicableKeySums);
                    QCOMPARE(a.populationKeySum, b.populationKeySum);
                    qint64 counted = 0;
                    for (qint64 n : a.counts)
                        counted += n;
                    QVERIFY(counted > 300);
                    QVERIFY(valueDoesNotApply ? a.notApplicable[0] > 0 : true);
                }
            }
        }
    }

    // 2-D tables counted from bytes against the same counts read off 3-D tables with problematik
    // added (multi-valued, applies to every insats; its total counts each record once), whose
    // columns are widened and counted by the general path.
    void byteCountingAgainstTheGeneralPath_data() { columnsAgainstTheirDefinition_data(); }

    void byteCountingAgainstTheGeneralPath()
    {
        QFETCH(int, index);
        Query query = queries()[static_cast<std::size_t>(index)].second;
        query.mode = Mode::InternAnalys;
        for (const QStringList& dims : {QStringList{QStringLiteral("malgrupp"), QStringLiteral("maluppfyllelse")},
                                        QStringList{QStringLiteral("kon"), QStringLiteral("maluppfyllelse")},
                                        QStringList{QStringLiteral("malgrupp"), QStringLiteral("kon")}}) {
            query.dimensions = dims;
            Query wider = query;
            wider.dimensions.append(QStringLiteral("problematik"));
            const auto two = crossTabulate(m_snapshot, cat(), query);
            const auto three = crossTabulate(m_snapshot, cat(), wider);
            QVERIFY2(two.ok(), two.ok() ? "" : qPrintable(two.error().message));
            QVERIFY2(three.ok(), three.ok() ? "" : qPrintable(three.error().message));
            QVERIFY(three->dimensions.at(2).multiValued);
            QCOMPARE(three->dimensions.at(2).notApplicable.n, qint64(0));
            QVERIFY(two->total.n > 300);
            for (int d = 0; d < 2; ++d) {
                const TableDimension& a = two->dimensions.at(d);
                const TableDimension& b = three->dimensions.at(d);
                QCOMPARE(a.categories.size(), b.categories.size());
                for (qsizetype i = 0; i < a.categories.size(); ++i) {
                    QCOMPARE(a.categories.at(i).code, b.categories.at(i).code);
                    QCOMPARE(a.categories.at(i).isMissing, b.categories.at(i).isMissing);
                    QCOMPARE(a.categories.at(i).scale, b.categories.at(i).scale);
                }
                QCOMPARE(a.notApplicable.n, b.notApplicable.n);
            }
            const int problematikTotal = three->layout.size(2);
            for (int cell = 0; cell < two->layout.cellCount(); ++cell) {
                std::vector<int> coords = two->layout.coordinates(cell);
                coords.push_back(problematikTotal);
                QCOMPARE(two->cells[static_cast<std::size_t>(cell)].n,
                         three->cells[static_cast<std::size_t>(three->layout.index(coords))].n);
            }
        }
    }

private:
    Snapshot m_snapshot;
};

QTEST_GUILESS_MAIN(TestResolvePaths)
#include "tst_resolvepaths.moc"
