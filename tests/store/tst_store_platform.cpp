// The store's platform file: fsync of files and directories reports what happened. And files the
// store creates are owner-only (0600) whatever the umask (issue 17): the database, its journal,
// the .keys file, a backup and the failed sign-in record.
#include "common/ownerfile.h"
#include "store/database.h"
#include "store/platform.h"
#include "store/signinlog.h"
#include "storetestutil.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// Nothing for group or others.
bool ownerOnly(const QString& path)
{
    const auto p = QFile::permissions(path);
    const auto others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (!(p & others) && p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner))
        return true;
    qWarning("%s: permissions 0x%x", qPrintable(path), unsigned(p));
    return false;
}

} // namespace

using namespace folja::store;

class TestStorePlatform : public QObject
{
    Q_OBJECT

private slots:
    void syncsAnExistingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("abc"), qint64(3));
        file.close();
        QVERIFY(platform::syncFile(path));
    }

    void refusesAMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!platform::syncFile(dir.filePath(QStringLiteral("missing.bin"))));
    }

    void syncsADirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(platform::syncDirectory(dir.path()));
    }

    void refusesAMissingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!platform::syncDirectory(dir.filePath(QStringLiteral("missing"))));
    }

    void emptyLockFileLeftByAKillDoesNotLockEveryoneOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lock.folja"));
        QVERIFY(Database::create(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastCreate()));
        // What a process killed between creating the lock file and writing its id leaves behind.
        QFile lock(Database::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        auto db = Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastOpen());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        // A live holder still locks others out.
        auto second = Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastOpen());
        QVERIFY(!second);
        QCOMPARE(second.error().code, folja::ErrorCode::Locked);
    }

#ifdef Q_OS_UNIX
    void filesAreOwnerOnlyUnderUmask022()
    {
        const mode_t previous = ::umask(022); // the usual default: new files 0644
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("perm.folja"));
        {
            auto db = Database::create(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastCreate());
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY(ownerOnly(path));
            QVERIFY(ownerOnly(Database::keyFilePath(path)));
            // The rollback journal exists while a write transaction is open.
            auto tx = sqlite::Transaction::begin((*db)->connection());
            QVERIFY(tx);
            QVERIFY((*db)->connection().exec("CREATE TABLE t(x); INSERT INTO t VALUES (zeroblob(100000));"));
            QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
            QVERIFY(ownerOnly(path + QStringLiteral("-journal")));
            QVERIFY(tx->commit());
            // A rewritten key file and a backup (with its key file) are owner-only too.
            QVERIFY((*db)->addKeySlot(QStringLiteral("bertil"), QStringLiteral("pw2")));
            QVERIFY(ownerOnly(Database::keyFilePath(path)));
            const QString backup = dir.filePath(QStringLiteral("backup.folja"));
            QVERIFY((*db)->backupTo(backup));
            QVERIFY(ownerOnly(backup));
            QVERIFY(ownerOnly(Database::keyFilePath(backup)));
        }
        // The failed sign-in record.
        QVERIFY(!Database::open(path, QStringLiteral("admin"), QStringLiteral("wrong"), storetest::fastOpen()));
        QVERIFY(SignInLog::recordFailure(path, QStringLiteral("admin"), FailedSignIn::Kind::Password,
                                         QDateTime::currentDateTimeUtc()));
        QVERIFY(ownerOnly(SignInLog::pathFor(path)));

        // Files made by an earlier version (0644) become owner-only at the next successful open.
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(Database::keyFilePath(path),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!Database::open(path, QStringLiteral("admin"), QStringLiteral("wrong"), storetest::fastOpen()));
        QVERIFY(QFile::permissions(path) & QFile::ReadOther); // a failed open changes nothing
        QVERIFY(Database::open(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastOpen()));
        QVERIFY(ownerOnly(path));
        QVERIFY(ownerOnly(Database::keyFilePath(path)));

        // The helper the GUI's reports and exports use.
        QSaveFile report(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(report.open(QIODevice::WriteOnly));
        QVERIFY(folja::restrictToOwner(report));
        report.write("%PDF");
        QVERIFY(report.commit());
        QVERIFY(ownerOnly(dir.filePath(QStringLiteral("report.pdf"))));
        ::umask(previous);
    }
#endif
};

QTEST_GUILESS_MAIN(TestStorePlatform)
#include "tst_store_platform.moc"
