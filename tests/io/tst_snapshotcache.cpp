// The persisted analysis snapshot (store::AnalysisCache + analysis/snapshotio): a serialised
// snapshot reads back to the same tables; a load from the cache, with the ärenden written since
// reloaded and with or without a Scope, gives exactly the tables of a build from the tables; the
// cache is written at lock; erasure deletes it in the same transaction; damage means a rebuild.

#include "access/arendeservice.h"
#include "access/session.h"
#include "access/storedoor.h"
#include "analysis/crosstab.h"
#include "analysis/snapshotio.h"
#include "catalog/catalog.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"
#include "store/analysiscache.h"
#include "store/database.h"
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
    q.mode = analysis::Mode::InternAnalys; // exact small counts: every difference shows
    q.dimensions = {QStringLiteral("malgrupp"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")};
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
    u.dimensions = {QStringLiteral("insats:parent"), QStringLiteral("sip"), QStringLiteral("samverkan")};
    out.append(u);
    analysis::Query pub;
    pub.unit = analysis::Unit::Insats;
    pub.dimensions = {QStringLiteral("insats:parent"), QStringLiteral("avslutsorsak")};
    out.append(pub);
    return out;
}

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
    if (a.stats().arenden != b.stats().arenden || a.stats().insatser != b.stats().insatser ||
        a.stats().uppfoljningar != b.stats().uppfoljningar) {
        qWarning("row counts differ: %zu/%zu/%zu vs %zu/%zu/%zu", a.stats().arenden, a.stats().insatser,
                 a.stats().uppfoljningar, b.stats().arenden, b.stats().insatser, b.stats().uppfoljningar);
        return false;
    }
    bool same = true;
    for (const analysis::Query& q : queries()) {
        auto ta = analysis::crossTabulate(a, cat(), q);
        auto tb = analysis::crossTabulate(b, cat(), q);
        if (!ta || !tb) {
            qWarning("query failed");
            return false;
        }
        if (describe(*ta) != describe(*tb)) {
            qWarning("%s:\n%s\nvs\n%s", q.toJson().constData(), qPrintable(describe(*ta)), qPrintable(describe(*tb)));
            same = false;
        }
    }
    return same;
}

constexpr io::CachePolicy kNoCache{false, false};

qint64 queryInt(access::Session& s, const char* sql)
{
    auto db = access::StoreDoor::database(s);
    if (!FOLJA_CHECK(db))
        return -1;
    auto v = (*db)->connection().queryInt(sql);
    return v ? *v : -1;
}

} // namespace

