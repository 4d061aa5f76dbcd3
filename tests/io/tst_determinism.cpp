// The same records give the same published numbers whatever order they were inserted in: two
// databases are filled with one demo data set, once in the generator's order and once shuffled
// (so persons and ärenden get other internal ids and the tables other row orders), and every
// cross-tabulation's interchange JSON — categories, counts, suppression pattern, percentages,
// bortfall — must be byte-identical. The same holds for snapshots built straight from the two
// record lists.

#include "access/accounts.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "analysis/crosstab.h"
#include "catalog/catalog.h"
#include "demo/demo.h"
#include "io/analysisdata.h"
#include "store/keyfile.h"
#include "store/repository.h"
#include "testcheck.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace folja;

namespace {

const QString kPw = QStringLiteral("determinism-test-pw");

const catalog::Catalog& cat()
{
    static const auto c = catalog::Catalog::loadBuiltin();
    FOLJA_REQUIRE(c.ok());
    return *c;
}

access::SessionOptions fast()
{
    access::SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

analysis::Query query(analysis::Unit unit, const QStringList& dimensions, analysis::Mode mode)
{
    analysis::Query q;
    q.unit = unit;
    q.dimensions = dimensions;
    q.mode = mode;
    q.period = {QDate(2023, 1, 1), QDate(2026, 10, 31)};
    return q;
}

// Published tables (suppression included) and exact ones, over every unit, with multi-valued,
// rolled-up, banded and date dimensions.
QList<analysis::Query> queries()
{
    using analysis::Mode;
    using analysis::Unit;
    QList<analysis::Query> out;
    for (Mode mode : {Mode::Publicering, Mode::InternAnalys}) {
        // One måluppfyllelse scale (BBIC): a 3-D table may not pool BBIC and IBIC.
        analysis::Query bbic = query(
            Unit::Insats, {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")}, mode);
        bbic.filters = {analysis::Filter{QStringLiteral("malgrupp"),
                                         {QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("EKB")}}};
        out << bbic;
        out << query(Unit::Insats, {QStringLiteral("insats:parent"), QStringLiteral("avslutsorsak")}, mode);
        out << query(Unit::Arende, {QStringLiteral("alder_grupp"), QStringLiteral("aktualiseringsorsak")}, mode);
        out << query(Unit::Arende, {QStringLiteral("enhet"), QStringLiteral("aktualisering_datum:quarter")}, mode);
        out << query(Unit::Person, {QStringLiteral("kon"), QStringLiteral("malgrupp")}, mode);
        out << query(Unit::Uppfoljning, {QStringLiteral("sip"), QStringLiteral("samverkan")}, mode);
    }
    return out;
}

QByteArray json(const analysis::Snapshot& snapshot, const analysis::Query& q)
{
    auto table = analysis::crossTabulate(snapshot, cat(), q);
    if (!table)
        qWarning("%s: %s", qPrintable(q.dimensions.join(u',')), qPrintable(table.error().message));
    if (!FOLJA_CHECK(table))
        return table.error().message.toUtf8();
    if (!table->exportable) // internal analyses are not exportable: publish a copy for comparison
        table->exportable = true;
    auto out = analysis::toInterchangeJson(*table);
    if (!FOLJA_CHECK(out))
        return {};
    return *out;
}

} // namespace

class TestDeterminism : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    demo::DemoData m_data;
    QList<store::ImportRow> m_rows; // in the generator's order

    // A new database holding `rows`, inserted in that order; the analysis snapshot read back.
    void load(const QString& name, const QList<store::ImportRow>& rows, analysis::Snapshot& snapshot)
    {
        const QString path = m_dir.filePath(name);
        auto created = access::Session::createDatabase(path, QStringLiteral("admin"), kPw, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        access::Session& session = *created->session;
        access::Accounts accounts(session);
        for (const QString& h : std::as_const(m_data.handlaggare))
            QVERIFY(accounts.add(h, h, access::Roles(access::Role::Handlaggare), kPw));
        auto repo = access::StoreDoor::repository(session);
        QVERIFY(repo);
        QList<store::ImportRow> inserted = rows; // insertAll fills in the ids
        QVERIFY((*repo)->insertAll(inserted));
        io::SnapshotInfo info;
        auto loaded = io::AnalysisData::load(session, cat(), {}, &info, io::CachePolicy{false, false});
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(info.arenden, std::size_t(rows.size()));
        snapshot = std::move(loaded).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        demo::DemoOptions options;
        options.persons = 700;
        options.seed = 21;
        m_data = demo::generate(cat(), options);
        QVERIFY(m_data.arenden.size() > 500);
        for (const domain::Arende& a : std::as_const(m_data.arenden))
            m_rows.append(store::ImportRow{m_data.persons.at(a.personRef - 1), a});
    }

    void insertionOrderDoesNotChangeTheTables()
    {
        QList<store::ImportRow> shuffled = m_rows;
        std::reverse(shuffled.begin(), shuffled.end()); // last person first: other ids everywhere
        QRandomGenerator random(4711);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QVERIFY(shuffled.first().arende.externalId != m_rows.first().arende.externalId);

        analysis::Snapshot inOrder;
        load(QStringLiteral("in-order.folja"), m_rows, inOrder);
        if (QTest::currentTestFailed())
            return;
        analysis::Snapshot shuffledOrder;
        load(QStringLiteral("shuffled.folja"), shuffled, shuffledOrder);
        if (QTest::currentTestFailed())
            return;

        int suppressedTables = 0;
        for (const analysis::Query& q : queries()) {
            const QByteArray a = json(inOrder, q);
            const QByteArray b = json(shuffledOrder, q);
            QVERIFY2(a.size() > 100, a.constData());
            QVERIFY2(a == b, qPrintable(q.dimensions.join(u',')));
            if (a.contains("\"suppressed\":true") || a.contains("\"suppressed\": true"))
                ++suppressedTables;
        }
        QVERIFY2(suppressedTables > 0, "no published table had a suppressed cell: the test would not see a "
                                       "suppression pattern that depends on the order");
    }

    void snapshotBuildOrderDoesNotChangeTheTables()
    {
        QList<domain::Arende> arenden = m_data.arenden;
        QRandomGenerator random(99);
        std::shuffle(arenden.begin(), arenden.end(), random);
        const analysis::Snapshot a = analysis::Snapshot::build(m_data.persons, m_data.arenden);
        const analysis::Snapshot b = analysis::Snapshot::build(m_data.persons, arenden);
        for (const analysis::Query& q : queries())
            QVERIFY2(json(a, q) == json(b, q), qPrintable(q.dimensions.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
