// Failed sign-ins through folja-cli (issue 17): a wrong password in the CLI is recorded beside the
// database like one in the GUI — the account, the time, never the password — and the next
// administratör to sign in is shown it; the database and its .keys file stay byte-identical.
// (The increasing delay is per process: each folja-cli run is a new process with one attempt.)

#include "access/session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

int cli(const QStringList& args, const QString& password, QByteArray* err = nullptr)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
    e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
    e.insert(QStringLiteral("FOLJA_PASSWORD"), password);
    e.insert(QStringLiteral("FOLJA_NEW_PASSWORD"), QStringLiteral("bertil-secret-1"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

private slots:
    void wrongPasswordInTheCliReachesTheAdministrator()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("cli.folja"));
        const QStringList admin = {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")};
        QCOMPARE(cli(QStringList{QStringLiteral("init")} + admin, kAdminPassword), 0);
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("bertil"), QStringLiteral("--role"), QStringLiteral("handlaggare")} +
                         admin,
                     kAdminPassword),
                 0);
        const QByteArray dbBefore = hashOf(db), keysBefore = hashOf(access::Session::keyFilePath(db));
        QByteArray err;
        const QString guess = QStringLiteral("Gissat-Losen-99");
        const int rc = cli({QStringLiteral("crosstab"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                            QStringLiteral("bertil"), QStringLiteral("--rows"), QStringLiteral("kon"),
                            QStringLiteral("--format"), QStringLiteral("csv")},
                           guess, &err);
        QVERIFY2(rc == 1, err.constData()); // refused at sign-in (2 would be a usage error)
        QVERIFY(!err.contains(guess.toUtf8()));
        QCOMPARE(hashOf(db), dbBefore);
        QCOMPARE(hashOf(access::Session::keyFilePath(db)), keysBefore);

        access::SessionOptions fast;
        fast.kdf = access::KdfParams::fastForTests();
        auto session = access::Session::signIn(db, QStringLiteral("admin"), kAdminPassword, fast);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        const auto failed = (*session)->failedSignIns();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).account, QStringLiteral("bertil"));
        QVERIFY(!failed.at(0).recoveryCode);
        QVERIFY(qAbs(failed.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
