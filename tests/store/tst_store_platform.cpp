// The platform file (core/common/platform.cpp): fsync of files and directories reports what
// happened. And files the store creates are owner-only whatever the umask (issue 17) or, on
// Windows, the folder's inherited ACL (issue 16): the database, the .keys file, a backup, the
// failed sign-in record, and a report written through QSaveFile. POSIX: 0600 (and the journal);
// Windows: a protected DACL whose only entry is the user's.
#include "common/ownerfile.h"
#include "common/platform.h"
#include "store/database.h"
#include "store/signinlog.h"
#include "storetestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
// windows.h first.
#include <aclapi.h>
#endif

namespace {

#ifdef Q_OS_WIN
// Wine keeps no DACLs: it turns one into the file's Unix mode and makes a DACL up from the mode when
// asked (owner and group entries, never protected). There the check can only be that nobody else
// (Everyone) has an entry; on Windows it is the DACL itself.
bool underWine()
{
    HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version");
}

bool grantsEveryone(PACL dacl)
{
    SID_IDENTIFIER_AUTHORITY world = SECURITY_WORLD_SID_AUTHORITY;
    PSID everyone = nullptr;
    if (!::AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone))
        return true;
    bool found = false;
    for (DWORD i = 0; dacl && i < dacl->AceCount && !found; ++i) {
        void* ace = nullptr;
        if (::GetAce(dacl, i, &ace) && static_cast<ACE_HEADER*>(ace)->AceType == ACCESS_ALLOWED_ACE_TYPE)
            found = ::EqualSid(&static_cast<ACCESS_ALLOWED_ACE*>(ace)->SidStart, everyone);
    }
    ::FreeSid(everyone);
    return found;
}

// A protected DACL (nothing inherited from the folder) with exactly one entry: access allowed,
// with read and write data, for the user this process runs as.
bool ownerOnly(const QString& path, bool warn = true)
{
    const std::wstring native = QString(path).replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString();
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (::GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl,
                                nullptr, &sd) != ERROR_SUCCESS) {
        qWarning("%s: GetNamedSecurityInfoW failed", qPrintable(path));
        return false;
    }
    bool ok = false;
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    HANDLE token = nullptr;
    std::vector<unsigned char> tokenUser;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        tokenUser.resize(size);
        if (!::GetTokenInformation(token, TokenUser, tokenUser.data(), size, &size))
            tokenUser.clear();
        ::CloseHandle(token);
    }
    void* ace = nullptr;
    if (underWine()) {
        ok = dacl && !grantsEveryone(dacl);
    } else if (dacl && !tokenUser.empty() && ::GetSecurityDescriptorControl(sd, &control, &revision) &&
               (control & SE_DACL_PROTECTED) && dacl->AceCount == 1 && ::GetAce(dacl, 0, &ace)) {
        const auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        const PSID user = reinterpret_cast<TOKEN_USER*>(tokenUser.data())->User.Sid;
        ok = allowed->Header.AceType == ACCESS_ALLOWED_ACE_TYPE &&
             (allowed->Mask & (FILE_READ_DATA | FILE_WRITE_DATA)) == (FILE_READ_DATA | FILE_WRITE_DATA) &&
             ::EqualSid(const_cast<DWORD*>(&allowed->SidStart), user);
    }
    if (!ok && warn)
        qWarning("%s: DACL not owner-only (protected %d, entries %d)", qPrintable(path),
                 int((control & SE_DACL_PROTECTED) != 0), dacl ? int(dacl->AceCount) : -1);
    ::LocalFree(sd);
    return ok;
}
#else
// Nothing for group or others.
bool ownerOnly(const QString& path, bool warn = true)
{
    const auto p = QFile::permissions(path);
    const auto others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (!(p & others) && p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner))
        return true;
    if (warn)
        qWarning("%s: permissions 0x%x", qPrintable(path), unsigned(p));
    return false;
}
#endif

