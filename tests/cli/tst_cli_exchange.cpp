// folja-cli exchange export|import (INTERCHANGE §1), as people and scripts run it: a laptop
// database with demo data and an SU database that knows one of its handläggare. Usage errors (exit
// 2), refusals (exit 1: an administratör exporting, a wrong passphrase, a flipped byte, an unknown
// handläggare; the database and key file byte-identical, in Swedish when FOLJA_LANG=sv), an export
// (exit 0, a JSON summary, no plaintext in the file) and an import (exit 0, the conflict report as
// JSON), and the same import again changing nothing. The rules themselves are
// tests/access/tst_exchange's subject.

#include <QCryptographicHash>
#include <QDir>
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

const QString kPassphrase = QStringLiteral("en lång överenskommen fras");

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_laptop;
    QString m_su;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
        e.insert(QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("admin-secret-1"));
        e.insert(QStringLiteral("FOLJA_TRANSFER_PASSPHRASE"), kPassphrase);
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
        if (!p.waitForFinished(120000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList exportArgs(const QString& db, const QString& user, const QString& out)
    {
        return {QStringLiteral("exchange"), QStringLiteral("export"),
                QStringLiteral("--db"),     db,
                QStringLiteral("--user"),   user,
                QStringLiteral("--out"),    out};
    }
    QStringList importArgs(const QString& db, const QString& user, const QString& in)
    {
        return {QStringLiteral("exchange"), QStringLiteral("import"),
                QStringLiteral("--db"),     db,
                QStringLiteral("--user"),   user,
                QStringLiteral("--in"),     in};
    }

    QByteArray state(const QString& db) { return fileHash(db) + fileHash(db + QStringLiteral(".keys")); }

    void expectRefused(const QString& in, const QMap<QString, QString>& env, const QString& why)
    {
        const QByteArray before = state(m_su);
        const Run run = cli(importArgs(m_su, QStringLiteral("admin"), in), env);
        QVERIFY2(run.exitCode == 1, qPrintable(why + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.contains(QFileInfo(in).fileName()), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Nothing was changed")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(state(m_su), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_laptop = m_dir.filePath(QStringLiteral("laptop.folja"));
        m_su = m_dir.filePath(QStringLiteral("su.folja"));
        for (const QString& db : {m_laptop, m_su}) {
            QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("admin")})
                         .exitCode,
                     0);
        }
        // The laptop: demo handläggare demo1, demo2, … with their ärenden.
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_laptop, QStringLiteral("--user"),
                              QStringLiteral("admin"), QStringLiteral("--persons"), QStringLiteral("80")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The SU database knows demo1 only.
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_su,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                      QStringLiteral("demo1"), QStringLiteral("--role"), QStringLiteral("handlaggare")},
                     {{QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("demo1-secret-1")}})
                     .exitCode,
                 0);
    }

    void usageErrors()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.paket"));
        QCOMPARE(cli(exportArgs(m_laptop, QStringLiteral("demo1"), out),
                     {{QStringLiteral("FOLJA_TRANSFER_PASSPHRASE"), QString()}})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("exchange"), QStringLiteral("send")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("exchange"), QStringLiteral("import"), QStringLiteral("--db"), m_su,
                      QStringLiteral("--user"), QStringLiteral("admin")})
                     .exitCode,
                 2); // no --in
        QCOMPARE(cli(exportArgs(m_laptop, QStringLiteral("demo1"), out) << QStringLiteral("--in") << out).exitCode,
                 2); // an import flag on export
        QCOMPARE(cli(exportArgs(m_laptop, QStringLiteral("demo1"), out)
                     << QStringLiteral("--since") << QStringLiteral("2025-02-30"))
                     .exitCode,
                 1);
        // A passphrase too short to protect personal data is refused.
        const Run weak = cli(exportArgs(m_laptop, QStringLiteral("demo1"), out),
                             {{QStringLiteral("FOLJA_TRANSFER_PASSPHRASE"), QStringLiteral("kort")}});
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void onlyAHandlaggareExports()
    {
        const QByteArray before = state(m_laptop);
        const QString out = m_dir.filePath(QStringLiteral("admin.paket"));
        const Run run = cli(exportArgs(m_laptop, QStringLiteral("admin"), out));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(state(m_laptop), before);
    }

    void exportAndImport()
    {
        const QString p1 = m_dir.filePath(QStringLiteral("demo1.paket"));
        const Run sent = cli(exportArgs(m_laptop, QStringLiteral("demo1"), p1));
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const QJsonObject summary = QJsonDocument::fromJson(sent.out.toUtf8()).object();
        const int arenden = summary.value(QStringLiteral("arenden")).toInt();
        QVERIFY(arenden > 0);
        QCOMPARE(summary.value(QStringLiteral("bytes")).toInteger(), QFileInfo(p1).size());
        QFile f(p1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("demo1"));
        QVERIFY(!bytes.contains("KON."));

        // Refusals first: a wrong passphrase (also in Swedish), a flipped byte, another's package.
        expectRefused(p1, {{QStringLiteral("FOLJA_TRANSFER_PASSPHRASE"), QStringLiteral("en annan lång fras")}},
                      QStringLiteral("wrong passphrase"));
        {
            const QByteArray before = state(m_su);
            const Run sv = cli(importArgs(m_su, QStringLiteral("admin"), p1),
                               {{QStringLiteral("FOLJA_TRANSFER_PASSPHRASE"), QStringLiteral("en annan lång fras")},
                                {QStringLiteral("FOLJA_LANG"), QStringLiteral("sv")}});
            QCOMPARE(sv.exitCode, 1);
            QVERIFY2(sv.err.contains(u"lösenfras"), qPrintable(sv.err));
            QCOMPARE(state(m_su), before);
        }
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
        const QString bad = m_dir.filePath(QStringLiteral("flipped.paket"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(flipped);
        b.close();
        expectRefused(bad, {}, QStringLiteral("flipped"));
        const QString p2 = m_dir.filePath(QStringLiteral("demo2.paket"));
        QCOMPARE(cli(exportArgs(m_laptop, QStringLiteral("demo2"), p2)).exitCode, 0);
        expectRefused(p2, {}, QStringLiteral("unknown handläggare"));

        // The import: every ärende created, owned by demo1; the conflict report is JSON.
        const Run received = cli(importArgs(m_su, QStringLiteral("admin"), p1));
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        const QJsonObject report = QJsonDocument::fromJson(received.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("created")).toInt(), arenden);
        QCOMPARE(report.value(QStringLiteral("owner")).toString(), QStringLiteral("demo1"));
        QVERIFY(report.value(QStringLiteral("conflicts")).isArray());
        QCOMPARE(report.value(QStringLiteral("conflicts")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("package")).toString(),
                 summary.value(QStringLiteral("package")).toString());

        // Again: nothing to do.
        const Run again = cli(importArgs(m_su, QStringLiteral("admin"), p1));
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("unchanged")).toInt(), arenden);
        QCOMPARE(second.value(QStringLiteral("created")).toInt() + second.value(QStringLiteral("updated")).toInt(), 0);

        // demo2's package, given to demo1 by the administratör.
        QStringList mapped = importArgs(m_su, QStringLiteral("admin"), p2);
        const Run given = cli(mapped << QStringLiteral("--owner") << QStringLiteral("demo1"));
        QVERIFY2(given.exitCode == 0, qPrintable(given.err));
        QCOMPARE(QJsonDocument::fromJson(given.out.toUtf8()).object().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("demo1"));
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
