// folja-cli killed (SIGKILL) between the two writes of a new account: the key slot in <db>.keys is
// written, the SQL transaction with the account is not yet committed. The slot left behind must
// not block the name for good, nor keep unwrapping the database key: the next `user add` and the
// next administratör sign-in remove it. The kill lands exactly there through the test-only hook
// FOLJA_TEST_PAUSE_AT (access/testhooks.h), which exists only in BUILD_TESTING builds.

#include "access/accounts.h"
#include "access/session.h"
#include "store/keyfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("FOLJA_KDF_ITERATIONS"), QStringLiteral("1000"));
    e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("en"));
    e.insert(QStringLiteral("FOLJA_PASSWORD"), kAdminPassword);
    e.remove(QStringLiteral("FOLJA_TEST_PAUSE_AT"));
    return e;
}

QString cliPath()
{
    return QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli");
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int cli(const QStringList& args, const QString& newPassword = {})
    {
        QProcess p;
        QProcessEnvironment e = cliEnvironment();
        if (!newPassword.isEmpty())
            e.insert(QStringLiteral("FOLJA_NEW_PASSWORD"), newPassword);
        p.setProcessEnvironment(e);
        p.start(cliPath(), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Runs folja-cli with the pause hook at `point` and kills it (SIGKILL) once it is there.
    // False unless it reached the point and died of the kill.
    bool killAt(const QString& point, const QStringList& args, const QString& newPassword = {})
    {
        QProcess p;
        QProcessEnvironment e = cliEnvironment();
        e.insert(QStringLiteral("FOLJA_TEST_PAUSE_AT"), point);
        if (!newPassword.isEmpty())
            e.insert(QStringLiteral("FOLJA_NEW_PASSWORD"), newPassword);
        p.setProcessEnvironment(e);
        p.setReadChannel(QProcess::StandardError); // the hook reports on stderr
        p.start(cliPath(), args);
        if (!p.waitForStarted())
            return false;
        const QByteArray marker = "folja-test-paused:" + point.toUtf8();
        QByteArray err;
        while (!err.contains(marker)) {
            if (p.state() != QProcess::Running || !p.waitForReadyRead(120000)) {
                qWarning("never paused: %s", err.constData());
                return false;
            }
            err += p.readAllStandardError();
        }
        p.kill(); // SIGKILL: no destructors, no rollback, the lock file stays behind
        p.waitForFinished(30000);
        return p.exitStatus() == QProcess::CrashExit;
    }

    QStringList dbArgs(const QString& db) const
    {
        return {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")};
    }

    QString newDatabase(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        return cli(QStringList{QStringLiteral("init")} + dbArgs(db)) == 0 ? db : QString();
    }

    static QStringList userAdd(const QString& name)
    {
        return {QStringLiteral("user"),   QStringLiteral("add"),        QStringLiteral("--name"), name,
                QStringLiteral("--role"), QStringLiteral("handlaggare")};
    }

    static store::KeyFile keys(const QString& db)
    {
        auto k = store::KeyFile::load(store::KeyFile::pathFor(db));
        return k ? *k : store::KeyFile();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedUserAddLeavesNoLastingOrphan()
    {
        const QString db = newDatabase(QStringLiteral("useradd.db"));
        QVERIFY(!db.isEmpty());
        const QString password = QStringLiteral("bertil-secret-1");
        QVERIFY(killAt(QStringLiteral("account.add.slot_written"), userAdd(QStringLiteral("bertil")) + dbArgs(db),
                       password));

        // The kill landed between the writes: a slot without an account, which unwraps the key.
        QCOMPARE(keys(db).slotCount(), 2);
        QVERIFY(keys(db).hasSlot(QStringLiteral("bertil")));
        QVERIFY(keys(db).unlock(QStringLiteral("bertil"), password));
        QVERIFY(!access::Session::signIn(db, QStringLiteral("bertil"), password));

        // The name can be added again (it was refused for good: "already has a password").
        QCOMPARE(cli(userAdd(QStringLiteral("bertil")) + dbArgs(db), password), 0);
        QCOMPARE(keys(db).slotCount(), 2);
        auto bertil = access::Session::signIn(db, QStringLiteral("bertil"), password);
        QVERIFY2(bertil, bertil ? "" : qPrintable(bertil.error().message));
        QVERIFY((*bertil)->hasRole(access::Role::Handlaggare));
    }

    void administratorSignInRemovesTheOrphan()
    {
        const QString db = newDatabase(QStringLiteral("signin.db"));
        QVERIFY(!db.isEmpty());
        const QString password = QStringLiteral("cesar-secret-1");
        QVERIFY(killAt(QStringLiteral("account.add.slot_written"), userAdd(QStringLiteral("cesar")) + dbArgs(db),
                       password));
        QVERIFY(keys(db).unlock(QStringLiteral("cesar"), password));

        {
            auto admin = access::Session::signIn(db, QStringLiteral("admin"), kAdminPassword);
            QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        }
        QCOMPARE(keys(db).slotCount(), 1);
        QVERIFY(!keys(db).hasSlot(QStringLiteral("cesar")));
        QVERIFY(!keys(db).unlock(QStringLiteral("cesar"), password));
        QVERIFY(keys(db).unlock(QStringLiteral("admin"), kAdminPassword));
    }

    void killedDemoLeavesNoLastingOrphan()
    {
        // `demo` creates its handläggare accounts the same way, then inserts the records.
        const QString db = newDatabase(QStringLiteral("demo.db"));
        QVERIFY(!db.isEmpty());
        const QStringList demo = QStringList{QStringLiteral("demo")} + dbArgs(db) +
                                 QStringList{QStringLiteral("--persons"), QStringLiteral("20")};
        QVERIFY(killAt(QStringLiteral("account.add.slot_written"), demo));
        QCOMPARE(keys(db).slotCount(), 2); // admin and the first demo handläggare, without its account
        QCOMPARE(cli(demo), 0);
        auto admin = access::Session::signIn(db, QStringLiteral("admin"), kAdminPassword);
        QVERIFY(admin);
        // One slot per active account, and each demo handläggare signs in with it.
        auto accounts = access::Accounts(**admin).list();
        QVERIFY(accounts);
        QVERIFY(accounts->size() > 2);
        QCOMPARE(keys(db).slotCount(), int(accounts->size()));
        admin->reset(); // one process at a time holds the database
        for (const access::Account& a : *accounts) {
            if (a.name == QLatin1String("admin"))
                continue;
            QVERIFY(a.active);
            QVERIFY2(access::Session::signIn(db, a.name, kAdminPassword), qPrintable(a.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
