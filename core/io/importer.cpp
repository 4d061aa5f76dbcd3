#include "io/importer.h"

#include "access/accounts.h"
#include "access/session.h"
#include "io/csv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace folja::io {

Result<ImportResult> Importer::run(access::Session& session, const catalog::Catalog& catalog, QIODevice* csv,
                                   const QString& sourceName, bool dryRun, QDate referenceDate)
{
    CsvReader reader(csv);
    return runRecords(session, catalog, reader, sourceName, dryRun, referenceDate);
}

Result<ImportResult> Importer::runRecords(access::Session& session, const catalog::Catalog& catalog,
                                          RecordSource& records, const QString& sourceName, bool dryRun,
                                          QDate referenceDate)
{
    if (!session.hasRole(access::Role::Handlaggare) && !session.hasRole(access::Role::Administrator)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Importing ärenden requires the handläggare or administratör role."));
    }
    access::Accounts accounts(session);
    auto handlaggare = accounts.activeHandlaggare();
    if (!handlaggare)
        return handlaggare.error();

    ImportOptions options;
    options.actor = session.user();
    options.actorIsAdministrator = session.hasRole(access::Role::Administrator);
    options.handlaggare = *handlaggare;
    options.referenceDate = referenceDate;
    ParsedImport parsed = CanonicalImport::parse(records, catalog, options);

    ImportResult result;
    result.dryRun = dryRun;
    result.rows = parsed.rows;
    result.insatser = parsed.insatser;
    result.arenden = int(parsed.arenden.size());
    result.warnings = parsed.warnings;
    result.errors = parsed.errors;
    if (!parsed.ok())
        return result;

    QList<access::ImportItem> items;
    items.reserve(parsed.arenden.size());
    for (ImportedArende& a : parsed.arenden)
        items.append(access::ImportItem{std::move(a.person), std::move(a.arende), a.firstRow});
    access::ArendeService service(session);
    auto outcome = service.importArenden(items, dryRun, sourceName);
    if (!outcome)
        return outcome.error();
    result.outcome = *outcome;
    for (const access::ImportRefusal& r : outcome->refusals)
        result.errors.append(ImportIssue{r.row, r.arendeId, QStringLiteral("arende_id"), r.arendeId, r.message});
    return result;
}

Result<ImportResult> Importer::runFile(access::Session& session, const catalog::Catalog& catalog, const QString& path,
                                       bool dryRun, QDate referenceDate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read the file %1.").arg(QFileInfo(path).fileName()));
    }
    return run(session, catalog, &file, QFileInfo(path).fileName(), dryRun, referenceDate);
}

QByteArray summaryJson(const ImportResult& r)
{
    // QJsonObject sorts keys; the INTERCHANGE keys are written first by hand so that the line reads
    // in the documented order.
    QJsonArray warnings;
    for (const ImportWarning& w : r.warnings) {
        QJsonObject o;
        o.insert(QLatin1String("kind"), w.kind);
        o.insert(QLatin1String("column"), w.column);
        o.insert(QLatin1String("count"), w.count);
        QJsonArray rows;
        for (qint64 row : w.rows)
            rows.append(row);
        o.insert(QLatin1String("rows"), rows);
        o.insert(QLatin1String("message"), w.message);
        warnings.append(o);
    }
    QByteArray out = "{\"rows\": " + QByteArray::number(r.rows) + ", \"arenden\": " + QByteArray::number(r.arenden) +
                     ", \"insatser\": " + QByteArray::number(r.insatser) +
                     ", \"warnings\": " + QJsonDocument(warnings).toJson(QJsonDocument::Compact) +
                     ", \"created\": " + QByteArray::number(r.outcome.created) +
                     ", \"updated\": " + QByteArray::number(r.outcome.updated) +
                     ", \"unchanged\": " + QByteArray::number(r.outcome.unchanged) +
                     ", \"moved\": " + QByteArray::number(r.outcome.moved) +
                     ", \"dry_run\": " + (r.dryRun ? "true" : "false") +
                     ", \"imported\": " + (r.ok() && !r.dryRun ? "true" : "false") + "}";
    return out;
}

} // namespace folja::io
