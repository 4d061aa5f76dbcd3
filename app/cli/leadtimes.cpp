// folja-cli leadtimes and trends (INTERCHANGE.md §1, version 1.1): published like crosstab, on the
// GUI's path (access::AnalysisGate computes, protects and formats; this file only reads flags and
// prints).

#include "analysis/leadtimes.h"

#include "access/analysisgate.h"
#include "access/catalogsettings.h"
#include "analysis/query.h"
#include "catalog/catalog.h"
#include "cli.h"
#include "io/analysisdata.h"

using namespace folja;
using namespace folja::cli;

// What both commands do once the query is read: sign in (reads only; the audit is held until the
// output is out, so a refusal leaves the file byte-identical), apply the kommun's catalogue, admit
// the query for publication (k floor, mode, protection) before any data are read, load the
// snapshot and let `publish` compute and print through the gate.
int Cli::publishAnalysis(const Options& o, const QString& password, catalog::Catalog& catalog,
                         const analysis::Query& query, std::optional<int> minCellFlag,
                         const std::function<Result<void>(access::AnalysisGate&, const analysis::Snapshot&)>& publish)
{
    auto session = signIn(o, password, false);
    if (!session)
        return failed(session.error());
    (*session)->holdAudit(true);
    if (auto customised = access::CatalogSettings(**session).applyTo(catalog); !customised)
        return failed(customised.error());
    access::AnalysisGate gate(**session);
    if (auto admitted = gate.admitForPublication(query, minCellFlag); !admitted)
        return failed(admitted.error());
    io::SnapshotInfo info;
    auto snapshot = io::AnalysisData::load(**session, catalog, {}, &info, io::CachePolicy{true, false});
    if (!snapshot)
        return failed(snapshot.error());
    if (auto written = publish(gate, *snapshot); !written)
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

Result<void> Cli::print(const QByteArray& bytes)
{
    out() << QString::fromUtf8(bytes);
    if (!bytes.endsWith('\n'))
        out() << '\n';
    out().flush();
    return {};
}

int Cli::leadtimes(const QStringList& args)
{
    const QString db = QStringLiteral("--db"), user = QStringLiteral("--user"), interval = QStringLiteral("--interval"),
                  rows = QStringLiteral("--rows"), cols = QStringLiteral("--cols"), unit = QStringLiteral("--unit"),
                  from = QStringLiteral("--from"), to = QStringLiteral("--to"), malgrupp = QStringLiteral("--malgrupp"),
                  minCell = QStringLiteral("--min-cell"), format = QStringLiteral("--format"),
                  meaning = QStringLiteral("--period-meaning"), statusDate = QStringLiteral("--status-date"),
                  ageBands = QStringLiteral("--age-bands"), filter = QStringLiteral("--filter"),
                  mode = QStringLiteral("--mode");
    Options o;
    int code = kOk;
    if (!parse(args,
               {db, user, QStringLiteral("--password-file"), interval, rows, cols, unit, from, to, malgrupp, minCell,
                format, meaning, statusDate, ageBands, filter, mode},
               {}, {db, user, interval, format}, o, code))
        return code;

    // --- usage errors (exit 2) ---------------------------------------------------------------------
    if (const int rc = onlyOnce(o, {filter}); rc != kOk)
        return rc;
    const QString formatText = o.value(format);
    if (formatText != QLatin1String("json") && formatText != QLatin1String("csv"))
        return usage(tr("--format must be json or csv, not \"%1\".").arg(formatText));
    const auto kind = analysis::leadTimeKindFromCode(o.value(interval));
    if (!kind)
        return usage(tr("--interval must be aktualisering-beslut, beslut-verkstallande or verkstallande-avslut, "
                        "not \"%1\".")
                         .arg(o.value(interval)));
    if (o.has(unit) && o.value(unit) != QLatin1String("arende") && o.value(unit) != QLatin1String("insats"))
        return usage(tr("--unit must be arende or insats for lead times, not \"%1\".").arg(o.value(unit)));
    if (o.has(cols) && !o.has(rows))
        return usage(tr("--cols needs --rows."));
    analysis::Query query;
    query.mode = analysis::Mode::Publicering; // the only mode that may leave the program
    std::optional<int> minCellFlag;
    if (const int rc = readQueryUsage(o, query, minCellFlag); rc != kOk)
        return rc;
    const auto pw = password(o, code);
    if (!pw)
        return code;

    // --- bad input (exit 1) ------------------------------------------------------------------------
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    if (const int rc = readQueryValues(o, *catalog, query, minCellFlag); rc != kOk)
        return rc;

    const bool json = formatText == QLatin1String("json");
    return publishAnalysis(o, *pw, *catalog, query, minCellFlag,
                           [&](access::AnalysisGate& gate, const analysis::Snapshot& snapshot) -> Result<void> {
                               auto table = gate.leadTimes(snapshot, *catalog, query, *kind, minCellFlag);
                               if (!table)
                                   return table.error();
                               QStringList dims;
                               for (const analysis::TableDimension& d : table->dimensions)
                                   dims.append(d.variable);
                               return gate.publish(
                                   *table, json ? QStringLiteral("leadtimes_json") : QStringLiteral("leadtimes_csv"),
                                   QStringLiteral("interval=%1 unit=%2 dims=%3 k=%4")
                                       .arg(analysis::leadTimeKindCode(table->kind), analysis::unitCode(table->unit),
                                            dims.join(QLatin1Char(',')))
                                       .arg(table->minCell),
                                   [&]() -> Result<void> {
                                       auto bytes = json ? gate.interchangeJson(*table) : gate.interchangeCsv(*table);
                                       if (!bytes)
                                           return bytes.error();
                                       return print(*bytes);
                                   });
                           });
}

int Cli::trends(const QStringList& args)
{
    const QString db = QStringLiteral("--db"), user = QStringLiteral("--user"), series = QStringLiteral("--series"),
                  by = QStringLiteral("--by"), from = QStringLiteral("--from"), to = QStringLiteral("--to"),
                  malgrupp = QStringLiteral("--malgrupp"), minCell = QStringLiteral("--min-cell"),
                  format = QStringLiteral("--format"), ageBands = QStringLiteral("--age-bands"),
                  filter = QStringLiteral("--filter"), mode = QStringLiteral("--mode");
    Options o;
    int code = kOk;
    if (!parse(args,
               {db, user, QStringLiteral("--password-file"), series, by, from, to, malgrupp, minCell, format, ageBands,
                filter, mode},
               {}, {db, user, series, by, from, to, format}, o, code))
        return code;

    // --- usage errors (exit 2) ---------------------------------------------------------------------
    if (const int rc = onlyOnce(o, {filter, series}); rc != kOk)
        return rc;
    const QString formatText = o.value(format);
    if (formatText != QLatin1String("json") && formatText != QLatin1String("csv"))
        return usage(tr("--format must be json or csv, not \"%1\".").arg(formatText));
    const auto granularity = analysis::granularityFromCode(o.value(by));
    if (!granularity)
        return usage(tr("--by must be month, quarter or year, not \"%1\".").arg(o.value(by)));
    QList<analysis::TrendKind> kinds;
    for (const QString& text : o.values.value(series)) {
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto k = analysis::trendKindFromCode(part.trimmed());
            if (!k)
                return usage(tr("--series must be aktualiseringar, beslut, avslut or pagaende, not \"%1\".").arg(part));
            if (kinds.contains(*k))
                return usage(tr("The series \"%1\" is given twice.").arg(part.trimmed()));
            kinds.append(*k);
        }
    }
    if (kinds.isEmpty())
        return usage(tr("--series must be aktualiseringar, beslut, avslut or pagaende, not \"%1\".")
                         .arg(o.values.value(series).join(QLatin1Char(' '))));
    analysis::Query query;
    query.mode = analysis::Mode::Publicering;
    std::optional<int> minCellFlag;
    if (const int rc = readQueryUsage(o, query, minCellFlag); rc != kOk)
        return rc;
    const auto pw = password(o, code);
    if (!pw)
        return code;

    // --- bad input (exit 1) ------------------------------------------------------------------------
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    if (const int rc = readQueryValues(o, *catalog, query, minCellFlag); rc != kOk)
        return rc;

    const bool json = formatText == QLatin1String("json");
    return publishAnalysis(
        o, *pw, *catalog, query, minCellFlag,
        [&](access::AnalysisGate& gate, const analysis::Snapshot& snapshot) -> Result<void> {
            auto result = gate.trends(snapshot, *catalog, query, *granularity, kinds, minCellFlag);
            if (!result)
                return result.error();
            QStringList names;
            for (const analysis::TrendSeries& s : result->series)
                names.append(analysis::trendKindCode(s.kind));
            return gate.publish(*result, json ? QStringLiteral("trends_json") : QStringLiteral("trends_csv"),
                                QStringLiteral("by=%1 series=%2 periods=%3 k=%4")
                                    .arg(analysis::granularityCode(result->granularity), names.join(QLatin1Char(',')))
                                    .arg(result->periods.size())
                                    .arg(result->minCell),
                                [&]() -> Result<void> {
                                    auto bytes = json ? gate.interchangeJson(*result) : gate.interchangeCsv(*result);
                                    if (!bytes)
                                        return bytes.error();
                                    return print(*bytes);
                                });
        });
}
