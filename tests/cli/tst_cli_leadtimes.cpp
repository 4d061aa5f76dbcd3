// folja-cli leadtimes and trends (INTERCHANGE §1 v1.1) end to end on a register imported through
// the CLI and counted by hand below: published like crosstab (suppression or the Cell Key Method,
// the k floor, publicering only), JSON and CSV, and a refusal leaves the file byte-identical.

#include "access/session.h"
#include "access/settings.h"
#include "identity/personid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QString kAdminPassword = QStringLiteral("admin-secret-1");

/*  The register (all insatser beslut 2024-03-01, ärenden aktualiserade 2024-02-01), beslut →
    verkställande in days:
      BOU    2, 4, 7, 11     (avslutade 2024-12-31, 2024-12-31, 2025-01-01 and ongoing)
      VUX    1, 3, 3, 10, 20, and one without a verkställande date but avslutad 2024-06-01 (bortfall)
      ÄLDRE  5, 8            below k = 3
      FUNK   9               below k = 3
    Everyone (12): 1 2 3 3 4 5 7 8 9 10 11 20 — even n: median at 5.5 → 5 + ½·2 = 6; q1 at 2.75 →
    3; q3 at 8.25 → 9 + ¼·1 = 9.25; mean 83/12 = 6.92.
    Trends by quarter 2024-Q1 … 2025-Q2: beslut 13 in 2024-Q1; pagaende on each quarter's last day
    12 12 12 12 (two BOU end on 2024-12-31, still ongoing that day) 9 9; avslut 0 1 0 2 1 0.
*/
struct Row {
    QString malgrupp;
    QString ksi;
    int days; // -1: no verkställande date
    QString avslut;
};

QList<Row> rows()
{
    const QString bou = QStringLiteral("YAC.45.ZZ"), vux = QStringLiteral("YAD.20.15"),
                  aldre = QStringLiteral("YAA.05.15"), funk = QStringLiteral("YAB.05.ZZ");
    return {
        {QStringLiteral("BOU"), bou, 2, QStringLiteral("2024-12-31")},
        {QStringLiteral("BOU"), bou, 4, QStringLiteral("2024-12-31")},
        {QStringLiteral("BOU"), bou, 7, QStringLiteral("2025-01-01")},
        {QStringLiteral("BOU"), bou, 11, QString()},
        {QStringLiteral("VUX"), vux, 1, QString()},
        {QStringLiteral("VUX"), vux, 3, QString()},
        {QStringLiteral("VUX"), vux, 3, QString()},
        {QStringLiteral("VUX"), vux, 10, QString()},
        {QStringLiteral("VUX"), vux, 20, QString()},
        {QStringLiteral("VUX"), vux, -1, QStringLiteral("2024-06-01")},
        {QStringLiteral("ALDRE"), aldre, 5, QString()},
        {QStringLiteral("ALDRE"), aldre, 8, QString()},
        {QStringLiteral("FUNK"), funk, 9, QString()},
    };
}

} // namespace

