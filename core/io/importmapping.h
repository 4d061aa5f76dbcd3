#pragma once

// The import wizard's engine (issue 14): how the columns and values of an extract from another
// system (Treserva, Lifecare, years of Excel sheets …) become the canonical rows of INTERCHANGE §2,
// which then go through the SAME parser, rules and write as `folja-cli import` (io/importer.h):
// all or nothing, upsert by arende_id, audited.
//
// A Mapping says, per source column, which canonical column it fills (or none: ignored on purpose),
// for date columns the date format, and for coded columns how source values become catalogue
// codes. Value resolution, in order:
//   1. a rule of the mapping for this value (for the row's målgrupp, then for every målgrupp);
//   2. the catalogue's code or label, compared without regard to case and runs of spaces
//      (catalog::Catalog::resolve);
//   3. the SKL 2019 label through the catalogue's 2019→2024 table, when that gives exactly one
//      value for the row's målgrupp (a varning says so); a 1:n entry must be decided by a rule.
// A value none of these resolves is a fel. Empty cells are bortfall, never a default.
//
// Everything here is QtCore only; the wizard (ui/importwizard) and `folja-cli import --mapping`
// (a mapping saved in the database, access/importmappings.h) are thin callers.

#include "catalog/catalog.h"
#include "common/result.h"
#include "io/csv.h"
#include "io/importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace folja::access {
class Session;
}

namespace folja::io {

class TableSource;

enum class DateFormat {
    Auto,         // not decided: each cell is read by whichever format fits it
    Iso,          // ÅÅÅÅ-MM-DD
    Compact,      // ÅÅÅÅMMDD
    DayMonthYear, // DD/MM/ÅÅÅÅ
    ExcelSerial,  // an Excel date serial number (days since 1899-12-30), as .xlsx cells hold dates
};

QString dateFormatCode(DateFormat format); // "auto", "iso", "compact", "dmy", "excel": stored in mappings
std::optional<DateFormat> dateFormatFromCode(QStringView code);
QString dateFormatLabel(DateFormat format); // "ÅÅÅÅ-MM-DD" … (translated)
// A date in the format (Auto: any of them); an invalid QDate if the text is not one.
QDate parseDate(QStringView text, DateFormat format);
// The one format that reads every non-empty sample, or Auto when none or several do.
DateFormat detectDateFormat(const QStringList& samples);

// What the mapping layer knows about a canonical column.
enum class TargetKind { Text, Date, Coded, Malgrupp };

struct Target {
    QString column; // canonical column (INTERCHANGE §2), e.g. "insats"
    QString label;  // Swedish label from the catalogue, or a fixed one for the structural columns
    TargetKind kind = TargetKind::Text;
    bool required = false;
    bool multi = false;      // several values separated by '|'
    bool byMalgrupp = false; // which values are valid depends on the målgrupp
};
const QList<Target>& importTargets(const catalog::Catalog& catalog);
const Target* importTarget(const catalog::Catalog& catalog, QStringView column);

struct ValueRule {
    QString malgrupp; // "BOU" … or empty: for every målgrupp
    QString source;   // the source value as it appears (compared normalised)
    QString code;     // catalogue code (malgrupp: BOU …; handlaggare: account name); empty: bortfall
};

struct ColumnRule {
    QString source; // source column header
    QString target; // canonical column; empty: ignored
    DateFormat dateFormat = DateFormat::Auto;
    QList<ValueRule> values;
};

struct Mapping {
    static constexpr int kFormat = 1;

    QList<ColumnRule> columns;
    QMap<QString, QString> constants; // canonical column → one value for every row (e.g. malgrupp BOU)

    const ColumnRule* forSource(const QString& sourceColumn) const;
    ColumnRule* forSource(const QString& sourceColumn);
    const ColumnRule* forTarget(const QString& target) const;
    // Adds or replaces the rule for (malgrupp, value) of the column.
    void setValue(const QString& sourceColumn, const QString& malgrupp, const QString& value, const QString& code);

