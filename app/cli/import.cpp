// folja-cli import: the canonical CSV of INTERCHANGE.md §2, all or nothing.

#include "access/accounts.h"
#include "access/catalogsettings.h"
#include "access/importmappings.h"
#include "catalog/catalog.h"
#include "cli.h"
#include "io/importer.h"
#include "io/importmapping.h"
#include "io/tablesource.h"

#include <QFileInfo>

using namespace folja;
using namespace folja::cli;

int Cli::import(const QStringList& args)
{
    Options o;
    int code = kOk;
    if (!parse(args,
               {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file"),
                QStringLiteral("--csv"), QStringLiteral("--mapping"), QStringLiteral("--sheet")},
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
    if (o.has(QStringLiteral("--mapping")))
        return importWithMapping(**session, *catalog, csv, o.value(QStringLiteral("--mapping")),
                                 o.value(QStringLiteral("--sheet")), dryRun);
    if (o.has(QStringLiteral("--sheet")))
        return usage(tr("--sheet needs --mapping: the canonical import reads CSV only."));
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

// `import --mapping NAME`: the file (CSV/TXT in any of the wizard's encodings and separators, or
// .xlsx) through a mapping saved in the database, then the same import as above.
int Cli::importWithMapping(folja::access::Session& session, const folja::catalog::Catalog& catalog, const QString& file,
                           const QString& mappingName, const QString& sheet, bool dryRun)
{
    access::ImportMappings mappings(session);
    auto saved = mappings.loadByName(mappingName);
    if (!saved)
        return refused(tr("Cannot import %1: %2").arg(file, saved.error().message));
    auto mapping = io::Mapping::fromJson(saved->json);
    if (!mapping)
        return refused(tr("Cannot import %1: %2").arg(file, mapping.error().message));
    auto table = io::openTable(file, sheet);
    if (!table)
        return refused(tr("Cannot import %1: %2").arg(file, table.error().message));
    auto handlaggare = access::Accounts(session).activeHandlaggare();
    if (!handlaggare)
        return failed(handlaggare.error());
    io::MappingEngine engine(catalog, *mapping, *handlaggare);
    auto result = engine.run(session, **table, QFileInfo(file).fileName(), dryRun);
    if (!result)
        return refused(tr("Cannot import %1: %2").arg(file, result.error().message));
    if (!result->import.ok()) {
        for (const io::ProblemGroup& g : result->problems) {
            if (g.severity != io::Severity::Error)
                continue;
            QStringList rows;
            for (qint64 r : g.rows)
                rows.append(QString::number(r));
            QString where = g.column;
            if (!g.sourceColumn.isEmpty() && g.sourceColumn != g.column)
                where += QStringLiteral(" (%1)").arg(g.sourceColumn);
            err() << QFileInfo(file).fileName() << ": "
                  << tr("%1 error(s), column %2, rows %3: %4")
                         .arg(g.count)
                         .arg(where, rows.join(QLatin1Char(',')), g.message);
            if (!g.values.isEmpty())
                err() << ' ' << tr("Values: %1").arg(g.values.join(QLatin1String(" | ")));
            err() << '\n';
        }
        err() << "folja-cli: "
              << tr("%n error(s) in %1; nothing was imported and nothing was changed.", nullptr,
                    std::max(1, result->errorCount()))
                     .arg(file)
              << '\n';
        err().flush();
        return kRefused;
    }
    out() << QString::fromUtf8(io::summaryJson(result->import)) << '\n';
    out().flush();
    return kOk;
}
