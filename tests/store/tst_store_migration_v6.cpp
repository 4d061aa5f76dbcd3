// Schema v6 (kön and age entered by hand where the Person-ID gives none, issue 12): a v5 file
// migrates with every person marked as derived; entered values round-trip through the
// repository, marked as entered; a failed v6 step leaves the file byte-identical.

#include "identity/age.h"
#include "store/repository.h"
#include "store/schema.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestMigrationV6 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeV5(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 5;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        if (storetest::insertOldArende(**db, QStringLiteral("198706051234"), QStringLiteral("A1"), QString(), false) ==
                0 ||
            storetest::insertOldArende(**db, QStringLiteral("199001011230"), QStringLiteral("B1"), QString(), false) ==
                0)
            return QString();
        return file;
    }

private slots:
    void v5MigratesEveryPersonAsDerived()
    {
        const QString file = makeV5(QStringLiteral("v5.folja"));
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion); // and on through the later steps
        QVERIFY((*db)->integrityCheck());
        sqlite::Connection& conn = (*db)->connection();
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM persons"), qint64(2));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM persons WHERE kon_entered = 0 AND alder_entered IS NULL AND "
                                "alder_entered_on IS NULL"),
                 qint64(2));
        QCOMPARE(*conn.queryInt("SELECT count(*) FROM persons WHERE kon = '2' AND birth_date = '1987-06-05'"),
                 qint64(2)); // what was there is kept
        ArendeRepository repo(**db);
        auto a = repo.loadByExternalId(QStringLiteral("A1"));
        QVERIFY(a);
        auto person = repo.loadPerson(a->personRef);
        QVERIFY(person);
        QVERIFY(!person->konEntered);
        QCOMPARE(person->alderEntered, -1);
        // An entered age outside 0..130 cannot be stored.
        QVERIFY(!conn.exec("UPDATE persons SET alder_entered = 131"));
    }

    void enteredValuesRoundTrip()
    {
        auto db = Database::create(m_dir.filePath(QStringLiteral("entered.folja")), QStringLiteral("admin"),
                                   QStringLiteral("pw"), fastCreate());
        QVERIFY(db);
        ArendeRepository repo(**db);
        domain::Person p;
        p.personId = QStringLiteral("992024123456");
        p.idType = domain::PersonIdType::Reservnummer;
        QVERIFY(domain::applyEnteredKonAlder(p, QStringLiteral("KON.POJKE_MAN"), 34, QDate(2025, 3, 1)).isEmpty());
        auto id = repo.upsertPerson(p);
        QVERIFY(id);
        auto back = repo.loadPerson(*id);
        QVERIFY(back);
        QCOMPARE(back->kon, QStringLiteral("KON.POJKE_MAN"));
        QVERIFY(back->konEntered);
        QCOMPARE(back->alderEntered, 34);
        QCOMPARE(back->alderEnteredOn, QDate(2025, 3, 1));
        QCOMPARE(back->birthDate, QDate(1990, 9, 1)); // 2025-03-01 − 34 years − 6 months
        QCOMPARE(identity::ageAt(back->birthDate, QDate(2025, 3, 1)), 34);
        auto all = repo.loadAllPersons();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QVERIFY(domain::sameIdentity(all->first(), *back));

        // Saved again without entered values (a later file or form): the merge keeps them.
        domain::Person plain;
        plain.personId = p.personId;
        plain.idType = domain::PersonIdType::Reservnummer;
        domain::Person merged = domain::mergeEnteredIdentity(*back, plain);
        QVERIFY(domain::sameIdentity(merged, *back));
        QVERIFY(repo.upsertPerson(merged));
        QVERIFY(domain::sameIdentity(*repo.loadPerson(*id), *back));
        // A new entry replaces the old one.
        domain::Person again = plain;
        QVERIFY(domain::applyEnteredKonAlder(again, QString(), 35, QDate(2026, 3, 1)).isEmpty());
        merged = domain::mergeEnteredIdentity(*back, again);
        QCOMPARE(merged.kon, QStringLiteral("KON.POJKE_MAN"));
        QCOMPARE(merged.alderEntered, 35);
        QVERIFY(repo.upsertPerson(merged));
        QCOMPARE(repo.loadPerson(*id)->alderEnteredOn, QDate(2026, 3, 1));
    }

    void failedV6LeavesFileUnchanged()
    {
        const QString file = makeV5(QStringLiteral("fail.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            QCOMPARE(steps[5].toVersion, 6);
            const auto real = steps[5].apply;
            steps[5].apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), 6, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 5);
            QVERIFY(!(*db)->connection().prepare("SELECT kon_entered FROM persons")); // no such column
        }
        QCOMPARE(storetest::snapshot(file), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrationV6)
#include "tst_store_migration_v6.moc"
