#pragma once

// A signed-in user: the account, its roles, the open database and the idle-lock policy.
// Locking closes the database, so the key leaves memory; unlocking opens it again with the
// password. Every access class (Accounts, ArendeService, Settings, AuditLog) works through a
// Session and asks it for the database on each call, so nothing works while it is locked.

#include "access/clock.h"
#include "access/roles.h"
#include "access/values.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace folja::store {
class Database;
class ArendeRepository;
namespace sqlite {
class Connection;
}
} // namespace folja::store

namespace folja::access {

// What a committed write changed, for listeners that keep derived data current (the live
// analysis snapshot). Ids only: listeners read what they need through the session themselves.
struct ArendeChange {
    QList<qint64> changed; // ärenden inserted or updated (moved to another handläggare included)
    QList<qint64> removed; // ärenden deleted (radering, gallring)
    QList<qint64> persons; // persons whose stored fields (id type, kön, birth date) changed
    bool isEmpty() const { return changed.isEmpty() && removed.isEmpty() && persons.isEmpty(); }
};

struct SessionOptions {
    KdfParams kdf;                // for key slots created or changed in this session
    const Clock* clock = nullptr; // null = the system clock
    // Re-wrap the user's key slot with `kdf` at sign-in when it is an old PBKDF2 slot and `kdf` is
    // Argon2id. Recorded in the sign-in's audit entry (key_slot_upgraded=argon2id).
    bool upgradeKeySlot = true;
};

// A failed sign-in recorded beside the database (store/signinlog.h), as an administratör sees it.
struct FailedSignInNotice {
    QString account;           // empty: a name with no account, or a wrong recovery code
    bool recoveryCode = false; // the attempt was with the recovery code, not a password
    QDateTime at;              // UTC
};

class Session
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::Session)

