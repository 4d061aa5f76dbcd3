// Issue 12: for a reservnummer without a birth date or kön rule, kön and age are entered by hand,
// stored with the person and marked as entered; the analysis uses them. Through ArendeService:
// the form's registerPerson and saveEnteredIdentity, and the import; a value the Person-ID derives
// cannot be overridden; another handläggare cannot enter values through an ärende they cannot see.

#include "access/accounts.h"
#include "access/analysisread.h"
#include "access/arendeservice.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "analysis/snapshot.h"
#include "identity/age.h"
#include "identity/personid.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("handlaggare-pw");
const QString kF = QStringLiteral("KON.FLICKA_KVINNA");
const QString kM = QStringLiteral("KON.POJKE_MAN");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

// A Region Stockholm reservnummer (99ÅÅÅÅNNNNNC): gives neither birth date nor kön.
QString reservnummer(int serial)
{
    const QString base = QStringLiteral("992024%1").arg(serial, 5, 10, QLatin1Char('0'));
    return base + QString::number(identity::PersonId::luhnCheckDigit(QStringView(base).mid(4)));
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

// The (only) person's kön code and birth day number as the analysis snapshot holds them.
std::pair<QString, std::int32_t> analysed(const analysis::Snapshot& s)
{
    const analysis::PersonTable& p = s.persons();
    for (std::size_t r = 1; r < p.rows(); ++r) {
        if (p.alive[r])
            return {p.kon.dict.code(p.kon.data[r]), p.birth[r]};
    }
    return {};
}

} // namespace

class TestEnteredIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_reserv;
    domain::Id m_arende = 0;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s = Session::signIn(m_path, user, kPw, fast());
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("folja.db"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), QStringLiteral("admin-pw"), fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("anna"), {}, Role::Handlaggare, kPw));
        QVERIFY(accounts.add(QStringLiteral("bo"), {}, Role::Handlaggare, kPw));
        created->session.reset();
        m_reserv = reservnummer(42);
        auto parsed = identity::PersonId::parse(m_reserv);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->type(), identity::IdType::Reservnummer);
        QVERIFY(!parsed->birthDate().isValid());
    }

    void enteredByHandIsAcceptedOnlyWhereNothingIsDerived()
    {
        // A reservnummer: entered, marked.
        domain::Person r;
        domain::applyPersonId(r, *identity::PersonId::parse(m_reserv));
        QVERIFY(domain::applyEnteredKonAlder(r, kF, 40, QDate(2024, 5, 1)).isEmpty());
        QCOMPARE(r.kon, kF);
        QVERIFY(r.konEntered);
        QCOMPARE(r.alderEntered, 40);
        QCOMPARE(identity::ageAt(r.birthDate, QDate(2024, 5, 1)), 40);
        QCOMPARE(identity::ageAt(r.birthDate, QDate(2025, 5, 1)), 41); // the analysis counts on from it
        // A personnummer: the derived values stand; a differing entry is refused, an agreeing
        // one changes nothing and is not marked.
        const QString pnr = identity::PersonId::compose(QDate(1980, 5, 5), 123); // odd: Pojke/Man
        domain::Person p;
        domain::applyPersonId(p, *identity::PersonId::parse(pnr));
        domain::Person before = p;
        QVERIFY(!domain::applyEnteredKonAlder(p, kF, -1, QDate(2024, 5, 1)).isEmpty());
        QVERIFY(!domain::applyEnteredKonAlder(p, QString(), 30, QDate(2024, 5, 1)).isEmpty());
        p = before;
        QVERIFY(domain::applyEnteredKonAlder(p, kM, 43, QDate(2024, 5, 1)).isEmpty());
        QVERIFY(domain::sameIdentity(p, before));
        QVERIFY(!p.konEntered);
        QCOMPARE(p.alderEntered, -1);
        // Out of range, or without the date it refers to.
        domain::Person bad;
        QVERIFY(!domain::applyEnteredKonAlder(bad, QString(), 131, QDate(2024, 5, 1)).isEmpty());
        QVERIFY(!domain::applyEnteredKonAlder(bad, QString(), 30, QDate()).isEmpty());
    }

    void formRegistersTheEnteredValuesAndTheAnalysisUsesThem()
    {
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        ArendeService service(*anna);
        domain::Person p;
        domain::applyPersonId(p, *identity::PersonId::parse(m_reserv));
        QVERIFY(domain::applyEnteredKonAlder(p, kF, 40, QDate(2024, 5, 1)).isEmpty());
        auto pid = service.registerPerson(p);
        QVERIFY(pid);
        domain::Arende a = makeArende(QStringLiteral("A-1"), QStringLiteral("anna"), *pid, QDate(2024, 5, 1));
        auto id = service.save(a);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_arende = *id;

        auto stored = service.personOf(m_arende);
        QVERIFY(stored);
        QCOMPARE(stored->kon, kF);
        QVERIFY(stored->konEntered);
        QCOMPARE(stored->alderEntered, 40);
        QCOMPARE(stored->alderEnteredOn, QDate(2024, 5, 1));

        auto snapshot = AnalysisReader(*anna).read({});
        QVERIFY(snapshot);
        const auto [kon, birth] = analysed(*snapshot);
        QCOMPARE(kon, kF);
        QCOMPARE(birth, analysis::dayNumber(domain::estimatedBirthDate(40, QDate(2024, 5, 1))));
    }

    void aLaterEntryUpdatesTheStoredOneAndIsAudited()
    {
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        ArendeService service(*anna);
        auto person = service.personOf(m_arende);
        QVERIFY(person);
        domain::Person entered = *person;
        entered.alderEntered = -1;
        entered.birthDate = QDate();
        QVERIFY(domain::applyEnteredKonAlder(entered, QString(), 41, QDate(2024, 5, 1)).isEmpty());
        QVERIFY(service.saveEnteredIdentity(m_arende, entered));
        auto after = service.personOf(m_arende);
        QCOMPARE(after->alderEntered, 41);
        QCOMPARE(after->kon, kF); // not entered again: kept
        QVERIFY(after->konEntered);
        // Nothing entered: nothing changes.
        domain::Person nothing = *after;
        nothing.konEntered = false;
        nothing.alderEntered = -1;
        QVERIFY(service.saveEnteredIdentity(m_arende, nothing));
        QCOMPARE(service.personOf(m_arende)->alderEntered, 41);
        anna.reset();

        // Bo cannot enter values through Anna's ärende (it looks like a missing one).
        auto bo = signIn(QStringLiteral("bo"));
        QVERIFY(bo);
        domain::Person attempt = entered;
        attempt.alderEntered = -1;
        attempt.birthDate = QDate();
        QVERIFY(domain::applyEnteredKonAlder(attempt, QString(), 70, QDate(2024, 5, 1)).isEmpty());
        auto refused = ArendeService(*bo).saveEnteredIdentity(m_arende, attempt);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        bo.reset();

        auto admin = Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("admin-pw"), fast());
        QVERIFY(admin);
        auto entries = AuditLog(**admin).recent(1000);
        QVERIFY(entries);
        int updates = 0;
        for (const AuditEntry& e : std::as_const(*entries))
            updates += e.action == QLatin1String("person.update") && e.details == QLatin1String("form fields=entered");
        QCOMPARE(updates, 1);
    }

    void importKeepsOrReplacesTheEnteredValues()
    {
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        ArendeService service(*anna);
        // A file without kön and age for the reservnummer: the stored entered values stay.
        ImportItem item;
        domain::applyPersonId(item.person, *identity::PersonId::parse(m_reserv));
        item.arende = makeArende(QStringLiteral("A-2"), QStringLiteral("anna"), domain::kNoId, QDate(2025, 2, 1));
        item.firstRow = 2;
        QList<ImportItem> items{item};
        auto outcome = service.importArenden(items, false, QStringLiteral("a.csv"));
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        auto person = service.personOf(m_arende);
        QCOMPARE(person->alderEntered, 41);
        QCOMPARE(person->kon, kF);
        QVERIFY(person->konEntered);

        // A file that enters them: replaced (kön too), as entered.
        ImportItem again = item;
        again.arende.externalId = QStringLiteral("A-3");
        QVERIFY(domain::applyEnteredKonAlder(again.person, kM, 50, QDate(2025, 2, 1)).isEmpty());
        QList<ImportItem> more{again};
        outcome = service.importArenden(more, false, QStringLiteral("b.csv"));
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        person = service.personOf(m_arende);
        QCOMPARE(person->alderEntered, 50);
        QCOMPARE(person->alderEnteredOn, QDate(2025, 2, 1));
        QCOMPARE(person->kon, kM);
        QVERIFY(person->konEntered);
        auto snapshot = AnalysisReader(*anna).read({});
        QVERIFY(snapshot);
        const auto [kon, birth] = analysed(*snapshot);
        QCOMPARE(kon, kM);
        QCOMPARE(birth, analysis::dayNumber(domain::estimatedBirthDate(50, QDate(2025, 2, 1))));
        anna.reset();

        // The registerutdrag says what was entered, and that the birth date is implied by it.
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("admin-pw"), fast());
        QVERIFY(admin);
        auto extract = ArendeService(**admin).extract(m_reserv, nullptr);
        QVERIFY2(extract, extract ? "" : qPrintable(extract.error().message));
        const QJsonObject p = extract->value(QLatin1String("person")).toObject();
        QVERIFY(p.value(QLatin1String("kon_entered")).toBool());
        QCOMPARE(p.value(QLatin1String("alder_entered")).toInt(), 50);
        QCOMPARE(p.value(QLatin1String("alder_entered_on")).toString(), QStringLiteral("2025-02-01"));
        QVERIFY(p.value(QLatin1String("birth_date_estimated")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestEnteredIdentity)
#include "tst_entered_identity.moc"
