#include "access/accounts.h"

#include "access/session.h"
#include "access/storedoor.h"
#include "access/testhooks.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <QRegularExpression>

namespace folja::access {

namespace {

using store::sqlite::Connection;
using store::sqlite::Transaction;

struct Row {
    qint64 id = 0;
    QString name;
    Roles roles;
    bool active = false;
};

Result<std::optional<Row>> findAccount(Connection& conn, const QString& name)
{
    auto st = conn.prepare("SELECT id, name, roles, active FROM accounts WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Row>();
    return std::optional<Row>(
        Row{st->columnInt64(0), st->columnText(1), rolesFromBits(int(st->columnInt64(2))), st->columnInt64(3) != 0});
}

} // namespace

bool Accounts::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    return pattern.match(name).hasMatch();
}

Result<void> Accounts::checkPassword(const QString& password)
{
    if (password.size() < 8)
        return makeError(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."));
    return {};
}

Result<QList<Account>> Accounts::list()
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare("SELECT id, name, display_name, roles, active FROM accounts ORDER BY name");
    if (!st)
        return st.error();
    QList<Account> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(Account{st->columnInt64(0), st->columnText(1), st->columnText(2),
                           rolesFromBits(int(st->columnInt64(3))), st->columnInt64(4) != 0});
    }
    return out;
}

Result<QSet<QString>> Accounts::activeHandlaggare()
{
    if (!m_session.hasRole(Role::Administrator) && !m_session.hasRole(Role::Handlaggare))
        return m_session.require(Role::Handlaggare).error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st = (*db)->connection().prepare("SELECT name FROM accounts WHERE active = 1 AND (roles & 1) = 1");
    if (!st)
        return st.error();
    QSet<QString> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert(st->columnText(0));
    }
    return out;
}

