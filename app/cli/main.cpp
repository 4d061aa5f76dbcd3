// folja-cli: argument parsing and printing only; every rule lives in core/ (INTERCHANGE.md §1).
//
// Exit codes: 0 success; 1 bad input or a refused action (one clear line on stderr, nothing
// changed); 2 usage errors (unknown command or flag, missing flag or password source, a password
// attempted on the command line).

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "io/importer.h"
#include "store/keyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

using namespace folja;

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QStringList args) : m_args(std::move(args)) {}
    int run();

private:
    struct Options {
        QMap<QString, QStringList> values; // flag → values (repeatable)
        QStringList switches;
    };

    int usage(const QString& message);
    int refused(const QString& message);
    int failed(const Error& error);
    bool parse(const QStringList& args, const QStringList& valueFlags, const QStringList& switchFlags,
               const QStringList& required, Options& out, int& exitCode);
    std::optional<QString> password(const Options& o, int& exitCode);
    store::KdfParams kdf();
    Result<std::unique_ptr<access::Session>> signIn(const Options& o, const QString& password, bool makesKeySlots);

    int help();
    int init(const QStringList& args);
    int userAdd(const QStringList& args);
    int import(const QStringList& args);
    int extract(const QStringList& args);

    QTextStream& out()
    {
        static QTextStream s(stdout);
        return s;
    }
    QTextStream& err()
    {
        static QTextStream s(stderr);
        return s;
    }

    QStringList m_args;
};

int Cli::usage(const QString& message)
{
    err() << "folja-cli: " << message << '\n' << tr("Run \"folja-cli --help\" for usage.") << '\n';
    err().flush();
    return kUsage;
}

int Cli::refused(const QString& message)
{
    err() << "folja-cli: " << message << ' ' << tr("Nothing was changed.") << '\n';
    err().flush();
    return kRefused;
}

int Cli::failed(const Error& error)
{
    return refused(error.message);
}

bool Cli::parse(const QStringList& args, const QStringList& valueFlags, const QStringList& switchFlags,
                const QStringList& required, Options& o, int& exitCode)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString flag = args[i];
        QString value;
        bool inlineValue = false;
        if (flag.startsWith(QLatin1String("--")) && flag.contains(QLatin1Char('='))) {
            value = flag.mid(flag.indexOf(QLatin1Char('=')) + 1);
            flag = flag.left(flag.indexOf(QLatin1Char('=')));
            inlineValue = true;
        }
        if (flag == QLatin1String("--password") || flag == QLatin1String("-p")
            || flag == QLatin1String("--new-password")) {
            exitCode = usage(tr("Passwords are never taken from the command line; use the environment variable "
                                "FOLJA_PASSWORD or --password-file FILE."));
            return false;
        }
        if (switchFlags.contains(flag) && !inlineValue) {
            o.switches.append(flag);
            continue;
        }
        if (!valueFlags.contains(flag)) {
            exitCode = usage(tr("Unknown option \"%1\".").arg(flag));
            return false;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                exitCode = usage(tr("The option %1 needs a value.").arg(flag));
                return false;
            }
            value = args[++i];
        }
        o.values[flag].append(value);
    }
    for (const QString& r : required) {
        if (!o.values.contains(r)) {
            exitCode = usage(tr("The option %1 is required.").arg(r));
            return false;
        }
    }
    return true;
}

std::optional<QString> Cli::password(const Options& o, int& exitCode)
{
    if (o.values.contains(QStringLiteral("--password-file"))) {
        const QString path = o.values.value(QStringLiteral("--password-file")).constLast();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            exitCode = refused(tr("Cannot read the password file %1.").arg(path));
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("FOLJA_PASSWORD"))
        return qEnvironmentVariable("FOLJA_PASSWORD");
    exitCode = usage(tr("No password: set FOLJA_PASSWORD or give --password-file FILE."));
    return std::nullopt;
}

// Key-slot strength. Production strength unless this binary was built with FOLJA_ALLOW_WEAK_KDF
// (test builds) AND FOLJA_KDF_ITERATIONS asks for less; then a warning says so. Existing slots
// keep the iterations they were created with, so this only affects slots made by this command.
store::KdfParams Cli::kdf()
{
    store::KdfParams params;
#ifdef FOLJA_ALLOW_WEAK_KDF
    bool ok = false;
    const int iterations = qEnvironmentVariableIntValue("FOLJA_KDF_ITERATIONS", &ok);
    if (ok && iterations >= 1000) {
        params.iterations = iterations;
        if (iterations < store::kProductionKdfIterations) {
            err() << "folja-cli: "
                  << tr("warning: FOLJA_KDF_ITERATIONS=%1 is below the production strength (%2); "
                        "use this only for tests.")
                         .arg(iterations)
                         .arg(store::kProductionKdfIterations)
                  << '\n';
            err().flush();
        }
    }
#endif
    return params;
}

