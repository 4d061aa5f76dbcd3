// folja-cli crosstab: a cross-tabulation in publicering mode (INTERCHANGE.md §1 and §3).

#include "access/analysisgate.h"
#include "access/catalogsettings.h"
#include "analysis/query.h"
#include "analysis/reporttext.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "cli.h"
#include "io/analysisdata.h"

using namespace folja;
using namespace folja::cli;

int Cli::crosstab(const QStringList& args)
{
    const QString db = QStringLiteral("--db"), user = QStringLiteral("--user"), rows = QStringLiteral("--rows"),
                  cols = QStringLiteral("--cols"), layers = QStringLiteral("--layers"), unit = QStringLiteral("--unit"),
                  from = QStringLiteral("--from"), to = QStringLiteral("--to"), malgrupp = QStringLiteral("--malgrupp"),
                  minCell = QStringLiteral("--min-cell"), format = QStringLiteral("--format"),
                  meaning = QStringLiteral("--period-meaning"), statusDate = QStringLiteral("--status-date"),
                  ageBands = QStringLiteral("--age-bands"), filter = QStringLiteral("--filter"),
                  mode = QStringLiteral("--mode"), outFile = QStringLiteral("--out");
    Options o;
    int code = kOk;
    if (!parse(args,
               {db, user, QStringLiteral("--password-file"), rows, cols, layers, unit, from, to, malgrupp, minCell,
                format, meaning, statusDate, ageBands, filter, mode, outFile},
               {}, {db, user, rows, format}, o, code))
        return code;

    // --- usage errors (exit 2): flags whose values come from a fixed set --------------------------
    if (const int rc = onlyOnce(o, {filter}); rc != kOk)
        return rc;
    const QString formatText = o.value(format);
    const bool xlsx = formatText == QLatin1String("xlsx");
    if (formatText != QLatin1String("json") && formatText != QLatin1String("csv") && !xlsx)
        return usage(tr("--format must be json, csv or xlsx, not \"%1\".").arg(formatText));
    // INTERCHANGE §1 (1.1): the workbook goes to a file; json and csv go to standard output.
    if (xlsx && (!o.has(outFile) || o.value(outFile).isEmpty()))
        return usage(tr("--format xlsx needs --out FILE."));
    if (!xlsx && o.has(outFile))
        return usage(tr("--out is for --format xlsx; json and csv are printed."));
    analysis::Query query;
    query.mode = analysis::Mode::Publicering; // the only mode that may leave the program
    std::optional<int> minCellFlag;
    if (const int rc = readQueryUsage(o, query, minCellFlag); rc != kOk)
        return rc;
    const auto pw = password(o, code);
    if (!pw)
        return code;

    // --- bad input (exit 1): one line naming the flag and the value -------------------------------
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    if (const int rc = readQueryValues(o, *catalog, query, minCellFlag); rc != kOk)
        return rc;

    // --- the table ---------------------------------------------------------------------------------
    // Reads only: its audit entries are written once the table is out, so a refusal or a failure
    // leaves the file byte-identical (and the persisted snapshot cache is not written from here).
    auto session = signIn(o, *pw, false);
    if (!session)
        return failed(session.error());
    (*session)->holdAudit(true);
    if (auto customised = access::CatalogSettings(**session).applyTo(*catalog); !customised)
        return failed(customised.error()); // the kommun's local values and hidden variables
    // k, the mode and the protection are the gate's to decide, before any data are read.
    access::AnalysisGate gate(**session);
    auto admitted = gate.admitForPublication(query, minCellFlag);
    if (!admitted)
        return failed(admitted.error());
    io::SnapshotInfo info;
    auto snapshot = io::AnalysisData::load(**session, *catalog, {}, &info, io::CachePolicy{true, false});
    if (!snapshot)
        return failed(snapshot.error());
    auto table = gate.crossTab(*snapshot, *catalog, query, minCellFlag);
    if (!table)
        return failed(table.error());
    QStringList dims;
    for (const analysis::TableDimension& d : table->dimensions)
        dims.append(d.variable);
    const bool json = formatText == QLatin1String("json");
    if (xlsx) {
        analysis::XlsxOptions options;
        QStringList labels;
        for (const analysis::TableDimension& d : table->dimensions)
            labels.append(d.label);
        options.title = labels.join(QStringLiteral(" × "));
        options.methodNotes = analysis::reporttext::methodNotes(*admitted, *table, *catalog);
        // The gate writes (published only, atomically) and audits.
        if (auto exported = gate.exportXlsx(*table, options, o.value(outFile)); !exported)
            return failed(exported.error());
        if (auto logged = (*session)->flushPendingAudit(); !logged)
            return failed(logged.error());
        return kOk;
    }
    auto written = gate.publish(*table, json ? QStringLiteral("interchange_json") : QStringLiteral("interchange_csv"),
                                QStringLiteral("unit=%1 dims=%2 k=%3")
                                    .arg(analysis::unitCode(table->unit), dims.join(QLatin1Char(',')))
                                    .arg(table->minCell),
                                [&]() -> Result<void> {
                                    auto bytes = json ? gate.interchangeJson(*table) : gate.interchangeCsv(*table);
                                    if (!bytes)
                                        return bytes.error();
                                    out() << QString::fromUtf8(*bytes);
                                    if (!bytes->endsWith('\n'))
                                        out() << '\n';
                                    out().flush();
                                    return {};
                                });
    if (!written)
        return failed(written.error());
    if (auto logged = (*session)->flushPendingAudit(); !logged)
        return failed(logged.error());
    if (info.visibility == io::SnapshotVisibility::Own) {
        err() << "folja-cli: "
              << tr("note: as a handläggare you see only your own ärenden; the table counts only those.") << '\n';
        err().flush();
    }
    return kOk;
}
