#pragma once

// The three roles of Följa. One person may hold several (a small kommun's SU-lead is often both
// analytiker and administratör). Stored in accounts.roles as this bitmask.

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::access {

enum class Role : quint8 {
    Handlaggare = 1,   // registers and reads only the ärenden they own
    Analytiker = 2,    // aggregates only, never individual rows
    Administrator = 4, // accounts, settings, moving ärenden, gallring, registerutdrag
};
Q_DECLARE_FLAGS(Roles, Role)

// Accepts the ASCII names used on the command line ("handlaggare", "analytiker", "administrator")
// and their Swedish spellings, case-insensitively.
std::optional<Role> parseRole(QStringView name);

// "handlaggare" etc.: stable names for the CLI, JSON and the audit log.
QString roleName(Role role);
QStringList roleNames(Roles roles);

inline int rolesToBits(Roles roles)
{
    return roles.toInt();
}
inline Roles rolesFromBits(int bits)
{
    return Roles::fromInt(bits & 7);
}

} // namespace folja::access

Q_DECLARE_OPERATORS_FOR_FLAGS(folja::access::Roles)