Result<int> Accounts::activeAdministratorsOtherThan(const QString& name)
{
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    auto st =
        (*db)->connection().prepare("SELECT count(*) FROM accounts WHERE active = 1 AND (roles & 4) = 4 AND name <> ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return row.error();
    return int(st->columnInt64(0));
}

Result<void> Accounts::add(const QString& name, const QString& displayName, Roles roles, const QString& password)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    if (!isValidName(name)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Account names may only use letters a–z, digits, '.', '_' and '-' (2–64 characters)."));
    }
    if (roles.toInt() == 0)
        return makeError(ErrorCode::InvalidInput, tr("An account needs at least one role."));
    if (auto ok = checkPassword(password); !ok)
        return ok;
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto existing = findAccount(conn, name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict, tr("An account named %1 already exists.").arg(name));

    // A slot without an active account (a process killed between the two writes below) would
    // block this name for good and still unwrap the database key: take such slots away first.
    if (auto orphans = (*db)->removeOrphanKeySlots(); !orphans)
        return orphans.error();

    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    auto insert = conn.prepare("INSERT INTO accounts (name, display_name, roles, active, created_at) "
                               "VALUES (?, ?, ?, 1, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, name)
        .bind(2, displayName.isEmpty() ? name : displayName)
        .bind(3, rolesToBits(roles))
        .bind(4, m_session.clock().nowUtc().toString(Qt::ISODate));
    if (auto done = insert->run(); !done)
        return done.error();
    if (auto logged = m_session.audit(QStringLiteral("account.add"), QStringLiteral("account"), name,
                                      QStringLiteral("roles=%1").arg(roleNames(roles).join(QLatin1Char(','))));
        !logged)
        return logged.error();
    // The key slot lives in the key file, outside the SQL transaction: add it last and take it
    // back if the commit fails, so that no half-made account remains.
    if (auto slot = (*db)->addKeySlot(name, password); !slot)
        return slot;
    testhooks::pausePoint("account.add.slot_written");
    if (auto committed = tx->commit(); !committed) {
        (void)(*db)->removeKeySlot(name);
        return committed;
    }
    return {};
}

Result<void> Accounts::setRoles(const QString& name, Roles roles)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto existing = findAccount(conn, name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no account named %1.").arg(name));
    if (roles.toInt() == 0)
        return makeError(ErrorCode::InvalidInput, tr("An account needs at least one role."));
    if ((*existing)->roles.testFlag(Role::Administrator) && !roles.testFlag(Role::Administrator)) {
        auto others = activeAdministratorsOtherThan((*existing)->name);
        if (!others)
            return others.error();
        if (*others == 0)
            return makeError(ErrorCode::PermissionDenied, tr("The last administratör cannot lose that role."));
    }
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    auto update = conn.prepare("UPDATE accounts SET roles = ? WHERE id = ?");
    if (!update)
        return update.error();
    update->bind(1, rolesToBits(roles)).bind(2, (*existing)->id);
    if (auto done = update->run(); !done)
        return done.error();
    const QString details =
        QStringLiteral("%1 -> %2")
            .arg(roleNames((*existing)->roles).join(QLatin1Char(',')), roleNames(roles).join(QLatin1Char(',')));
    if (auto logged =
            m_session.audit(QStringLiteral("account.roles"), QStringLiteral("account"), (*existing)->name, details);
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed;
    if ((*existing)->name.compare(m_session.user(), Qt::CaseInsensitive) == 0)
        return m_session.refreshAccount();
    return {};
}

Result<void> Accounts::deactivate(const QString& name)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto existing = findAccount(conn, name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no account named %1.").arg(name));
    if ((*existing)->name.compare(m_session.user(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::PermissionDenied, tr("You cannot deactivate your own account."));
    if ((*existing)->roles.testFlag(Role::Administrator)) {
        auto others = activeAdministratorsOtherThan((*existing)->name);
        if (!others)
            return others.error();
        if (*others == 0)
            return makeError(ErrorCode::PermissionDenied, tr("The last administratör cannot be deactivated."));
    }
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    auto update = conn.prepare("UPDATE accounts SET active = 0 WHERE id = ?");
    if (!update)
        return update.error();
    update->bind(1, (*existing)->id);
    if (auto done = update->run(); !done)
        return done.error();
    if (auto logged =
            m_session.audit(QStringLiteral("account.deactivate"), QStringLiteral("account"), (*existing)->name);
        !logged)
        return logged.error();
    if (auto committed = tx->commit(); !committed)
        return committed;
    // After the commit: the inactive flag already refuses sign-in, removing the slot also stops
    // the password from unwrapping the key at all.
    if ((*db)->hasKeySlot((*existing)->name))
        return (*db)->removeKeySlot((*existing)->name);
    return {};
}

Result<void> Accounts::resetPassword(const QString& name, const QString& newPassword)
{
    if (auto ok = m_session.require(Role::Administrator); !ok)
        return ok.error();
    if (auto ok = checkPassword(newPassword); !ok)
        return ok;
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    Connection& conn = (*db)->connection();
    auto existing = findAccount(conn, name);
    if (!existing)
        return existing.error();
    if (!existing->has_value() || !(*existing)->active)
        return makeError(ErrorCode::NotFound, tr("There is no active account named %1.").arg(name));
    auto tx = Transaction::begin(conn);
    if (!tx)
        return tx.error();
    if (auto logged =
            m_session.audit(QStringLiteral("account.reset_password"), QStringLiteral("account"), (*existing)->name);
        !logged)
        return logged.error();
    if (auto reset = (*db)->resetPassword((*existing)->name, newPassword); !reset)
        return reset;
    return tx->commit();
}

Result<void> Accounts::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    if (auto ok = checkPassword(newPassword); !ok)
        return ok;
    auto db = StoreDoor::database(m_session);
    if (!db)
        return db.error();
    if (auto changed = (*db)->changePassword(m_session.user(), oldPassword, newPassword); !changed)
        return changed;
    return m_session.audit(QStringLiteral("account.change_password"), QStringLiteral("account"), m_session.user())
               ? Result<void>()
               : Result<void>(makeError(ErrorCode::Internal, tr("The audit log could not be written.")));
}

} // namespace folja::access
