#pragma once

// Reading and validating the canonical CSV of INTERCHANGE.md §2 into domain records, without any
// database: the result is either a complete list of errors or the ärenden to write. Writing (the
// upsert with its access checks and audit) is io/importer.h.
//
// Rows are identified in every message by the file line they start on and their arende_id, never
// by person_id: a person_id cell is reported as "(personnummer)".

#include "catalog/catalog.h"
#include "common/result.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QIODevice;

namespace folja::io {

class RecordSource;

// One error (fel): the import is refused.
struct ImportIssue {
    qint64 row = 0;   // file line the record starts on (header = 1); 0 for the whole file
    QString arendeId; // the row's arende_id cell, if any
    QString column;   // empty for problems of the whole file or row
    QString value;    // the offending cell; "(personnummer)" for person_id; empty if none
    QString message;  // translated reason
};

// Warnings (varning) are grouped by column and kind so that 100,000 rows of bortfall stay
// readable: the count plus the first rows.
struct ImportWarning {
    QString kind; // stable: "bortfall"
    QString column;
    QString message; // translated
    int count = 0;
    QList<qint64> rows; // the first kMaxWarningRows rows
};

// An ärende as read from the file. The person is carried separately because the file keys persons
// by person_id while the store keys them by pseudonym.
struct ImportedArende {
    domain::Person person; // personId normalised (12 digits or compact reservnummer), kon, birth date
    domain::Arende arende; // owner = the handlaggare cell; personRef unset
    qint64 firstRow = 0;
};

struct ImportOptions {
    QString actor; // the signed-in account doing the import
    bool actorIsAdministrator = false;
    QSet<QString> handlaggare; // names of active accounts holding the handläggare role
    QDate referenceDate;       // for Person-ID validation; null = today
};

struct ParsedImport {
    int rows = 0; // data rows read (header and empty lines not counted)
    int insatser = 0;
    QList<ImportedArende> arenden; // in order of first appearance
    QList<ImportIssue> errors;
    QList<ImportWarning> warnings;

    bool ok() const { return errors.isEmpty(); }
};

class CanonicalImport
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::CanonicalImport)

public:
    static constexpr int kMaxWarningRows = 20;

    static const QStringList& columns(); // every known column, in the spec's order
    static const QStringList& requiredColumns();
    static const QStringList& arendeColumns(); // must agree between rows of one ärende
    static const QStringList& insatsColumns();

    // Reads and validates the whole file. Never stops at the first problem (except for a file
    // whose CSV structure is broken, or whose header is unusable): every error is collected.
    static ParsedImport parse(QIODevice* device, const catalog::Catalog& catalog, const ImportOptions& options);
    // The same over records that come from elsewhere (the import wizard's mapping, io/importmapping.h):
    // the first record is the header, each record's line is the row number its messages name.
    static ParsedImport parse(RecordSource& records, const catalog::Catalog& catalog, const ImportOptions& options);
};

// One human-readable line for an error: "Row 5 (arende_id A-1), column insats, value "X": …".
QString formatIssue(const ImportIssue& issue);

} // namespace folja::io
