// Schema v4 and the Cell Key Method's record keys (analysis/cellkey.h): a v3 file migrates with a
// random key on every record and keeps suppression; a failed v4 step leaves the file byte-identical;
// a new record gets a key and keeps it through edits, re-saves under kept ids (what an import
// does), reordering and moves; new children get new keys.

#include "store/database.h"
#include "store/repository.h"
#include "store/schema.h"
#include "storetestutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;

class TestRecordKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString makeV3(const QString& name, int arenden)
    {
        const QString file = path(name);
        CreateOptions options = fastCreate();
        options.schemaVersionForTests = 3;
        auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
        if (!db)
            return QString();
        // Plain SQL: the repository writes the current schema only.
        for (int k = 0; k < arenden; ++k) {
            if (!storetest::insertPreV4((*db)->connection(), QStringLiteral("V3-%1").arg(k), k))
                return QString();
        }
        return file;
    }

    static QList<qint64> column(Database& db, const char* sql)
    {
        QList<qint64> out;
        auto st = db.connection().prepare(sql);
        if (!st)
            return out;
        for (;;) {
            auto more = st->step();
            if (!more || !*more)
                break;
            out.append(st->columnInt64(0));
        }
        return out;
    }

private slots:
    void v3MigratesWithRandomKeysAndKeepsSuppression()
    {
        const QString file = makeV3(QStringLiteral("v3.folja"), 12);
        QVERIFY(!file.isEmpty());
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
        QVERIFY((*db)->integrityCheck());
        QList<qint64> all;
        for (const char* sql : {"SELECT record_key FROM persons", "SELECT record_key FROM arenden",
                                "SELECT record_key FROM insatser", "SELECT record_key FROM uppfoljningar"}) {
            const QList<qint64> keys = column(**db, sql);
            QVERIFY2(!keys.isEmpty(), sql);
            all += keys;
        }
        for (qint64 key : all)
            QVERIFY(key >= 0 && key <= 255);
        // Random, not a constant default: 12+12+24+… keys from 256 values take many values.
        QVERIFY2(QSet<qint64>(all.cbegin(), all.cend()).size() > all.size() / 3,
                 qPrintable(QStringLiteral("%1 distinct of %2")
                                .arg(QSet<qint64>(all.cbegin(), all.cend()).size())
                                .arg(all.size())));
        auto method = readSetting((*db)->connection(), QStringLiteral("protection_method"));
        QVERIFY(method);
        QCOMPARE(*method, QStringLiteral("suppression"));
        // The keys reach the records and the analysis read.
        ArendeRepository repo(**db);
        auto a = repo.loadByExternalId(QStringLiteral("V3-3"));
        QVERIFY(a);
        const QByteArray sql = "SELECT record_key FROM arenden WHERE id = " + QByteArray::number(a->id);
        const qint64 stored = *(*db)->connection().queryInt(sql.constData());
        QCOMPARE(qint64(a->recordKey), stored);
    }

    void newDatabaseHasNoProtectionSetting()
    {
        auto db = Database::create(path(QStringLiteral("new.folja")), QStringLiteral("admin"), QStringLiteral("pw"),
                                   fastCreate());
        QVERIFY(db);
        auto method = readSetting((*db)->connection(), QStringLiteral("protection_method"));
        QVERIFY(method);
        QVERIFY(method->isNull()); // the default applies: the Cell Key Method (access/settings.h)
    }

    void failedV4LeavesFileUnchanged()
    {
        const QString file = makeV3(QStringLiteral("fail.folja"), 3);
        QVERIFY(!file.isEmpty());
        const QStringList before = storetest::snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QList<schema::Migration> steps = schema::builtinMigrations();
            const auto at = std::find_if(steps.begin(), steps.end(), [](const auto& m) { return m.toVersion == 4; });
            QVERIFY(at != steps.end());
            const auto real = at->apply;
            at->apply = [real](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = real(conn); !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            QVERIFY(!schema::migrate((*db)->connection(), schema::kCurrentVersion, steps));
            QCOMPARE(*schema::userVersion((*db)->connection()), 3);
            auto columns = (*db)->connection().queryInt(
                "SELECT count(*) FROM pragma_table_info('arenden') WHERE name = 'record_key'");
            if (columns) // pragma table-valued functions need SQLite 3.16; the snapshot below decides
                QCOMPARE(*columns, qint64(0));
        }
        QCOMPARE(storetest::snapshot(file), before);
    }

    void keysSurviveEditReorderAndResave()
    {
        auto db = Database::create(path(QStringLiteral("keys.folja")), QStringLiteral("admin"), QStringLiteral("pw"),
                                   fastCreate());
        QVERIFY(db);
        ArendeRepository repo(**db);
        domain::Person p = storetest::makePerson(QStringLiteral("198706051234"));
        QVERIFY(repo.upsertPerson(p));
        const int personKey = p.recordKey;
        domain::Arende a = storetest::makeArende(QStringLiteral("K-1"), p.id, QStringLiteral("admin"));
        QVERIFY(a.insatser.size() >= 2);
        QVERIFY(repo.save(a));
        auto first = repo.load(a.id);
        QVERIFY(first);
        // save() wrote the keys it drew back into the record.
        QCOMPARE(first->recordKey, a.recordKey);
        QHash<domain::Id, int> insatsKeys;
        QHash<domain::Id, int> uppfKeys;
        for (const domain::Insats& i : first->insatser) {
            insatsKeys.insert(i.id, i.recordKey);
            for (const domain::Uppfoljning& u : i.uppfoljningar)
                uppfKeys.insert(u.id, u.recordKey);
        }
        QVERIFY(!uppfKeys.isEmpty());

        // An edit that reorders the insatser, changes values, drops one insats and adds one, and
        // tries to set keys (the store ignores them).
        domain::Arende edited = *first;
        std::reverse(edited.insatser.begin(), edited.insatser.end());
        edited.enhet = QStringLiteral("Enhet Syd");
        edited.recordKey = (first->recordKey + 1) % 256;
        edited.insatser.first().recordKey = (edited.insatser.first().recordKey + 7) % 256;
        edited.insatser.first().beslutDatum = edited.insatser.first().beslutDatum.addDays(1);
        const domain::Id dropped = edited.insatser.last().id;
        edited.insatser.removeLast();
        domain::Insats fresh;
        fresh.ksi = QStringLiteral("YAC.25.ZZ");
        fresh.beslutDatum = QDate(2024, 3, 1);
        edited.insatser.append(fresh);
        QVERIFY(repo.save(edited));
        // The owner moved (what moveArenden does) and the ärende saved again, as a re-import of
        // the same arende_id does after merging (ids kept).
        QVERIFY((*db)->connection().exec("UPDATE arenden SET owner_account_id = owner_account_id"));
        auto again = repo.load(a.id);
        QVERIFY(again);
        QVERIFY(repo.save(*again));
        auto last = repo.load(a.id);
        QVERIFY(last);
        QCOMPARE(last->recordKey, first->recordKey);
        int kept = 0;
        for (const domain::Insats& i : last->insatser) {
            QVERIFY(i.id != dropped);
            if (insatsKeys.contains(i.id)) {
                QCOMPARE(i.recordKey, insatsKeys.value(i.id));
                ++kept;
            }
            for (const domain::Uppfoljning& u : i.uppfoljningar) {
                if (uppfKeys.contains(u.id))
                    QCOMPARE(u.recordKey, uppfKeys.value(u.id));
            }
        }
        QCOMPARE(kept, static_cast<int>(first->insatser.size()) - 1);
        // The new insats got a key of its own, stored.
        const domain::Insats& added = last->insatser.last();
        QVERIFY(!insatsKeys.contains(added.id));
        const QByteArray sql = "SELECT record_key FROM insatser WHERE id = " + QByteArray::number(added.id);
        QCOMPARE(qint64(added.recordKey), *(*db)->connection().queryInt(sql.constData()));
        // The person saved again keeps its key.
        domain::Person same = storetest::makePerson(QStringLiteral("198706051234"));
        same.ursprung = QStringLiteral("U1");
        QVERIFY(repo.upsertPerson(same));
        QCOMPARE(same.recordKey, personKey);
        auto loaded = repo.loadPerson(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->recordKey, personKey);
    }

    void keysAreSpreadOverTheRange()
    {
        auto db = Database::create(path(QStringLiteral("spread.folja")), QStringLiteral("admin"), QStringLiteral("pw"),
                                   fastCreate());
        QVERIFY(db);
        ArendeRepository repo(**db);
        QList<ImportRow> rows;
        for (int k = 0; k < 400; ++k) {
            ImportRow row;
            row.person = storetest::makePerson(QStringLiteral("1987%1").arg(k, 8, 10, QLatin1Char('0')));
            row.arende = storetest::makeArende(QStringLiteral("S-%1").arg(k), domain::kNoId, QStringLiteral("admin"));
            rows.append(row);
        }
        QVERIFY(repo.insertAll(rows));
        const QList<qint64> keys = column(**db, "SELECT record_key FROM arenden");
        QCOMPARE(keys.size(), 400);
        // Uniform 0..255: each quarter of the range holds about 100 of 400 keys.
        int quarters[4] = {};
        for (qint64 key : keys) {
            QVERIFY(key >= 0 && key <= 255);
            ++quarters[key / 64];
        }
        for (int q : quarters)
            QVERIFY2(q > 60 && q < 140, qPrintable(QString::number(q)));
    }
};

QTEST_GUILESS_MAIN(TestRecordKeys)
#include "tst_store_recordkeys.moc"
