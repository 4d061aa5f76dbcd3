// folja-cli end to end, as a municipal IT script would use it: init → user add → a refused import
// (exit 1, full report, database byte-identical) → a valid import → the same import again (no
// changes) → registerutdrag → usage errors (exit 2).

#include "identity/personid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_pnr;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}, bool withPassword = true)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
        e.remove(QStringLiteral("FOLJA_PASSWORD"));
        e.remove(QStringLiteral("FOLJA_NEW_PASSWORD"));
        if (withPassword)
            e.insert(QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("admin-secret-1"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
        if (!p.waitForFinished(120000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeCsv(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    QStringList db(const QString& user = QStringLiteral("admin"))
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("kommun.db"));
        m_pnr = folja::identity::PersonId::compose(QDate(2011, 4, 4), 357);
    }

    void endToEnd()
    {
        // init: the recovery code is printed once, with a warning; the password is never echoed.
        Run r = cli(QStringList{QStringLiteral("init")} + db());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("RECOVERY CODE")));
        QVERIFY(!r.out.contains(QLatin1String("admin-secret-1")));
        QVERIFY(QFile::exists(m_db));

        r = cli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db()
                    + QStringList{QStringLiteral("--name"), QStringLiteral("anna"), QStringLiteral("--role"),
                                  QStringLiteral("handlaggare")},
                {{QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("anna-secret-1")}});
        QCOMPARE(r.exitCode, 0);
        r = cli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db()
                    + QStringList{QStringLiteral("--name"), QStringLiteral("sara"), QStringLiteral("--role"),
                                  QStringLiteral("analytiker,administrator")},
                {{QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("sara-secret-1")}});
        QCOMPARE(r.exitCode, 0);

        const QString header = QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum;"
                                              "aktualiseringstyp;beslut_datum;insats;verkstallande_datum;"
                                              "uppfoljning_datum;maluppfyllelse\n");
        const QString bad = writeCsv(QStringLiteral("bad.csv"),
                                     header
                                         + QStringLiteral("K-1;%1;BOU;anna;2024-01-10;Ansökan;2024-02-01;YAC.25.ZZ;"
                                                          "2024-02-05;2024-05-01;Ingen förändring\n"
                                                          "K-2;%1;BOU;anna;2024-01-10;Telefon;2024-02-01;YAC.25.ZZ;;;\n"
                                                          "K-3;%1;BOU;nisse;2024-01-10;;;;;;\n")
                                               .arg(m_pnr));
        const QByteArray before = fileHash(m_db);
        r = cli(QStringList{QStringLiteral("import")} + db() + QStringList{QStringLiteral("--csv"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Row 3")) && r.err.contains(QLatin1String("aktualiseringstyp"))
                     && r.err.contains(QLatin1String("Telefon")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Row 4")) && r.err.contains(QLatin1String("handlaggare")));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        QVERIFY(!r.err.contains(m_pnr) && !r.err.contains(m_pnr.mid(2)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(m_db), before);

        const QString good = writeCsv(QStringLiteral("good.csv"),
                                      header
                                          + QStringLiteral("K-1;%1;BOU;anna;2024-01-10;Ansökan;2024-02-01;YAC.25.ZZ;"
                                                           "2024-02-05;2024-05-01;Ingen förändring\n"
                                                           "K-1;%1;BOU;anna;2024-01-10;Ansökan;2024-03-01;YAC.80.ZZ;;;\n"
                                                           "K-2;%1;BOU;anna;2024-06-10;Anmälan;;;;;\n")
                                                .arg(m_pnr));
        // A dry run validates fully and writes nothing.
        r = cli(QStringList{QStringLiteral("import")} + db()
                + QStringList{QStringLiteral("--csv"), good, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fileHash(m_db), before);

        r = cli(QStringList{QStringLiteral("import")} + db() + QStringList{QStringLiteral("--csv"), good});
        QCOMPARE(r.exitCode, 0);
        QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("rows")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("arenden")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("insatser")).toInt(), 2);
        QVERIFY(summary.value(QLatin1String("warnings")).isArray());
        QCOMPARE(summary.value(QLatin1String("created")).toInt(), 2);

        // The same file again: nothing changes.
        r = cli(QStringList{QStringLiteral("import")} + db() + QStringList{QStringLiteral("--csv"), good});
        QCOMPARE(r.exitCode, 0);
        summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("created")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("updated")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("unchanged")).toInt(), 2);

        // anna (handläggare) may import only her own ärenden.
        const QString notHers = writeCsv(QStringLiteral("other.csv"),
                                         QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum\n"
                                                        "K-9;%1;BOU;sara;2024-01-10\n")
                                             .arg(m_pnr));
        r = cli(QStringList{QStringLiteral("import")} + db(QStringLiteral("anna"))
                    + QStringList{QStringLiteral("--csv"), notHers},
                {{QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("anna-secret-1")}});
        QCOMPARE(r.exitCode, 1);

        // Registerutdrag: the person's ärenden and the audit trail.
        r = cli(QStringList{QStringLiteral("extract")} + db()
                + QStringList{QStringLiteral("--person"), m_pnr, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject extract = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray arenden = extract.value(QLatin1String("arenden")).toArray();
        QCOMPARE(arenden.size(), 2);
        QCOMPARE(arenden[0].toObject().value(QLatin1String("arende_id")).toString(), QStringLiteral("K-1"));
        QCOMPARE(arenden[0].toObject().value(QLatin1String("insatser")).toArray().size(), 2);
        QStringList actions;
        for (const auto& e : extract.value(QLatin1String("audit")).toArray())
            actions.append(e.toObject().value(QLatin1String("action")).toString());
        QVERIFY(actions.contains(QLatin1String("arende.import")));
        QVERIFY(actions.contains(QLatin1String("person.extract")));

        // A handläggare cannot produce a registerutdrag.
        r = cli(QStringList{QStringLiteral("extract")} + db(QStringLiteral("anna"))
                    + QStringList{QStringLiteral("--person"), m_pnr, QStringLiteral("--format"), QStringLiteral("json")},
                {{QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("anna-secret-1")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());

        // A wrong password is a refusal, not a usage error, and is not echoed.
        r = cli(QStringList{QStringLiteral("import")} + db() + QStringList{QStringLiteral("--csv"), good},
                {{QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("not-the-password")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains(QLatin1String("not-the-password")));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), m_db}).exitCode, 2); // missing flags
        QCOMPARE(cli(QStringList{QStringLiteral("import")} + db()
                     + QStringList{QStringLiteral("--csv"), QStringLiteral("x.csv"), QStringLiteral("--colour")})
                     .exitCode,
                 2);
        const Run pw = cli(QStringList{QStringLiteral("init")} + db()
                           + QStringList{QStringLiteral("--password"), QStringLiteral("hunter22")});
        QCOMPARE(pw.exitCode, 2);
        QVERIFY(!pw.err.contains(QLatin1String("hunter22")));
        QCOMPARE(cli(QStringList{QStringLiteral("init")} + QStringList{QStringLiteral("--db"), m_dir.filePath(
                                                                           QStringLiteral("new.db")),
                                                                       QStringLiteral("--user"), QStringLiteral("x1")},
                     {}, false)
                     .exitCode,
                 2); // no FOLJA_PASSWORD
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db()
                     + QStringList{QStringLiteral("--name"), QStringLiteral("bo"), QStringLiteral("--role"),
                                   QStringLiteral("handlaggare")})
                     .exitCode,
                 2); // no FOLJA_NEW_PASSWORD
        QCOMPARE(cli(QStringList{QStringLiteral("extract")} + db()
                     + QStringList{QStringLiteral("--person"), m_pnr, QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("import")));
        QVERIFY(!help.out.contains(QLatin1String("crosstab"))); // not there yet
        QCOMPARE(cli({QStringLiteral("--version")}).exitCode, 0);
    }

    void passwordFileIsRead()
    {
        const QString file = m_dir.filePath(QStringLiteral("pw.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("admin-secret-1\nsecond line ignored\n");
        f.close();
        const QString csv = writeCsv(QStringLiteral("empty-ok.csv"),
                                     QStringLiteral("arende_id;person_id;malgrupp;handlaggare;aktualisering_datum\n"
                                                    "K-2;%1;BOU;anna;2024-06-10\n")
                                         .arg(m_pnr));
        const Run r = cli(QStringList{QStringLiteral("import")} + db()
                              + QStringList{QStringLiteral("--csv"), csv, QStringLiteral("--dry-run"),
                                            QStringLiteral("--password-file"), file},
                          {}, false);
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
