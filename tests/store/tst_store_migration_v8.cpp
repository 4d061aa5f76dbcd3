// Schema v8 (exchange packages, issue 13): a v7 file migrates with an empty exchange_state; a row
// goes with its ärende (ON DELETE CASCADE) and a stable id is unique and 32 characters long; a
// failed v8 step leaves the file byte-identical.

#include "store/repository.h"
#include "store/schema.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestMigrationV8 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeV7(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 7;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        if (storetest::insertOldArende(**db, QStringLiteral("198706051234"), QStringLiteral("A1"), QString(), false) ==
            0)
            return QString();
        return file;
    }

private slots:
    void v7MigratesWithAnEmptyState()
    {
        const QString file = makeV7(QStringLiteral("v7.folja"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
        QVERIFY((*db)->integrityCheck());
        sqlite::Connection& conn = (*db)->connection();
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM exchange_state"), qint64(0));
        const qint64 arende = *conn.queryInt("SELECT id FROM arenden");

        const QString stable = QStringLiteral("0123456789abcdef0123456789abcdef");
        auto insert = [&conn](qint64 id, const QString& stableId) {
            auto st = conn.prepare("INSERT INTO exchange_state(arende_id, stable_id, base_hash) VALUES (?, ?, ?)");
            return st && st->bind(1, id).bind(2, stableId).bind(3, QByteArray(32, 'h')).run();
        };
        QVERIFY(insert(arende, stable));
        // A stable id is unique, 32 characters, and belongs to an existing ärende.
        QVERIFY(!insert(arende, stable));
        QVERIFY(!insert(999, QStringLiteral("fedcba9876543210fedcba9876543210")));
        QVERIFY(!insert(arende, QStringLiteral("short")));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM exchange_state"), qint64(1));

        // Radering of the ärende takes its exchange state with it.
        ArendeRepository repo(**db);
        QVERIFY(repo.remove(arende));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM exchange_state"), qint64(0));
    }

    void failedV8LeavesFileUnchanged()
    {
        const QString file = makeV7(QStringLiteral("fail.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            QCOMPARE(steps[7].toVersion, 8);
            const auto real = steps[7].apply;
            steps[7].apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), 8, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 7);
            QVERIFY(!(*db)->connection().prepare("SELECT stable_id FROM exchange_state")); // no such table
        }
        QCOMPARE(storetest::snapshot(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV8)
#include "tst_store_migration_v8.moc"
