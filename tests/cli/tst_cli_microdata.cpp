// folja-cli microdata export, as a municipal IT script would run it: refused for an analytiker and for
// a folder in use (exit 1, database and key file byte-identical, no files), usage errors (exit 2), and
// an administratör's export (exit 0, a JSON summary, the three files). What the files hold is
// tests/access/tst_microdata's subject.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

class TestCliMicrodata : public QObject
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

    QStringList exportArgs(const QString& user, const QString& out)
    {
        return {QStringLiteral("microdata"),   QStringLiteral("export"),
                QStringLiteral("--db"),        m_db,
                QStringLiteral("--user"),      user,
                QStringLiteral("--recipient"), QStringLiteral("FoU"),
                QStringLiteral("--out"),       out};
    }

    QByteArray state() { return fileHash(m_db) + fileHash(m_db + QStringLiteral(".keys")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("kommun.folja"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                      QStringLiteral("ana"), QStringLiteral("--role"), QStringLiteral("analytiker")},
                     {{QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("ana-secret-1")}})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--persons"), QStringLiteral("150")})
                     .exitCode,
                 0);
    }

    void refusedForAnalytiker()
    {
        const QByteArray before = state();
        const QString out = m_dir.filePath(QStringLiteral("ana-out"));
        const Run run = cli(exportArgs(QStringLiteral("ana"), out),
                            {{QStringLiteral("FOLJA_PASSWORD"), QStringLiteral("ana-secret-1")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Nothing was changed")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(state(), before);
    }

    void usageErrors()
    {
        QStringList bad = exportArgs(QStringLiteral("admin"), m_dir.filePath(QStringLiteral("x")));
        QCOMPARE(cli(bad << QStringLiteral("--date-precision") << QStringLiteral("week")).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("microdata"), QStringLiteral("import")}).exitCode, 2);
        QStringList noRecipient = exportArgs(QStringLiteral("admin"), m_dir.filePath(QStringLiteral("x")));
        noRecipient.remove(6, 2);
        QCOMPARE(cli(noRecipient).exitCode, 2);
        QStringList badDate = exportArgs(QStringLiteral("admin"), m_dir.filePath(QStringLiteral("x")));
        QCOMPARE(cli(badDate << QStringLiteral("--from") << QStringLiteral("2025-13-01")).exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void administratorExports()
    {
        const QString out = m_dir.filePath(QStringLiteral("fou"));
        const Run run = cli(exportArgs(QStringLiteral("admin"), out));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(summary.value(QStringLiteral("rows")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("recipient")).toString(), QStringLiteral("FoU"));
        QVERIFY(summary.value(QStringLiteral("new_recipient")).toBool());
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("README.txt"), QStringLiteral("datapackage.json"),
                              QStringLiteral("insatser.csv")}));

        // The same folder again: refused, nothing changed, the first export intact.
        const QByteArray before = state();
        const QByteArray csv = fileHash(QDir(out).filePath(QStringLiteral("insatser.csv")));
        const Run again = cli(exportArgs(QStringLiteral("admin"), out));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
        QCOMPARE(state(), before);
        QCOMPARE(fileHash(QDir(out).filePath(QStringLiteral("insatser.csv"))), csv);
    }
};

QTEST_GUILESS_MAIN(TestCliMicrodata)
#include "tst_cli_microdata.moc"
