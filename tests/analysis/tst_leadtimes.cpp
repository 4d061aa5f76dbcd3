// Lead times and trends against hand computation on small registers built here, and their
// interchange output (INTERCHANGE §1 v1.1: what folja-cli leadtimes and trends print).

#include "analysis/cellkey.h"
#include "analysis/leadtimes.h"
#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace folja;
using namespace folja::analysis;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

domain::Person person(domain::Id id, const QString& kon)
{
    domain::Person p;
    p.id = id;
    p.kon = kon;
    p.birthDate = d(1980, 1, 1);
    return p;
}

domain::Insats insats(const QString& ksi, QDate beslut, QDate verkst, QDate avslut = {}, int key = 0)
{
    domain::Insats i;
    i.ksi = ksi;
    i.beslutDatum = beslut;
    i.verkstallandeDatum = verkst;
    i.avslutDatum = avslut;
    i.recordKey = key;
    return i;
}

domain::Arende arende(domain::Id id, domain::Id personRef, const QString& malgrupp, QDate akt, QDate beslut,
                      QList<domain::Insats> insatser)
{
    domain::Arende a;
    a.id = id;
    a.externalId = QStringLiteral("L%1").arg(id);
    a.personRef = personRef;
    a.malgrupp = malgrupp;
    a.enhet = QStringLiteral("E1");
    a.aktualiseringDatum = akt;
    a.beslutDatum = beslut;
    a.insatser = insatser;
    return a;
}

const QString kBou = QStringLiteral("YAC.45.ZZ");
const QString kVux = QStringLiteral("YAD.20.15");
const QString kAldre = QStringLiteral("YAA.05.15");

/*  Beslut → verkställande, days (beslut 2024-03-01 unless said):
      BOU    2, 4, 7, 11                                   even n
      VUX    1, 3, 3, 10, 20
             + verkställd 2024-02-25, before its beslut     bortfall, not −5 days
             + not verkställd, not avslutad                 not applicable (not reached)
             + no verkställande date but avslutad           bortfall (reached, date missing)
      ÄLDRE  5, 8                                           below k = 3
*/
QList<domain::Arende> leadRegister()
{
    const QDate b = d(2024, 3, 1);
    QList<domain::Insats> bou, vux, aldre;
    for (int days : {7, 2, 11, 4})
        bou.append(insats(kBou, b, b.addDays(days)));
    for (int days : {10, 3, 20, 1, 3})
        vux.append(insats(kVux, b, b.addDays(days)));
    vux.append(insats(kVux, b, d(2024, 2, 25)));
    vux.append(insats(kVux, b, QDate()));
    vux.append(insats(kVux, b, QDate(), d(2024, 6, 1)));
    for (int days : {8, 5})
        aldre.append(insats(kAldre, b, b.addDays(days)));
    return {arende(1, 1, QStringLiteral("BOU"), d(2024, 2, 1), b, bou),
            arende(2, 2, QStringLiteral("VUX"), d(2024, 2, 1), b, vux),
            arende(3, 3, QStringLiteral("ALDRE"), d(2024, 2, 1), b, aldre),
            // Aktualisering → beslut per ärende: 29 days, and a beslut dated before its aktualisering.
            arende(4, 1, QStringLiteral("BOU"), d(2024, 4, 1), d(2024, 3, 20), {})};
}

QList<domain::Person> persons()
{
    return {person(1, QStringLiteral("KON.FLICKA_KVINNA")), person(2, QStringLiteral("KON.POJKE_MAN")),
            person(3, QStringLiteral("KON.FLICKA_KVINNA"))};
}

