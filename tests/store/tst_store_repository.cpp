#include "store/database.h"
#include "store/repository.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;
using domain::Arende;
using domain::Insats;
using domain::Uppfoljning;

namespace {

// Field-by-field comparison with a readable failure (QCOMPARE on whole structs would need
// operator== and would not say which field differs).
QString diff(const Uppfoljning& a, const Uppfoljning& b)
{
    if (a.id != b.id)
        return QStringLiteral("uppfoljning.id");
    if (a.datum != b.datum)
        return QStringLiteral("datum");
    if (a.sip != b.sip)
        return QStringLiteral("sip");
    if (a.maluppfyllelse != b.maluppfyllelse)
        return QStringLiteral("maluppfyllelse");
    if (a.samverkan != b.samverkan)
        return QStringLiteral("samverkan");
    if (a.parallellaInsatser != b.parallellaInsatser)
        return QStringLiteral("parallellaInsatser");
    if (a.genomforande != b.genomforande)
        return QStringLiteral("genomforande");
    if (a.b1a != b.b1a || a.b1b != b.b1b || a.b2 != b.b2 || a.b3 != b.b3 || a.b4 != b.b4 || a.b5 != b.b5)
        return QStringLiteral("brukarfrågor");
    if (a.comments != b.comments)
        return QStringLiteral("uppfoljning.comments");
    return QString();
}

QString diff(const Insats& a, const Insats& b)
{
    if (a.id != b.id)
        return QStringLiteral("insats.id");
    if (a.ksi != b.ksi)
        return QStringLiteral("ksi");
    if (a.catalogVersion != b.catalogVersion)
        return QStringLiteral("catalogVersion");
    if (a.beslutDatum != b.beslutDatum)
        return QStringLiteral("insats.beslutDatum");
    if (a.verkstallandeDatum != b.verkstallandeDatum)
        return QStringLiteral("verkstallandeDatum");
    if (a.avslutDatum != b.avslutDatum)
        return QStringLiteral("avslutDatum");
    if (a.avslutsorsak != b.avslutsorsak)
        return QStringLiteral("avslutsorsak");
    if (a.comments != b.comments)
        return QStringLiteral("insats.comments");
    if (a.uppfoljningar.size() != b.uppfoljningar.size())
        return QStringLiteral("uppfoljningar.size");
    for (int i = 0; i < a.uppfoljningar.size(); ++i) {
        const QString d = diff(a.uppfoljningar[i], b.uppfoljningar[i]);
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

QString diff(const Arende& a, const Arende& b)
{
    if (a.id != b.id)
        return QStringLiteral("id");
    if (a.externalId != b.externalId)
        return QStringLiteral("externalId");
    if (a.personRef != b.personRef)
        return QStringLiteral("personRef");
    if (a.malgrupp != b.malgrupp)
        return QStringLiteral("malgrupp");
    if (a.enhet != b.enhet)
        return QStringLiteral("enhet");
    if (a.owner != b.owner)
        return QStringLiteral("owner");
    if (a.aktualiseringDatum != b.aktualiseringDatum)
        return QStringLiteral("aktualiseringDatum");
    if (a.aktualiseringstyp != b.aktualiseringstyp)
        return QStringLiteral("aktualiseringstyp");
    if (a.aktualiseringsorsak != b.aktualiseringsorsak)
        return QStringLiteral("aktualiseringsorsak");
    if (a.tidigareKontakt != b.tidigareKontakt)
        return QStringLiteral("tidigareKontakt");
    if (a.hushallstyp != b.hushallstyp)
        return QStringLiteral("hushallstyp");
    if (a.problematik != b.problematik)
        return QStringLiteral("problematik");
    if (a.beslutDatum != b.beslutDatum)
        return QStringLiteral("beslutDatum");
    if (a.comments != b.comments)
        return QStringLiteral("comments");
    if (a.insatser.size() != b.insatser.size())
        return QStringLiteral("insatser.size");
    for (int i = 0; i < a.insatser.size(); ++i) {
        const QString d = diff(a.insatser[i], b.insatser[i]);
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

} // namespace

class TestStoreRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    domain::Id newPerson(ArendeRepository& repo, const QString& pid)
    {
        domain::Person p = storetest::makePerson(pid);
        auto id = repo.upsertPerson(p);
        return id ? *id : domain::kNoId;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::create(m_dir.filePath(QStringLiteral("repo%1.folja").arg(++m_counter)),
                                   QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastCreate());
        QVERIFY(db);
        m_db = std::move(*db);
        auto& c = m_db->connection();
        QVERIFY(c.exec("INSERT INTO accounts(name, display_name, roles, created_at) VALUES "
                       "('kalle', 'Kalle', 1, '2024-01-01T00:00:00Z'), ('stina', 'Stina', 1, '2024-01-01T00:00:00Z')"));
    }

    void cleanup() { m_db.reset(); }

    void roundTripEveryField()
    {
        ArendeRepository repo(*m_db);
        const domain::Id person = newPerson(repo, QStringLiteral("198706051234"));
        QVERIFY(person != domain::kNoId);
        Arende original = storetest::makeArende(QStringLiteral("EXT-1"), person, QStringLiteral("kalle"));
        auto id = repo.save(original);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(original.id, *id);
        for (const Insats& i : original.insatser) {
            QVERIFY(i.id != domain::kNoId);
            for (const Uppfoljning& u : i.uppfoljningar)
                QVERIFY(u.id != domain::kNoId);
        }
        auto loaded = repo.load(*id);
        QVERIFY(loaded);
        QCOMPARE(diff(*loaded, original), QString());
        auto byExternal = repo.loadByExternalId(QStringLiteral("EXT-1"));
        QVERIFY(byExternal);
        QCOMPARE(diff(*byExternal, original), QString());

        // Missing answers (bortfall) come back missing, not as something else.
        Arende sparse;
        sparse.personRef = person;
        sparse.owner = QStringLiteral("KALLE"); // account names are case-insensitive
        Insats bare;
        bare.uppfoljningar.append(Uppfoljning());
        sparse.insatser.append(bare);
        QVERIFY(repo.save(sparse));
        auto sparseLoaded = repo.load(sparse.id);
        QVERIFY(sparseLoaded);
        QVERIFY(sparseLoaded->externalId.isEmpty());
        QVERIFY(sparseLoaded->malgrupp.isEmpty());
        QVERIFY(!sparseLoaded->aktualiseringDatum.isValid());
        QCOMPARE(sparseLoaded->owner, QStringLiteral("kalle"));
        QCOMPARE(sparseLoaded->insatser.size(), 1);
        QVERIFY(sparseLoaded->insatser[0].ksi.isEmpty());
        QCOMPARE(sparseLoaded->insatser[0].uppfoljningar.size(), 1);
        QVERIFY(!sparseLoaded->insatser[0].uppfoljningar[0].datum.isValid());
        // Several ärenden without an external id may coexist.
        Arende sparse2 = sparse;
        sparse2.id = domain::kNoId;
        sparse2.insatser.clear();
        QVERIFY(repo.save(sparse2));
    }

    void updateReplacesChildrenAndKeepsOrder()
    {
        ArendeRepository repo(*m_db);
        const domain::Id person = newPerson(repo, QStringLiteral("198706051234"));
        Arende a = storetest::makeArende(QStringLiteral("EXT-U"), person, QStringLiteral("kalle"));
        QVERIFY(repo.save(a));
        const domain::Id firstInsats = a.insatser[0].id;
        // Reverse the insatser, drop an uppföljning, add a new insats, change scalars and lists.
        std::reverse(a.insatser.begin(), a.insatser.end());
        a.insatser[0].uppfoljningar.removeFirst();
        Insats added;
        added.ksi = QStringLiteral("NEW.01.01");
        a.insatser.append(added);
        a.problematik = {QStringLiteral("P1")};
        a.aktualiseringsorsak.clear();
        a.comments.clear();
        a.malgrupp = QStringLiteral("VUX");
        a.owner = QStringLiteral("stina");
        QVERIFY(repo.save(a));
        QCOMPARE(a.insatser[1].id, firstInsats); // existing ids are kept
        QVERIFY(a.insatser[2].id != domain::kNoId);
        auto loaded = repo.load(a.id);
        QVERIFY(loaded);
        QCOMPARE(diff(*loaded, a), QString());
        QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM insatser"), qint64(3));
        QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM uppfoljningar"), qint64(3));

        // Updating an ärende that does not exist.
        Arende ghost = a;
        ghost.id = 999999;
        auto rc = repo.save(ghost);
        QVERIFY(!rc);
        QCOMPARE(rc.error().code, ErrorCode::NotFound);
        QCOMPARE(ghost.id, domain::Id(999999));
    }

    void failedSaveChangesNothing()
    {
        ArendeRepository repo(*m_db);
        const domain::Id person = newPerson(repo, QStringLiteral("198706051234"));
        Arende a = storetest::makeArende(QStringLiteral("EXT-A"), person, QStringLiteral("kalle"));
        QVERIFY(repo.save(a));
        Arende b = storetest::makeArende(QStringLiteral("EXT-A"), person, QStringLiteral("kalle"));
        auto dup = repo.save(b);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(b.id, domain::kNoId);
        QCOMPARE(b.insatser[0].id, domain::kNoId);
        // An insats id belonging to another ärende: the whole save is undone.
        Arende c = storetest::makeArende(QStringLiteral("EXT-C"), person, QStringLiteral("kalle"));
        c.insatser[1].id = a.insatser[0].id;
        auto clash = repo.save(c);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QCOMPARE(*repo.count(), qint64(1));
        QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM insatser"), qint64(2));
        // Unknown owner.
        Arende d = storetest::makeArende(QStringLiteral("EXT-D"), person, QStringLiteral("okänd"));
        auto owner = repo.save(d);
        QVERIFY(!owner);
        QCOMPARE(owner.error().code, ErrorCode::InvalidInput);
    }

    void personsArePseudonymisedAndEncrypted()
    {
        ArendeRepository repo(*m_db);
        domain::Person p = storetest::makePerson(QStringLiteral("198706051234"));
        p.skyddad = true;
        p.idType = domain::PersonIdType::Samordningsnummer;
        QVERIFY(repo.upsertPerson(p));
        domain::Person again = storetest::makePerson(QStringLiteral("198706051234"));
        again.kon = QStringLiteral("1");
        QVERIFY(repo.upsertPerson(again));
        QCOMPARE(again.id, p.id); // same number → same person
        QCOMPARE(*repo.findPerson(QStringLiteral("198706051234")), p.id);
        QCOMPARE(repo.findPerson(QStringLiteral("198706051242")).error().code, ErrorCode::NotFound);

        auto hidden = repo.loadPerson(p.id);
        QVERIFY(hidden);
        QVERIFY(hidden->personId.isEmpty());
        QCOMPARE(hidden->kon, QStringLiteral("1"));
        QCOMPARE(hidden->birthDate, QDate(1987, 6, 5));
        QVERIFY(hidden->ursprung.isEmpty()); // the person's answers are kept per ärende
        QVERIFY(!hidden->skyddad);
        auto shown = repo.loadPerson(p.id, PersonIdAccess::Decrypt);
        QVERIFY(shown);
        QCOMPARE(shown->personId, QStringLiteral("198706051234"));

        auto raw = m_db->connection().prepare("SELECT pseudonym, pnr_enc FROM persons");
        QVERIFY(raw);
        QVERIFY(*raw->step());
        QCOMPARE(raw->columnBlob(0), m_db->pseudonym(QStringLiteral("198706051234")));
        QVERIFY(!raw->columnBlob(1).contains("198706051234"));

        auto all = repo.loadAllPersons();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, p.id);
        QVERIFY(all->first().personId.isEmpty());
        QCOMPARE(all->first().kon, QStringLiteral("1"));
    }

    void deleteCascadesAndRemovesOrphanPerson()
    {
        ArendeRepository repo(*m_db);
        const domain::Id shared = newPerson(repo, QStringLiteral("198706051234"));
        Arende a = storetest::makeArende(QStringLiteral("A"), shared, QStringLiteral("kalle"));
        Arende b = storetest::makeArende(QStringLiteral("B"), shared, QStringLiteral("kalle"));
        QVERIFY(repo.save(a));
        QVERIFY(repo.save(b));
        QVERIFY(repo.remove(a.id));
        auto& c = m_db->connection();
        for (const char* table :
             {"arende_values", "insatser", "insats_values", "uppfoljningar", "uppfoljning_values", "comments"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM ") + table + " WHERE arende_id = " + QByteArray::number(a.id);
            QCOMPARE(*c.queryInt(sql.constData()), qint64(0));
        }
        QVERIFY(repo.loadPerson(shared)); // still used by B
        QVERIFY(repo.remove(b.id));
        QCOMPARE(repo.loadPerson(shared).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(b.id).error().code, ErrorCode::NotFound);
        QCOMPARE(*c.queryInt("SELECT count(*) FROM insatser"), qint64(0));
        QCOMPARE(*c.queryInt("PRAGMA secure_delete"), qint64(1));
    }

    void listsAndCountsByOwner()
    {
        ArendeRepository repo(*m_db);
        domain::Person skyddad = storetest::makePerson(QStringLiteral("200001011234"));
        skyddad.skyddad = true;
        QVERIFY(repo.upsertPerson(skyddad));
        const domain::Id person = newPerson(repo, QStringLiteral("198706051234"));
        for (int i = 0; i < 5; ++i) {
            Arende a = storetest::makeArende(QStringLiteral("K%1").arg(i), i == 0 ? skyddad.id : person,
                                             QStringLiteral("kalle"));
            a.skyddad = i == 0; // kept per ärende
            if (i == 1)
                a.insatser.clear();
            if (i == 2) {
                for (Insats& ins : a.insatser)
                    ins.avslutDatum = QDate(2024, 12, 1);
            }
            QVERIFY(repo.save(a));
        }
        Arende s = storetest::makeArende(QStringLiteral("S1"), person, QStringLiteral("stina"));
        QVERIFY(repo.save(s));
        QCOMPARE(*repo.countByOwner(QStringLiteral("kalle")), qint64(5));
        QCOMPARE(*repo.countByOwner(QStringLiteral("Stina")), qint64(1));
        QCOMPARE(*repo.countByOwner(QStringLiteral("admin")), qint64(0));
        QCOMPARE(*repo.countByOwner(QStringLiteral("ingen")), qint64(0));
        QCOMPARE(*repo.count(), qint64(6));
        QCOMPARE(*repo.ownerOf(s.id), QStringLiteral("stina"));
        auto list = repo.listByOwner(QStringLiteral("kalle"));
        QVERIFY(list);
        QCOMPARE(list->size(), 5);
        for (const ArendeSummary& summary : *list) {
            QCOMPARE(summary.owner, QStringLiteral("kalle"));
            auto full = repo.load(summary.id);
            QVERIFY(full);
            QCOMPARE(summary.externalId, full->externalId);
            QCOMPARE(summary.status, domain::statusOf(*full));
            QCOMPARE(summary.insatsCount, full->insatser.size());
            QCOMPARE(summary.skyddad, full->personRef == skyddad.id);
            QVERIFY(!summary.updatedAt.isEmpty());
        }
        QCOMPARE(repo.listAll()->size(), 6);
        QVERIFY(repo.listByOwner(QStringLiteral("ingen"))->isEmpty());
    }

    void streamingReadMatchesLoads()
    {
        ArendeRepository repo(*m_db);
        QList<ImportRow> rows;
        for (int i = 0; i < 50; ++i) {
            ImportRow row;
            row.person = storetest::makePerson(QStringLiteral("1980010%1").arg(10000 + i % 20));
            row.arende = storetest::makeArende(QStringLiteral("IMP-%1").arg(i), 0,
                                               i % 2 ? QStringLiteral("kalle") : QStringLiteral("stina"));
            row.arende.insatser.resize(i % 4);
            rows.append(row);
        }
        QVERIFY(repo.insertAll(rows));
        QCOMPARE(*repo.count(), qint64(50));
        QCOMPARE(repo.loadAllPersons()->size(), 20);
        // Make ids non-monotonic in ärende order: update an early ärende so its children get new ids.
        Arende first = *repo.load(rows[0].arende.id);
        Insats extra;
        extra.ksi = QStringLiteral("LATE.01.01");
        first.insatser.prepend(extra);
        QVERIFY(repo.save(first));
        rows[0].arende = first;

        int seen = 0;
        domain::Id previous = 0;
        auto rc = repo.forEachArende([&](const Arende& a) {
            if (a.id <= previous)
                return false;
            previous = a.id;
            const Arende& expected = rows[seen].arende;
            if (!diff(a, expected).isEmpty()) {
                qWarning("mismatch in %s", qPrintable(diff(a, expected)));
                return false;
            }
            ++seen;
            return true;
        });
        QVERIFY(rc);
        QCOMPARE(seen, 50);
        auto all = repo.loadAllArenden();
        QVERIFY(all);
        QCOMPARE(all->size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(diff(all->at(i), rows[i].arende), QString());
        // Stopping early.
        int visits = 0;
        QVERIFY(repo.forEachArende([&](const Arende&) { return ++visits < 3; }));
        QCOMPARE(visits, 3);
    }

    void insertAllIsAllOrNothing()
    {
        ArendeRepository repo(*m_db);
        QList<ImportRow> rows;
        for (int i = 0; i < 10; ++i) {
            ImportRow row;
            row.person = storetest::makePerson(QStringLiteral("19800101%1").arg(1000 + i));
            row.arende = storetest::makeArende(QStringLiteral("R-%1").arg(i), 0, QStringLiteral("kalle"));
            rows.append(row);
        }
        rows[7].arende.externalId = QStringLiteral("R-2"); // duplicate
        auto rc = repo.insertAll(rows);
        QVERIFY(!rc);
        QCOMPARE(rc.error().code, ErrorCode::Conflict);
        QCOMPARE(*repo.count(), qint64(0));
        QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM persons"), qint64(0));
        QCOMPARE(rows[0].arende.id, domain::kNoId);
    }

    void settings()
    {
        auto& c = m_db->connection();
        QVERIFY(readSetting(c, QStringLiteral("min_cell"))->isNull());
        QVERIFY(writeSetting(c, QStringLiteral("min_cell"), QStringLiteral("5")));
        QCOMPARE(*readSetting(c, QStringLiteral("min_cell")), QStringLiteral("5"));
        QVERIFY(writeSetting(c, QStringLiteral("min_cell"), QStringLiteral("10")));
        QCOMPARE(*readSetting(c, QStringLiteral("min_cell")), QStringLiteral("10"));
    }
};

QTEST_GUILESS_MAIN(TestStoreRepository)
#include "tst_store_repository.moc"
