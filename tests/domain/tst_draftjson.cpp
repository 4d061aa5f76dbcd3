// The (de)serialisation of the domain records for drafts (domain/draftjson.h) and the one place a
// Person takes its derived fields from a Person-ID (domain::applyPersonId, from identity).

#include "domain/draftjson.h"
#include "domain/records.h"
#include "identity/personid.h"

#include <QJsonArray>
#include <QTest>

using namespace folja;

namespace {

domain::Arende fullArende()
{
    domain::Uppfoljning u;
    u.id = 31;
    u.datum = QDate(2026, 3, 2);
    u.sip = QStringLiteral("SIP.JA");
    u.maluppfyllelse = QStringLiteral("MAL.DELVIS");
    u.samverkan = {QStringLiteral("SAM.SKOLA"), QStringLiteral("SAM.BUP")};
    u.parallellaInsatser = QStringLiteral("PAR.NEJ");
    u.genomforande = QStringLiteral("GEN.SOM_PLANERAT");
    u.b1a = QStringLiteral("B1A");
    u.b1b = QStringLiteral("B1B");
    u.b2 = QStringLiteral("B2");
    u.b3 = QStringLiteral("B3");
    u.b4 = QStringLiteral("B4");
    u.b5 = QStringLiteral("B5");
    u.comments.insert(QStringLiteral("sip"), QStringLiteral("planerad i maj"));
    domain::Insats i;
    i.id = 21;
    i.ksi = QStringLiteral("YAC.25.ZZ");
    i.catalogVersion = QStringLiteral("2024");
    i.beslutDatum = QDate(2026, 1, 10);
    i.verkstallandeDatum = QDate(2026, 1, 20);
    i.avslutDatum = QDate(2026, 6, 1);
    i.avslutsorsak = {QStringLiteral("AVS.MAL_UPPNATT")};
    i.uppfoljningar = {u};
    i.comments.insert(QStringLiteral("ksi"), QStringLiteral("öppenvård"));
    domain::Arende a;
    a.id = 11;
    a.externalId = QStringLiteral("A-1");
    a.personRef = 5;
    a.malgrupp = QStringLiteral("BOU");
    a.enhet = QStringLiteral("Nord");
    a.owner = QStringLiteral("anna");
    a.aktualiseringDatum = QDate(2025, 12, 1);
    a.aktualiseringstyp = QStringLiteral("AKT.ANSOKAN");
    a.aktualiseringsorsak = {QStringLiteral("ORS.A"), QStringLiteral("ORS.B")};
    a.tidigareKontakt = QStringLiteral("TID.JA");
    a.hushallstyp = QStringLiteral("HUS.ENSAM");
    a.problematik = {QStringLiteral("PROB.X")};
    a.beslutDatum = QDate(2026, 1, 5);
    a.insatser = {i, domain::Insats{}};
    a.comments.insert(QStringLiteral("problematik"), QStringLiteral("se journal"));
    return a;
}

} // namespace

class TestDraftJson : public QObject
{
    Q_OBJECT

private slots:
    void arendeRoundTrips()
    {
        const domain::Arende a = fullArende();
        const QJsonObject json = domain::toJson(a);
        domain::Arende back;
        QVERIFY(domain::fromJson(json, back));
        QCOMPARE(back.id, a.id);
        QCOMPARE(back.externalId, a.externalId);
        QCOMPARE(back.personRef, a.personRef);
        QCOMPARE(back.enhet, a.enhet);
        QCOMPARE(back.owner, a.owner);
        QCOMPARE(back.aktualiseringDatum, a.aktualiseringDatum);
        QCOMPARE(back.aktualiseringsorsak, a.aktualiseringsorsak);
        QCOMPARE(back.beslutDatum, a.beslutDatum);
        QCOMPARE(back.comments, a.comments);
        QCOMPARE(back.insatser.size(), 2);
        QCOMPARE(back.insatser[0].ksi, a.insatser[0].ksi);
        QCOMPARE(back.insatser[0].avslutDatum, a.insatser[0].avslutDatum);
        QCOMPARE(back.insatser[0].avslutsorsak, a.insatser[0].avslutsorsak);
        QCOMPARE(back.insatser[0].comments, a.insatser[0].comments);
        QCOMPARE(back.insatser[0].uppfoljningar.size(), 1);
        const domain::Uppfoljning& u = back.insatser[0].uppfoljningar[0];
        QCOMPARE(u.datum, QDate(2026, 3, 2));
        QCOMPARE(u.samverkan, a.insatser[0].uppfoljningar[0].samverkan);
        QCOMPARE(u.b5, QStringLiteral("B5"));
        QCOMPARE(u.comments, a.insatser[0].uppfoljningar[0].comments);
        QVERIFY(!back.insatser[1].beslutDatum.isValid()); // a missing date stays missing
        QCOMPARE(domain::toJson(back), json);             // nothing lost on the way
    }

