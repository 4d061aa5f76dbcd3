#include "access/session.h"

#include "access/accounts.h"
#include "access/auditlog.h"
#include "access/auditwriter.h"
#include "access/signinthrottle.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/signinlog.h"
#include "store/sqlite.h"

#include <algorithm>

namespace folja::access {

namespace {

static_assert(kProductionKdfIterations == store::kProductionKdfIterations);
static_assert(KdfParams().timeCost == store::kProductionArgonTime &&
              KdfParams().memoryKiB == store::kProductionArgonMemoryKiB &&
              KdfParams().lanes == store::kProductionArgonLanes);

store::KdfParams storeKdf(const KdfParams& kdf)
{
    store::KdfParams out;
    out.algorithm = kdf.algorithm == KdfParams::Algorithm::Argon2id ? store::KdfAlgorithm::Argon2id
                                                                    : store::KdfAlgorithm::Pbkdf2Sha512;
    out.iterations = kdf.iterations;
    out.timeCost = kdf.timeCost;
    out.memoryKiB = kdf.memoryKiB;
    out.lanes = kdf.lanes;
    return out;
}

struct AccountRow {
    qint64 id = 0;
    QString name;
    Roles roles;
    bool active = false;
};

Result<AccountRow> readAccount(store::sqlite::Connection& conn, const QString& name)
{
    auto st = conn.prepare("SELECT id, name, roles, active FROM accounts WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, Session::tr("There is no account with this name."));
    return AccountRow{st->columnInt64(0), st->columnText(1), rolesFromBits(int(st->columnInt64(2))),
                      st->columnInt64(3) != 0};
}

// The settings key under which the last failed sign-in record an administratör has seen is kept:
// "<file id, base64>:<seq>" (see store/signinlog.h).
const QString kFailedSignInsSeenKey = QStringLiteral("failed_signins_seen");

// A key for the recovery code's attempts: one code per database, whoever types it.
QString recoveryThrottleKey(const QString& path)
{
    return SignInThrottle::key(path, QString()) + QStringLiteral("\n[recovery code]");
}

// A wrong password or code: the next attempt waits longer, and the record an administratör will
// see gets a line (best effort: a read-only folder cannot take it, and the sign-in failed anyway).
void noteFailure(const QString& throttleKey, const QString& path, const QString& user, store::FailedSignIn::Kind kind,
                 const Clock& clock)
{
    SignInThrottle::instance().recordFailure(throttleKey);
    (void)store::SignInLog::recordFailure(path, user, kind, clock.nowUtc());
}

int idleMinutesSetting(store::sqlite::Connection& conn)
{
    auto v = store::readSetting(conn, QStringLiteral("idle_lock_minutes"));
    bool ok = false;
    const int minutes = v ? v->toInt(&ok) : 0;
    return ok ? minutes : IdleLockPolicy::kDefaultMinutes;
}

} // namespace

Session::~Session()
{
    // Whatever listeners derived from the data goes with the session, as on lock().
    if (m_db)
        notifyLocking();
    notifyLock(true);
}

Result<void> Session::attach(std::unique_ptr<store::Database> db)
{
    auto account = readAccount(db->connection(), m_user);
    if (!account)
        return account.error();
    if (!account->active) {
        // The database is open, so the refusal itself can be recorded.
        (void)appendAudit(db->connection(), *m_clock, account->name, QStringLiteral("session.sign_in_refused"),
                          QStringLiteral("account"), account->name, QStringLiteral("inactive"));
        return makeError(ErrorCode::PermissionDenied, tr("This account has been deactivated."));
    }
    m_user = account->name;
    m_accountId = account->id;
    m_roles = account->roles;
    m_idle.setMinutes(idleMinutesSetting(db->connection()));
    m_db = std::move(db);
    m_repo = std::make_unique<store::ArendeRepository>(*m_db);
    m_idle.recordActivity();
    return {};
}

Result<Session::Created> Session::createDatabase(const QString& path, const QString& adminUser, const QString& password,
                                                 const SessionOptions& options)
{
    store::CreateOptions co;
    co.kdf = storeKdf(options.kdf);
    auto db = store::Database::create(path, adminUser, password, co);
    if (!db)
        return db.error();
    auto code = (*db)->createRecoveryCode();
    if (!code)
        return code.error();
    std::unique_ptr<Session> s(new Session);
    s->m_path = path;
    s->m_user = adminUser;
    s->m_options = options;
    s->m_clock = options.clock ? options.clock : &Clock::system();
    s->m_idle = IdleLockPolicy(*s->m_clock);
    if (auto ok = s->attach(std::move(db).value()); !ok)
        return ok.error();
    if (auto logged = s->audit(QStringLiteral("database.create"), QStringLiteral("account"), s->m_user); !logged)
        return logged.error();
    return Created{std::move(s), std::move(code).value()};
}

Result<std::unique_ptr<Session>> Session::signIn(const QString& path, const QString& user, const QString& password,
                                                 const SessionOptions& options)
{
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    const QString throttleKey = SignInThrottle::key(path, user);
    SignInThrottle::instance().waitBeforeAttempt(throttleKey);
    store::OpenOptions oo;
    oo.kdf = storeKdf(options.kdf);
    auto db = store::Database::open(path, user, password, oo);
    if (!db) {
        if (db.error().code == ErrorCode::WrongPassword)
            noteFailure(throttleKey, path, user, store::FailedSignIn::Kind::Password, clock);
        return db.error();
    }
    std::unique_ptr<Session> s(new Session);
    s->m_path = path;
    s->m_user = user;
    s->m_options = options;
    s->m_clock = options.clock ? options.clock : &Clock::system();
    s->m_idle = IdleLockPolicy(*s->m_clock);
    if (auto ok = s->attach(std::move(db).value()); !ok)
        return ok.error();
    s->m_pendingSignIn = QStringLiteral("at=%1").arg(auditTimestamp(s->m_clock->nowUtc()));
    if (options.upgradeKeySlot) {
        auto upgraded = s->m_db->upgradeKeySlot(user, password);
        if (!upgraded)
            return upgraded.error();
        if (*upgraded)
            s->m_pendingSignIn += QStringLiteral(" key_slot_upgraded=argon2id");
    }
    // An administratör's sign-in repairs what a killed `user add` may have left: a key slot whose
    // account was never committed (it would block the name and still unwrap the database key).
    if (s->hasRole(Role::Administrator)) {
        auto orphans = s->m_db->removeOrphanKeySlots();
        if (!orphans)
            return orphans.error();
        if (*orphans > 0)
            s->m_pendingSignIn += QStringLiteral(" orphan_key_slots_removed=%1").arg(*orphans);
    }
    s->collectFailedSignIns();
    SignInThrottle::instance().recordSuccess(throttleKey);
    return s;
}

Result<Session::Created> Session::signInWithRecoveryCode(const QString& path, const QString& user, const QString& code,
                                                         const QString& newPassword, const SessionOptions& options)
{
    if (user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter the user name whose password is to be replaced."));
    if (auto ok = Accounts::checkPassword(newPassword); !ok)
        return ok.error();
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    const QString throttleKey = recoveryThrottleKey(path);
    SignInThrottle::instance().waitBeforeAttempt(throttleKey);
    store::OpenOptions oo;
    oo.kdf = storeKdf(options.kdf);
    auto db = store::Database::openWithRecoveryCode(path, code, oo);
    if (!db) {
        if (db.error().code == ErrorCode::WrongPassword)
            noteFailure(throttleKey, path, QString(), store::FailedSignIn::Kind::RecoveryCode, clock);
        return db.error();
    }
    std::unique_ptr<Session> s(new Session);
    s->m_path = path;
    s->m_user = user.trimmed();
    s->m_options = options;
    s->m_clock = &clock;
    s->m_idle = IdleLockPolicy(clock);
    // The account must exist and be active: the code replaces a password, it makes no accounts.
    if (auto ok = s->attach(std::move(db).value()); !ok)
        return ok.error();
    SignInThrottle::instance().recordSuccess(throttleKey);
    SignInThrottle::instance().recordSuccess(SignInThrottle::key(path, s->m_user));
    s->collectFailedSignIns();
    store::Database& database = *s->m_db;
    // The audit entry and the new key slots go together: the entry is committed only once the new
    // .keys file is in place, and a failure to write that file rolls the entry back.
    auto tx = store::sqlite::Transaction::begin(database.connection());
    if (!tx)
        return tx.error();
    if (auto logged = s->audit(QStringLiteral("session.recovery_sign_in"), QStringLiteral("account"), s->m_user,
                               QStringLiteral("password_reset=1 recovery_code_replaced=1"));
        !logged)
        return logged.error();
    auto newCode = database.recoverAccount(s->m_user, newPassword);
    if (!newCode)
        return newCode.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return Created{std::move(s), std::move(newCode).value()};
}

void Session::collectFailedSignIns()
{
    m_failedSignIns.clear();
    m_failedSignInsDropped = 0;
    m_failedSignInsPending = false;
    if (!hasRole(Role::Administrator) || !m_db)
        return;
    const store::SignInLog::Contents log = store::SignInLog::read(m_path);
    if (log.fileId.isEmpty())
        return;
    store::sqlite::Connection& conn = m_db->connection();
    // "<file id>:<seq>": records of this file up to seq have been seen; another file id (the file
    // was deleted and started again) means none of its records have.
    const QString fileId = QString::fromLatin1(log.fileId.toBase64());
    qint64 seen = 0;
    if (auto marker = store::readSetting(conn, kFailedSignInsSeenKey); marker && !marker->isNull()) {
        const qsizetype colon = marker->lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && marker->left(colon) == fileId)
            seen = marker->mid(colon + 1).toLongLong();
    }
    QHash<QByteArray, QString> names; // key-slot id -> account name
    if (auto st = conn.prepare("SELECT name FROM accounts"); st) {
        while (true) {
            auto row = st->step();
            if (!row || !*row)
                break;
            const QString name = st->columnText(0);
            names.insert(m_db->keySlotId(name), name);
        }
    }
    qint64 last = seen;
    for (const store::FailedSignIn& r : log.records) {
        if (r.seq <= seen)
            continue;
        FailedSignInNotice n;
        n.account = names.value(r.slotId);
        n.recoveryCode = r.kind == store::FailedSignIn::Kind::RecoveryCode;
        n.at = r.at;
        m_failedSignIns.append(n);
        last = r.seq;
    }
    // Dropped before anyone saw them: only those after the last record seen.
    const qint64 firstKept = log.records.isEmpty() ? log.dropped + 1 : log.records.constFirst().seq;
    m_failedSignInsDropped = qMax<qint64>(0, firstKept - 1 - seen);
    if (last > seen) {
        m_failedSignInsSeen = fileId + QLatin1Char(':') + QString::number(last);
        m_failedSignInsPending = true;
    }
}

void Session::lock()
{
    if (!m_db)
        return;
    notifyLocking();
    (void)audit(QStringLiteral("session.lock"), QStringLiteral("account"), m_user);
    m_repo.reset();
    m_db.reset();
    notifyLock(true);
}

Result<void> Session::unlock(const QString& password)
{
    if (m_db)
        return {};
    const QString throttleKey = SignInThrottle::key(m_path, m_user);
    SignInThrottle::instance().waitBeforeAttempt(throttleKey);
    store::OpenOptions oo;
    oo.kdf = storeKdf(m_options.kdf);
    oo.quickCheck = false; // checked at sign-in; unlocking should be quick
    auto db = store::Database::open(m_path, m_user, password, oo);
    if (!db) {
        if (db.error().code == ErrorCode::WrongPassword) {
            ++m_failedUnlocks; // audited at the next unlock, inside the database
            SignInThrottle::instance().recordFailure(throttleKey);
        }
        return db.error();
    }
    SignInThrottle::instance().recordSuccess(throttleKey);
    const int failed = m_failedUnlocks;
    m_failedUnlocks = 0;
    if (auto ok = attach(std::move(db).value()); !ok)
        return ok.error();
    if (failed > 0) {
        if (auto logged = audit(QStringLiteral("session.unlock_failed"), QStringLiteral("account"), m_user,
                                QStringLiteral("attempts=%1").arg(failed));
            !logged)
            return logged.error();
    }
    if (!audit(QStringLiteral("session.unlock"), QStringLiteral("account"), m_user).ok())
        return makeError(ErrorCode::Internal, tr("The audit log could not be written."));
    notifyLock(false);
    return {};
}

QString Session::keyFilePath(const QString& databasePath)
{
    return store::Database::keyFilePath(databasePath);
}

Result<store::Database*> Session::database()
{
    if (!m_db)
        return makeError(ErrorCode::Locked, tr("The session is locked; sign in again to continue."));
    return m_db.get();
}

Result<store::ArendeRepository*> Session::repository()
{
    if (!m_repo)
        return makeError(ErrorCode::Locked, tr("The session is locked; sign in again to continue."));
    return m_repo.get();
}

Result<void> Session::flushPendingAudit()
{
    if (m_pendingSignIn.isEmpty() && m_heldAudit.isEmpty() && !m_failedSignInsPending)
        return {};
    auto db = database();
    if (!db)
        return db.error();
    if (!m_pendingSignIn.isEmpty() || m_failedSignInsPending) {
        // The sign-in, the failed sign-ins it brought to light and the marker that they have been
        // seen commit together (a savepoint: alone, or inside the caller's transaction).
        store::sqlite::Connection& conn = (*db)->connection();
        auto sp = store::sqlite::Savepoint::begin(conn);
        if (!sp)
            return sp.error();
        // The failed attempts first: they happened before this sign-in.
        if (m_failedSignInsPending) {
            for (const FailedSignInNotice& n : std::as_const(m_failedSignIns)) {
                const QString details =
                    QStringLiteral("at=%1 with=%2 account=%3")
                        .arg(auditTimestamp(n.at),
                             n.recoveryCode ? QStringLiteral("recovery_code") : QStringLiteral("password"),
                             n.account.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("known"));
                auto logged = appendAudit(conn, *m_clock, m_user, QStringLiteral("session.sign_in_failed"),
                                          QStringLiteral("account"), n.account, details);
                if (!logged)
                    return logged.error();
            }
            if (m_failedSignInsDropped > 0) {
                auto logged = appendAudit(conn, *m_clock, m_user, QStringLiteral("session.sign_in_failed_dropped"),
                                          QString(), QString(), QStringLiteral("count=%1").arg(m_failedSignInsDropped));
                if (!logged)
                    return logged.error();
            }
            if (auto marked = store::writeSetting(conn, kFailedSignInsSeenKey, m_failedSignInsSeen); !marked)
                return marked.error();
        }
        if (!m_pendingSignIn.isEmpty()) {
            auto logged = appendAudit(conn, *m_clock, m_user, QStringLiteral("session.sign_in"),
                                      QStringLiteral("account"), m_user, m_pendingSignIn);
            if (!logged)
                return logged.error();
        }
        if (auto released = sp->release(); !released)
            return released.error();
        m_pendingSignIn.clear();
        m_failedSignInsPending = false;
    }
    while (!m_heldAudit.isEmpty()) {
        const HeldAudit& e = m_heldAudit.constFirst();
        auto logged =
            appendAudit((*db)->connection(), *m_clock, m_user, e.action, e.objectType, e.objectRef, e.details);
        if (!logged)
            return logged.error();
        m_heldAudit.removeFirst();
    }
    return {};
}

Result<qint64> Session::audit(const QString& action, const QString& objectType, const QString& objectRef,
                              const QString& details)
{
    auto db = database();
    if (!db)
        return db.error();
    if (m_holdAudit && !(*db)->connection().inTransaction()) {
        m_heldAudit.append({action, objectType, objectRef, details});
        return qint64(0);
    }
    if (auto flushed = flushPendingAudit(); !flushed)
        return flushed.error();
    return appendAudit((*db)->connection(), *m_clock, m_user, action, objectType, objectRef, details);
}

Result<void> Session::refreshAccount()
{
    auto db = database();
    if (!db)
        return db.error();
    auto account = readAccount((*db)->connection(), m_user);
    if (!account)
        return account.error();
    m_roles = account->active ? account->roles : Roles();
    return {};
}

Result<void> Session::require(Role role) const
{
    if (m_roles.testFlag(role))
        return {};
    QString needed;
    switch (role) {
    case Role::Handlaggare:
        needed = tr("handläggare");
        break;
    case Role::Analytiker:
        needed = tr("analytiker");
        break;
    case Role::Administrator:
        needed = tr("administratör");
        break;
    }
    return makeError(ErrorCode::PermissionDenied, tr("This requires the %1 role.").arg(needed));
}

int Session::addChangeListener(ChangeListener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.push_back(Listener{id, std::move(listener), {}, {}});
    return id;
}

int Session::addLockListener(LockListener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.push_back(Listener{id, {}, std::move(listener), {}});
    return id;
}

int Session::addLockingListener(LockingListener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.push_back(Listener{id, {}, {}, std::move(listener)});
    return id;
}

void Session::removeListener(int id)
{
    std::erase_if(m_listeners, [id](const Listener& l) { return l.id == id; });
}

void Session::notifyChange(const ArendeChange& change)
{
    if (change.isEmpty())
        return;
    // By id, looked up again before each call: a listener may add or remove listeners (itself
    // included) while being called, and a removed one is never called afterwards.
    std::vector<int> ids;
    for (const Listener& l : m_listeners)
        ids.push_back(l.id);
    for (int id : ids) {
        const auto it =
            std::find_if(m_listeners.cbegin(), m_listeners.cend(), [id](const Listener& l) { return l.id == id; });
        if (it != m_listeners.cend() && it->onChange) {
            const ChangeListener call = it->onChange;
            call(change);
        }
    }
}

void Session::notifyLocking()
{
    std::vector<int> ids;
    for (const Listener& l : m_listeners)
        ids.push_back(l.id);
    for (int id : ids) {
        const auto it =
            std::find_if(m_listeners.cbegin(), m_listeners.cend(), [id](const Listener& l) { return l.id == id; });
        if (it != m_listeners.cend() && it->onLocking) {
            const LockingListener call = it->onLocking;
            call();
        }
    }
}

void Session::notifyLock(bool locked)
{
    std::vector<int> ids;
    for (const Listener& l : m_listeners)
        ids.push_back(l.id);
    for (int id : ids) {
        const auto it =
            std::find_if(m_listeners.cbegin(), m_listeners.cend(), [id](const Listener& l) { return l.id == id; });
        if (it != m_listeners.cend() && it->onLock) {
            const LockListener call = it->onLock;
            call(locked);
        }
    }
}

} // namespace folja::access
