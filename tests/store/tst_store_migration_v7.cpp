// Schema v7 (the import wizard's saved mappings and the accounts allowed to import with them,
// issue 14): a v6 file migrates keeping its data and gains both tables; names are unique without
// regard to case; a failed v7 step leaves the file byte-identical.

#include "store/schema.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestMigrationV7 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeV6(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 6;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        if (storetest::insertOldArende(**db, QStringLiteral("198706051234"), QStringLiteral("A1"), QString(), false) ==
            0)
            return QString();
        return file;
    }

private slots:
    void v6GainsTheMappingTables()
    {
        const QString file = makeV6(QStringLiteral("v6.folja"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion); // and on through later steps
        QVERIFY((*db)->integrityCheck());
        sqlite::Connection& conn = (*db)->connection();
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM arenden"), qint64(1)); // data kept
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM import_mappings"), qint64(0));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM import_rights"), qint64(0));
        QVERIFY(conn.exec("INSERT INTO import_mappings(name, mapping_json, created_by, created_at, updated_at) "
                          "VALUES ('Treserva-uttag', '{}', 'admin', 'x', 'x')"));
        QVERIFY(!conn.exec("INSERT INTO import_mappings(name, mapping_json, created_by, created_at, updated_at) "
                           "VALUES ('TRESERVA-UTTAG', '{}', 'admin', 'x', 'x')")); // unique, any case
        // A right goes with its account.
        QVERIFY(conn.exec("INSERT INTO import_rights(account_id, granted_by, granted_at) "
                          "SELECT id, 'admin', 'x' FROM accounts LIMIT 1"));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM import_rights"), qint64(1));
    }

    void failedV7LeavesFileUnchanged()
    {
        const QString file = makeV6(QStringLiteral("fail.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            QCOMPARE(steps[6].toVersion, 7);
            const auto real = steps[6].apply;
            steps[6].apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), 7, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 6);
            QVERIFY(!(*db)->connection().prepare("SELECT id FROM import_mappings")); // no such table
        }
        QCOMPARE(storetest::snapshot(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV7)
#include "tst_store_migration_v7.moc"
