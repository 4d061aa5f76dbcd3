#pragma once

// Account administration. Every account has a key slot in the database's key file (its password
// unwraps the database key) and a row in accounts (name, roles, active). Only an administratör
// may change accounts, and every change is audited. The last active administratör can neither be
// deactivated nor lose the role: the database would become unmanageable.

#include "access/roles.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace folja::access {

class Session;

struct Account {
    qint64 id = 0;
    QString name;
    QString displayName;
    Roles roles;
    bool active = true;
};

class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::Accounts)

public:
    explicit Accounts(Session& session)
        : m_session(session)
    {}

    // Account names: letters, digits, '.', '_' and '-', 2–64 characters.
    static bool isValidName(const QString& name);
    // At least 8 characters.
    static Result<void> checkPassword(const QString& password);

    Result<QList<Account>> list(); // administratör
    // Names of active accounts holding the handläggare role (for the import and for moving
    // ärenden). Administratör or handläggare.
    Result<QSet<QString>> activeHandlaggare();

    Result<void> add(const QString& name, const QString& displayName, Roles roles, const QString& password);
    Result<void> setRoles(const QString& name, Roles roles);
    Result<void> deactivate(const QString& name); // also removes the key slot
    Result<void> resetPassword(const QString& name, const QString& newPassword);
    Result<void> changeOwnPassword(const QString& oldPassword, const QString& newPassword);

private:
    Result<int> activeAdministratorsOtherThan(const QString& name);
    Session& m_session;
};

} // namespace folja::access
