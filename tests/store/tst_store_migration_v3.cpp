// Schema v3 (the persisted analysis snapshot and its change log): a v2 file migrates without
// losing anything; a failed v3 step leaves the file byte-identical; the triggers log writes only
// while a cache exists and drop the cache with any deletion.

#include "store/analysiscache.h"
#include "store/repository.h"
#include "store/schema.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestMigrationV3 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString makeV2(const QString& name)
    {
        const QString file = path(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 2;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        // Plain SQL: the repository writes the current schema only.
        for (int k = 0; k < 3; ++k) {
            if (!storetest::insertPreV4((*db)->connection(), QStringLiteral("V2-%1").arg(k), k))
                return QString();
        }
        return file;
    }

    static QList<qint64> counts(Database& db)
    {
        QList<qint64> out;
        for (const char* sql :
             {"SELECT count(*) FROM persons", "SELECT count(*) FROM arenden", "SELECT count(*) FROM arende_values",
              "SELECT count(*) FROM insatser", "SELECT count(*) FROM insats_values",
              "SELECT count(*) FROM uppfoljningar", "SELECT count(*) FROM uppfoljning_values",
              "SELECT count(*) FROM comments", "SELECT count(*) FROM accounts", "SELECT count(*) FROM audit_log"})
            out.append(*db.connection().queryInt(sql));
        return out;
    }

private slots:
    void v2MigratesWithNothingLost()
    {
        const QString file = makeV2(QStringLiteral("v2.folja"));
        QVERIFY(!file.isEmpty());
        QList<qint64> before;
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 2);
            before = counts(**db);
        }
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(counts(**db), before);
        QVERIFY((*db)->integrityCheck());
        sqlite::Connection& conn = (*db)->connection();
        for (const char* table : {"analysis_cache", "analysis_cache_chunks", "analysis_changes"}) {
            auto st = conn.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
            QVERIFY(st);
            st->bind(1, QString::fromLatin1(table));
            QVERIFY(*st->step());
            QCOMPARE(st->columnInt64(0), qint64(1));
        }
        ArendeRepository repo(**db);
        auto a = repo.loadByExternalId(QStringLiteral("V2-1"));
        QVERIFY(a);
        QCOMPARE(a->insatser.size(), 2);

        // No cache: nothing logged. With a cache: every ärende write is logged, in its transaction.
        QVERIFY(repo.save(*a));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM analysis_changes"), qint64(0));
        auto written = AnalysisCache::write(conn, 0, 1, [](const AnalysisCache::ChunkWriter& out) {
            return out(QByteArray("abc")) && out(QByteArray("def"));
        });
        QVERIFY(written);
        QCOMPARE(*written, qint64(6));
        QVERIFY(repo.save(*a));
        QVERIFY(repo.save(*a));
        auto changes = AnalysisCache::changedSince(conn, 0, 10);
        QVERIFY(changes && *changes);
        QCOMPARE(**changes, QList<qint64>{a->id});
        QCOMPARE(*AnalysisCache::currentRevision(conn), qint64(2));
        // A new cache at revision 2 prunes the log; the revision is never reused.
        QVERIFY(AnalysisCache::write(conn, 2, 1, [](const AnalysisCache::ChunkWriter& out) { return out("x"); }));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM analysis_changes"), qint64(0));
        QVERIFY(repo.save(*a));
        QCOMPARE(*conn.queryInt("SELECT max(revision) FROM analysis_changes"), qint64(3));
        auto reader = AnalysisCache::Reader::open(conn);
        QVERIFY(reader);
        QByteArray chunk;
        QVERIFY(reader->next(chunk));
        QCOMPARE(chunk, QByteArray("x"));
        QVERIFY(!reader->next(chunk));
        // A deletion drops the cache and the log.
        QVERIFY(repo.remove(a->id));
        QVERIFY(!*AnalysisCache::header(conn));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM analysis_cache_chunks"), qint64(0));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM analysis_changes"), qint64(0));
    }

    void failedV3LeavesFileUnchanged()
    {
        const QString file = makeV2(QStringLiteral("fail.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            const auto real = steps[2].apply;
            QCOMPARE(steps[2].toVersion, 3);
            steps[2].apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), schema::kCurrentVersion, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 2);
            QCOMPARE(*(*db)->connection().queryInt("SELECT count(*) FROM sqlite_master WHERE name LIKE 'analysis%'"),
                     qint64(0));
        }
        QCOMPARE(storetest::snapshot(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV3)
#include "tst_store_migration_v3.moc"
