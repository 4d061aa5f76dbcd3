// Issue 10, "A person is not a shared door": a person's answers (ursprung, skyddad) are kept per
// ärende. A handläggare who registers or imports an ärende for a person already known under
// another's ärende neither sees nor changes the other's answers — not in the form (personOf), not
// in their own analysis, not by saving or importing; every change is audited per ärende.

#include "access/accounts.h"
#include "access/analysisread.h"
#include "access/arendeservice.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "analysis/snapshot.h"
#include "identity/personid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kAnnaPw = QStringLiteral("anna-password");
const QString kBoPw = QStringLiteral("bo-password");
const QString kX = QStringLiteral("U3");
const QString kY = QStringLiteral("U5");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

domain::Arende makeArende(const QString& externalId, const QString& owner, domain::Id person, QDate akt)
{
    domain::Arende a;
    a.externalId = externalId;
    a.owner = owner;
    a.personRef = person;
    a.malgrupp = QStringLiteral("VUX");
    a.aktualiseringDatum = akt;
    return a;
}

// How many ärenden, and how many persons, carry `code` as ursprung in a snapshot.
std::pair<int, int> ursprungCount(const analysis::Snapshot& s, const QString& code)
{
    int arenden = 0;
    const analysis::ArendeTable& a = s.arenden();
    const std::uint16_t ac = a.ursprung.dict.find(code);
    for (std::size_t r = 0; r < a.rows(); ++r)
        arenden += a.alive[r] && ac != 0 && a.ursprung.data[r] == ac;
    int persons = 0;
    const analysis::PersonTable& p = s.persons();
    const std::uint16_t pc = p.ursprung.dict.find(code);
    for (std::size_t r = 0; r < p.rows(); ++r)
        persons += p.alive[r] && pc != 0 && p.ursprung.data[r] == pc;
    return {arenden, persons};
}

} // namespace

class TestPersonAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_pnr;
    domain::Id m_annaArende = 0;
    domain::Id m_boArende = 0;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s = Session::signIn(m_path, user, user == QLatin1String("anna") ? kAnnaPw : kBoPw, fast());
        return s ? std::move(s).value() : nullptr;
    }

    QString ursprungSeenBy(const QString& user, domain::Id arende)
    {
        auto s = signIn(user);
        if (!s)
            return QStringLiteral("<no session>");
        ArendeService service(*s);
        auto person = service.personOf(arende);
        return person ? person->ursprung : QStringLiteral("<error>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("folja.db"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), QStringLiteral("admin-pw"), fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("anna"), {}, Role::Handlaggare, kAnnaPw));
        QVERIFY(accounts.add(QStringLiteral("bo"), {}, Role::Handlaggare, kBoPw));
        created->session.reset();
        m_pnr = identity::PersonId::compose(QDate(1980, 5, 5), 123);

        // Anna registers P with ursprung X (the form puts the person's answers on the ärende).
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        ArendeService annaService(*anna);
        domain::Person p;
        p.personId = m_pnr;
        p.ursprung = kX;
        p.skyddad = true;
        auto pid = annaService.registerPerson(p);
        QVERIFY(pid);
        domain::Arende a = makeArende(QStringLiteral("A-1"), QStringLiteral("anna"), *pid, QDate(2020, 1, 1));
        a.ursprung = kX;
        a.skyddad = true;
        auto id = annaService.save(a);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_annaArende = *id;
    }

    void anotherHandlaggareSeesNoAnswers()
    {
        auto bo = signIn(QStringLiteral("bo"));
        QVERIFY(bo);
        ArendeService service(*bo);
        domain::Person p;
        p.personId = m_pnr;
        auto pid = service.registerPerson(p); // the same person: found, not changed
        QVERIFY(pid);
        domain::Arende b = makeArende(QStringLiteral("B-1"), QStringLiteral("bo"), *pid, QDate(2021, 1, 1));
        auto id = service.save(b);
        QVERIFY(id);
        m_boArende = *id;

        auto person = service.personOf(m_boArende);
        QVERIFY(person);
        QVERIFY(person->ursprung.isEmpty());
        QVERIFY(!person->skyddad);
        QVERIFY(service.get(m_boArende)->ursprung.isEmpty());
        auto list = service.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(!list->first().skyddad);

        // Bo's own analysis: X is not counted, neither per ärende nor per person.
        AnalysisReader reader(*bo);
        auto snapshot = reader.read({});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->stats().arenden, std::size_t(1));
        QCOMPARE(ursprungCount(*snapshot, kX), std::make_pair(0, 0));
        bo.reset(); // one session on the file at a time

        // Anna's: X, once per ärende and once per person.
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        auto annaSnapshot = AnalysisReader(*anna).read({});
        QVERIFY(annaSnapshot);
        QCOMPARE(ursprungCount(*annaSnapshot, kX), std::make_pair(1, 1));
        auto annaPerson = ArendeService(*anna).personOf(m_annaArende);
        QVERIFY(annaPerson);
        QCOMPARE(annaPerson->ursprung, kX);
        QVERIFY(annaPerson->skyddad);
    }

    void savingChangesOnlyOwnArende()
    {
        {
            auto bo = signIn(QStringLiteral("bo"));
            QVERIFY(bo);
            ArendeService service(*bo);
            auto b = service.get(m_boArende);
            QVERIFY(b);
            b->ursprung = kY;
            QVERIFY(service.save(*b));
            QCOMPARE(service.personOf(m_boArende)->ursprung, kY);
        }
        QCOMPARE(ursprungSeenBy(QStringLiteral("anna"), m_annaArende), kX);
        QCOMPARE(ursprungSeenBy(QStringLiteral("bo"), m_boArende), kY);
    }

    void importChangesOnlyOwnArende()
    {
        auto bo = signIn(QStringLiteral("bo"));
        QVERIFY(bo);
        ArendeService service(*bo);
        QList<ImportItem> items;
        for (const QString& ext : {QStringLiteral("B-1"), QStringLiteral("B-2")}) {
            ImportItem item;
            item.person.personId = m_pnr;
            item.person.ursprung = QStringLiteral("U1");
            item.arende = makeArende(ext, QStringLiteral("bo"), domain::kNoId, QDate(2022, 1, 1));
            item.firstRow = items.size() + 2;
            items.append(item);
        }
        auto outcome = service.importArenden(items, false, QStringLiteral("test.csv"));
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->created, 1);
        QCOMPARE(outcome->updated, 1);
        QCOMPARE(service.personOf(m_boArende)->ursprung, QStringLiteral("U1"));
        bo.reset();
        QCOMPARE(ursprungSeenBy(QStringLiteral("anna"), m_annaArende), kX);

        // The change of the answer in Bo's stored ärende is audited on that ärende.
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("admin-pw"), fast());
        QVERIFY(admin);
        auto entries = AuditLog(**admin).recent(1000);
        QVERIFY(entries);
        bool found = false;
        for (const AuditEntry& e : std::as_const(*entries))
            found = found || (e.action == QLatin1String("person.update") &&
                              e.details == QLatin1String("import fields=ursprung"));
        QVERIFY(found);

        // Registerutdrag: the answers per ärende.
        auto extract = ArendeService(**admin).extract(m_pnr, nullptr);
        QVERIFY(extract);
        QVERIFY(!extract->value(QLatin1String("person")).toObject().contains(QLatin1String("ursprung")));
        QStringList seen;
        for (const QJsonValue& a : extract->value(QLatin1String("arenden")).toArray())
            seen.append(a.toObject().value(QLatin1String("ursprung")).toString());
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("U1"), QStringLiteral("U1"), kX}));
    }
};

QTEST_GUILESS_MAIN(TestPersonAnswers)
#include "tst_person_answers.moc"