/*  Trends over the year boundary, by quarter 2024-10-01 … 2025-03-31:
      A1 BOU akt 2024-04-01   T5 beslut 2024-05-01 verkst 2024-06-01 ongoing
                              T2 beslut 2024-10-20 verkst 2024-11-01 avslut 2024-12-31 (Q4's last day)
                              T4 beslut 2024-10-01 verkst 2024-10-15 avslut 2025-01-01
      A2 BOU akt 2024-09-30   T1 beslut 2024-12-30 verkst 2024-12-31 (Q4's last day) ongoing
                              T3 beslut 2024-12-31 verkst 2025-01-01 avslut 2025-03-31 (Q1's last day)
                              T6 beslut 2024-12-20 not verkställd
      A3 VUX akt 2024-12-31   T7 beslut 2025-01-01 verkst 2025-02-01 ongoing
      A4 VUX akt 2025-01-01   no insats
    aktualiseringar Q4: A3 | Q1: A4                    1 | 1
    beslut          Q4: T1 T2 T3 T4 T6 | Q1: T7        5 | 1
    avslut          Q4: T2 | Q1: T3 T4                 1 | 2
    pagaende on 2024-12-31: T1 T2 T4 T5 (an insats ending on a day is ongoing that day; T3 starts
             the next day); on 2025-03-31: T1 T3 T5 T7    4 | 4
*/
QList<domain::Arende> trendRegister()
{
    return {
        arende(1, 1, QStringLiteral("BOU"), d(2024, 4, 1), d(2024, 5, 1),
               {insats(kBou, d(2024, 5, 1), d(2024, 6, 1)),
                insats(kBou, d(2024, 10, 20), d(2024, 11, 1), d(2024, 12, 31)),
                insats(kBou, d(2024, 10, 1), d(2024, 10, 15), d(2025, 1, 1))}),
        arende(2, 2, QStringLiteral("BOU"), d(2024, 9, 30), d(2024, 12, 20),
               {insats(kBou, d(2024, 12, 30), d(2024, 12, 31)),
                insats(kBou, d(2024, 12, 31), d(2025, 1, 1), d(2025, 3, 31)), insats(kBou, d(2024, 12, 20), QDate())}),
        arende(3, 3, QStringLiteral("VUX"), d(2024, 12, 31), d(2025, 1, 1),
               {insats(kVux, d(2025, 1, 1), d(2025, 2, 1))}),
        arende(4, 3, QStringLiteral("VUX"), d(2025, 1, 1), QDate(), {})};
}

Query query(Mode mode, QStringList dims, Unit unit = Unit::Insats)
{
    Query q;
    q.unit = unit;
    q.dimensions = dims;
    q.mode = mode;
    q.minCell = 3;
    q.protection = ProtectionMethod::Suppression;
    return q;
}

QList<qint64> ns(const TrendSeries& s)
{
    QList<qint64> out;
    for (const Count& c : s.counts)
        out.append(c.n);
    return out;
}

QList<bool> hidden(const TrendSeries& s)
{
    QList<bool> out;
    for (const Count& c : s.counts)
        out.append(c.suppressed);
    return out;
}

} // namespace

class TestLeadTimes : public QObject
{
    Q_OBJECT

    catalog::Catalog m_catalog;
    Snapshot m_lead;
    Snapshot m_trend;

