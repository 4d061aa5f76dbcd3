// folja-cli crosstab --format xlsx --out FILE (INTERCHANGE §1 v1.1, issue #14) end to end: the
// workbook holds the same published cells as the command's own JSON (numbers as numbers, ".." for
// suppressed), a sheet per layer, owner-only, audited; intern analys and usage errors are refused
// and leave the database byte-identical and no file behind.

#include "access/auditlog.h"
#include "access/session.h"
#include "access/settings.h"
#include "xlsxread.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

const QString kAdminPassword = QStringLiteral("admin-secret-1");

} // namespace

class TestCliXlsx : public QObject
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

    Run crosstab(const QStringList& flags)
    {
        return cli(QStringList{QStringLiteral("crosstab"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                               QStringLiteral("admin")} +
                   flags);
    }

private slots:
    void initTestCase()
    {
        if (folja::test::xlsxTool().isEmpty()) {
            if (qEnvironmentVariableIsSet("FOLJA_CI"))
                QFAIL("unzip is missing (installer/setup.sh installs it)");
            QSKIP("unzip is not installed");
        }
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("xlsx.folja"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin")})
                     .exitCode,
                 0);
        {
            // Suppression, so that the table has ".." cells to check (a new database uses the CKM).
            auto admin = folja::access::Session::signIn(m_db, QStringLiteral("admin"), kAdminPassword, {});
            QVERIFY(admin);
            QVERIFY(
                folja::access::Settings(**admin).setProtectionMethod(folja::analysis::ProtectionMethod::Suppression));
        }
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--persons"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QStringLiteral("11")})
                     .exitCode,
                 0);
    }

    void sameCellsAsTheJson()
    {
        const QStringList query{QStringLiteral("--rows"), QStringLiteral("malgrupp"), QStringLiteral("--cols"),
                                QStringLiteral("kon")};
        const Run json = crosstab(query + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject table = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray cells = table.value(QLatin1String("cells")).toArray();
        QVERIFY(!cells.isEmpty());

        const QString path = m_dir.filePath(QStringLiteral("malgrupp-kon.xlsx"));
        const Run run = crosstab(
            query + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty()); // the workbook goes to the file only
#ifndef Q_OS_WIN
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        const folja::test::XlsxBook book = folja::test::readXlsx(path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 1);
        const folja::test::XlsxSheet& s = book.sheets.first();
        QCOMPARE(s.frozenColumns, 1);
        const int header = s.frozenRows - 1;
        QVERIFY(header > 0);
        QVERIFY(s.at(header, 0).text.contains(QLatin1String(" \\ ")));
        // Labels as on screen, in the user's language: the interchange's "(uppgift saknas)" is the
        // row and column marked as bortfall (italic).
        const QString missing = QStringLiteral("(uppgift saknas)");
        QHash<QString, int> columnOf;
        for (int c = 1; !s.at(header, c).text.isEmpty(); ++c)
            columnOf.insert(book.italic(s.at(header, c).style) ? missing : s.at(header, c).text, c);
        QHash<QString, int> rowOf;
        for (int r = header + 1; !s.at(r, 0).text.isEmpty(); ++r)
            rowOf.insert(book.italic(s.at(r, 0).style) ? missing : s.at(r, 0).text, r);
        QVERIFY(columnOf.contains(missing));
        int numbers = 0, suppressed = 0;
        for (const QJsonValue& v : cells) {
            const QJsonObject cell = v.toObject();
            const QString malgrupp = cell.value(QLatin1String("malgrupp")).toString();
            const QString kon = cell.value(QLatin1String("kon")).toString();
            QVERIFY2(rowOf.contains(malgrupp), qPrintable(malgrupp));
            QVERIFY2(columnOf.contains(kon), qPrintable(kon));
            const folja::test::XlsxCell x = s.at(rowOf.value(malgrupp), columnOf.value(kon));
            if (cell.value(QLatin1String("suppressed")).toBool()) {
                QCOMPARE(x.text, QStringLiteral(".."));
                ++suppressed;
            } else {
                QVERIFY2(x.isNumber, qPrintable(malgrupp + QLatin1Char('/') + kon));
                QCOMPARE(x.number, cell.value(QLatin1String("n")).toDouble());
                ++numbers;
            }
        }
        QVERIFY(numbers > 0);
        QVERIFY(suppressed > 0);
        // The records in the table and the footnote under it; the method note.
        const int records = s.findRow(QStringLiteral("Records in the table"), header);
        QVERIFY(records > header);
        QCOMPARE(s.at(records, 1).number, table.value(QLatin1String("total")).toDouble());
        // The method note (analysis::reporttext, as in the nämnd report).
        QVERIFY(s.findRow(QStringLiteral("Method"), records) > records);

        // Audited as an export, with no personal data.
        auto admin = folja::access::Session::signIn(m_db, QStringLiteral("admin"), kAdminPassword, {});
        QVERIFY(admin);
        auto recent = folja::access::AuditLog(**admin).recent(20);
        QVERIFY(recent.ok());
        bool audited = false;
        for (const folja::access::AuditEntry& e : *recent)
            audited =
                audited || (e.action == QLatin1String("analysis.export") && e.objectType == QLatin1String("xlsx") &&
                            e.details.contains(QLatin1String("dims=malgrupp,kon")));
        QVERIFY(audited);
    }

    void aSheetPerLayer()
    {
        const QStringList query{QStringLiteral("--rows"), QStringLiteral("kon"),      QStringLiteral("--cols"),
                                QStringLiteral("sip"),    QStringLiteral("--layers"), QStringLiteral("malgrupp")};
        const Run json = crosstab(query + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QSet<QString> layers;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("cells")).toArray())
            layers.insert(v.toObject().value(QLatin1String("malgrupp")).toString());
        const QString path = m_dir.filePath(QStringLiteral("lager.xlsx"));
        const Run run = crosstab(
            query + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const folja::test::XlsxBook book = folja::test::readXlsx(path);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        // Each målgrupp of the table and the total.
        QCOMPARE(book.sheets.size(), layers.size() + 1);
        QStringList names;
        for (const folja::test::XlsxSheet& s : book.sheets)
            names.append(s.name);
        for (const QString& l : layers)
            QVERIFY2(names.contains(l), qPrintable(l + QStringLiteral(" in ") + names.join(QLatin1Char(','))));
        QCOMPARE(names.last(), QStringLiteral("Total"));
    }

    void refusedAndUsageErrorsWriteNothing()
    {
        const QByteArray before = fileHash(m_db);
        const QString path = m_dir.filePath(QStringLiteral("refused.xlsx"));
        const QStringList query{QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--format"),
                                QStringLiteral("xlsx")};
        // Intern analys never leaves the program.
        Run r = crosstab(
            query + QStringList{QStringLiteral("--out"), path, QStringLiteral("--mode"), QStringLiteral("intern")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        // No --out; --out with another format.
        QCOMPARE(crosstab(query).exitCode, 2);
        QCOMPARE(crosstab({QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--out"), path})
                     .exitCode,
                 2);
        // A folder that does not exist: exit 1 naming the file.
        const QString nowhere = m_dir.filePath(QStringLiteral("saknas/ut.xlsx"));
        r = crosstab(query + QStringList{QStringLiteral("--out"), nowhere});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(nowhere), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(nowhere));
        QCOMPARE(fileHash(m_db), before);
        // No temporary file left behind.
        for (const QString& f : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!f.endsWith(QLatin1String(".tmp")), qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestCliXlsx)
#include "tst_cli_xlsx.moc"
