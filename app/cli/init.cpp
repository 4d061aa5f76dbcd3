// folja-cli init: a new encrypted database with its first administratör.

#include "access/accounts.h"
#include "cli.h"

using namespace folja;
using namespace folja::cli;

int Cli::init(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args, {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file")}, {},
               {QStringLiteral("--db"), QStringLiteral("--user")}, o, code))
        return code;
    const auto pw = password(o, code);
    if (!pw)
        return code;
    if (auto ok = access::Accounts::checkPassword(*pw); !ok)
        return failed(ok.error());
    const QString user = o.values.value(QStringLiteral("--user")).constLast();
    if (!access::Accounts::isValidName(user)) {
        return refused(tr("The user name \"%1\" is not valid: use letters a–z, digits, '.', '_' and '-' "
                          "(2–64 characters).")
                           .arg(user));
    }
    access::SessionOptions so;
    so.kdf = kdf();
    const QString db = o.values.value(QStringLiteral("--db")).constLast();
    auto created = access::Session::createDatabase(db, user, *pw, so);
    if (!created)
        return refused(tr("Cannot create %1: %2").arg(db, created.error().message));
    out() << tr("Created the encrypted database %1 with %2 as administratör.").arg(db, user) << "\n\n"
          << tr("RECOVERY CODE (shown only this once). It opens the database without any password:\n"
                "write it down and keep it locked away, separate from the computer.")
          << "\n\n    " << created->recoveryCode << "\n";
    out().flush();
    return kOk;
}