public:
    struct Created {
        std::unique_ptr<Session> session;
        QString recoveryCode; // show once; it opens the database without any password
    };

    // A new database with `adminUser` as its first administratör, plus a recovery code.
    static Result<Created> createDatabase(const QString& path, const QString& adminUser, const QString& password,
                                          const SessionOptions& options = {});
    // Opens the database with the user's key slot and checks that the account is active.
    // The sign-in is audited, but written together with the session's first audited action (or
    // by flushPendingAudit()): a command that fails must leave the file byte-identical, and merely
    // signing in must not change it. (A failed sign-in cannot be audited: without a valid password
    // the encrypted log cannot be opened. Failed *unlocks* of an open session are audited.)
    static Result<std::unique_ptr<Session>> signIn(const QString& path, const QString& user, const QString& password,
                                                   const SessionOptions& options = {});
    // Forgotten password: opens the database with the recovery code, sets `newPassword` for the
    // (active) account `user`, and replaces the recovery code with a new one (returned in
    // `recoveryCode`: show it once) — both in one atomic rewrite of the .keys file, with new
    // key slots derived with options.kdf (Argon2id). Audited (session.recovery_sign_in) in the
    // same step. A wrong code is throttled and recorded like a wrong password.
    static Result<Created> signInWithRecoveryCode(const QString& path, const QString& user, const QString& code,
                                                  const QString& newPassword, const SessionOptions& options = {});
    // Failed sign-ins (wrong password or recovery code, in any process: GUI, CLI) go to a record
    // beside the database; the next administratör to sign in gets those not yet seen here, oldest
    // first, and they are written to the audit log (session.sign_in_failed) with the sign-in's own
    // entry, after which no administratör gets them again. Empty for other roles.
    const QList<FailedSignInNotice>& failedSignIns() const { return m_failedSignIns; }
    // Records dropped from the bounded file before anyone saw them (see SignInLog::kMaxRecords).
    qint64 failedSignInsDropped() const { return m_failedSignInsDropped; }

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    QString user() const { return m_user; }
    qint64 accountId() const { return m_accountId; }
    Roles roles() const { return m_roles; }
    bool hasRole(Role role) const { return m_roles.testFlag(role); }
    QString path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    const SessionOptions& options() const { return m_options; }

    bool isLocked() const { return !m_db; }
    void lock();
    // Re-opens the database. A wrong password is counted and audited at the next unlock.
    Result<void> unlock(const QString& password);
    IdleLockPolicy& idlePolicy() { return m_idle; }

    // Appends to the audit log as this user (see auditlog.h); callers that change data call it
    // inside their transaction so that the change and its entry commit together.
    Result<qint64> audit(const QString& action, const QString& objectType = {}, const QString& objectRef = {},
                         const QString& details = {});

    // Writes the pending sign-in entry, and any held entries, if any. Access classes call this
    // inside their transaction before appending entries themselves.
    Result<void> flushPendingAudit();

    // For a command that must leave the file byte-identical when it fails (folja-cli): while held,
    // entries made outside a transaction (reads: a snapshot load, an export) wait in memory and
    // are written, in order, by flushPendingAudit(), which the command calls once its result is
    // out. Entries made inside a transaction (writes) are written with it, the held ones first.
    void holdAudit(bool hold) { m_holdAudit = hold; }

    // Re-reads roles (after an administratör changed them) from the accounts table.
    Result<void> refreshAccount();

    // Fails with PermissionDenied and a message naming the role needed.
    Result<void> require(Role role) const;

    // --- change notification ----------------------------------------------------------------------
    // Listeners are called synchronously, in the order they were added, AFTER a write has been
    // committed (never for a rolled-back one), and on lock()/unlock() (and as locked when the
    // session is destroyed). A listener may read through
    // the session and may add or remove listeners. Ids stay unique for the session's lifetime.
    using ChangeListener = std::function<void(const ArendeChange&)>;
    using LockListener = std::function<void(bool locked)>;
    int addChangeListener(ChangeListener listener);
    int addLockListener(LockListener listener);
    // Called right BEFORE lock() closes the database, and before the session ends, while the
    // database is still open: for listeners that persist derived data (the analysis cache).
    // A failure there must not stop the lock; listeners handle their own errors.
    using LockingListener = std::function<void()>;
    int addLockingListener(LockingListener listener);
    void removeListener(int id);
    // For the access classes (ArendeService): call right after a successful commit.
    void notifyChange(const ArendeChange& change);
    // Alive as long as the session: lets a subscriber that may outlive it tell whether it is gone.
    std::weak_ptr<const void> lifetime() const { return m_lifetime; }

    // The key file that belongs to the database at `databasePath` (for callers that remove a
    // database they created, as the demo database does on failure).
    static QString keyFilePath(const QString& databasePath);

private:
    // The store, for the access classes only (through StoreDoor, access/storedoor.h). Locked
    // when the session is locked.
    friend class StoreDoor;
    Result<store::Database*> database();
    Result<store::ArendeRepository*> repository();

    Session() = default;
    Result<void> attach(std::unique_ptr<store::Database> db);
    void collectFailedSignIns();

    QString m_path;
    QString m_user;
    qint64 m_accountId = 0;
    Roles m_roles;
    SessionOptions m_options;
    const Clock* m_clock = &Clock::system();
    IdleLockPolicy m_idle;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::ArendeRepository> m_repo;
    int m_failedUnlocks = 0;
    QString m_pendingSignIn; // details of a sign-in not yet written to the audit log
    QList<FailedSignInNotice> m_failedSignIns;
    qint64 m_failedSignInsDropped = 0;
    QString m_failedSignInsSeen; // the seen-marker to store when they are written to the audit log
    bool m_failedSignInsPending = false;
    struct HeldAudit {
        QString action, objectType, objectRef, details;
    };
    bool m_holdAudit = false;
    QList<HeldAudit> m_heldAudit; // entries of reads waiting for flushPendingAudit()
    struct Listener {
        int id = 0;
        ChangeListener onChange;
        LockListener onLock;
        LockingListener onLocking;
    };
    std::vector<Listener> m_listeners;
    int m_nextListenerId = 1;
    std::shared_ptr<const void> m_lifetime = std::make_shared<int>(0);
    void notifyLock(bool locked);
    void notifyLocking();
};

} // namespace folja::access
