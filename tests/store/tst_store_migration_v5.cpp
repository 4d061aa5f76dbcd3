// Schema v5 (a person's answers kept per ärende, issue 10): a v4 file migrates with every ärende
// carrying its person's ursprung and skydd, the person rows no longer holding them; a failed v5
// step leaves the file byte-identical.

#include "store/repository.h"
#include "store/schema.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestMigrationV5 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Two persons: P1 (ursprung U3, skyddad) with two ärenden, P2 (no ursprung) with one.
    QString makeV4(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 4;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        const QString p1 = QStringLiteral("198706051234");
        const QString p2 = QStringLiteral("199001011230");
        if (storetest::insertOldArende(**db, p1, QStringLiteral("A1"), QStringLiteral("U3"), true) == 0 ||
            storetest::insertOldArende(**db, p1, QStringLiteral("A2"), QStringLiteral("U3"), true) == 0 ||
            storetest::insertOldArende(**db, p2, QStringLiteral("B1"), QString(), false) == 0)
            return QString();
        return file;
    }

private slots:
    void v4MigratesPersonAnswersToEveryArende()
    {
        const QString file = makeV4(QStringLiteral("v4.folja"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion); // and on through the later steps
        QVERIFY((*db)->integrityCheck());
        sqlite::Connection& conn = (*db)->connection();
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM arenden"), qint64(3));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM persons"), qint64(2));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM insatser"), qint64(6));
        // Nothing is left in the person rows to be read through another's ärende.
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM persons WHERE ursprung IS NOT NULL OR skyddad <> 0"), qint64(0));

        ArendeRepository repo(**db);
        for (const char* ext : {"A1", "A2"}) {
            auto a = repo.loadByExternalId(QString::fromLatin1(ext));
            QVERIFY(a);
            QCOMPARE(a->ursprung, QStringLiteral("U3"));
            QVERIFY(a->skyddad);
            QCOMPARE(a->insatser.size(), 2);
        }
        auto b = repo.loadByExternalId(QStringLiteral("B1"));
        QVERIFY(b);
        QVERIFY(b->ursprung.isEmpty());
        QVERIFY(!b->skyddad);
        auto person = repo.loadPerson(b->personRef);
        QVERIFY(person);
        QVERIFY(person->ursprung.isEmpty());

        // After the migration each ärende's answers are its own.
        auto a1 = repo.loadByExternalId(QStringLiteral("A1"));
        QVERIFY(a1);
        a1->ursprung = QStringLiteral("U1");
        a1->skyddad = false;
        QVERIFY(repo.save(*a1));
        auto a2 = repo.loadByExternalId(QStringLiteral("A2"));
        QVERIFY(a2);
        QCOMPARE(a2->ursprung, QStringLiteral("U3"));
        QVERIFY(a2->skyddad);
        QCOMPARE(repo.loadByExternalId(QStringLiteral("A1"))->ursprung, QStringLiteral("U1"));
    }

    void failedV5LeavesFileUnchanged()
    {
        const QString file = makeV4(QStringLiteral("fail.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            QCOMPARE(steps[4].toVersion, 5);
            const auto real = steps[4].apply;
            steps[4].apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), 5, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 4);
            QVERIFY(!(*db)->connection().prepare("SELECT ursprung, skyddad FROM arenden")); // no such columns
            QCOMPARE(*(*db)->connection().queryInt("SELECT count(*) FROM persons WHERE ursprung = 'U3'"), qint64(1));
        }
        QCOMPARE(storetest::snapshot(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV5)
#include "tst_store_migration_v5.moc"
