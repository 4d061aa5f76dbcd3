// The live analysis snapshot: after every committed write through access::ArendeService it gives
// exactly the tables a fresh load gives, with the same visibility and Scope rules; it is dropped
// when the session locks; a rolled-back write does not reach it.

#include "access/analysisscope.h"
#include "access/arendeservice.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "analysis/crosstab.h"
#include "catalog/catalog.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"
#include "store/keyfile.h"
#include "testcheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;

namespace {

const QString kPw = QStringLiteral("demo-losen-for-tests");

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

QList<analysis::Query> queries()
{
    QList<analysis::Query> out;
    analysis::Query q;
    q.unit = analysis::Unit::Insats;
    q.dimensions = {QStringLiteral("malgrupp"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
    out.append(q);
    q.mode = analysis::Mode::InternAnalys; // exact small counts: every difference shows
    out.append(q);
    analysis::Query a;
    a.unit = analysis::Unit::Arende;
    a.mode = analysis::Mode::InternAnalys;
    a.dimensions = {QStringLiteral("enhet"), QStringLiteral("aktualiseringsorsak")};
    out.append(a);
    analysis::Query p;
    p.unit = analysis::Unit::Person;
    p.mode = analysis::Mode::InternAnalys;
    p.dimensions = {QStringLiteral("kon"), QStringLiteral("alder_grupp")};
    out.append(p);
    analysis::Query u;
    u.unit = analysis::Unit::Uppfoljning;
    u.mode = analysis::Mode::InternAnalys;
    u.dimensions = {QStringLiteral("insats:parent"), QStringLiteral("sip")};
    out.append(u);
    return out;
}

// A table as text: categories, every cell's count and suppression, totals and bortfall.
QString describe(const analysis::CrossTab& t)
{
    QStringList lines;
    for (const analysis::TableDimension& d : t.dimensions) {
        QStringList codes;
        for (const analysis::Category& c : d.categories)
            codes.append(c.code);
        lines.append(d.variable + QLatin1Char(':') + codes.join(QLatin1Char(',')) +
                     QStringLiteral(" bortfall=%1").arg(d.bortfall.n));
    }
    QStringList cells;
    for (const analysis::TableCell& c : t.cells)
        cells.append(QStringLiteral("%1/%2").arg(c.n).arg(static_cast<int>(c.reason)));
    lines.append(cells.join(QLatin1Char(' ')));
    lines.append(QStringLiteral("total=%1 population=%2").arg(t.total.n).arg(t.population.n));
    for (const analysis::ExternalBortfall& e : t.external)
        lines.append(e.key + QStringLiteral("=%1/%2").arg(e.n.n).arg(e.base.n));
    return lines.join(QLatin1Char('\n'));
}

bool sameTables(const analysis::Snapshot& a, const analysis::Snapshot& b)
{
    bool same = true;
    for (const analysis::Query& q : queries()) {
        auto ta = analysis::crossTabulate(a, cat(), q);
        auto tb = analysis::crossTabulate(b, cat(), q);
        if (!ta || !tb)
            return false;
        if (describe(*ta) != describe(*tb)) {
            qWarning("%s:\n%s\nvs\n%s", q.toJson().constData(), qPrintable(describe(*ta)), qPrintable(describe(*tb)));
            same = false;
        }
    }
    return same;
}

// Every query gives the same table on the live snapshot as on a fresh load with the same rules.
bool sameAsFresh(access::Session& session, io::LiveSnapshot& live)
{
    if (!live.ensureLoaded())
        return false;
    io::SnapshotInfo info;
    auto fresh = io::loadSnapshot(session, cat(), live.scope(), &info);
    if (!fresh)
        return false;
    bool same = true;
    if (info.arenden != live.info().arenden || info.visibility != live.info().visibility) {
        qWarning("info differs: %zu vs %zu ärenden", live.info().arenden, info.arenden);
        same = false;
    }
    if (fresh->stats().arenden != live.snapshot().stats().arenden ||
        fresh->stats().insatser != live.snapshot().stats().insatser ||
        fresh->stats().uppfoljningar != live.snapshot().stats().uppfoljningar) {
        qWarning("row counts differ");
        same = false;
    }
    for (const analysis::Query& q : queries()) {
        auto a = analysis::crossTabulate(live.snapshot(), cat(), q);
        auto b = analysis::crossTabulate(*fresh, cat(), q);
        if (!a || !b) {
            qWarning("query failed");
            return false;
        }
        const QString da = describe(*a);
        const QString db = describe(*b);
        if (da != db) {
            qWarning("%s: live\n%s\nfresh\n%s", q.toJson().constData(), qPrintable(da), qPrintable(db));
            same = false;
        }
    }
    return same;
}

} // namespace

class TestLiveSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_path, user, kPw, fast());
        if (!s)
            qWarning() << s.error().message;
        return s ? std::move(s).value() : nullptr;
    }

    // The first visible ärende with at least one insats and one uppföljning.
    static domain::Arende someArende(access::Session& session, int skip = 0)
    {
        access::ArendeService service(session);
        auto list = service.list();
        if (!FOLJA_CHECK(list))
            return {};
        for (const access::ArendeSummary& s : *list) {
            auto a = service.get(s.id);
            if (!FOLJA_CHECK(a))
                return {};
            if (!a->insatser.isEmpty() && !a->insatser.first().uppfoljningar.isEmpty() && skip-- == 0)
                return *a;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("live.folja"));
        io::DemoDatabase demo;
        demo.password = kPw;
        demo.kdf = access::KdfParams::fastForTests();
        demo.fill.persons = 150;
        demo.fill.seed = 7;
        auto created = io::createDemoDatabase(m_path, cat(), demo);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(created->summary.arenden > 20);
    }

    void columnReadEqualsRecordRead()
    {
        // The load reads columns straight from the store; building from whole records (the
        // store's record read and SnapshotBuilder) must give the same tables and rows.
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        auto loaded = io::loadSnapshot(*admin, cat());
        QVERIFY(loaded);
        auto repo = access::StoreDoor::repository(*admin);
        QVERIFY(repo);
        auto arenden = (*repo)->loadAllArenden();
        auto persons = (*repo)->loadAllPersons();
        QVERIFY(arenden && persons);
        const analysis::Snapshot fromRecords = analysis::Snapshot::build(*persons, *arenden);
        QCOMPARE(loaded->stats().persons, fromRecords.stats().persons);
        QCOMPARE(loaded->stats().arenden, fromRecords.stats().arenden);
        QCOMPARE(loaded->stats().insatser, fromRecords.stats().insatser);
        QCOMPARE(loaded->stats().uppfoljningar, fromRecords.stats().uppfoljningar);
        const analysis::UppfoljningTable& u1 = loaded->uppfoljningar();
        const analysis::UppfoljningTable& u2 = fromRecords.uppfoljningar();
        QVERIFY(u1.datum == u2.datum);
        QVERIFY(loaded->insatser().avslut == fromRecords.insatser().avslut);
        QVERIFY(loaded->arenden().aktualiseringsorsak.offsets == fromRecords.arenden().aktualiseringsorsak.offsets);
        QVERIFY(sameTables(*loaded, fromRecords));
    }

    void liveEqualsFreshAfterSaveRemoveMove()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        io::LiveSnapshot live(*admin, cat());
        QVERIFY(!live.isLoaded());
        QCOMPARE(live.snapshot().stats().arenden, std::size_t(0));
        QVERIFY(live.ensureLoaded());
        QCOMPARE(live.info().visibility, io::SnapshotVisibility::All);
        QVERIFY(sameAsFresh(*admin, live));
        access::ArendeService service(*admin);

        // Save: other answers, one more insats, a changed uppföljning.
        domain::Arende a = someArende(*admin);
        QVERIFY(a.id != domain::kNoId);
        std::uint64_t rev = live.revision();
        a.enhet = a.enhet + QStringLiteral("-ny");
        a.aktualiseringsorsak = {QStringLiteral("ORSAK.ANNAT")};
        a.insatser.first().uppfoljningar.first().maluppfyllelse.clear(); // bortfall now
        a.insatser.first().uppfoljningar.first().sip = QStringLiteral("SIP.JA");
        domain::Insats extra = a.insatser.first();
        extra.id = domain::kNoId;
        for (domain::Uppfoljning& u : extra.uppfoljningar)
            u.id = domain::kNoId;
        a.insatser.append(extra);
        QVERIFY(service.save(a));
        QVERIFY(live.revision() > rev);
        QVERIFY(live.isLoaded());
        QVERIFY(sameAsFresh(*admin, live));

        // Remove.
        rev = live.revision();
        const domain::Arende b = someArende(*admin, 1);
        QVERIFY(service.remove(b.id));
        QVERIFY(live.revision() > rev);
        QVERIFY(!live.snapshot().hasArende(b.id));
        QVERIFY(sameAsFresh(*admin, live));

        // A new ärende for a new person.
        domain::Person person;
        person.personId = QStringLiteral("201001012380");
        person.kon = QStringLiteral("KON.FLICKA_KVINNA");
        person.birthDate = QDate(2010, 1, 1);
        QVERIFY(service.registerPerson(person));
        domain::Arende c = someArende(*admin, 2);
        c.id = domain::kNoId;
        c.externalId = QStringLiteral("LIVE-NY-1");
        c.personRef = person.id;
        for (domain::Insats& in : c.insatser) {
            in.id = domain::kNoId;
            for (domain::Uppfoljning& u : in.uppfoljningar)
                u.id = domain::kNoId;
        }
        QVERIFY(service.save(c));
        QVERIFY(live.snapshot().hasArende(c.id));
        QVERIFY(sameAsFresh(*admin, live));

        // Move to another handläggare: the same data for an administratör.
        rev = live.revision();
        const QString other = c.owner == QLatin1String("demo2") ? QStringLiteral("demo1") : QStringLiteral("demo2");
        QCOMPARE(service.moveArenden({c.id}, other).value(), 1);
        QVERIFY(live.revision() > rev);
        QVERIFY(sameAsFresh(*admin, live));
    }

    void failedWriteDoesNotReachTheSnapshot()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        io::LiveSnapshot live(*admin, cat());
        QVERIFY(live.ensureLoaded());
        const std::uint64_t rev = live.revision();
        int calls = 0;
        const int listener = admin->addChangeListener([&](const access::ArendeChange&) { ++calls; });
        access::ArendeService service(*admin);
        domain::Arende a = someArende(*admin);
        a.personRef = 987654321; // no such person: the save fails inside its transaction
        QVERIFY(!service.save(a));
        QVERIFY(!service.remove(987654321));
        QCOMPARE(calls, 0);
        QCOMPARE(live.revision(), rev);
        admin->removeListener(listener);
        QVERIFY(sameAsFresh(*admin, live));
    }

    void handlaggareSeesOwnArendenOnly()
    {
        // An ärende moved from demo1 to demo2 by the administratör leaves demo1's snapshot.
        domain::Id movedAway = domain::kNoId;
        {
            auto s = signIn(QStringLiteral("demo1"));
            QVERIFY(s);
            movedAway = someArende(*s).id;
            QVERIFY(movedAway != domain::kNoId);
        }
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QCOMPARE(access::ArendeService(*admin).moveArenden({movedAway}, QStringLiteral("demo2")).value(), 1);
        }
        auto s = signIn(QStringLiteral("demo1"));
        QVERIFY(s);
        io::LiveSnapshot live(*s, cat());
        QVERIFY(live.ensureLoaded());
        QCOMPARE(live.info().visibility, io::SnapshotVisibility::Own);
        access::ArendeService service(*s);
        QCOMPARE(static_cast<qint64>(live.info().arenden), service.count().value());
        QVERIFY(!live.snapshot().hasArende(movedAway));
        QVERIFY(sameAsFresh(*s, live));

        domain::Arende a = someArende(*s);
        a.malgrupp = a.malgrupp == QLatin1String("BOU") ? QStringLiteral("VUX") : QStringLiteral("BOU");
        a.insatser.first().avslutDatum = QDate();
        a.insatser.first().avslutsorsak.clear();
        QVERIFY(service.save(a));
        QVERIFY(sameAsFresh(*s, live));
        QVERIFY(service.remove(someArende(*s, 1).id));
        QCOMPARE(static_cast<qint64>(live.info().arenden), service.count().value());
        QVERIFY(sameAsFresh(*s, live));
    }

    void scopeIsKeptOnPatches()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        analysis::Scope scope;
        scope.malgrupper = {QStringLiteral("BOU")};
        io::LiveSnapshot live(*admin, cat(), scope);
        QVERIFY(live.ensureLoaded());
        QVERIFY(sameAsFresh(*admin, live));
        access::ArendeService service(*admin);
        // Out of scope after the save, then back in.
        domain::Arende bou;
        for (int skip = 0; skip < 50 && bou.malgrupp != QLatin1String("BOU"); ++skip)
            bou = someArende(*admin, skip);
        QCOMPARE(bou.malgrupp, QStringLiteral("BOU"));
        QVERIFY(live.snapshot().hasArende(bou.id));
        const std::size_t before = live.info().arenden;
        bou.malgrupp = QStringLiteral("VUX");
        QVERIFY(service.save(bou));
        QVERIFY(!live.snapshot().hasArende(bou.id));
        QCOMPARE(live.info().arenden, before - 1);
        QVERIFY(sameAsFresh(*admin, live));
        bou.malgrupp = QStringLiteral("BOU");
        QVERIFY(service.save(bou));
        QVERIFY(live.snapshot().hasArende(bou.id));
        QCOMPARE(live.info().arenden, before);
        QVERIFY(sameAsFresh(*admin, live));
    }

    void storedAnalyticScopeCannotBeWidened()
    {
        // An administratör limits the analytiker "analys" to BoU: every load and every patch of the
        // analytiker's snapshot stays inside it, whatever the caller asks for.
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(access::AnalysisScopes(*admin).set(QStringLiteral("analys"), {{QStringLiteral("BOU")}, {}}));
        }
        auto analys = signIn(QStringLiteral("analys"));
        QVERIFY(analys);
        io::SnapshotInfo info;
        auto unlimited = io::loadSnapshot(*analys, cat(), {}, &info);
        QVERIFY(unlimited);
        QCOMPARE(info.scope.malgrupper, QStringList{QStringLiteral("BOU")});
        analysis::Scope bouOnly;
        bouOnly.malgrupper = {QStringLiteral("BOU")};
        io::SnapshotInfo bouInfo;
        QVERIFY(io::loadSnapshot(*analys, cat(), bouOnly, &bouInfo));
        QCOMPARE(info.arenden, bouInfo.arenden);
        QVERIFY(info.arenden > 0);

        analysis::Scope vuxOnly;
        vuxOnly.malgrupper = {QStringLiteral("VUX")};
        auto refused = io::loadSnapshot(*analys, cat(), vuxOnly);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(refused.error().message.contains(QStringLiteral("BOU")));

        // The live snapshot loads with the same narrowed scope (and patches with it: info().scope).
        io::LiveSnapshot live(*analys, cat());
        QVERIFY(live.ensureLoaded());
        QCOMPARE(live.info().arenden, info.arenden);
        QCOMPARE(live.info().scope.malgrupper, QStringList{QStringLiteral("BOU")});
        analys.reset();
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(access::AnalysisScopes(*admin).set(QStringLiteral("analys"), {}));
        }
    }

    void droppedOnLockAndLoadedAgainAfterUnlock()
    {
        auto s = signIn(QStringLiteral("analys"));
        QVERIFY(s);
        io::LiveSnapshot live(*s, cat());
        QVERIFY(live.ensureLoaded());
        QVERIFY(live.snapshot().stats().arenden > 0);
        const std::uint64_t rev = live.revision();
        s->lock();
        QVERIFY(!live.isLoaded());
        QVERIFY(live.revision() > rev);
        QCOMPARE(live.snapshot().stats().arenden, std::size_t(0));
        QCOMPARE(live.snapshot().arenden().rows(), std::size_t(0));
        QCOMPARE(live.info().arenden, std::size_t(0));
        auto refused = live.ensureLoaded();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Locked);
        QVERIFY(s->unlock(kPw));
        QVERIFY(!live.isLoaded()); // loaded on demand, not by the unlock
        QVERIFY(live.ensureLoaded());
        QVERIFY(sameAsFresh(*s, live));
    }

    void droppedWhenTheSessionEnds()
    {
        auto s = signIn(QStringLiteral("analys"));
        QVERIFY(s);
        auto live = std::make_unique<io::LiveSnapshot>(*s, cat());
        QVERIFY(live->ensureLoaded());
        s.reset(); // the session ends before the snapshot
        QVERIFY(!live->isLoaded());
        QCOMPARE(live->snapshot().arenden().rows(), std::size_t(0));
        auto after = live->ensureLoaded();
        QVERIFY(!after);
        QCOMPARE(after.error().code, ErrorCode::Locked);
        live.reset(); // unsubscribing from a session that is gone must not crash
    }

    void gallringReachesTheSnapshot()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        io::LiveSnapshot live(*admin, cat());
        QVERIFY(live.ensureLoaded());
        access::ArendeService service(*admin);
        std::uint64_t rev = live.revision();
        // Gallring of everything closed before 2100 minus the retention years.
        auto gallrade = service.gallra(QDate(2100, 1, 1));
        QVERIFY(gallrade);
        QVERIFY(*gallrade > 0);
        QVERIFY(live.revision() > rev);
        QVERIFY(sameAsFresh(*admin, live));
    }
};

QTEST_GUILESS_MAIN(TestLiveSnapshot)
#include "tst_livesnapshot.moc"