class TestSnapshotCache : public QObject
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
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(QStringLiteral("cache-%1.folja").arg(QString::fromLatin1(QTest::currentTestFunction())));
        io::DemoDatabase demo;
        demo.password = kPw;
        demo.kdf = access::KdfParams::fastForTests();
        demo.fill.persons = 150;
        demo.fill.seed = 11;
        auto created = io::createDemoDatabase(m_path, cat(), demo);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }

    void roundTripGivesSameTables()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        auto built = io::AnalysisData::load(*admin, cat(), {}, nullptr, kNoCache);
        QVERIFY(built);
        // With retired rows (a patched snapshot) and in small pieces, so values span pieces.
        analysis::Snapshot patched = *built;
        QVERIFY(patched.removeArende(someArende(*admin).id));
        for (const analysis::Snapshot* original : {&*built, &patched}) {
            QList<QByteArray> pieces;
            QVERIFY(analysis::writeSnapshot(
                *original,
                [&pieces](const QByteArray& c) {
                    pieces.append(c);
                    return true;
                },
                100));
            QVERIFY(pieces.size() > 10);
            qsizetype next = 0;
            auto back = analysis::readSnapshot([&](QByteArray& c) {
                if (next >= pieces.size())
                    return false;
                c = pieces.at(next++);
                return true;
            });
            QVERIFY2(back, back ? "" : qPrintable(back.error().message));
            QVERIFY(sameTables(*original, *back));
            QCOMPARE(back->stats().retiredRows, original->stats().retiredRows);
            QVERIFY(back->arenden().enhet.dict.codes() == original->arenden().enhet.dict.codes());
            QVERIFY(back->uppfoljningar().samverkan.values == original->uppfoljningar().samverkan.values);
            // Patching keeps working on the read copy (ids came back).
            const domain::Arende a = someArende(*admin, 3);
            QVERIFY(back->hasArende(a.id));
            QVERIFY(back->removeArende(a.id));
        }
    }

    void damagedPayloadIsRefused()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        auto built = io::AnalysisData::load(*admin, cat(), {}, nullptr, kNoCache);
        QVERIFY(built);
        const QByteArray good = analysis::serializeSnapshot(*built);
        QVERIFY(analysis::deserializeSnapshot(good));
        QCOMPARE(analysis::deserializeSnapshot(good.left(good.size() - 1)).error().code, ErrorCode::Corrupt);
        QCOMPARE(analysis::deserializeSnapshot(good + 'x').error().code, ErrorCode::Corrupt);
        QByteArray otherVersion = good;
        otherVersion[8] = char(99);
        QCOMPARE(analysis::deserializeSnapshot(otherVersion).error().code, ErrorCode::Conflict);
        // A row reference out of range somewhere in the middle: refused, never read later.
        int refused = 0;
        for (int k = 1; k <= 40; ++k) {
            QByteArray bad = good;
            const qsizetype at = 16 + (good.size() - 32) * k / 41;
            bad[at] = char(~bad[at]);
            if (!analysis::deserializeSnapshot(bad))
                ++refused;
        }
        QVERIFY(refused > 0);
        QCOMPARE(analysis::deserializeSnapshot(QByteArray()).error().code, ErrorCode::Corrupt);
    }

    void cachedLoadEqualsBuildAfterWrites()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        io::SnapshotInfo first;
        auto built = io::AnalysisData::load(*admin, cat(), {}, &first);
        QVERIFY(built);
        QVERIFY(!first.fromCache);
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(1));
        QVERIFY(queryInt(*admin, "SELECT count(*) FROM analysis_cache_chunks") >= 1);

        io::SnapshotInfo second;
        auto cached = io::AnalysisData::load(*admin, cat(), {}, &second);
        QVERIFY(cached);
        QVERIFY(second.fromCache);
        QCOMPARE(second.cacheChangesApplied, std::size_t(0));
        QCOMPARE(second.arenden, first.arenden);
        QVERIFY(sameTables(*built, *cached));

        // Writes after the cache: a rättelse, a new ärende, a changed person.
        access::ArendeService service(*admin);
        domain::Arende a = someArende(*admin);
        a.enhet = a.enhet + QStringLiteral("-ny");
        a.insatser.first().uppfoljningar.first().maluppfyllelse.clear();
        a.aktualiseringsorsak = {QStringLiteral("ORSAK.ANNAT")};
        QVERIFY(service.save(a));
        domain::Arende c = someArende(*admin, 2);
        c.id = domain::kNoId;
        c.externalId = QStringLiteral("CACHE-NY-1");
        for (domain::Insats& in : c.insatser) {
            in.id = domain::kNoId;
            for (domain::Uppfoljning& u : in.uppfoljningar)
                u.id = domain::kNoId;
        }
        QVERIFY(service.save(c));
        {
            // A person's stored fields change (as registerPerson does for a known person).
            auto db = access::StoreDoor::database(*admin);
            QVERIFY(db);
            auto st = (*db)->connection().prepare(
                "UPDATE persons SET kon = CASE WHEN kon = 'KON.POJKE_MAN' THEN 'KON.FLICKA_KVINNA' "
                "ELSE 'KON.POJKE_MAN' END WHERE id = (SELECT person_id FROM arenden WHERE id = ?)");
            QVERIFY(st);
            st->bind(1, a.id);
            QVERIFY(st->run());
        }
        QVERIFY(queryInt(*admin, "SELECT count(DISTINCT arende_id) FROM analysis_changes") >= 2);

        auto fresh = io::AnalysisData::load(*admin, cat(), {}, nullptr, kNoCache);
        QVERIFY(fresh);
        io::SnapshotInfo third;
        auto patched = io::AnalysisData::load(*admin, cat(), {}, &third);
        QVERIFY(patched);
        QVERIFY(third.fromCache);
        QVERIFY(third.cacheChangesApplied >= 2);
        QCOMPARE(third.arenden, std::size_t(fresh->stats().arenden));
        QVERIFY(sameTables(*fresh, *patched));

        // The same with a Scope: the cached, narrowed snapshot equals a narrowed build.
        analysis::Scope scope;
        scope.malgrupper = {QStringLiteral("BOU"), QStringLiteral("VUX")};
        io::SnapshotInfo scopedInfo;
        auto scopedFresh = io::AnalysisData::load(*admin, cat(), scope, nullptr, kNoCache);
        auto scopedCached = io::AnalysisData::load(*admin, cat(), scope, &scopedInfo);
        QVERIFY(scopedFresh && scopedCached);
        QVERIFY(scopedInfo.fromCache);
        QVERIFY(scopedInfo.arenden < third.arenden);
        QCOMPARE(scopedInfo.arenden, std::size_t(scopedFresh->stats().arenden));
        QVERIFY(sameTables(*scopedFresh, *scopedCached));
        analysis::Scope enheter;
        enheter.enheter = {a.enhet};
        auto enhetFresh = io::AnalysisData::load(*admin, cat(), enheter, nullptr, kNoCache);
        auto enhetCached = io::AnalysisData::load(*admin, cat(), enheter);
        QVERIFY(enhetFresh && enhetCached);
        QCOMPARE(enhetCached->stats().arenden, std::size_t(1));
        QVERIFY(sameTables(*enhetFresh, *enhetCached));

        // An analytiker sees the same.
        admin.reset();
        auto analys = signIn(QStringLiteral("analys"));
        QVERIFY(analys);
        io::SnapshotInfo analysInfo;
        auto analysCached = io::AnalysisData::load(*analys, cat(), {}, &analysInfo);
        QVERIFY(analysCached);
        QVERIFY(analysInfo.fromCache);
        QVERIFY(sameTables(*fresh, *analysCached));
    }

    void lockWritesTheCacheAndPrunesTheLog()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        {
            io::LiveSnapshot live(*admin, cat());
            QVERIFY(live.ensureLoaded()); // builds and writes the cache
            QVERIFY(!live.info().fromCache);
            access::ArendeService service(*admin);
            domain::Arende a = someArende(*admin);
            a.hushallstyp.clear();
            QVERIFY(service.save(a));
            QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_changes"), qint64(1));
            const qint64 base = queryInt(*admin, "SELECT base_revision FROM analysis_cache");
            admin->lock();
            QVERIFY(!live.isLoaded());
            QVERIFY(admin->unlock(kPw));
            QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_changes"), qint64(0));
            QVERIFY(queryInt(*admin, "SELECT base_revision FROM analysis_cache") > base);
            QVERIFY(live.ensureLoaded());
            QVERIFY(live.info().fromCache);
            QCOMPARE(live.info().cacheChangesApplied, std::size_t(0));
            auto fresh = io::AnalysisData::load(*admin, cat(), {}, nullptr, kNoCache);
            QVERIFY(fresh);
            QVERIFY(sameTables(*fresh, live.snapshot()));
        }
    }

    void erasureDeletesTheCacheInTheSameTransaction()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(io::AnalysisData::load(*admin, cat()));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(1));
        access::ArendeService service(*admin);
        const domain::Arende a = someArende(*admin);
        QVERIFY(service.remove(a.id));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(0));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache_chunks"), qint64(0));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_changes"), qint64(0));
        // Nothing is logged without a cache; the next load builds and caches again.
        domain::Arende b = someArende(*admin);
        b.tidigareKontakt.clear();
        QVERIFY(service.save(b));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_changes"), qint64(0));
        io::SnapshotInfo info;
        auto again = io::AnalysisData::load(*admin, cat(), {}, &info);
        QVERIFY(again);
        QVERIFY(!info.fromCache);
        QVERIFY(!again->hasArende(a.id));
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(1));
        // Gallring of everything old: the cache goes with it.
        auto removed = service.gallra(QDate(2040, 1, 1));
        QVERIFY(removed);
        QVERIFY(*removed > 0);
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache_chunks"), qint64(0));
        // A rolled-back erasure keeps the cache: the trigger ran inside the transaction.
        QVERIFY(io::AnalysisData::load(*admin, cat()));
        {
            auto db = access::StoreDoor::database(*admin);
            QVERIFY(db);
            auto tx = store::sqlite::Transaction::begin((*db)->connection());
            QVERIFY(tx);
            QVERIFY((*db)->connection().exec("DELETE FROM arenden WHERE id = (SELECT max(id) FROM arenden)"));
            QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(0));
            tx->rollback();
        }
        QCOMPARE(queryInt(*admin, "SELECT count(*) FROM analysis_cache"), qint64(1));
    }

    void damagedOrStaleCacheIsRebuilt()
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        auto fresh = io::AnalysisData::load(*admin, cat(), {}, nullptr, kNoCache);
        QVERIFY(fresh);
        QVERIFY(io::AnalysisData::load(*admin, cat()));
        QVERIFY(access::StoreDoor::database(*admin));
        QVERIFY((*access::StoreDoor::database(*admin))
                    ->connection()
                    .exec("UPDATE analysis_cache_chunks SET data = substr(data, 1, length(data) - 3) WHERE seq = 0"));
        io::SnapshotInfo info;
        auto rebuilt = io::AnalysisData::load(*admin, cat(), {}, &info);
        QVERIFY(rebuilt);
        QVERIFY(!info.fromCache);
        QVERIFY(sameTables(*fresh, *rebuilt));
        io::SnapshotInfo after;
        QVERIFY(io::AnalysisData::load(*admin, cat(), {}, &after));
        QVERIFY(after.fromCache); // rewritten by the rebuild
        // Another format version: rebuilt too.
        QVERIFY((*access::StoreDoor::database(*admin))
                    ->connection()
                    .exec("UPDATE analysis_cache SET format_version = 999"));
        io::SnapshotInfo other;
        QVERIFY(io::AnalysisData::load(*admin, cat(), {}, &other));
        QVERIFY(!other.fromCache);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