    QByteArray toJson() const;
    static Result<Mapping> fromJson(const QByteArray& json);
    // Each canonical column at most once; required columns mapped or constant; known targets only.
    Result<void> validate(const catalog::Catalog& catalog) const;
};

// Suggests a mapping for a table: column targets from the header names (the canonical name, the
// catalogue label, common names in extracts) and, for the rest, from the values seen; date
// formats detected. Values are left to the resolution rules above.
Mapping suggestMapping(TableSource& table, const catalog::Catalog& catalog, int sampleRows = 2000);

// --- problems ------------------------------------------------------------------------------------

enum class Severity { Warning, Error };

// Problems of one kind, grouped (kind + column + message) with every row they occur on.
struct ProblemGroup {
    Severity severity = Severity::Error;
    QString kind;         // stable: unknown_value, choice_needed, date, from_2019, rule, bortfall, file
    QString column;       // canonical column, if any
    QString sourceColumn; // the source column it comes from, if any
    QString message;      // translated
    QList<qint64> rows;   // source row numbers (all of them; for bortfall the first ones, count says how many)
    QStringList values;   // the distinct offending values (at most kMaxValues)
    int count = 0;

    static constexpr int kMaxValues = 50;
};

// UTF-8 CSV (`;`, with BOM for Excel) of every problem, one line per (group, row), for the person
// who fixes the source: nivå;typ;rad;kolumn;källkolumn;värde;meddelande.
QByteArray problemsCsv(const QList<ProblemGroup>& groups);

// --- analysing values for the wizard -------------------------------------------------------------

enum class Resolution { Empty, Rule, Exact, From2019, NeedsChoice, Unknown };

struct ValueItem {
    QString sourceColumn;
    QString target;
    QString malgrupp; // set for targets whose values depend on the målgrupp (byMalgrupp)
    QString value;    // as first seen
    int count = 0;
    qint64 firstRow = 0;
    Resolution resolution = Resolution::Unknown;
    QString code;           // what it resolves to (Rule/Exact/From2019)
    QStringList candidates; // NeedsChoice: the 2019 table's candidates for the målgrupp
    QString note;           // the 2019 table's note
};

struct ValueAnalysis {
    QList<ValueItem> items;                   // per mapped coded/malgrupp/handlaggare column, by column then count
    QHash<QString, DateFormat> detectedDates; // source column → detected format
    int rows = 0;
};

// --- applying ------------------------------------------------------------------------------------

struct MappingProgress {
    std::function<void(double)> progress; // 0..1 while reading; may be empty
    const std::atomic_bool* cancel = nullptr;
};

struct MappedImportResult {
    ImportResult import;          // the canonical import's result (errors include mapping fel)
    QList<ProblemGroup> problems; // every problem, grouped
    bool cancelled = false;       // nothing was written
    int errorCount() const;
    int warningCount() const;
};

class MappingEngine
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::MappingEngine)

public:
    MappingEngine(const catalog::Catalog& catalog, Mapping mapping, QSet<QString> accounts = {});

    const Mapping& mapping() const { return m_mapping; }

    // One pass over the table: every distinct value of the mapped coded columns with its count and
    // resolution, and the date formats of the date columns.
    Result<ValueAnalysis> analyse(TableSource& table, const MappingProgress& progress = {});

    // The canonical header and the first `rows` rows as they will be imported.
    Result<QList<QStringList>> preview(TableSource& table, int rows);

    // Maps the table and imports it through io::Importer (dryRun: check only, write nothing).
    Result<MappedImportResult> run(access::Session& session, TableSource& table, const QString& sourceName, bool dryRun,
                                   const MappingProgress& progress = {}, QDate referenceDate = {});

    // For benchmarks and tests without a database: maps every row and parses it with the canonical
    // parser; problems as run() would report them (access checks and the write excepted).
    Result<MappedImportResult> check(TableSource& table, const ImportOptions& options,
                                     const MappingProgress& progress = {});

    // The code a coded cell maps to (Resolution tells how). Public for the wizard and tests.
    Resolution resolve(const Target& target, const QString& malgrupp, const QString& value, QString* code,
                       QStringList* candidates = nullptr, QString* note = nullptr);

private:
    friend class MappedRecords;
    const catalog::Catalog& m_catalog;
    Mapping m_mapping;
    QSet<QString> m_accounts;
    QHash<QString, QString> m_malgruppLabels; // normalised label/code → code
};

} // namespace folja::io