Result<std::unique_ptr<access::Session>> Cli::signIn(const Options& o, const QString& password, bool makesKeySlots)
{
    access::SessionOptions so;
    if (makesKeySlots)
        so.kdf = kdf();
    return access::Session::signIn(o.values.value(QStringLiteral("--db")).constLast(),
                                   o.values.value(QStringLiteral("--user")).constLast(), password, so);
}

int Cli::help()
{
    out() << tr("Usage: folja-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  init --db P --user NAME\n"
                "      Create a new encrypted database with NAME as its first administratör.\n"
                "      Prints a recovery code once: store it safely.\n"
                "  user add --db P --user ADMIN --name NAME --role ROLE [--role ROLE ...]\n"
                "      Add an account. ROLE: handlaggare, analytiker, administrator (or several,\n"
                "      comma-separated). The new password comes from FOLJA_NEW_PASSWORD.\n"
                "  import --db P --user NAME --csv FILE [--dry-run]\n"
                "      Import ärenden from the canonical CSV; all or nothing. Prints a JSON summary.\n"
                "  extract --db P --user NAME --person PNR --format json\n"
                "      Registerutdrag: everything stored about one person and its audit trail.\n"
                "\n"
                "The password comes from FOLJA_PASSWORD or --password-file FILE (first line),\n"
                "never from the command line.\n"
                "\n"
                "Global options: --help, --version\n"
                "Exit codes: 0 success, 1 bad input or refused (nothing changed), 2 usage error.\n");
    out().flush();
    return kOk;
}

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

int Cli::userAdd(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--display-name")},
               {}, {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--name"), QStringLiteral("--role")},
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

int Cli::import(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--csv")},
               {QStringLiteral("--dry-run")}, {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--csv")},
               o, code))
        return code;
    const QString csv = o.values.value(QStringLiteral("--csv")).constLast();
    if (!QFileInfo::exists(csv))
        return refused(tr("The file %1 does not exist.").arg(csv));
    const auto pw = password(o, code);
    if (!pw)
        return code;
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    auto session = signIn(o, *pw, false);
    if (!session)
        return failed(session.error());
    const bool dryRun = o.switches.contains(QStringLiteral("--dry-run"));
    auto result = io::Importer::runFile(**session, *catalog, csv, dryRun);
    if (!result)
        return refused(tr("Cannot import %1: %2").arg(csv, result.error().message));
    if (!result->ok()) {
        for (const io::ImportIssue& issue : result->errors)
            err() << QFileInfo(csv).fileName() << ": " << io::formatIssue(issue) << '\n';
        err() << "folja-cli: "
              << tr("%n error(s) in %1; nothing was imported and nothing was changed.", nullptr,
                    int(result->errors.size()))
                     .arg(csv)
              << '\n';
        err().flush();
        return kRefused;
    }
    out() << QString::fromUtf8(io::summaryJson(*result)) << '\n';
    out().flush();
    return kOk;
}

int Cli::extract(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--person"), QStringLiteral("--format")},
               {},
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--person"), QStringLiteral("--format")},
               o, code))
        return code;
    if (o.values.value(QStringLiteral("--format")).constLast() != QLatin1String("json"))
        return usage(tr("extract supports only --format json."));
    const auto pw = password(o, code);
    if (!pw)
        return code;
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    auto session = signIn(o, *pw, false);
    if (!session)
        return failed(session.error());
    access::ArendeService service(**session);
    auto json = service.extract(o.values.value(QStringLiteral("--person")).constLast(), &*catalog);
    if (!json)
        return failed(json.error());
    out() << QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Indented));
    out().flush();
    return kOk;
}

int Cli::run()
{
    QStringList args = m_args.mid(1);
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("--version")) {
        out() << "folja-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return kOk;
    }
    if (args.contains(QStringLiteral("--help")))
        return help();
    if (command == QLatin1String("init"))
        return init(args);
    if (command == QLatin1String("user")) {
        if (args.isEmpty() || args.first() != QLatin1String("add"))
            return usage(tr("Unknown user command; use \"user add\"."));
        args.removeFirst();
        return userAdd(args);
    }
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("extract"))
        return extract(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folja-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    folja::i18n::install(app, folja::i18n::chooseLanguage());
    return Cli(QCoreApplication::arguments()).run();
}
