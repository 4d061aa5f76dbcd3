// Cross-tabulation over a small hand-made register whose tables are counted by hand below.

#include "analysis/crosstab.h"
#include "analysis/leadtimes.h"
#include "analysis/query.h"
#include "analysis/reportset.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace folja;
using namespace folja::analysis;

namespace {

const QString F = QStringLiteral("KON.FLICKA_KVINNA");
const QString M = QStringLiteral("KON.POJKE_MAN");

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

domain::Person person(domain::Id id, const QString& kon, QDate birth, const QString& ursprung = QString())
{
    domain::Person p;
    p.id = id;
    p.kon = kon;
    p.birthDate = birth;
    p.ursprung = ursprung;
    return p;
}

domain::Uppfoljning uppf(QDate datum, const QString& mal)
{
    domain::Uppfoljning u;
    u.datum = datum;
    u.maluppfyllelse = mal;
    return u;
}

domain::Insats insats(const QString& ksi, QDate beslut, QDate verkst, QDate avslut, QStringList orsak,
                      QList<domain::Uppfoljning> uppfoljningar)
{
    domain::Insats i;
    i.ksi = ksi;
    i.beslutDatum = beslut;
    i.verkstallandeDatum = verkst;
    i.avslutDatum = avslut;
    i.avslutsorsak = orsak;
    i.uppfoljningar = uppfoljningar;
    return i;
}

domain::Arende arende(domain::Id id, domain::Id personRef, const QString& malgrupp, const QString& enhet, QDate akt,
                      QStringList orsak, QDate beslut, QList<domain::Insats> insatser)
{
    domain::Arende a;
    a.id = id;
    a.externalId = QStringLiteral("X%1").arg(id);
    a.personRef = personRef;
    a.malgrupp = malgrupp;
    a.enhet = enhet;
    a.aktualiseringDatum = akt;
    a.aktualiseringsorsak = orsak;
    a.beslutDatum = beslut;
    a.insatser = insatser;
    return a;
}

/*  The register:
    P1 F born 2010-03-15   A1 BOU E1 akt 2024-02-01 orsak {BRISTER, KONFLIKTER} beslut 2024-03-01
                              I1 YAC.45.ZZ beslut 03-01 verkst 03-10 avslut 09-01 {MAL_UPPNATT}
                                 U1 06-01 BBIC.POSITIV_UPPFYLLT, U2 09-01 BBIC.INGEN_FORANDRING
                              I2 YAC.75.ZZ beslut 03-01 verkst 04-01 ongoing
                                 U3 08-01 BBIC.GAR_EJ_BEDOMA (uncertain)
                           A4 BOU E1 akt 2023-11-01 orsak {BRISTER} beslut 2023-12-01, no insats
    P2 M born 1950-06-01   A2 ALDRE E2 akt 2024-01-15 orsak {BEHOV} beslut 2024-02-01
                              I3 YAA.05.15 beslut 02-01 verkst 02-05 avslut 10-01, avslutsorsak missing, no uppf
                              I4 YAA.05.25 beslut 02-01 verkst 02-05 ongoing, U4 05-01 IBIC.JA
    P3 F born 1990-01-10   A3 VUX E1 akt 2024-05-01 orsak missing, no beslut, no insats
    P4 kon/birth unknown   A5 VUX E2 akt 2024-06-01 orsak missing
                              I5 YAD.20.15 beslut 06-10, not verkställd
*/
QList<domain::Person> persons()
{
    return {person(1, F, d(2010, 3, 15), QStringLiteral("URSPRUNG.SVERIGE")), person(2, M, d(1950, 6, 1)),
            person(3, F, d(1990, 1, 10)), person(4, QString(), QDate())};
}

QList<domain::Arende> arenden()
{
    const QString brister = QStringLiteral("ORSAK.BRISTER_OMSORG");
    return {
        arende(11, 1, QStringLiteral("BOU"), QStringLiteral("E1"), d(2024, 2, 1),
               {brister, QStringLiteral("ORSAK.KONFLIKTER_FAMILJ")}, d(2024, 3, 1),
               {insats(QStringLiteral("YAC.45.ZZ"), d(2024, 3, 1), d(2024, 3, 10), d(2024, 9, 1),
                       {QStringLiteral("AVSLUT.MAL_UPPNATT")},
                       {uppf(d(2024, 9, 1), QStringLiteral("MAL.BBIC.INGEN_FORANDRING")),
                        uppf(d(2024, 6, 1), QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"))}),
                insats(QStringLiteral("YAC.75.ZZ"), d(2024, 3, 1), d(2024, 4, 1), QDate(), {},
                       {uppf(d(2024, 8, 1), QStringLiteral("MAL.BBIC.GAR_EJ_BEDOMA"))})}),
        arende(12, 2, QStringLiteral("ALDRE"), QStringLiteral("E2"), d(2024, 1, 15),
               {QStringLiteral("ORSAK.BEHOV_OMSORG")}, d(2024, 2, 1),
               {insats(QStringLiteral("YAA.05.15"), d(2024, 2, 1), d(2024, 2, 5), d(2024, 10, 1), {}, {}),
                insats(QStringLiteral("YAA.05.25"), d(2024, 2, 1), d(2024, 2, 5), QDate(), {},
                       {uppf(d(2024, 5, 1), QStringLiteral("MAL.IBIC.JA"))})}),
        arende(13, 3, QStringLiteral("VUX"), QStringLiteral("E1"), d(2024, 5, 1), {}, QDate(), {}),
        arende(14, 1, QStringLiteral("BOU"), QStringLiteral("E1"), d(2023, 11, 1), {brister}, d(2023, 12, 1), {}),
        arende(15, 4, QStringLiteral("VUX"), QStringLiteral("E2"), d(2024, 6, 1), {}, QDate(),
               {insats(QStringLiteral("YAD.20.15"), d(2024, 6, 10), QDate(), QDate(), {}, {})}),
    };
}

Query internal(Unit unit, QStringList dims)
{
    Query q;
    q.unit = unit;
    q.dimensions = dims;
    q.mode = Mode::InternAnalys;
    q.minCell = 3;
    return q;
}

// Category codes of a dimension, "" for missing.
QStringList codes(const TableDimension& dim)
{
    QStringList out;
    for (const Category& c : dim.categories)
        out.append(c.code);
    return out;
}

// The interior counts of a 1-D table in category order.
QList<qint64> counts1(const CrossTab& t)
{
    QList<qint64> out;
    for (int i = 0; i < t.layout.size(0); ++i)
        out.append(t.cell({i}).n);
    return out;
}

} // namespace

class TestCrossTab : public QObject
{
    Q_OBJECT

private:
    catalog::Catalog m_catalog;
    Snapshot m_snapshot;

    CrossTab run(const Query& q)
    {
        auto t = crossTabulate(m_snapshot, m_catalog, q);
        if (!t.ok())
            qWarning("%s", qPrintable(t.error().message));
        return t.ok() ? t.value() : CrossTab();
    }

private slots:
    // A person's ursprung is kept per ärende (issue 10): the person table of a snapshot takes it
    // from the person's latest ärende in that snapshot (by aktualisering, then id), never from a
    // person-level value or an ärende outside it, and follows patches.
    void personUrsprungFromLatestArendeInSnapshot()
    {
        const QList<domain::Person> ps = {person(1, F, d(2010, 3, 15), QStringLiteral("URSPRUNG.SVERIGE"))};
        domain::Arende a = arende(21, 1, QStringLiteral("BOU"), QStringLiteral("E1"), d(2024, 1, 1), {}, QDate(), {});
        a.ursprung = QStringLiteral("U.A");
        domain::Arende b = arende(22, 1, QStringLiteral("BOU"), QStringLiteral("E1"), d(2024, 1, 1), {}, QDate(), {});
        b.ursprung = QStringLiteral("U.B");
        Snapshot s = Snapshot::build(ps, {b, a});
        auto personUrsprung = [&s]() {
            const PersonTable& p = s.persons();
            return p.ursprung.dict.code(p.ursprung.data[1]); // row 0 is the unknown person
        };
        QCOMPARE(personUrsprung(), QStringLiteral("U.B")); // same date: the higher id
        a.aktualiseringDatum = d(2024, 2, 1);
        s.upsertArende(a);
        QCOMPARE(personUrsprung(), QStringLiteral("U.A")); // now the latest
        QVERIFY(s.removeArende(21));
        QCOMPARE(personUrsprung(), QStringLiteral("U.B"));
        QCOMPARE(s.retainArenden([](std::uint32_t) { return false; }), std::size_t(1));
        QCOMPARE(personUrsprung(), QString()); // no ärende in the snapshot: no answer
        // Each ärende keeps its own.
        Snapshot both = Snapshot::build(ps, {a, b});
        const ArendeTable& t = both.arenden();
        QStringList own;
        for (std::size_t r = 0; r < t.rows(); ++r)
            own.append(t.ursprung.dict.code(t.ursprung.data[r]));
        QCOMPARE(own, (QStringList{QStringLiteral("U.A"), QStringLiteral("U.B")}));
    }

    void initTestCase()
    {
        auto cat = catalog::Catalog::loadBuiltin();
        QVERIFY2(cat.ok(), cat.ok() ? "" : qPrintable(cat.error().message));
        m_catalog = cat.value();
        m_snapshot = Snapshot::build(persons(), arenden());
        const SnapshotStats s = m_snapshot.stats();
        QCOMPARE(s.persons, std::size_t(4));
        QCOMPARE(s.arenden, std::size_t(5));
        QCOMPARE(s.insatser, std::size_t(5));
        QCOMPARE(s.uppfoljningar, std::size_t(4));
    }

    void eachUnitOfAnalysis_data()
    {
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<QList<qint64>>("expected"); // F, M, missing
        QTest::addColumn<qint64>("total");
        QTest::newRow("person") << Unit::Person << QList<qint64>{2, 1, 1} << qint64(4);        // P1 P3 | P2 | P4
        QTest::newRow("arende") << Unit::Arende << QList<qint64>{3, 1, 1} << qint64(5);        // A1 A3 A4 | A2 | A5
        QTest::newRow("insats") << Unit::Insats << QList<qint64>{2, 2, 1} << qint64(5);        // I1 I2 | I3 I4 | I5
        QTest::newRow("uppfoljning") << Unit::Uppfoljning << QList<qint64>{3, 1} << qint64(4); // U1-3 | U4
    }

    void eachUnitOfAnalysis()
    {
        QFETCH(Unit, unit);
        QFETCH(QList<qint64>, expected);
        QFETCH(qint64, total);
        const CrossTab t = run(internal(unit, {QStringLiteral("kon")}));
        QCOMPARE(counts1(t), expected);
        QCOMPARE(t.total.n, total);
        QCOMPARE(t.dimensions[0].categories[0].sourceLabel, QStringLiteral("Flicka/Kvinna"));
        QCOMPARE(t.dimensions[0].bortfall.n, expected.size() == 3 ? expected[2] : 0);
        QVERIFY(!t.exportable);
        QCOMPARE(t.watermark, QStringLiteral("Not for publication"));
    }

    void multiValuedCountsRecordsOncePerValue()
    {
        const CrossTab t = run(internal(Unit::Arende, {QStringLiteral("aktualiseringsorsak")}));
        QVERIFY(t.multiValued);
        QCOMPARE(codes(t.dimensions[0]),
                 (QStringList{QStringLiteral("ORSAK.BRISTER_OMSORG"), QStringLiteral("ORSAK.KONFLIKTER_FAMILJ"),
                              QStringLiteral("ORSAK.BEHOV_OMSORG"), QString()}));
        QCOMPARE(counts1(t), (QList<qint64>{2, 1, 1, 2}));
        QCOMPARE(t.total.n, qint64(5));
        QCOMPARE(t.dimensions[0].bortfall.n, qint64(2));
        // Percentages of the 3 records with a value: 66.7 + 33.3 + 33.3 > 100.
        QCOMPARE(t.cell({0}).total.denominator, qint64(3));
        QVERIFY(qAbs(t.cell({0}).total.value - 200.0 / 3.0) < 1e-9);
        QVERIFY(qAbs(t.cell({1}).total.value - 100.0 / 3.0) < 1e-9);
        QVERIFY(!t.cell({3}).total.available); // no percentage for the missing category
    }

    void insatsParentLevel()
    {
        const CrossTab t = run(internal(Unit::Insats, {QStringLiteral("insats:parent")}));
        QCOMPARE(codes(t.dimensions[0]), (QStringList{QStringLiteral("YAA.05.00"), QStringLiteral("YAC.HVB"),
                                                      QStringLiteral("YAC.75.ZZ"), QStringLiteral("YAD.20.00")}));
        QCOMPARE(counts1(t), (QList<qint64>{2, 1, 1, 1}));
        QCOMPARE(t.dimensions[0].categories[0].sourceLabel, QStringLiteral("YAA.05.00")); // KSI code, not label
    }

    // YAE.10.15 "Därav försörjningsstöd för tillfälligt boende" is a subset of YAE.10.00
    // Försörjningsstöd, both "belopp på hushållsnivå". At parent level (insats:parent) the därav
    // child becomes its parent: a household (ärende) holding both counts once, never twice, and
    // so does a person; per insats every record counts once, in one category only.
    //   P10 F  A20 EKB  YAE.10.00 + YAE.10.15   (försörjningsstöd, därav tillfälligt boende)
    //   P11 M  A21 EKB  YAE.10.15               (only the därav code registered)
    //   P12 F  A22 EKB  YAE.10.00
    //   P13 M  A23 EKB  YAE.15.15 + YAE.15.25   (two children of YAE.15.00)
    void daravChildCountsOnceAtParentLevel()
    {
        const QDate b = d(2025, 2, 1);
        const auto ins = [&](const char* ksi) { return insats(QString::fromLatin1(ksi), b, b, QDate(), {}, {}); };
        const QString ekb = QStringLiteral("EKB");
        const QString e = QStringLiteral("E1");
        const Snapshot snapshot =
            Snapshot::build({person(10, F, d(1980, 1, 1)), person(11, M, d(1981, 1, 1)), person(12, F, d(1982, 1, 1)),
                             person(13, M, d(1983, 1, 1))},
                            {arende(20, 10, ekb, e, d(2025, 1, 10), {}, b, {ins("YAE.10.00"), ins("YAE.10.15")}),
                             arende(21, 11, ekb, e, d(2025, 1, 10), {}, b, {ins("YAE.10.15")}),
                             arende(22, 12, ekb, e, d(2025, 1, 10), {}, b, {ins("YAE.10.00")}),
                             arende(23, 13, ekb, e, d(2025, 1, 10), {}, b, {ins("YAE.15.15"), ins("YAE.15.25")})});
        const auto table = [&](Unit unit, const QString& dimension) {
            auto t = crossTabulate(snapshot, m_catalog, internal(unit, {dimension}));
            if (!t.ok())
                qWarning("%s", qPrintable(t.error().message));
            return t.ok() ? t.value() : CrossTab();
        };
        const QStringList parents{QStringLiteral("YAE.10.00"), QStringLiteral("YAE.15.00")};
        for (Unit unit : {Unit::Arende, Unit::Person}) {
            const CrossTab t = table(unit, QStringLiteral("insats:parent"));
            QCOMPARE(codes(t.dimensions[0]), parents);
            QCOMPARE(counts1(t), (QList<qint64>{3, 1})); // A20 once (not twice), A21, A22 | A23 once
            QCOMPARE(t.total.n, qint64(4));
            QCOMPARE(t.dimensions[0].bortfall.n, qint64(0));
        }
        // Per insats: six records, each once and in one category.
        const CrossTab perInsats = table(Unit::Insats, QStringLiteral("insats:parent"));
        QCOMPARE(codes(perInsats.dimensions[0]), parents);
        QCOMPARE(counts1(perInsats), (QList<qint64>{4, 2}));
        QCOMPARE(perInsats.total.n, qint64(6));
        QVERIFY(!perInsats.multiValued);
        // The detailed codes: the household with both is in both rows, the margin still counts it once.
        const CrossTab detailed = table(Unit::Arende, QStringLiteral("insats"));
        QCOMPARE(codes(detailed.dimensions[0]),
                 (QStringList{QStringLiteral("YAE.10.00"), QStringLiteral("YAE.10.15"), QStringLiteral("YAE.15.15"),
                              QStringLiteral("YAE.15.25")}));
        QCOMPARE(counts1(detailed), (QList<qint64>{2, 2, 1, 1}));
        QCOMPARE(detailed.total.n, qint64(4));
        // Filtering on the parent finds each household once as well.
        Query filtered = internal(Unit::Arende, {QStringLiteral("kon")});
        filtered.filters = {Filter{QStringLiteral("insats:parent"), {QStringLiteral("YAE.10.00")}}};
        auto f = crossTabulate(snapshot, m_catalog, filtered);
        QVERIFY(f.ok());
        QCOMPARE(counts1(*f), (QList<qint64>{2, 1})); // A20 A22 | A21
        QCOMPARE(f->total.n, qint64(3));
    }

    void notApplicableIsNotBortfall()
    {
        // avslutsorsak applies to avslutade insatser only: I1 (MAL_UPPNATT) and I3 (missing).
        const CrossTab t = run(internal(Unit::Insats, {QStringLiteral("avslutsorsak")}));
        QCOMPARE(codes(t.dimensions[0]), (QStringList{QStringLiteral("AVSLUT.MAL_UPPNATT"), QString()}));
        QCOMPARE(counts1(t), (QList<qint64>{1, 1}));
        QCOMPARE(t.total.n, qint64(2));
        QCOMPARE(t.dimensions[0].bortfall.n, qint64(1));
        QCOMPARE(t.dimensions[0].notApplicable.n, qint64(3)); // I2, I4, I5 are ongoing
        QCOMPARE(t.population.n, qint64(5));
        // External: of the 2 avslutade insatser, I3 never had an uppföljning.
        QCOMPARE(t.external.size(), 1);
        QCOMPARE(t.external[0].key, QStringLiteral("insatser_utan_uppfoljning"));
        QCOMPARE(t.external[0].n.n, qint64(1));
        QCOMPARE(t.external[0].base.n, qint64(2));
    }

    void externalBortfallForArenden()
    {
        // Past beslut: A1, A2, A4 (A5 has an insats beslut); A4 has no insats. Avslutade: I1, I3.
        const CrossTab t = run(internal(Unit::Arende, {QStringLiteral("malgrupp")}));
        QCOMPARE(t.external.size(), 2);
        QCOMPARE(t.external[1].key, QStringLiteral("arenden_utan_insats"));
        QCOMPARE(t.external[1].n.n, qint64(1));
        QCOMPARE(t.external[1].base.n, qint64(4));
        QCOMPARE(t.external[0].n.n, qint64(1));
    }

    void maluppfyllelseSplitsBbicAndIbic()
    {
        // Latest uppföljning per insats: I1 → U2 INGEN_FORANDRING, I2 → U3 GAR_EJ_BEDOMA (both BoU:
        // BBIC), I4 → U4 IBIC.JA (Äldre); I3 and I5 have none (not applicable).
        const CrossTab t = run(internal(Unit::Insats, {QStringLiteral("maluppfyllelse")}));
        QCOMPARE(t.dimensions.size(), 1); // the scale is no dimension of its own
        const TableDimension& dim = t.dimensions[0];
        QCOMPARE(codes(dim), (QStringList{QStringLiteral("MAL.BBIC.INGEN_FORANDRING"),
                                          QStringLiteral("MAL.BBIC.GAR_EJ_BEDOMA"), QStringLiteral("MAL.IBIC.JA")}));
        QCOMPARE(dim.categories[0].scale, QStringLiteral("BBIC"));
        QCOMPARE(dim.categories[1].scale, QStringLiteral("BBIC"));
        QCOMPARE(dim.categories[2].scale, QStringLiteral("IBIC"));
        QVERIFY(dim.isSplit());
        QCOMPARE(t.layout.blocks(0), 2);
        QCOMPARE(counts1(t), (QList<qint64>{1, 1, 1}));
        QCOMPARE(t.cell({3}).n, qint64(2)); // BBIC's total
        QCOMPARE(t.cell({4}).n, qint64(1)); // IBIC's total
        QCOMPARE(t.total.n, qint64(3));
        QCOMPARE(dim.uncertain.n, qint64(1));
        QVERIFY(dim.categories[1].isUncertain);
        QCOMPARE(dim.notApplicable.n, qint64(2));
        // Percentages stay within one scale: BBIC = 2 records, IBIC = 1.
        QCOMPARE(t.cell({0}).total.denominator, qint64(2));
        QCOMPARE(t.cell({2}).total.denominator, qint64(1));

        // Three dimensions are answered too (INTERCHANGE §3), and a one-scale scope has one block.
        Query three =
            internal(Unit::Insats, {QStringLiteral("maluppfyllelse"), QStringLiteral("kon"), QStringLiteral("insats")});
        QVERIFY(crossTabulate(m_snapshot, m_catalog, three).ok());
        Query scoped = internal(Unit::Insats, {QStringLiteral("maluppfyllelse")});
        scoped.scope.malgrupper = {QStringLiteral("BOU")};
        const CrossTab bou = run(scoped);
        QCOMPARE(bou.dimensions.size(), 1);
        QVERIFY(!bou.dimensions[0].isSplit());
        QCOMPARE(bou.dimensions[0].blocks.size(), 1);
        QCOMPARE(bou.dimensions[0].blocks[0].scale, QStringLiteral("BBIC"));
        QCOMPARE(bou.total.n, qint64(2));
    }

    // The headline table (INTERCHANGE §3): kön × insats × måluppfyllelse over a mixed-målgrupp
    // register, BoU and Vuxna on BBIC, Äldre on IBIC. Each line below is that many insatser, each in
    // its own ärende of its own person:
    //   BOU   YAC.45.ZZ  F POSITIV_UPPFYLLT 4 · F INGEN_FORANDRING 2 · M POSITIV_UPPFYLLT 3
    //                    M (uppföljning without måluppfyllelse) 1 · F (no uppföljning) 2
    //   VUX   YAD.20.15  M NEGATIV 5 · F (uppföljning without måluppfyllelse) 1
    //   ALDRE YAA.05.15  F JA 6 · M DELVIS 3 · M (without måluppfyllelse) 2 · F (no uppföljning) 1
    // By hand: 30 insatser; 3 without uppföljning (not applicable); 27 in the table.
    // BBIC: 4+2+3+1+5+1 = 16 (F 4+2+1 = 7, M 3+1+5 = 9), bortfall 2 (M YAC 1, F YAD 1) = 12.5 %.
    // IBIC: 6+3+2 = 11 (F 6, M 5), bortfall 2 = 18.2 %.
    static Snapshot mixedRegister()
    {
        QList<domain::Person> ps;
        QList<domain::Arende> as;
        domain::Id id = 100;
        auto add = [&](const QString& malgrupp, const QString& ksi, const QString& kon, int n, const QString& mal,
                       bool followedUp) {
            for (int i = 0; i < n; ++i) {
                ++id;
                ps.append(person(id, kon, kon == F ? d(1960, 1, 10) : d(1961, 2, 20)));
                QList<domain::Uppfoljning> u;
                if (followedUp)
                    u.append(uppf(d(2024, 6, 1), mal));
                as.append(arende(id, id, malgrupp, QStringLiteral("E1"), d(2024, 1, 10), {}, d(2024, 2, 1),
                                 {insats(ksi, d(2024, 2, 1), d(2024, 2, 10), QDate(), {}, u)}));
            }
        };
        const QString yac = QStringLiteral("YAC.45.ZZ");
        const QString yad = QStringLiteral("YAD.20.15");
        const QString yaa = QStringLiteral("YAA.05.15");
        add(QStringLiteral("BOU"), yac, F, 4, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"), true);
        add(QStringLiteral("BOU"), yac, F, 2, QStringLiteral("MAL.BBIC.INGEN_FORANDRING"), true);
        add(QStringLiteral("BOU"), yac, M, 3, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"), true);
        add(QStringLiteral("BOU"), yac, M, 1, QString(), true);
        add(QStringLiteral("BOU"), yac, F, 2, QString(), false);
        add(QStringLiteral("VUX"), yad, M, 5, QStringLiteral("MAL.BBIC.NEGATIV"), true);
        add(QStringLiteral("VUX"), yad, F, 1, QString(), true);
        add(QStringLiteral("ALDRE"), yaa, F, 6, QStringLiteral("MAL.IBIC.JA"), true);
        add(QStringLiteral("ALDRE"), yaa, M, 3, QStringLiteral("MAL.IBIC.DELVIS"), true);
        add(QStringLiteral("ALDRE"), yaa, M, 2, QString(), true);
        add(QStringLiteral("ALDRE"), yaa, F, 1, QString(), false);
        return Snapshot::build(ps, as);
    }

    void headlineTableOverBothScales()
    {
        const Snapshot s = mixedRegister();
        Query q =
            internal(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")});
        auto r = crossTabulate(s, m_catalog, q);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const CrossTab& t = r.value();
        QCOMPARE(t.dimensions.size(), 3);
        const TableDimension& mal = t.dimensions[2];
        // Each scale's values, then its own "(uppgift saknas)"; catalogue order within a scale.
        QCOMPARE(codes(mal),
                 (QStringList{QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"), QStringLiteral("MAL.BBIC.INGEN_FORANDRING"),
                              QStringLiteral("MAL.BBIC.NEGATIV"), QString(), QStringLiteral("MAL.IBIC.JA"),
                              QStringLiteral("MAL.IBIC.DELVIS"), QString()}));
        QStringList scales;
        for (const Category& c : mal.categories)
            scales.append(c.scale);
        QCOMPARE(scales, (QStringList{QStringLiteral("BBIC"), QStringLiteral("BBIC"), QStringLiteral("BBIC"),
                                      QStringLiteral("BBIC"), QStringLiteral("IBIC"), QStringLiteral("IBIC"),
                                      QStringLiteral("IBIC")}));
        QVERIFY(mal.categories[3].isMissing && mal.categories[6].isMissing);
        QCOMPARE(mal.blocks.size(), 2);
        QCOMPARE(mal.blocks[0].first, 0);
        QCOMPARE(mal.blocks[0].end, 4);
        QCOMPARE(mal.blocks[0].missingIndex, 3);
        QCOMPARE(mal.blocks[1].missingIndex, 6);
        QCOMPARE(mal.missingIndex, -1);
        // Totals, bortfall and percentages per scale.
        QCOMPARE(mal.blocks[0].total.n, qint64(16));
        QCOMPARE(mal.blocks[1].total.n, qint64(11));
        QCOMPARE(mal.blocks[0].bortfall.n, qint64(2));
        QCOMPARE(mal.blocks[1].bortfall.n, qint64(2));
        QCOMPARE(qRound(mal.blocks[0].bortfallPercent * 10), 125);
        QCOMPARE(qRound(mal.blocks[1].bortfallPercent * 10), 182);
        QCOMPARE(mal.notApplicable.n, qint64(3));
        QCOMPARE(t.total.n, qint64(27));
        QCOMPARE(t.population.n, qint64(30));

        const int f = 0;
        const int m = 1;
        const QStringList insatser = codes(t.dimensions[1]);
        QCOMPARE(insatser,
                 (QStringList{QStringLiteral("YAA.05.15"), QStringLiteral("YAC.45.ZZ"), QStringLiteral("YAD.20.15")}));
        const int yaa = 0, yac = 1, yad = 2, all = 3;
        const int bbic = 7, ibic = 8; // the scales' totals along måluppfyllelse
        QCOMPARE(t.layout.extent(2), 9);
        QCOMPARE(t.cell({f, yac, 0}).n, qint64(4));
        QCOMPARE(t.cell({f, yac, 1}).n, qint64(2));
        QCOMPARE(t.cell({m, yac, 0}).n, qint64(3));
        QCOMPARE(t.cell({m, yac, 3}).n, qint64(1));
        QCOMPARE(t.cell({m, yad, 2}).n, qint64(5));
        QCOMPARE(t.cell({f, yad, 3}).n, qint64(1));
        QCOMPARE(t.cell({f, yaa, 4}).n, qint64(6));
        QCOMPARE(t.cell({m, yaa, 5}).n, qint64(3));
        QCOMPARE(t.cell({m, yaa, 6}).n, qint64(2));
        // Margins within a scale: kön × all insatser per scale, never both scales added.
        QCOMPARE(t.cell({f, all, bbic}).n, qint64(7));
        QCOMPARE(t.cell({m, all, bbic}).n, qint64(9));
        QCOMPARE(t.cell({f, all, ibic}).n, qint64(6));
        QCOMPARE(t.cell({m, all, ibic}).n, qint64(5));
        QCOMPARE(t.cell({2, all, bbic}).n, qint64(16));
        QCOMPARE(t.cell({2, all, ibic}).n, qint64(11));
        QCOMPARE(t.cell({2, yaa, bbic}).n, qint64(0)); // an insats has one scale
        QCOMPARE(t.cell({2, yaa, ibic}).n, qint64(11));
        // Along måluppfyllelse every line stays within one scale.
        for (const Line& line : tableLines(t)) {
            if (line.axis != 2)
                continue;
            const QString scale = mal.scaleOf(t.layout.coordinates(line.total)[2]);
            for (int c : line.cells)
                QCOMPARE(mal.scaleOf(t.layout.coordinates(c)[2]), scale);
        }

        // Percentages of kön × måluppfyllelse: denominators within the scale.
        Query two = internal(Unit::Insats, {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")});
        const CrossTab k2 = crossTabulate(s, m_catalog, two).value();
        // F, POSITIV_UPPFYLLT: 4 of F's 7 BBIC records less 1 missing = 4/6.
        QCOMPARE(k2.cell({f, 0}).row.denominator, qint64(6));
        QCOMPARE(qRound(k2.cell({f, 0}).row.value * 10), 667);
        // M, NEGATIV: 5 of 9 - 1 = 8; M, DELVIS: 3 of 5 - 2 = 3 (100 %).
        QCOMPARE(k2.cell({m, 2}).row.denominator, qint64(8));
        QCOMPARE(k2.cell({m, 5}).row.denominator, qint64(3));
        QCOMPARE(k2.cell({m, 5}).row.value, 100.0);
        // Column: POSITIV_UPPFYLLT holds 4 F of 7; total: of the 14 BBIC answers 4 are F's.
        QCOMPARE(k2.cell({f, 0}).column.denominator, qint64(7));
        QCOMPARE(k2.cell({f, 0}).total.denominator, qint64(14));
        QCOMPARE(k2.cell({f, 4}).total.denominator, qint64(9)); // IBIC: 11 - 2

        // The person unit counts a person once per scale's total, whatever their values.
        Query persons = internal(Unit::Person, {QStringLiteral("maluppfyllelse")});
        const CrossTab pt = crossTabulate(s, m_catalog, persons).value();
        QVERIFY(pt.dimensions[0].isSplit());
        QCOMPARE(pt.dimensions[0].blocks[0].total.n, qint64(16));
        QCOMPARE(pt.dimensions[0].blocks[1].total.n, qint64(11));
    }

    // S5 with a table split by scale: kön × måluppfyllelse and kön alone in one report. By hand:
    // F: BOU POSITIV_UPPFYLLT 2, ALDRE JA 10 (12); M: BOU POSITIV_UPPFYLLT 6, ALDRE JA 7 (13).
    // F's BBIC total (2) is small; with the one-way table's F (12) and F's IBIC total (10) both
    // published it would be 12 - 10: the report set knows that a kön margin adds the scale totals.
    void reportSetLinksScaleTotals()
    {
        QList<domain::Person> ps;
        QList<domain::Arende> as;
        domain::Id id = 200;
        auto add = [&](const QString& malgrupp, const QString& ksi, const QString& kon, int n, const QString& mal) {
            for (int i = 0; i < n; ++i) {
                ++id;
                ps.append(person(id, kon, d(1950, 1, 1)));
                as.append(
                    arende(id, id, malgrupp, QStringLiteral("E1"), d(2024, 1, 10), {}, d(2024, 2, 1),
                           {insats(ksi, d(2024, 2, 1), d(2024, 2, 10), QDate(), {}, {uppf(d(2024, 6, 1), mal)})}));
            }
        };
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), F, 2, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"));
        add(QStringLiteral("ALDRE"), QStringLiteral("YAA.05.15"), F, 10, QStringLiteral("MAL.IBIC.JA"));
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), M, 6, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"));
        add(QStringLiteral("ALDRE"), QStringLiteral("YAA.05.15"), M, 7, QStringLiteral("MAL.IBIC.JA"));
        const Snapshot s = Snapshot::build(ps, as);
        auto published = [&](const QStringList& dims) {
            Query q;
            q.unit = Unit::Insats;
            q.dimensions = dims;
            q.minCell = 3;
            return crossTabulate(s, m_catalog, q).value();
        };
        QList<CrossTab> report{published({QStringLiteral("kon"), QStringLiteral("maluppfyllelse")}),
                               published({QStringLiteral("kon")})};
        const CrossTab& split = report[0];
        const CrossTab& oneWay = report[1];
        QVERIFY(split.dimensions[1].isSplit());
        const int bbic = split.layout.size(1);
        const int ibic = bbic + 1;
        QCOMPARE(split.cell({0, bbic}).n, qint64(2));
        QCOMPARE(split.cell({0, ibic}).n, qint64(10));
        QCOMPARE(oneWay.cell({0}).n, qint64(12));
        QVERIFY(split.cell({0, bbic}).suppressed()); // 0 < 2 < k
        auto rc = protectReportSet(report);
        QVERIFY2(rc.ok(), rc.ok() ? "" : qPrintable(rc.error().message));
        // For each kön: of its one-way count and its two scale totals, never exactly one hidden.
        for (int kon = 0; kon < report[0].layout.size(0); ++kon) {
            const int hidden = (report[1].cell({kon}).suppressed() ? 1 : 0) +
                               (report[0].cell({kon, bbic}).suppressed() ? 1 : 0) +
                               (report[0].cell({kon, ibic}).suppressed() ? 1 : 0);
            QVERIFY2(hidden != 1, qPrintable(QStringLiteral("kön %1").arg(kon)));
        }
    }

    // A person with ärenden on both scales is in both blocks (multi-valued måluppfyllelse): a
    // block's total counts persons, not values. Q1 M: VUX NEGATIV and ALDRE JA; Q2 F: VUX without
    // måluppfyllelse; Q3 F: ALDRE JA and DELVIS. By hand: NEGATIV 1, BBIC missing 1 (Q2), JA 2,
    // DELVIS 1; BBIC total 2 (Q1 Q2), IBIC total 2 (Q1 Q3), not 3.
    void personOnBothScales()
    {
        auto one = [](const QString& ksi, const QStringList& mals) {
            QList<domain::Insats> ins;
            for (const QString& mal : mals)
                ins.append(insats(ksi, d(2024, 2, 1), d(2024, 2, 10), QDate(), {}, {uppf(d(2024, 6, 1), mal)}));
            return ins;
        };
        const QString yad = QStringLiteral("YAD.20.15");
        const QString yaa = QStringLiteral("YAA.05.15");
        QList<domain::Arende> as{
            arende(1, 1, QStringLiteral("VUX"), QStringLiteral("E1"), d(2024, 1, 1), {}, d(2024, 2, 1),
                   one(yad, {QStringLiteral("MAL.BBIC.NEGATIV")})),
            arende(2, 1, QStringLiteral("ALDRE"), QStringLiteral("E1"), d(2024, 1, 1), {}, d(2024, 2, 1),
                   one(yaa, {QStringLiteral("MAL.IBIC.JA")})),
            arende(3, 2, QStringLiteral("VUX"), QStringLiteral("E1"), d(2024, 1, 1), {}, d(2024, 2, 1),
                   one(yad, {QString()})),
            arende(4, 3, QStringLiteral("ALDRE"), QStringLiteral("E1"), d(2024, 1, 1), {}, d(2024, 2, 1),
                   one(yaa, {QStringLiteral("MAL.IBIC.JA"), QStringLiteral("MAL.IBIC.DELVIS")})),
        };
        const Snapshot s = Snapshot::build(
            {person(1, M, d(1950, 1, 1)), person(2, F, d(1960, 1, 1)), person(3, F, d(1940, 1, 1))}, as);
        const CrossTab t =
            crossTabulate(s, m_catalog, internal(Unit::Person, {QStringLiteral("maluppfyllelse")})).value();
        const TableDimension& mal = t.dimensions[0];
        QVERIFY(t.multiValued);
        QCOMPARE(codes(mal), (QStringList{QStringLiteral("MAL.BBIC.NEGATIV"), QString(), QStringLiteral("MAL.IBIC.JA"),
                                          QStringLiteral("MAL.IBIC.DELVIS")}));
        QCOMPARE(counts1(t), (QList<qint64>{1, 1, 2, 1}));
        QCOMPARE(mal.blocks[0].total.n, qint64(2));
        QCOMPARE(mal.blocks[1].total.n, qint64(2));
        QCOMPARE(mal.blocks[0].bortfall.n, qint64(1));
        QCOMPARE(mal.blocks[1].bortfall.n, qint64(0));
        // With kön: F holds Q2 (BBIC) and Q3 (IBIC); M holds Q1 in both.
        const CrossTab k =
            crossTabulate(s, m_catalog,
                          internal(Unit::Person, {QStringLiteral("kon"), QStringLiteral("maluppfyllelse")}))
                .value();
        QCOMPARE(k.cell({0, 4}).n, qint64(1)); // F, BBIC
        QCOMPARE(k.cell({0, 5}).n, qint64(1)); // F, IBIC
        QCOMPARE(k.cell({1, 4}).n, qint64(1)); // M, BBIC
        QCOMPARE(k.cell({1, 5}).n, qint64(1)); // M, IBIC
        QCOMPARE(k.cell({2, 5}).n, qint64(2)); // all, IBIC
    }

    void maluppfyllelseAtAvslutOrInPeriod()
    {
        Query q = internal(Unit::Insats, {QStringLiteral("maluppfyllelse")});
        q.maluppfyllelseAt = MaluppfyllelseAt::AtAvslut; // only I1 is avslutad with an uppföljning
        CrossTab t = run(q);
        QCOMPARE(codes(t.dimensions[0]), QStringList{QStringLiteral("MAL.BBIC.INGEN_FORANDRING")});
        QCOMPARE(t.total.n, qint64(1));

        // Beslut in Jan–Jul 2024 (all five); the latest uppföljning inside the period: I1 → U1,
        // I2's U3 (08-01) is after it, I4 → U4.
        q.maluppfyllelseAt = MaluppfyllelseAt::LatestInPeriod;
        q.period.from = d(2024, 1, 1);
        q.period.to = d(2024, 7, 31);
        t = run(q);
        QCOMPARE(t.population.n, qint64(5));
        QCOMPARE(codes(t.dimensions[0]),
                 (QStringList{QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"), QStringLiteral("MAL.IBIC.JA")}));
        QCOMPARE(t.total.n, qint64(2));
    }

    void ageAtAReferenceDateAcrossABirthday()
    {
        // P1 is born 2010-03-15: 13 the day before, 14 on the birthday.
        Query q = internal(Unit::Arende, {QStringLiteral("alder_grupp")});
        q.scope.malgrupper = {QStringLiteral("BOU")};
        q.ageReference = d(2024, 3, 14);
        CrossTab t = run(q);
        QCOMPARE(codes(t.dimensions[0]), QStringList{QStringLiteral("0-13")});
        QCOMPARE(counts1(t), QList<qint64>{2});
        q.ageReference = d(2024, 3, 15);
        t = run(q);
        QCOMPARE(codes(t.dimensions[0]), QStringList{QStringLiteral("14-21")});
        // Default without a period: the aktualisering date (2024-02-01 and 2023-11-01): 13.
        q.ageReference = QDate();
        QCOMPARE(codes(run(q).dimensions[0]), QStringList{QStringLiteral("0-13")});
        // With a period the start counts: active 2024-03-15..12-31 is A1 only (A4 ended 2023-12-01).
        q.period = Period{d(2024, 3, 15), d(2024, 12, 31), TimeMeaning::ActiveDuring, EventKind::Auto};
        t = run(q);
        QCOMPARE(codes(t.dimensions[0]), QStringList{QStringLiteral("14-21")});
        QCOMPARE(t.total.n, qint64(1));
    }

    void timeMeanings_data()
    {
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<Period>("period");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("insatser ongoing 2024-04-15")
            << Unit::Insats << Period{QDate(), d(2024, 4, 15), TimeMeaning::StatusOn, EventKind::Auto}
            << qint64(4); // I1-I4
        QTest::newRow("insatser ongoing 2024-09-15")
            << Unit::Insats << Period{QDate(), d(2024, 9, 15), TimeMeaning::StatusOn, EventKind::Auto}
            << qint64(3); // I2-I4
        QTest::newRow("beslut in March") << Unit::Insats
                                         << Period{d(2024, 3, 1), d(2024, 3, 31), TimeMeaning::Events, EventKind::Auto}
                                         << qint64(2); // I1 I2
        QTest::newRow("avslut in 2024") << Unit::Insats
                                        << Period{d(2024, 1, 1), d(2024, 12, 31), TimeMeaning::Events,
                                                  EventKind::Avslut}
                                        << qint64(2);
        QTest::newRow("active Sep-Dec") << Unit::Insats
                                        << Period{d(2024, 9, 2), d(2024, 12, 31), TimeMeaning::ActiveDuring,
                                                  EventKind::Auto}
                                        << qint64(3);
        QTest::newRow("arenden open 2024-05-15")
            << Unit::Arende << Period{QDate(), d(2024, 5, 15), TimeMeaning::StatusOn, EventKind::Auto}
            << qint64(3); // A1 A2 A3
        QTest::newRow("aktualiseringar 2024")
            << Unit::Arende << Period{d(2024, 1, 1), d(2024, 12, 31), TimeMeaning::Events, EventKind::Auto}
            << qint64(4);
        QTest::newRow("persons with aktualisering 2024")
            << Unit::Person << Period{d(2024, 1, 1), d(2024, 12, 31), TimeMeaning::Events, EventKind::Auto}
            << qint64(4);
        QTest::newRow("uppfoljningar Q2")
            << Unit::Uppfoljning << Period{d(2024, 4, 1), d(2024, 6, 30), TimeMeaning::Events, EventKind::Auto}
            << qint64(2); // U1 U4
    }

    void timeMeanings()
    {
        QFETCH(Unit, unit);
        QFETCH(Period, period);
        QFETCH(qint64, expected);
        Query q = internal(unit, {QStringLiteral("kon")});
        q.period = period;
        QCOMPARE(run(q).population.n, expected);
    }

    void dateDimensionByQuarter()
    {
        const CrossTab t = run(internal(Unit::Arende, {QStringLiteral("aktualisering_datum:quarter")}));
        QCOMPARE(codes(t.dimensions[0]),
                 (QStringList{QStringLiteral("2023-Q4"), QStringLiteral("2024-Q1"), QStringLiteral("2024-Q2")}));
        QCOMPARE(counts1(t), (QList<qint64>{1, 2, 2}));
    }

    void scopeAndFilters()
    {
        Query q = internal(Unit::Insats, {QStringLiteral("kon")});
        q.scope.malgrupper = {QStringLiteral("BOU")};
        QCOMPARE(run(q).total.n, qint64(2));
        q.filters = {Filter{QStringLiteral("insats:parent"), {QStringLiteral("YAC.HVB")}}};
        QCOMPARE(run(q).total.n, qint64(1));
        q.scope = Scope{};
        q.filters = {Filter{QStringLiteral("enhet"), {QStringLiteral("E2")}}};
        QCOMPARE(run(q).total.n, qint64(3)); // I3 I4 I5
        // Persons filtered on an insats variable: P2 (I3 YAA.05.15).
        Query p = internal(Unit::Person, {QStringLiteral("kon")});
        p.filters = {Filter{QStringLiteral("insats"), {QStringLiteral("YAA.05.15")}}};
        const CrossTab pt = run(p);
        QCOMPARE(codes(pt.dimensions[0]), QStringList{M}); // categories nobody holds are left out
        QCOMPARE(counts1(pt), QList<qint64>{1});
    }

    void twoByTwoPercentagesAndWilson()
    {
        // kon × malgrupp per ärende:     BOU VUX ALDRE
        //   Flicka/Kvinna                 2   1    0
        //   Pojke/Man                     0   0    1
        //   (uppgift saknas)              0   1    0
        const CrossTab t = run(internal(Unit::Arende, {QStringLiteral("kon"), QStringLiteral("malgrupp")}));
        QCOMPARE(codes(t.dimensions[1]),
                 (QStringList{QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("ALDRE")}));
        QCOMPARE(t.dimensions[1].categories[0].sourceLabel, QStringLiteral("Barn och unga"));
        QCOMPARE(t.cell({0, 0}).n, qint64(2));
        QCOMPARE(t.cell({2, 1}).n, qint64(1));
        QCOMPARE(t.cell({0, 3}).n, qint64(3)); // row margin
        QCOMPARE(t.cell({3, 1}).n, qint64(2)); // column margin
        const TableCell& c = t.cell({0, 0});
        QCOMPARE(c.row.denominator, qint64(3));
        QCOMPARE(c.column.denominator, qint64(2));
        QCOMPARE(c.total.denominator, qint64(4)); // 5 records - 1 with kon missing
        QCOMPARE(c.total.value, 50.0);
        // Wilson 95 % for 2 of 4: 0.5 ± 1.96·sqrt(0.0625 + z²/64)/(1 + z²/4) = [15.0, 85.0] %.
        QVERIFY(qAbs(c.total.ciLow - 15.004) < 0.01);
        QVERIFY(qAbs(c.total.ciHigh - 84.996) < 0.01);
        const auto [lo, hi] = wilsonInterval(0, 10);
        QCOMPARE(lo, 0.0);
        QVERIFY(qAbs(hi - 0.2775) < 0.001);
    }

    void publiceringSuppressesAndExports()
    {
        // kon per insats: 2 | 2 | 1, total 5, k = 3: every cell is primary. Each listed category
        // holds at least 1, so a published total 5 would pin each cell to [1, 3] (width 2 < k):
        // the total is hidden too (issue 11; it used to stay).
        Query q;
        q.unit = Unit::Insats;
        q.dimensions = {QStringLiteral("kon")};
        q.minCell = 3;
        const CrossTab t = run(q);
        QVERIFY(t.exportable);
        QVERIFY(t.cell({0}).suppressed());
        QVERIFY(t.cell({1}).suppressed());
        QVERIFY(t.cell({2}).suppressed());
        QVERIFY(t.total.suppressed);
        QVERIFY(t.auditPassed);
        QVERIFY(t.cell({0}).total.suppressed);
        QVERIFY(t.dimensions[0].bortfall.suppressed);

        const auto json = toInterchangeJson(t);
        QVERIFY(json.ok());
        const QJsonObject o = QJsonDocument::fromJson(json.value()).object();
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("insats"));
        QCOMPARE(o.value(QStringLiteral("dimensions")).toArray(), QJsonArray{QStringLiteral("kon")});
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("total")).isNull()); // hidden (see above)
        const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[0].toObject().value(QStringLiteral("kon")).toString(), QStringLiteral("Flicka/Kvinna"));
        QVERIFY(cells[0].toObject().value(QStringLiteral("n")).isNull());
        QCOMPARE(cells[0].toObject().value(QStringLiteral("suppressed")).toBool(), true);
        QCOMPARE(cells[2].toObject().value(QStringLiteral("kon")).toString(), QStringLiteral("(uppgift saknas)"));
        QVERIFY(o.value(QStringLiteral("bortfall")).toObject().value(QStringLiteral("kon")).isNull());

        const auto csv = toInterchangeCsv(t);
        QVERIFY(csv.ok());
        QCOMPARE(QString::fromUtf8(csv.value()),
                 QStringLiteral("kon;n\nFlicka/Kvinna;..\nPojke/Man;..\n(uppgift saknas);..\n"));

        Query intern = q;
        intern.mode = Mode::InternAnalys;
        const CrossTab shown = run(intern);
        QVERIFY(!shown.cell({0}).suppressed());
        QVERIFY(!toInterchangeJson(shown).ok());
        QVERIFY(!toInterchangeCsv(shown).ok());
    }

    void publishedCellsAreTrueCounts()
    {
        Query q;
        q.unit = Unit::Arende;
        q.dimensions = {QStringLiteral("kon"), QStringLiteral("malgrupp")};
        q.minCell = 3;
        const CrossTab t = run(q);
        const CrossTab truth = run(internal(Unit::Arende, q.dimensions));
        QCOMPARE(t.cells.size(), truth.cells.size());
        for (std::size_t i = 0; i < t.cells.size(); ++i) {
            QCOMPARE(t.cells[i].n, truth.cells[i].n);
            if (!t.cells[i].suppressed())
                QVERIFY(t.cells[i].n == 0 || t.cells[i].n >= 3);
        }
    }

    void deterministicOutput()
    {
        Query q;
        q.unit = Unit::Insats;
        q.dimensions = {QStringLiteral("kon"), QStringLiteral("insats:parent")};
        q.minCell = 3;
        const QByteArray a = toInterchangeJson(run(q)).value();
        m_snapshot = Snapshot::build(persons(), arenden());
        const QByteArray b = toInterchangeJson(run(q)).value();
        QCOMPARE(a, b);
    }

    void snapshotPatchingAndCompaction()
    {
        Snapshot s = Snapshot::build(persons(), arenden());
        QList<domain::Arende> list = arenden();
        domain::Arende changed = list[2]; // A3 VUX → BOU
        changed.malgrupp = QStringLiteral("BOU");
        s.upsertArende(changed);
        QVERIFY(s.removeArende(15));
        QCOMPARE(s.stats().retiredRows, std::size_t(3)); // old A3, A5 and I5
        const Query q = internal(Unit::Arende, {QStringLiteral("malgrupp")});
        auto before = crossTabulate(s, m_catalog, q);
        QVERIFY(before.ok());
        QCOMPARE(counts1(before.value()), (QList<qint64>{3, 1})); // BOU: A1 A3 A4; ALDRE: A2
        s.compact();
        QCOMPARE(s.stats().retiredRows, std::size_t(0));
        QCOMPARE(s.stats().arenden, std::size_t(4));
        auto after = crossTabulate(s, m_catalog, q);
        QCOMPARE(counts1(after.value()), (QList<qint64>{3, 1}));
        // Insatser still hang together after compaction.
        auto ins = crossTabulate(s, m_catalog, internal(Unit::Insats, {QStringLiteral("malgrupp")}));
        QCOMPARE(counts1(ins.value()), (QList<qint64>{2, 2}));
        // A person's kon changes in place.
        s.upsertPerson(person(3, M, d(1990, 1, 10)));
        auto kon = crossTabulate(s, m_catalog, internal(Unit::Arende, {QStringLiteral("kon")}));
        QCOMPARE(counts1(kon.value()), (QList<qint64>{2, 2}));
    }

    void leadTimeAktualiseringToBeslut()
    {
        // A1 29 d, A2 17 d, A4 30 d, A5 9 d (via its insats' beslut); A3 not decided yet.
        Query q = internal(Unit::Arende, {});
        auto t = leadTimes(m_snapshot, m_catalog, q, LeadTimeKind::AktualiseringBeslut);
        QVERIFY(t.ok());
        QCOMPARE(t->groups.size(), std::size_t(1));
        const LeadTimeStats& all = t->groups[0];
        QCOMPARE(all.n.n, qint64(4));
        QCOMPARE(all.median, 23.0); // sorted 9 17 29 30
        QCOMPARE(all.q1, 15.0);     // 9 + 0.75·8
        QCOMPARE(all.q3, 29.25);    // 29 + 0.25·1
        QCOMPARE(all.mean, 21.25);
        QCOMPARE(t->notApplicable.n, qint64(1));
        QCOMPARE(t->bortfall.n, qint64(0));
    }

    void leadTimeGroupsAreSuppressed()
    {
        // Beslut → verkställande per insats: BOU 9, 31; ALDRE 4, 4; I5 not verkställd.
        Query q;
        q.unit = Unit::Insats;
        q.dimensions = {QStringLiteral("malgrupp")};
        q.minCell = 3;
        auto t = leadTimes(m_snapshot, m_catalog, q, LeadTimeKind::BeslutVerkstallande);
        QVERIFY(t.ok());
        QCOMPARE(codes(t->dimensions[0]), (QStringList{QStringLiteral("BOU"), QStringLiteral("ALDRE")}));
        QCOMPARE(t->groups.size(), std::size_t(3));
        QVERIFY(t->groups[0].suppressed);
        QVERIFY(t->groups[0].n.suppressed);
        QVERIFY(t->groups[1].suppressed);
        QVERIFY(!t->groups[2].suppressed); // everyone: 4 ≥ 3
        QCOMPARE(t->groups[2].n.n, qint64(4));
        QCOMPARE(t->groups[2].median, 6.5);
        QCOMPARE(t->groups[2].mean, 12.0);
        QCOMPARE(t->notApplicable.n, qint64(1));

        Query intern = q;
        intern.mode = Mode::InternAnalys;
        auto shown = leadTimes(m_snapshot, m_catalog, intern, LeadTimeKind::VerkstallandeAvslut);
        QVERIFY(shown.ok());
        QCOMPARE(shown->groups[2].n.n, qint64(2)); // I1 175 d, I3 239 d; the others are ongoing
        QCOMPARE(shown->groups[2].median, 207.0);
        QCOMPARE(shown->notApplicable.n, qint64(3));
        QVERIFY(!shown->exportable);
        QVERIFY(!leadTimes(m_snapshot, m_catalog, internal(Unit::Arende, {}), LeadTimeKind::VerkstallandeAvslut).ok());
    }

    void trendsPerQuarter()
    {
        Query q = internal(Unit::Insats, {});
        q.period.from = d(2024, 1, 1);
        q.period.to = d(2024, 6, 30);
        const QList<TrendKind> kinds{TrendKind::Aktualiseringar, TrendKind::Beslut, TrendKind::Avslut,
                                     TrendKind::PagaendeInsatser};
        auto t = trends(m_snapshot, m_catalog, q, Granularity::Quarter, kinds);
        QVERIFY(t.ok());
        QCOMPARE(t->periods, (QStringList{QStringLiteral("2024-Q1"), QStringLiteral("2024-Q2")}));
        QCOMPARE(t->periodEnds, (QList<QDate>{d(2024, 3, 31), d(2024, 6, 30)}));
        auto ns = [](const TrendSeries& s) {
            QList<qint64> out;
            for (const Count& c : s.counts)
                out.append(c.n);
            return out;
        };
        QCOMPARE(ns(t->series[0]), (QList<qint64>{2, 2})); // A1 A2 | A3 A5
        QCOMPARE(ns(t->series[1]), (QList<qint64>{4, 1})); // I1-I4 | I5
        QCOMPARE(ns(t->series[2]), (QList<qint64>{0, 0}));
        QCOMPARE(ns(t->series[3]), (QList<qint64>{3, 4})); // 03-31: I1 I3 I4; 06-30: I1-I4

        q.mode = Mode::Publicering;
        auto pub = trends(m_snapshot, m_catalog, q, Granularity::Quarter, kinds);
        QVERIFY(pub->series[0].counts[0].suppressed);
        QVERIFY(pub->series[1].counts[1].suppressed);
        QVERIFY(!pub->series[1].counts[0].suppressed);
        QVERIFY(!pub->series[2].counts[0].suppressed); // zero is not sensitive
        auto months = trends(m_snapshot, m_catalog, q, Granularity::Month, {TrendKind::Beslut});
        QCOMPARE(months->periods.size(), 6);
        QCOMPARE(months->series[0].counts[1].n, qint64(2)); // February: I3 I4
    }

    void queryJsonRoundTrip()
    {
        Query q;
        q.unit = Unit::Uppfoljning;
        q.dimensions = {QStringLiteral("kon"), QStringLiteral("aktualisering_datum:month")};
        q.period = Period{d(2024, 1, 1), d(2024, 6, 30), TimeMeaning::ActiveDuring, EventKind::Beslut};
        q.filters = {Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU"), QString()}}};
        q.ageBands = identity::AgeBands::parse(u"0-17,18-").value();
        q.ageReference = d(2024, 1, 1);
        q.maluppfyllelseAt = MaluppfyllelseAt::AtAvslut;
        q.minCell = 7;
        q.mode = Mode::InternAnalys;
        q.scope = Scope{{QStringLiteral("BOU")}, {QStringLiteral("E1")}};
        q.includeEmptyCategories = true;
        const auto back = Query::fromJson(q.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), q.toJson());
        QCOMPARE(back->filters[0].values, (QStringList{QStringLiteral("BOU"), QString()}));
        QCOMPARE(back->ageBands.spec(), q.ageBands.spec());
        QVERIFY(!Query::fromJson("{\"unit\":\"nope\"}").ok());
        Query bad = q;
        bad.minCell = 2;
        QVERIFY(!bad.validate().ok());
        bad = q;
        bad.dimensions = {QStringLiteral("nonsense")};
        QVERIFY(!bad.validate().ok());
    }
};

QTEST_GUILESS_MAIN(TestCrossTab)
#include "tst_crosstab.moc"
