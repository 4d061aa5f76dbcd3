// folja-cli report: the nämnd report (.pdf) or one chart (.png, .svg), rendered headlessly in
// publicering mode (INTERCHANGE.md §1). main.cpp runs this command alone under a QApplication on
// the offscreen platform; every other command stays a QCoreApplication.

#include "cli.h"

#ifdef FOLJA_WITH_REPORT

#include "access/analysisgate.h"
#include "access/catalogsettings.h"
#include "access/savedanalyses.h"
#include "catalog/catalog.h"
#include "catalog/types.h"
#include "charts/charts.h"
#include "io/analysisdata.h"
#include "report/report.h"

#include <QDate>
#include <QFileInfo>
#include <QFontDatabase>
#include <QRegularExpression>

using namespace folja;
using namespace folja::cli;

namespace {

std::optional<ui::charts::ChartKind> parseChart(const QString& text)
{
    if (text == QLatin1String("grouped"))
        return ui::charts::ChartKind::GroupedBars;
    if (text == QLatin1String("stacked"))
        return ui::charts::ChartKind::StackedBars;
    if (text == QLatin1String("stacked100"))
        return ui::charts::ChartKind::Stacked100;
    if (text == QLatin1String("horizontal"))
        return ui::charts::ChartKind::HorizontalBars;
    return ui::charts::chartKindFromCode(text);
}

} // namespace