    // The group of a 1-D table whose category code is `code` ("" for everyone).
    const LeadTimeStats* group(const LeadTimeTable& t, const QString& code)
    {
        if (code.isEmpty())
            return &t.groups.back();
        const QList<Category>& cats = t.dimensions.first().categories;
        for (qsizetype i = 0; i < cats.size(); ++i) {
            if (cats.at(i).code == code)
                return &t.groups[static_cast<std::size_t>(i)];
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        auto cat = catalog::Catalog::loadBuiltin();
        QVERIFY(cat.ok());
        m_catalog = cat.value();
        m_lead = Snapshot::build(persons(), leadRegister());
        m_trend = Snapshot::build(persons(), trendRegister());
    }

    void handComputedStatistics_data()
    {
        QTest::addColumn<QString>("malgrupp");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("q1");
        QTest::addColumn<double>("q3");
        QTest::addColumn<double>("mean");
        // Type 7: position p·(n−1) in the sorted values, interpolated linearly.
        // 2 4 7 11: median at 1.5 → 4 + ½·3; q1 at 0.75 → 2 + ¾·2; q3 at 2.25 → 7 + ¼·4.
        QTest::newRow("BOU, even n") << "BOU" << qint64(4) << 5.5 << 3.5 << 8.0 << 6.0;
        // 1 3 3 10 20: positions 2, 1, 3; mean 37/5.
        QTest::newRow("VUX, bortfall left out") << "VUX" << qint64(5) << 3.0 << 3.0 << 10.0 << 7.4;
        // 5 8: median at 0.5; q1 at 0.25 → 5 + ¼·3; q3 at 0.75.
        QTest::newRow("ALDRE, below k") << "ALDRE" << qint64(2) << 6.5 << 5.75 << 7.25 << 6.5;
        // 1 2 3 3 4 5 7 8 10 11 20: median at 5; q1 at 2.5 → 3; q3 at 7.5 → 8 + ½·2; mean 74/11.
        QTest::newRow("everyone") << "" << qint64(11) << 5.0 << 3.0 << 9.0 << 74.0 / 11.0;
    }

    void handComputedStatistics()
    {
        QFETCH(QString, malgrupp);
        QFETCH(qint64, n);
        QFETCH(double, median);
        QFETCH(double, q1);
        QFETCH(double, q3);
        QFETCH(double, mean);
        auto t = leadTimes(m_lead, m_catalog, query(Mode::InternAnalys, {QStringLiteral("malgrupp")}),
                           LeadTimeKind::BeslutVerkstallande);
        QVERIFY(t.ok());
        const LeadTimeStats* g = group(*t, malgrupp);
        QVERIFY(g);
        QCOMPARE(g->n.n, n);
        QCOMPARE(g->median, median);
        QCOMPARE(g->q1, q1);
        QCOMPARE(g->q3, q3);
        QCOMPARE(g->mean, mean);
        // Verkställd before beslut and verkställd without a date (but avslutad): bortfall, never a
        // negative duration; not verkställd yet: not applicable.
        QCOMPARE(t->bortfall.n, qint64(2));
        QCOMPARE(t->notApplicable.n, qint64(1));
        for (const LeadTimeStats& s : t->groups)
            QVERIFY(s.q1 >= 0.0);
    }

    void endBeforeStartIsBortfallForEveryInterval()
    {
        // Ärende 4: beslut 2024-03-20 before aktualisering 2024-04-01. The others: 29 days each.
        auto arenden = leadTimes(m_lead, m_catalog, query(Mode::InternAnalys, {}, Unit::Arende),
                                 LeadTimeKind::AktualiseringBeslut);
        QVERIFY(arenden.ok());
        QCOMPARE(arenden->bortfall.n, qint64(1));
        QCOMPARE(arenden->groups.back().n.n, qint64(3));
        QCOMPARE(arenden->groups.back().median, 29.0);
        QCOMPARE(arenden->groups.back().q1, 29.0);

        // Verkställande → avslut: only the VUX insats avslutad without a verkställande date has an
        // end, and its start is missing: bortfall; everything else is still ongoing.
        auto avslut = leadTimes(m_lead, m_catalog, query(Mode::InternAnalys, {}), LeadTimeKind::VerkstallandeAvslut);
        QVERIFY(avslut.ok());
        QCOMPARE(avslut->bortfall.n, qint64(1));
        QCOMPARE(avslut->notApplicable.n, qint64(13));
        QCOMPARE(avslut->groups.back().n.n, qint64(0));
    }

    void publishedGroupsAreProtected()
    {
        auto t = leadTimes(m_lead, m_catalog, query(Mode::Publicering, {QStringLiteral("malgrupp")}),
                           LeadTimeKind::BeslutVerkstallande);
        QVERIFY(t.ok());
        const LeadTimeStats* aldre = group(*t, QStringLiteral("ALDRE"));
        QVERIFY(aldre);
        QVERIFY(aldre->suppressed);
        QVERIFY(aldre->n.suppressed);
        // Secondary suppression: the small group cannot be recovered as everyone − the others.
        const LeadTimeStats* bou = group(*t, QStringLiteral("BOU"));
        const LeadTimeStats* vux = group(*t, QStringLiteral("VUX"));
        QVERIFY(bou->n.suppressed || vux->n.suppressed);
        const LeadTimeStats* all = group(*t, QString());
        QVERIFY(!all->suppressed);
        QCOMPARE(all->n.n, qint64(11));
        QCOMPARE(all->median, 5.0);
        QVERIFY(t->footnotes.size() >= 2);

        // The interchange JSON: a suppressed group has null n and statistics; "everyone" has no
        // dimension value.
        auto json = toInterchangeJson(*t);
        QVERIFY(json.ok());
        const QJsonObject o = QJsonDocument::fromJson(*json).object();
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("beslut-verkstallande"));
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("insats"));
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("suppression"));
        QCOMPARE(o.value(QStringLiteral("bortfall")), QJsonValue()); // 2 < k
        QCOMPARE(o.value(QStringLiteral("not_applicable")), QJsonValue());
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 4);
        int suppressed = 0;
        for (const QJsonValue& v : groups) {
            const QJsonObject g = v.toObject();
            if (g.value(QStringLiteral("suppressed")).toBool()) {
                ++suppressed;
                for (const char* key : {"n", "median", "q1", "q3", "mean"})
                    QVERIFY(g.value(QLatin1String(key)).isNull());
            }
        }
        QCOMPARE(suppressed, 2);
        const QJsonObject everyone = groups.last().toObject();
        QVERIFY(!everyone.contains(QStringLiteral("malgrupp")));
        QCOMPARE(everyone.value(QStringLiteral("n")).toDouble(), 11.0);
        QCOMPARE(everyone.value(QStringLiteral("q3")).toDouble(), 9.0);
        QCOMPARE(everyone.value(QStringLiteral("mean")).toDouble(), 6.73); // 74/11 to two decimals

        auto csv = toInterchangeCsv(*t);
        QVERIFY(csv.ok());
        const QStringList lines = QString::fromUtf8(*csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("malgrupp;n;median;q1;q3;mean"));
        QVERIFY(lines.contains(QStringLiteral(";11;5;3;9;6.73")));
        QVERIFY(lines.contains(QStringLiteral("Äldre;..;..;..;..;..")));
        QVERIFY(lines.contains(QStringLiteral("# bortfall: ..")));

        // Intern analys is not exportable.
        auto intern = leadTimes(m_lead, m_catalog, query(Mode::InternAnalys, {QStringLiteral("malgrupp")}),
                                LeadTimeKind::BeslutVerkstallande);
        QVERIFY(!toInterchangeJson(*intern).ok());
        QVERIFY(!toInterchangeCsv(*intern).ok());
    }

    void emptyGroupsAreNotSuppressed()
    {
        // malgrupp × kon: VUX has only a man (P2), so VUX × woman is empty (0 records): no statistics
        // but nothing to protect, as a 0 cell of a cross-tab.
        Query q = query(Mode::Publicering, {QStringLiteral("malgrupp"), QStringLiteral("kon")});
        auto t = leadTimes(m_lead, m_catalog, q, LeadTimeKind::BeslutVerkstallande);
        QVERIFY(t.ok());
        bool sawEmpty = false;
        for (const LeadTimeStats& g : t->groups) {
            if (g.n.n == 0 && !g.n.suppressed) {
                sawEmpty = true;
                QVERIFY(!g.suppressed);
            }
        }
        QVERIFY(sawEmpty);
        const QJsonArray groups =
            QJsonDocument::fromJson(*toInterchangeJson(*t)).object().value(QStringLiteral("groups")).toArray();
        for (const QJsonValue& v : groups) {
            const QJsonObject g = v.toObject();
            if (g.value(QStringLiteral("n")).toDouble(-1) == 0)
                QVERIFY(g.value(QStringLiteral("median")).isNull());
        }
    }

    void cellKeyGroupsShowStatisticsOnlyWithTheirN()
    {
        // Groups of 5 to 7 insatser with record keys varied until some group's published n is
        // hidden (below k + 2) while its true n is at least k: that group must show no statistics.
        bool sawHiddenN = false;
        for (int seed = 0; seed < 64 && !sawHiddenN; ++seed) {
            QList<domain::Arende> arenden;
            int id = 1;
            for (const QString& m : {QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("ALDRE")}) {
                const QString ksi = m == QLatin1String("BOU") ? kBou : m == QLatin1String("VUX") ? kVux : kAldre;
                for (int size = 5; size <= 7; ++size) {
                    QList<domain::Insats> list;
                    for (int i = 0; i < size; ++i)
                        list.append(insats(ksi, d(2024, 3, 1), d(2024, 3, 2 + i), {}, (seed * 37 + id * 11 + i) % 256));
                    arenden.append(arende(id, 1 + id % 3, m, d(2024, 2, 1), d(2024, 3, 1), list));
                    ++id;
                }
            }
            const Snapshot s = Snapshot::build(persons(), arenden);
            Query q = query(Mode::Publicering, {QStringLiteral("malgrupp"), QStringLiteral("kon")});
            q.minCell = 5;
            q.protection = ProtectionMethod::CellKey;
            auto t = leadTimes(s, m_catalog, q, LeadTimeKind::BeslutVerkstallande);
            QVERIFY(t.ok());
            QCOMPARE(t->protection, ProtectionMethod::CellKey);
            for (const LeadTimeStats& g : t->groups) {
                if (g.n.suppressed) {
                    QVERIFY(g.suppressed);
                    if (g.n.n >= q.minCell)
                        sawHiddenN = true;
                }
            }
            const QJsonObject o = QJsonDocument::fromJson(*toInterchangeJson(*t)).object();
            QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("cell_key"));
            QVERIFY(o.value(QStringLiteral("footnotes")).toArray().contains(cellKeyNote()));
            for (const QJsonValue& v : o.value(QStringLiteral("groups")).toArray()) {
                const QJsonObject g = v.toObject();
                if (g.value(QStringLiteral("n")).isNull())
                    QVERIFY(g.value(QStringLiteral("median")).isNull() &&
                            g.value(QStringLiteral("suppressed")).toBool());
            }
        }
        QVERIFY(sawHiddenN);
    }

    void trendOverTheYearBoundary()
    {
        Query q = query(Mode::InternAnalys, {});
        q.period.from = d(2024, 10, 1);
        q.period.to = d(2025, 3, 31);
        const QList<TrendKind> kinds{TrendKind::Aktualiseringar, TrendKind::Beslut, TrendKind::Avslut,
                                     TrendKind::PagaendeInsatser};
        auto t = trends(m_trend, m_catalog, q, Granularity::Quarter, kinds);
        QVERIFY(t.ok());
        QCOMPARE(t->periods, (QStringList{QStringLiteral("2024-Q4"), QStringLiteral("2025-Q1")}));
        QCOMPARE(t->periodEnds, (QList<QDate>{d(2024, 12, 31), d(2025, 3, 31)}));
        QCOMPARE(ns(t->series[0]), (QList<qint64>{1, 1}));
        QCOMPARE(ns(t->series[1]), (QList<qint64>{5, 1}));
        QCOMPARE(ns(t->series[2]), (QList<qint64>{1, 2}));
        QCOMPARE(ns(t->series[3]), (QList<qint64>{4, 4}));

        // Months across the boundary: on 2025-01-31 T4 (avslutad 01-01) has ended, T7 not started.
        q.period.from = d(2024, 12, 1);
        q.period.to = d(2025, 1, 31);
        auto months = trends(m_trend, m_catalog, q, Granularity::Month, {TrendKind::PagaendeInsatser});
        QVERIFY(months.ok());
        QCOMPARE(months->periods, (QStringList{QStringLiteral("2024-12"), QStringLiteral("2025-01")}));
        QCOMPARE(ns(months->series[0]), (QList<qint64>{4, 3}));

        // Published with k = 3: counts below it are suppressed, the rest shown.
        q.mode = Mode::Publicering;
        q.period.from = d(2024, 10, 1);
        q.period.to = d(2025, 3, 31);
        auto pub = trends(m_trend, m_catalog, q, Granularity::Quarter, kinds);
        QVERIFY(pub.ok());
        QCOMPARE(hidden(pub->series[0]), (QList<bool>{true, true}));
        QCOMPARE(hidden(pub->series[1]), (QList<bool>{false, true}));
        QCOMPARE(hidden(pub->series[2]), (QList<bool>{true, true}));
        QCOMPARE(hidden(pub->series[3]), (QList<bool>{false, false}));
        auto json = toInterchangeJson(*pub);
        QVERIFY(json.ok());
        const QJsonObject o = QJsonDocument::fromJson(*json).object();
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("quarter"));
        QCOMPARE(o.value(QStringLiteral("periods")).toArray(),
                 (QJsonArray{QStringLiteral("2024-Q4"), QStringLiteral("2025-Q1")}));
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), 3);
        const QJsonArray series = o.value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 4);
        QCOMPARE(series[1].toObject().value(QStringLiteral("series")).toString(), QStringLiteral("beslut"));
        QCOMPARE(series[1].toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{5, QJsonValue()}));
        QCOMPARE(series[3].toObject().value(QStringLiteral("series")).toString(), QStringLiteral("pagaende"));
        QCOMPARE(series[3].toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{4, 4}));
        auto csv = toInterchangeCsv(*pub);
        QVERIFY(csv.ok());
        const QStringList lines = QString::fromUtf8(*csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("period;aktualiseringar;beslut;avslut;pagaende"));
        QCOMPARE(lines.at(1), QStringLiteral("2024-Q4;..;5;..;4"));
        QCOMPARE(lines.at(2), QStringLiteral("2025-Q1;..;..;..;4"));
    }

    void codesRoundTrip()
    {
        for (LeadTimeKind k :
             {LeadTimeKind::AktualiseringBeslut, LeadTimeKind::BeslutVerkstallande, LeadTimeKind::VerkstallandeAvslut})
            QCOMPARE(leadTimeKindFromCode(leadTimeKindCode(k)), std::optional<LeadTimeKind>(k));
        QCOMPARE(trendKindFromCode(u"pagaende"), std::optional<TrendKind>(TrendKind::PagaendeInsatser));
        QCOMPARE(granularityFromCode(u"quarter"), std::optional<Granularity>(Granularity::Quarter));
        QVERIFY(!leadTimeKindFromCode(u"beslut").has_value());
        QVERIFY(!trendKindFromCode(u"ongoing").has_value());
        QVERIFY(!granularityFromCode(u"week").has_value());
    }
};

QTEST_GUILESS_MAIN(TestLeadTimes)
#include "tst_leadtimes.moc"