    void personRoundTripsEveryIdType()
    {
        for (auto type : {domain::PersonIdType::Personnummer, domain::PersonIdType::Samordningsnummer,
                          domain::PersonIdType::Reservnummer}) {
            domain::Person p;
            p.id = 7;
            p.personId = QStringLiteral("201104040357");
            p.idType = type;
            p.kon = QStringLiteral("KON.POJKE_MAN");
            p.birthDate = QDate(2011, 4, 4);
            p.skyddad = true;
            p.ursprung = QStringLiteral("URS.SVERIGE");
            domain::Person back;
            QVERIFY(domain::fromJson(domain::toJson(p), back));
            QCOMPARE(back.idType, type);
            QCOMPARE(back.personId, p.personId);
            QCOMPARE(back.kon, p.kon);
            QCOMPARE(back.birthDate, p.birthDate);
            QCOMPARE(back.skyddad, true);
            QCOMPARE(back.ursprung, p.ursprung);
        }
    }

    void wrongKindIsRefusedAndMissingMembersAreEmpty()
    {
        domain::Arende a = fullArende();
        domain::Person p;
        QVERIFY(!domain::fromJson(domain::toJson(a), p)); // an ärende is not a person
        QVERIFY(!domain::fromJson(domain::toJson(p), a));
        QVERIFY(!domain::fromJson(QJsonObject{}, a));
        QCOMPARE(a.externalId, QStringLiteral("A-1")); // untouched when refused
        QVERIFY(domain::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("arende")}}, a));
        QVERIFY(a.externalId.isEmpty());
        QVERIFY(a.insatser.isEmpty());
        QVERIFY(!a.aktualiseringDatum.isValid());
    }

    void personIdDerivationsComeFromIdentity()
    {
        const QString woman = identity::PersonId::compose(QDate(1980, 2, 29), 248);
        const QString man = identity::PersonId::compose(QDate(1990, 7, 1), 357, identity::IdType::Samordningsnummer);
        struct Case {
            QString text;
            domain::PersonIdType type;
            QString kon;
            QDate birth;
        } cases[] = {
            {woman, domain::PersonIdType::Personnummer, QStringLiteral("KON.FLICKA_KVINNA"), QDate(1980, 2, 29)},
            {man, domain::PersonIdType::Samordningsnummer, QStringLiteral("KON.POJKE_MAN"), QDate(1990, 7, 1)},
        };
        for (const Case& c : cases) {
            auto id = identity::PersonId::parse(c.text, {QDate(2026, 1, 1)});
            QVERIFY(id);
            domain::Person p;
            p.ursprung = QStringLiteral("URS.X");
            domain::applyPersonId(p, *id);
            QCOMPARE(p.personId, id->normalized());
            QCOMPARE(p.idType, c.type);
            QCOMPARE(p.kon, c.kon);
            QCOMPARE(p.birthDate, c.birth);
            QCOMPARE(p.ursprung, QStringLiteral("URS.X")); // only the derived fields change
        }
        // Region Stockholm reservnummer: no birth date, no kön (bortfall, never guessed).
        const QString body = QStringLiteral("202400042");
        const QString reserv =
            QStringLiteral("99") + body + QChar(u'0' + identity::PersonId::luhnCheckDigit(QStringView(body).mid(2)));
        auto id = identity::PersonId::parse(reserv, {QDate(2026, 1, 1)});
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        domain::Person p;
        p.kon = QStringLiteral("KON.POJKE_MAN");
        domain::applyPersonId(p, *id);
        QCOMPARE(p.idType, domain::PersonIdType::Reservnummer);
        QVERIFY(p.kon.isEmpty());
        QVERIFY(!p.birthDate.isValid());
        QCOMPARE(identity::konValueCode(identity::JuridisktKon::Okant), QString());
    }
};

QTEST_GUILESS_MAIN(TestDraftJson)
#include "tst_draftjson.moc"