int Cli::report(const QStringList& args)
{
    const QString db = QStringLiteral("--db"), user = QStringLiteral("--user"), out = QStringLiteral("--out"),
                  analysisFlag = QStringLiteral("--analysis"), rows = QStringLiteral("--rows"),
                  cols = QStringLiteral("--cols"), layers = QStringLiteral("--layers"), unit = QStringLiteral("--unit"),
                  from = QStringLiteral("--from"), to = QStringLiteral("--to"), malgrupp = QStringLiteral("--malgrupp"),
                  minCell = QStringLiteral("--min-cell"), meaning = QStringLiteral("--period-meaning"),
                  statusDate = QStringLiteral("--status-date"), ageBands = QStringLiteral("--age-bands"),
                  filter = QStringLiteral("--filter"), chart = QStringLiteral("--chart"),
                  title = QStringLiteral("--title"), organisation = QStringLiteral("--organisation"),
                  dpi = QStringLiteral("--dpi"), mode = QStringLiteral("--mode");
    Options o;
    int code = kOk;
    if (!parse(args, {db,       user,         QStringLiteral("--password-file"),
                      out,      analysisFlag, rows,
                      cols,     layers,       unit,
                      from,     to,           malgrupp,
                      minCell,  meaning,      statusDate,
                      ageBands, filter,       chart,
                      title,    organisation, dpi,
                      mode},
               {}, {db, user, out}, o, code))
        return code;

    // --- usage errors (exit 2) --------------------------------------------------------------------
    if (const int rc = onlyOnce(o, {filter, analysisFlag}); rc != kOk)
        return rc;
    const QString outPath = o.value(out);
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return usage(tr("--out must end in .pdf (the report), .png or .svg (the chart), not \"%1\".").arg(outPath));
    // Without a font the PDF would have no text and the chart no labels: refuse instead.
    if (QFontDatabase::families().isEmpty()) {
        err() << "folja-cli: "
              << tr("no fonts found to draw the report with. Set QT_QPA_FONTDIR to a folder of .ttf fonts.") << '\n';
        err().flush();
        return kRefused;
    }
    const bool adHoc = o.has(rows);
    if (adHoc == o.has(analysisFlag))
        return usage(tr("Give either --analysis NAME (a saved analysis) or --rows VAR (an ad-hoc table)."));
    const QStringList queryFlags{cols, layers, unit, from, to, malgrupp, meaning, statusDate, ageBands, filter};
    if (!adHoc) {
        for (const QString& flag : queryFlags) {
            if (o.has(flag))
                return usage(
                    tr("%1 belongs to an ad-hoc table (--rows); a saved analysis brings its own query.").arg(flag));
        }
    }
    if (suffix != QLatin1String("pdf") && o.values.value(analysisFlag).size() > 1)
        return usage(tr("A .png or .svg file holds one chart: give one --analysis, or write a .pdf report."));
    if (suffix == QLatin1String("pdf") && o.has(dpi))
        return usage(tr("--dpi applies to .png only."));
    int dpiValue = 200;
    if (o.has(dpi)) {
        bool ok = false;
        dpiValue = o.value(dpi).toInt(&ok);
        if (!ok || dpiValue < 50 || dpiValue > 1200)
            return usage(tr("--dpi must be a whole number from 50 to 1200, not \"%1\".").arg(o.value(dpi)));
    }
    std::optional<ui::charts::ChartKind> chartKind;
    if (o.has(chart)) {
        chartKind = parseChart(o.value(chart));
        if (!chartKind)
            return usage(
                tr("--chart must be grouped, stacked, stacked100 or horizontal, not \"%1\".").arg(o.value(chart)));
    }
    analysis::Query query;
    query.mode = analysis::Mode::Publicering;
    std::optional<int> minCellFlag;
    if (const int rc = readQueryUsage(o, query, minCellFlag); rc != kOk)
        return rc;
    const auto pw = password(o, code);
    if (!pw)
        return code;

    // --- bad input (exit 1) -----------------------------------------------------------------------
    auto badValue = [&](const QString& flag, const QString& value, const QString& why) {
        return refused(tr("%1 \"%2\": %3").arg(flag, value, why));
    };
    auto catalog = catalog::Catalog::loadBuiltin();
    if (!catalog)
        return failed(catalog.error());
    if (adHoc) {
        if (const int rc = readQueryValues(o, *catalog, query, minCellFlag); rc != kOk)
            return rc;
    }

    // --- the analyses ------------------------------------------------------------------------------
    // Reads only: its audit entries are written once the file is, so a refusal or a failure
    // leaves the database byte-identical (and the persisted snapshot cache is not written here).
    auto session = signIn(o, *pw, false);
    if (!session)
        return failed(session.error());
    (*session)->holdAudit(true);
    if (auto customised = access::CatalogSettings(**session).applyTo(*catalog); !customised)
        return failed(customised.error()); // the kommun's local values and hidden variables
    // The report's k, its mode and protection are the gate's to decide, before any data are read.
    access::AnalysisGate gate(**session);
    QList<ui::report::ReportRequest> requests;
    if (adHoc) {
        if (auto admitted = gate.admitForPublication(query, minCellFlag); !admitted)
            return failed(admitted.error());
        requests.append({QString(), query, std::nullopt, chartKind.value_or(ui::charts::ChartKind::GroupedBars), true});
    } else {
        if (query.mode != analysis::Mode::Publicering) {
            if (auto admitted = gate.admitForPublication(query, minCellFlag); !admitted)
                return failed(admitted.error());
        }
        access::SavedAnalyses saved(**session);
        for (const QString& name : o.values.value(analysisFlag)) {
            auto a = saved.loadByName(name);
            if (!a)
                return badValue(analysisFlag, name, a.error().message);
            ui::report::ReportRequest r;
            r.heading = a->name;
            r.query = a->query;
            r.minCell = a->query.minCell; // the k it was saved with (raised to the floor if needed)
            const auto kind = ui::charts::chartKindFromCode(a->chartType);
            r.withChart = kind.has_value() || chartKind.has_value();
            r.chart = chartKind.value_or(kind.value_or(ui::charts::ChartKind::GroupedBars));
            requests.append(r);
        }
    }
    if (suffix != QLatin1String("pdf"))
        requests.first().withChart = true;
    access::ReportPlanRequest asked;
    asked.minCell = minCellFlag;
    for (const ui::report::ReportRequest& r : requests)
        asked.tables.append({r.heading, r.query, r.minCell});
    if (auto k = gate.reportMinCell(asked); !k)
        return failed(k.error());
    io::SnapshotInfo info;
    auto snapshot = io::AnalysisData::load(**session, *catalog, {}, &info, io::CachePolicy{true, false});
    if (!snapshot)
        return failed(snapshot.error());
    auto sections = ui::report::computeSections(gate, *snapshot, *catalog, requests, minCellFlag);
    if (!sections)
        return failed(sections.error());
    if (suffix == QLatin1String("pdf")) {
        ui::report::ReportOptions options;
        options.title = o.value(title);
        options.organisation = o.value(organisation);
        auto pages = ui::report::writePdf(gate, outPath, options, *sections);
        if (!pages)
            return failed(pages.error());
    } else {
        ui::report::ReportSection section = sections->first();
        if (o.has(title))
            section.heading = o.value(title);
        if (auto written = ui::report::writeChart(gate, outPath, section, dpiValue); !written)
            return failed(written.error());
    }
    if (auto logged = (*session)->flushPendingAudit(); !logged)
        return failed(logged.error());
    if (info.visibility == io::SnapshotVisibility::Own) {
        err() << "folja-cli: "
              << tr("note: as a handläggare you see only your own ärenden; the report counts only those.") << '\n';
        err().flush();
    }
    return kOk;
}

#else

int Cli::report(const QStringList&)
{
    return usage(tr("This folja-cli was built without the report (FOLJA_BUILD_GUI=OFF)."));
}

#endif
