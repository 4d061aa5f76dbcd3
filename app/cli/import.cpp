// folja-cli import: the canonical CSV of INTERCHANGE.md §2, all or nothing.

#include "access/catalogsettings.h"
#include "catalog/catalog.h"
#include "cli.h"
#include "io/importer.h"

#include <QFileInfo>

using namespace folja;
using namespace folja::cli;

int Cli::import(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--csv")},
               {QStringLiteral("--dry-run")},
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--csv")}, o, code))
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
    if (auto customised = access::CatalogSettings(**session).applyTo(*catalog); !customised)
        return failed(customised.error()); // the kommun's local values and hidden variables
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
