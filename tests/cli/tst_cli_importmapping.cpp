// folja-cli import --mapping NAME (issue 14): an extract in its own layout (Windows-1252, ',',
// own column names, 2019 value names, DD/MM/YYYY) imports through a mapping saved in the database;
// an unknown mapping, an undecided mapping or a handläggare without the administratör's leave is
// refused with a clear message and the database stays byte-identical.

#include "access/importmappings.h"
#include "access/session.h"
#include "io/importmapping.h"
#include "io/tablesource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;

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
const QString kAnnaPassword = QStringLiteral("anna-secret-1");

QString fixture()
{
    return QStringLiteral(FOLJA_TEST_DATA_DIR "/import/treserva-uttag.csv");
}

} // namespace

class TestCliImportMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args, const QString& password = kAdminPassword, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
        e.insert(QStringLiteral("FOLJA_PASSWORD"), password);
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

    Run import(const QString& user, const QString& mapping, const QStringList& extra = {})
    {
        return cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
                               QStringLiteral("--csv"), fixture(), QStringLiteral("--mapping"), mapping} +
                       extra,
                   user == QLatin1String("admin") ? kAdminPassword : kAnnaPassword);
    }

    bool saveMapping(const QString& name, bool decided)
    {
        auto admin = access::Session::signIn(m_db, QStringLiteral("admin"), kAdminPassword, {});
        if (!admin)
            return false;
        auto catalog = catalog::Catalog::loadBuiltin();
        auto table = io::openTable(fixture());
        if (!catalog || !table)
            return false;
        io::Mapping m = io::suggestMapping(**table, *catalog);
        if (decided) {
            const QString orsak = QStringLiteral("Ursprunglig aktualiseringsorsak");
            m.setValue(orsak, QStringLiteral("BOU"), QStringLiteral("Psykisk ohälsa"),
                       QStringLiteral("ORSAK.EGEN_PSYKISK_OHALSA"));
            m.setValue(orsak, QStringLiteral("VUX"),
                       QStringLiteral("Riskbruk/missbruk/beroende (alkohol, droger, spel etc.)"),
                       QStringLiteral("ORSAK.EGET_SKADLIGT_BRUK"));
            m.setValue(orsak, QStringLiteral("VUX"), QStringLiteral("Kriminalitet"),
                       QStringLiteral("ORSAK.EGEN_KRIMINALITET"));
            m.setValue(QStringLiteral("Insatstyp"), QStringLiteral("VUX"), QStringLiteral("Familjehem"),
                       QStringLiteral("YAD.30.15"));
        }
        return access::ImportMappings(**admin).save(name, m.toJson()).ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("mapping.folja"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                      QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("handlaggare")},
                     kAdminPassword, {{QStringLiteral("FOLJA_NEW_PASSWORD"), kAnnaPassword}})
                     .exitCode,
                 0);
        QVERIFY(saveMapping(QStringLiteral("Treserva-uttag"), true));
        QVERIFY(saveMapping(QStringLiteral("Utan val"), false));
    }

    void unknownMappingIsRefused()
    {
        const QByteArray before = fileHash(m_db);
        const Run r = import(QStringLiteral("admin"), QStringLiteral("Lifecare"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Lifecare")) && r.err.contains(QStringLiteral("Treserva-uttag")),
                 qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);
    }

    void undecidedValuesAreRefusedWithRows()
    {
        const QByteArray before = fileHash(m_db);
        const Run r = import(QStringLiteral("admin"), QStringLiteral("utan VAL")); // any case
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("column insats (Insatstyp), rows 7:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Familjehem")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was imported and nothing was changed")), qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);
    }

    void handlaggareNeedsTheAdministratorsLeave()
    {
        const QByteArray before = fileHash(m_db);
        Run r = import(QStringLiteral("anna"), QStringLiteral("Treserva-uttag"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("administratör has allowed")), qPrintable(r.err));
        QCOMPARE(fileHash(m_db), before);

        {
            auto admin = access::Session::signIn(m_db, QStringLiteral("admin"), kAdminPassword, {});
            QVERIFY(admin);
            QVERIFY(access::ImportMappings(**admin).setAllowed(QStringLiteral("anna"), true));
            QCOMPARE(*access::ImportMappings(**admin).allowedAccounts(), QStringList{QStringLiteral("anna")});
        }
        r = import(QStringLiteral("anna"), QStringLiteral("Treserva-uttag"), {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"dry_run\": true")), qPrintable(r.out));
    }

    void savedMappingImports()
    {
        const Run r = import(QStringLiteral("admin"), QStringLiteral("Treserva-uttag"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("arenden")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("insatser")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 7);
        QCOMPARE(summary.value(QStringLiteral("imported")).toBool(), true);

        // The monthly import of the same extract changes nothing.
        const QByteArray before = fileHash(m_db);
        const Run again = import(QStringLiteral("admin"), QStringLiteral("Treserva-uttag"));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("unchanged")).toInt(), 7);
    }

    void sheetNeedsMapping()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("--csv"), fixture(), QStringLiteral("--sheet"),
                           QStringLiteral("Blad1")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImportMapping)
#include "tst_cli_importmapping.moc"
