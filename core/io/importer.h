#pragma once

// The canonical CSV import end to end: validate the whole file (canonicalimport.h), then write it
// through the access layer in one transaction (access::ArendeService::importArenden). Nothing is
// written unless every row is valid and the user may import every ärende of the file.

#include "access/arendeservice.h"
#include "common/result.h"
#include "io/canonicalimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace folja::access {
class Session;
}

namespace folja::io {

class RecordSource;

struct ImportResult {
    bool dryRun = false;
    int rows = 0;
    int arenden = 0;
    int insatser = 0;
    access::ImportOutcome outcome; // created / updated / unchanged / moved
    QList<ImportIssue> errors;     // non-empty: nothing was imported
    QList<ImportWarning> warnings;

    bool ok() const { return errors.isEmpty(); }
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::Importer)

public:
    // Fails (Result error) only when the import cannot be attempted at all: no permission, locked
    // session, database trouble. Problems with the file are in ImportResult::errors.
    static Result<ImportResult> run(access::Session& session, const catalog::Catalog& catalog, QIODevice* csv,
                                    const QString& sourceName, bool dryRun, QDate referenceDate = {});
    // The same over records from elsewhere (the import wizard's mapping): same checks, same write.
    static Result<ImportResult> runRecords(access::Session& session, const catalog::Catalog& catalog,
                                           RecordSource& records, const QString& sourceName, bool dryRun,
                                           QDate referenceDate = {});
    static Result<ImportResult> runFile(access::Session& session, const catalog::Catalog& catalog, const QString& path,
                                        bool dryRun, QDate referenceDate = {});
};

// {"rows": n, "arenden": n, "insatser": n, "warnings": [...], "created": n, "updated": n,
//  "unchanged": n, "moved": n, "dry_run": b} — the INTERCHANGE keys first, then additions.
QByteArray summaryJson(const ImportResult& result);

} // namespace folja::io