class TestCliLeadTimes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
        e.insert(QStringLiteral("FOLJA_PASSWORD"), kAdminPassword);
        e.remove(QStringLiteral("FOLJA_NEW_PASSWORD"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
        if (!p.waitForFinished(120000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    Run leadtimes(const QStringList& flags)
    {
        return cli(QStringList{QStringLiteral("leadtimes"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                               QStringLiteral("admin")} +
                   flags);
    }

    Run trends(const QStringList& flags)
    {
        return cli(QStringList{QStringLiteral("trends"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                               QStringLiteral("admin")} +
                   flags);
    }

    bool adminSettings(const std::function<bool(folja::access::Settings&)>& change)
    {
        auto admin = folja::access::Session::signIn(m_db, QStringLiteral("admin"), kAdminPassword, {});
        if (!admin)
            return false;
        folja::access::Settings settings(**admin);
        return change(settings);
    }

    static const QStringList& year2024()
    {
        static const QStringList flags{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                                       QStringLiteral("2024-12-31")};
        return flags;
    }

    static QJsonObject groupWhere(const QJsonArray& groups, const QString& key, const QString& value)
    {
        for (const QJsonValue& v : groups) {
            const QJsonObject g = v.toObject();
            if (key.isEmpty() ? !g.contains(QStringLiteral("malgrupp")) : g.value(key).toString() == value)
                return g;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("ledtider.folja"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                      QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("handlaggare")},
                     {{QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("anna-secret-1")}})
                     .exitCode,
                 0);
        QString csv = QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;beslut_datum;"
                                     "insats;verkstallande_datum;avslut_datum\n");
        const QDate beslut(2024, 3, 1);
        int i = 0;
        for (const Row& r : rows()) {
            ++i;
            const QString pnr = folja::identity::PersonId::compose(QDate(1970, 1, 1).addDays(i * 400), 100 + i * 7);
            csv += QStringLiteral("K-%1;%2;%3;anna;2024-02-01;2024-03-01;%4;%5;%6\n")
                       .arg(i)
                       .arg(pnr, r.malgrupp, r.ksi,
                            r.days < 0 ? QString() : beslut.addDays(r.days).toString(Qt::ISODate), r.avslut);
        }
        const QString path = m_dir.filePath(QStringLiteral("register.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--csv"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // Suppression with k = 3, as an administratör sets them in Administration.
        QVERIFY(adminSettings([](folja::access::Settings& s) {
            return s.setProtectionMethod(folja::analysis::ProtectionMethod::Suppression).ok() && s.setMinCell(3).ok();
        }));
    }

    void everyoneByHand()
    {
        Run r = leadtimes(QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                          year2024());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("beslut-verkstallande"));
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("insats"));
        QCOMPARE(o.value(QStringLiteral("dimensions")).toArray(), QJsonArray());
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("suppression"));
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject all = groups.first().toObject();
        QCOMPARE(all.value(QStringLiteral("n")).toDouble(), 12.0);
        QCOMPARE(all.value(QStringLiteral("median")).toDouble(), 6.0);
        QCOMPARE(all.value(QStringLiteral("q1")).toDouble(), 3.0);
        QCOMPARE(all.value(QStringLiteral("q3")).toDouble(), 9.25);
        QCOMPARE(all.value(QStringLiteral("mean")).toDouble(), 6.92);
        QCOMPARE(all.value(QStringLiteral("suppressed")).toBool(), false);
        // The period selects insatser verkställda in it, so the VUX insats avslutad without a
        // verkställande date is not among them; without a period it is bortfall (1 < k, so null).
        QCOMPARE(o.value(QStringLiteral("bortfall")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("not_applicable")).toDouble(), 0.0);
        QVERIFY(!o.value(QStringLiteral("footnotes")).toArray().isEmpty());

        r = leadtimes(QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                  QStringLiteral("--format"), QStringLiteral("csv")} +
                      year2024());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("n;median;q1;q3;mean"));
        QCOMPARE(lines.at(1), QStringLiteral("12;6;3;9.25;6.92"));
        QCOMPARE(lines.at(2), QStringLiteral("# bortfall: 0"));
        QCOMPARE(lines.at(3), QStringLiteral("# not_applicable: 0"));

        r = leadtimes({QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"), QStringLiteral("--format"),
                       QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject whole = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(whole.contains(QStringLiteral("bortfall")) && whole.value(QStringLiteral("bortfall")).isNull());
        QCOMPARE(whole.value(QStringLiteral("groups")).toArray().first().toObject().value(QStringLiteral("median")),
                 QJsonValue(6.0));
    }

    void groupsBelowKAreSuppressed()
    {
        Run r = leadtimes(QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                      QStringLiteral("--rows"), QStringLiteral("malgrupp"), QStringLiteral("--format"),
                                      QStringLiteral("json")} +
                          year2024());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("dimensions")).toArray(), QJsonArray{QStringLiteral("malgrupp")});
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 5); // four målgrupper and everyone
        for (const QString& small : {QStringLiteral("Äldre"), QStringLiteral("Funktionshinder")}) {
            const QJsonObject g = groupWhere(groups, QStringLiteral("malgrupp"), small);
            QVERIFY2(!g.isEmpty(), qPrintable(small));
            QVERIFY(g.value(QStringLiteral("suppressed")).toBool());
            for (const char* key : {"n", "median", "q1", "q3", "mean"})
                QVERIFY(g.value(QLatin1String(key)).isNull());
        }
        // A shown group shows the hand-computed statistics: BOU 2 4 7 11 (even n), VUX 1 3 3 10 20.
        int shown = 0;
        const QJsonObject bou = groupWhere(groups, QStringLiteral("malgrupp"), QStringLiteral("Barn och unga"));
        if (!bou.value(QStringLiteral("suppressed")).toBool()) {
            ++shown;
            QCOMPARE(bou.value(QStringLiteral("n")).toDouble(), 4.0);
            QCOMPARE(bou.value(QStringLiteral("median")).toDouble(), 5.5);
            QCOMPARE(bou.value(QStringLiteral("q1")).toDouble(), 3.5);
            QCOMPARE(bou.value(QStringLiteral("q3")).toDouble(), 8.0);
            QCOMPARE(bou.value(QStringLiteral("mean")).toDouble(), 6.0);
        }
        const QJsonObject vux = groupWhere(groups, QStringLiteral("malgrupp"), QStringLiteral("Vuxna"));
        if (!vux.value(QStringLiteral("suppressed")).toBool()) {
            ++shown;
            QCOMPARE(vux.value(QStringLiteral("n")).toDouble(), 5.0);
            QCOMPARE(vux.value(QStringLiteral("median")).toDouble(), 3.0);
            QCOMPARE(vux.value(QStringLiteral("q3")).toDouble(), 10.0);
            QCOMPARE(vux.value(QStringLiteral("mean")).toDouble(), 7.4);
        }
        QVERIFY(shown >= 1);
        const QJsonObject all = groupWhere(groups, QString(), QString());
        QCOMPARE(all.value(QStringLiteral("n")).toDouble(), 12.0);
        QCOMPARE(all.value(QStringLiteral("median")).toDouble(), 6.0);

        r = leadtimes(QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                  QStringLiteral("--rows"), QStringLiteral("malgrupp"), QStringLiteral("--format"),
                                  QStringLiteral("csv")} +
                      year2024());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("malgrupp;n;median;q1;q3;mean"));
        QVERIFY(lines.contains(QStringLiteral("Äldre;..;..;..;..;..")));
        QVERIFY(lines.contains(QStringLiteral(";12;6;3;9.25;6.92")));
    }

    void trendsOverTheYearBoundary()
    {
        const QStringList flags{QStringLiteral("--series"), QStringLiteral("beslut"),
                                QStringLiteral("--series"), QStringLiteral("pagaende,avslut"),
                                QStringLiteral("--by"),     QStringLiteral("quarter"),
                                QStringLiteral("--from"),   QStringLiteral("2024-01-01"),
                                QStringLiteral("--to"),     QStringLiteral("2025-06-30")};
        Run r = trends(flags + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("quarter"));
        QCOMPARE(o.value(QStringLiteral("periods")).toArray(),
                 (QJsonArray{QStringLiteral("2024-Q1"), QStringLiteral("2024-Q2"), QStringLiteral("2024-Q3"),
                             QStringLiteral("2024-Q4"), QStringLiteral("2025-Q1"), QStringLiteral("2025-Q2")}));
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("suppression"));
        const QJsonArray series = o.value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 3);
        const QJsonValue null;
        QCOMPARE(series[0].toObject().value(QStringLiteral("series")).toString(), QStringLiteral("beslut"));
        QCOMPARE(series[0].toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{13, 0, 0, 0, 0, 0}));
        QCOMPARE(series[1].toObject().value(QStringLiteral("series")).toString(), QStringLiteral("pagaende"));
        QCOMPARE(series[1].toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{12, 12, 12, 12, 9, 9}));
        QCOMPARE(series[2].toObject().value(QStringLiteral("series")).toString(), QStringLiteral("avslut"));
        QCOMPARE(series[2].toObject().value(QStringLiteral("counts")).toArray(),
                 (QJsonArray{0, null, 0, null, null, 0}));

        r = trends(flags + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("period;beslut;pagaende;avslut"));
        QCOMPARE(lines.at(4), QStringLiteral("2024-Q4;0;12;.."));
        QCOMPARE(lines.at(5), QStringLiteral("2025-Q1;0;9;.."));
        QVERIFY(lines.last().startsWith(QLatin1String("# ")));
    }

    void refusalsChangeNothing()
    {
        QVERIFY(adminSettings([](folja::access::Settings& s) { return s.setMinCell(4).ok(); }));
        const QByteArray before = fileHash(m_db);
        const QStringList lead{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const QStringList trend{QStringLiteral("--series"), QStringLiteral("beslut"),     QStringLiteral("--by"),
                                QStringLiteral("year"),     QStringLiteral("--from"),     QStringLiteral("2024-01-01"),
                                QStringLiteral("--to"),     QStringLiteral("2024-12-31"), QStringLiteral("--format"),
                                QStringLiteral("json")};
        const QStringList weaker{QStringLiteral("--min-cell"), QStringLiteral("3")};
        // A k below the administratör's floor: refused (exit 1), nothing published or written.
        Run r = leadtimes(lead + year2024() + weaker);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("below")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = trends(trend + weaker);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        // Intern analys never leaves the program.
        r = leadtimes(lead + year2024() + QStringList{QStringLiteral("--mode"), QStringLiteral("intern")});
        QCOMPARE(r.exitCode, 1);
        r = trends(trend + QStringList{QStringLiteral("--mode"), QStringLiteral("intern")});
        QCOMPARE(r.exitCode, 1);
        // With suppression a published period is whole months.
        r = leadtimes(lead + QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-02"), QStringLiteral("--to"),
                                         QStringLiteral("2024-12-31")});
        QCOMPARE(r.exitCode, 1);
        // Per ärende only for aktualisering → beslut.
        r = leadtimes(lead + year2024() + QStringList{QStringLiteral("--unit"), QStringLiteral("arende")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(fileHash(m_db), before);

        // Usage errors (exit 2).
        QCOMPARE(leadtimes({QStringLiteral("--interval"), QStringLiteral("beslut"), QStringLiteral("--format"),
                            QStringLiteral("json")})
                     .exitCode,
                 2);
        QCOMPARE(leadtimes(lead + QStringList{QStringLiteral("--unit"), QStringLiteral("person")}).exitCode, 2);
        QCOMPARE(leadtimes(lead + QStringList{QStringLiteral("--layers"), QStringLiteral("kon")}).exitCode, 2);
        QCOMPARE(leadtimes(lead + QStringList{QStringLiteral("--cols"), QStringLiteral("kon")}).exitCode, 2);
        QCOMPARE(trends({QStringLiteral("--series"), QStringLiteral("ongoing"), QStringLiteral("--by"),
                         QStringLiteral("year"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2024-12-31"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                     .exitCode,
                 2);
        QCOMPARE(trends({QStringLiteral("--series"), QStringLiteral("beslut"), QStringLiteral("--by"),
                         QStringLiteral("week"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2024-12-31"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                     .exitCode,
                 2);
        QCOMPARE(trends({QStringLiteral("--series"), QStringLiteral("beslut"), QStringLiteral("--by"),
                         QStringLiteral("year"), QStringLiteral("--format"), QStringLiteral("json")})
                     .exitCode,
                 2); // no period
        QCOMPARE(fileHash(m_db), before);

        // A stricter k is applied, and the export is audited (the file changes only then).
        r = leadtimes(lead + year2024() + QStringList{QStringLiteral("--min-cell"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("min_cell")).toInt(), 5);
        r = trends(trend);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("min_cell")).toInt(), 4);
        QVERIFY(fileHash(m_db) != before);
        QVERIFY(adminSettings([](folja::access::Settings& s) { return s.setMinCell(3).ok(); }));
    }

    void cellKeyMethod()
    {
        QVERIFY(adminSettings([](folja::access::Settings& s) {
            return s.setProtectionMethod(folja::analysis::ProtectionMethod::CellKey).ok();
        }));
        Run r = leadtimes(QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                      QStringLiteral("--rows"), QStringLiteral("malgrupp"), QStringLiteral("--format"),
                                      QStringLiteral("json")} +
                          year2024());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("cell_key"));
        bool noted = false;
        for (const QJsonValue& f : o.value(QStringLiteral("footnotes")).toArray())
            noted = noted || f.toString().contains(QStringLiteral("at most ±2"));
        QVERIFY(noted);
        for (const QJsonValue& v : o.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = v.toObject();
            // n is the perturbed count; a group is shown only when its n is (at least k + 2).
            if (g.value(QStringLiteral("n")).isNull()) {
                QVERIFY(g.value(QStringLiteral("suppressed")).toBool());
                QVERIFY(g.value(QStringLiteral("median")).isNull());
            } else {
                QVERIFY(g.value(QStringLiteral("n")).toDouble() >= 3 + 2);
                QVERIFY(!g.value(QStringLiteral("median")).isNull());
            }
        }
        // Ärende ÄLDRE (2) and FUNK (1) are under k by any perturbation.
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QVERIFY(groupWhere(groups, QStringLiteral("malgrupp"), QStringLiteral("Funktionshinder"))
                    .value(QStringLiteral("n"))
                    .isNull());
        r = trends({QStringLiteral("--series"), QStringLiteral("pagaende"), QStringLiteral("--by"),
                    QStringLiteral("year"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), QStringLiteral("cell_key"));
        const QJsonArray counts =
            o.value(QStringLiteral("series")).toArray().first().toObject().value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts.size(), 2);
        QVERIFY(std::abs(counts[0].toDouble() - 12) <= 2); // on 2024-12-31
        QVERIFY(std::abs(counts[1].toDouble() - 9) <= 2);  // on 2025-12-31
        // The same records, the same numbers on every run.
        QCOMPARE(trends({QStringLiteral("--series"), QStringLiteral("pagaende"), QStringLiteral("--by"),
                         QStringLiteral("year"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                     .out,
                 r.out);
        QVERIFY(adminSettings([](folja::access::Settings& s) {
            return s.setProtectionMethod(folja::analysis::ProtectionMethod::Suppression).ok();
        }));
    }
};

QTEST_GUILESS_MAIN(TestCliLeadTimes)
#include "tst_cli_leadtimes.moc"
