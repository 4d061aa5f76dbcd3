// folja-cli user add: a new account (administratör only).

#include "access/accounts.h"
#include "access/roles.h"
#include "cli.h"

using namespace folja;
using namespace folja::cli;

int Cli::userAdd(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--display-name")},
               {},
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--name"), QStringLiteral("--role")},
               o, code))
        return code;
    access::Roles roles;
    for (const QString& value : o.values.value(QStringLiteral("--role"))) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = access::parseRole(part);
            if (!role)
                return usage(tr("Unknown role \"%1\"; use handlaggare, analytiker or administrator.").arg(part));
            roles |= *role;
        }
    }
    if (!qEnvironmentVariableIsSet("FOLJA_NEW_PASSWORD"))
        return usage(tr("The new account's password must be given in FOLJA_NEW_PASSWORD."));
    const auto pw = password(o, code);
    if (!pw)
        return code;
    auto session = signIn(o, *pw, true);
    if (!session)
        return failed(session.error());
    const QString name = o.values.value(QStringLiteral("--name")).constLast();
    const QString display = o.values.value(QStringLiteral("--display-name"), {name}).constLast();
    access::Accounts accounts(**session);
    if (auto added = accounts.add(name, display, roles, qEnvironmentVariable("FOLJA_NEW_PASSWORD")); !added)
        return refused(tr("Cannot add the account %1: %2").arg(name, added.error().message));
    out() << tr("Added the account %1 (%2).").arg(name, access::roleNames(roles).join(QLatin1String(", "))) << '\n';
    out().flush();
    return kOk;
}
