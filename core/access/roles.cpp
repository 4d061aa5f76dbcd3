#include "access/roles.h"

namespace folja::access {

std::optional<Role> parseRole(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("handlaggare") || n == QStringLiteral("handläggare"))
        return Role::Handlaggare;
    if (n == QLatin1String("analytiker"))
        return Role::Analytiker;
    if (n == QLatin1String("administrator") || n == QStringLiteral("administratör") || n == QLatin1String("admin"))
        return Role::Administrator;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Handlaggare:
        return QStringLiteral("handlaggare");
    case Role::Analytiker:
        return QStringLiteral("analytiker");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (Role r : {Role::Handlaggare, Role::Analytiker, Role::Administrator}) {
        if (roles.testFlag(r))
            names.append(roleName(r));
    }
    return names;
}

} // namespace folja::access