// What a file made by an earlier version looks like: readable by others too (0644; on Windows an
// extra entry for Everyone, inherited entries allowed).
bool widen(const QString& path)
{
#ifdef Q_OS_WIN
    const std::wstring native = QString(path).replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString();
    SID_IDENTIFIER_AUTHORITY world = SECURITY_WORLD_SID_AUTHORITY;
    PSID everyone = nullptr;
    if (!::AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone))
        return false;
    EXPLICIT_ACCESSW access{};
    access.grfAccessPermissions = GENERIC_READ;
    access.grfAccessMode = GRANT_ACCESS;
    access.grfInheritance = NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_WELL_KNOWN_GROUP;
    access.Trustee.ptstrName = static_cast<LPWSTR>(everyone);
    PACL old = nullptr;
    PACL wider = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    bool ok = ::GetNamedSecurityInfoW(native.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &old,
                                      nullptr, &sd) == ERROR_SUCCESS &&
              ::SetEntriesInAclW(1, &access, old, &wider) == ERROR_SUCCESS &&
              ::SetNamedSecurityInfoW(const_cast<wchar_t*>(native.c_str()), SE_FILE_OBJECT,
                                      DACL_SECURITY_INFORMATION | UNPROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                      nullptr, wider, nullptr) == ERROR_SUCCESS;
    ::LocalFree(wider);
    ::LocalFree(sd);
    ::FreeSid(everyone);
    return ok;
#else
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
#endif
}

} // namespace

using namespace folja::store;
namespace platform = folja::platform;

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

    void filesAreOwnerOnly()
    {
#ifdef Q_OS_UNIX
        const mode_t previous = ::umask(022); // the usual default: new files 0644
        auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("perm.folja"));
        {
            auto db = Database::create(path, QStringLiteral("admin"), QStringLiteral("pw"), storetest::fastCreate());
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY(ownerOnly(path));
            QVERIFY(ownerOnly(Database::keyFilePath(path)));
#ifdef Q_OS_UNIX
            // The rollback journal exists while a write transaction is open (SQLite gives it the
            // database's mode; on Windows it inherits the folder's ACL, see common/ownerfile.h).
            auto tx = sqlite::Transaction::begin((*db)->connection());
            QVERIFY(tx);
            QVERIFY((*db)->connection().exec("CREATE TABLE t(x); INSERT INTO t VALUES (zeroblob(100000));"));
            QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
            QVERIFY(ownerOnly(path + QStringLiteral("-journal")));
            QVERIFY(tx->commit());
#endif
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

        // Files made by an earlier version (readable by others) become owner-only at the next
        // successful open.
        QVERIFY(widen(path));
        QVERIFY(widen(Database::keyFilePath(path)));
        QVERIFY(!ownerOnly(path, false));
        QVERIFY(!Database::open(path, QStringLiteral("admin"), QStringLiteral("wrong"), storetest::fastOpen()));
        QVERIFY(!ownerOnly(path, false)); // a failed open changes nothing
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
    }

    void ownerOnlyHelpersRefuseWhatIsNotThere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.bin"));
        QVERIFY(!folja::restrictToOwner(missing));
        QFile closed(missing);
        QVERIFY(!folja::restrictToOwner(closed)); // not open
        // createOwnerOnly leaves an existing file as it is (contents and permissions).
        const QString existing = dir.filePath(QStringLiteral("existing.bin"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("abc"), qint64(3));
        file.close();
        QVERIFY(widen(existing));
        QVERIFY(folja::createOwnerOnly(existing));
        QCOMPARE(QFileInfo(existing).size(), qint64(3));
        QVERIFY(!ownerOnly(existing, false));
        QVERIFY(folja::restrictToOwner(existing));
        QVERIFY(ownerOnly(existing));
        // A new file is owner-only from the start, and empty.
        const QString fresh = dir.filePath(QStringLiteral("fresh.bin"));
        QVERIFY(folja::createOwnerOnly(fresh));
        QCOMPARE(QFileInfo(fresh).size(), qint64(0));
        QVERIFY(ownerOnly(fresh));
        // Not in a missing folder.
        QVERIFY(!folja::createOwnerOnly(dir.filePath(QStringLiteral("no/such/folder/x.bin"))));
    }
};

QTEST_GUILESS_MAIN(TestStorePlatform)
#include "tst_store_platform.moc"
