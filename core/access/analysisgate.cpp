#include "access/analysisgate.h"

#include "access/roles.h"
#include "access/session.h"
#include "access/settings.h"
#include "catalog/catalog.h"

#include <algorithm>

namespace folja::access {

using analysis::Mode;

AnalysisGate::AnalysisGate(Session& session)
    : m_session(session)
{}

Result<int> AnalysisGate::minCellFloor() const
{
    return Settings(m_session).minCell();
}

Result<int> AnalysisGate::minCellFor(std::optional<int> requested) const
{
    auto floor = minCellFloor();
    if (!floor)
        return floor.error();
    if (!requested)
        return *floor;
    if (*requested < Settings::kMinCellMin || *requested > Settings::kMinCellMax)
        return makeError(ErrorCode::InvalidInput, tr("The smallest shown count must be a whole number from %1 to %2, "
                                                     "not %3.")
                                                      .arg(Settings::kMinCellMin)
                                                      .arg(Settings::kMinCellMax)
                                                      .arg(*requested));
    if (*requested < *floor)
        return makeError(ErrorCode::InvalidInput,
                         tr("The smallest shown count %1 is below the administratör's %2 for this database; ask for "
                            "%2 or more.")
                             .arg(*requested)
                             .arg(*floor));
    return *requested;
}

Result<analysis::ProtectionMethod> AnalysisGate::protectionMethod() const
{
    // The administratör's choice (Settings::protectionMethod: the Cell Key Method for a new
    // database, suppression for one created before it until changed).
    return Settings(m_session).protectionMethod();
}

bool AnalysisGate::mayUseInternAnalys() const
{
    return m_session.hasRole(Role::Analytiker);
}

Result<void> AnalysisGate::setInternAnalys(bool on)
{
    if (on == m_internAnalys)
        return {};
    if (on && !mayUseInternAnalys())
        return makeError(ErrorCode::PermissionDenied, tr("Internal analysis is only for the analytiker role."));
    if (auto logged = m_session.audit(QStringLiteral("analysis.mode"), QStringLiteral("analysis"), QString(),
                                      on ? QStringLiteral("intern_analys") : QStringLiteral("publicering"));
        !logged)
        return logged.error();
    m_internAnalys = on;
    return {};
}

Result<analysis::Query> AnalysisGate::admit(analysis::Query query, std::optional<int> requestedMinCell) const
{
    if (query.mode == Mode::InternAnalys) {
        if (!mayUseInternAnalys())
            return makeError(ErrorCode::PermissionDenied, tr("Internal analysis is only for the analytiker role."));
        if (!m_internAnalys)
            return makeError(ErrorCode::PermissionDenied,
                             tr("Internal analysis must be switched on first (the switch is logged)."));
    }
    auto k = minCellFor(requestedMinCell);
    if (!k)
        return k.error();
    auto protection = protectionMethod();
    if (!protection)
        return protection.error();
    query.minCell = *k;
    query.protection = *protection;
    // analysis::checkPublicationWindow: the administratör's preset age bands for publicering.
    auto presets = Settings(m_session).ageBandPresets();
    if (!presets)
        return presets.error();
    query.presetAgeBands = *presets;
    return query;
}

Result<analysis::Query> AnalysisGate::admitForPublication(analysis::Query query,
                                                          std::optional<int> requestedMinCell) const
{
    if (query.mode != Mode::Publicering) {
        return makeError(ErrorCode::PermissionDenied,
                         mayUseInternAnalys()
                             ? tr("Internal analysis is for the screen only; it cannot be exported or published.")
                             : tr("Internal analysis is only for the analytiker role."));
    }
    return admit(std::move(query), requestedMinCell);
}

Result<analysis::CrossTab> AnalysisGate::crossTab(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                                  const analysis::Query& query,
                                                  std::optional<int> requestedMinCell) const
{
    auto admitted = admit(query, requestedMinCell);
    if (!admitted)
        return admitted.error();
    return analysis::crossTabulate(snapshot, catalog, *admitted);
}

Result<AnalysisGate::Admitted> AnalysisGate::admitForWorker(analysis::Query query,
                                                            std::optional<int> requestedMinCell) const
{
    auto admitted = admit(std::move(query), requestedMinCell);
    if (!admitted)
        return admitted.error();
    return Admitted(std::move(admitted).value());
}

Result<analysis::CrossTab> AnalysisGate::crossTab(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                                  const Admitted& admitted)
{
    return analysis::crossTabulate(snapshot, catalog, admitted.query());
}

Result<analysis::LeadTimeTable> AnalysisGate::leadTimes(const analysis::Snapshot& snapshot,
                                                        const catalog::Catalog& catalog, const analysis::Query& query,
                                                        analysis::LeadTimeKind kind,
                                                        std::optional<int> requestedMinCell) const
{
    auto admitted = admit(query, requestedMinCell);
    if (!admitted)
        return admitted.error();
    return analysis::leadTimes(snapshot, catalog, *admitted, kind);
}

Result<analysis::Trends> AnalysisGate::trends(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                              const analysis::Query& query, analysis::Granularity granularity,
                                              const QList<analysis::TrendKind>& kinds,
                                              std::optional<int> requestedMinCell) const
{
    auto admitted = admit(query, requestedMinCell);
    if (!admitted)
        return admitted.error();
    return analysis::trends(snapshot, catalog, *admitted, granularity, kinds);
}

Result<analysis::LeadTimeTable> AnalysisGate::leadTimes(const analysis::Snapshot& snapshot,
                                                        const catalog::Catalog& catalog, const Admitted& admitted,
                                                        analysis::LeadTimeKind kind)
{
    return analysis::leadTimes(snapshot, catalog, admitted.query(), kind);
}

Result<analysis::Trends> AnalysisGate::trends(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                              const Admitted& admitted, analysis::Granularity granularity,
                                              const QList<analysis::TrendKind>& kinds)
{
    return analysis::trends(snapshot, catalog, admitted.query(), granularity, kinds);
}

Result<int> AnalysisGate::reportMinCell(const ReportPlanRequest& request) const
{
    if (request.tables.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A report needs at least one table."));
    // One smallest shown count for the whole report: the strictest of the floor, the caller's and
    // each table's own (raised to the floor: the administratör may have raised it since).
    auto k = minCellFor(request.minCell);
    if (!k)
        return k.error();
    int strictest = *k;
    for (const ReportTableRequest& t : request.tables) {
        if (t.minCell)
            strictest = std::max(strictest, std::clamp(*t.minCell, Settings::kMinCellMin, Settings::kMinCellMax));
    }
    return strictest;
}

Result<ReportPlan> AnalysisGate::reportPlan(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                            const ReportPlanRequest& request) const
{
    auto k = reportMinCell(request);
    if (!k)
        return k.error();
    ReportPlan plan;
    plan.minCell = *k;
    QList<analysis::CrossTab> tables;
    for (const ReportTableRequest& t : request.tables) {
        analysis::Query q = t.query;
        q.mode = Mode::Publicering; // a nämnd document is an allmän handling
        auto admitted = admitForPublication(q, plan.minCell);
        if (!admitted)
            return admitted.error();
        plan.protection = admitted->protection;
        auto table = analysis::crossTabulate(snapshot, catalog, *admitted);
        if (!table) {
            const QString name = t.heading.isEmpty() ? q.dimensions.join(QStringLiteral(" × ")) : t.heading;
            return makeError(table.error().code, tr("%1: %2").arg(name, table.error().message));
        }
        tables.append(std::move(table).value());
        plan.tables.append(ReportTable{t.heading, *admitted, {}});
    }
    // The tables of one report are protected together (S5): no table reveals what another hides.
    if (tables.size() > 1) {
        auto linked = analysis::protectReportSet(tables);
        if (!linked)
            return linked.error();
        plan.linked = *linked;
    }
    for (qsizetype i = 0; i < plan.tables.size(); ++i)
        plan.tables[i].table = std::move(tables[i]);
    return plan;
}

Result<QByteArray> AnalysisGate::interchangeJson(const analysis::CrossTab& table) const
{
    if (auto ok = publishable(table); !ok)
        return ok.error();
    return analysis::toInterchangeJson(table);
}

Result<QByteArray> AnalysisGate::interchangeCsv(const analysis::CrossTab& table) const
{
    if (auto ok = publishable(table); !ok)
        return ok.error();
    return analysis::toInterchangeCsv(table);
}

Result<QByteArray> AnalysisGate::interchangeJson(const analysis::LeadTimeTable& table) const
{
    if (auto ok = publishable(table); !ok)
        return ok.error();
    return analysis::toInterchangeJson(table);
}

Result<QByteArray> AnalysisGate::interchangeCsv(const analysis::LeadTimeTable& table) const
{
    if (auto ok = publishable(table); !ok)
        return ok.error();
    return analysis::toInterchangeCsv(table);
}

Result<QByteArray> AnalysisGate::interchangeJson(const analysis::Trends& trends) const
{
    if (auto ok = publishable(trends); !ok)
        return ok.error();
    return analysis::toInterchangeJson(trends);
}

Result<QByteArray> AnalysisGate::interchangeCsv(const analysis::Trends& trends) const
{
    if (auto ok = publishable(trends); !ok)
        return ok.error();
    return analysis::toInterchangeCsv(trends);
}

Result<QByteArray> AnalysisGate::excelCsv(const analysis::CrossTab& table,
                                          const analysis::ExcelCsvOptions& options) const
{
    if (auto ok = publishable(table); !ok)
        return ok.error();
    return analysis::ExcelCsv::format(table, options);
}

Result<void> AnalysisGate::exportXlsx(const analysis::CrossTab& table, const analysis::XlsxOptions& options,
                                      const QString& path) const
{
    QStringList dims;
    for (const analysis::TableDimension& d : table.dimensions)
        dims.append(d.variable);
    const QString details = QStringLiteral("format=xlsx unit=%1 dims=%2 k=%3")
                                .arg(analysis::unitCode(table.unit), dims.join(QLatin1Char(',')))
                                .arg(table.minCell);
    return publish(table, QStringLiteral("xlsx"), details,
                   [&]() -> Result<void> { return analysis::XlsxExport::write(table, options, path); });
}

Result<void> AnalysisGate::publishableMode(Mode mode, bool exportable, int minCell) const
{
    if (mode != Mode::Publicering || !exportable)
        return makeError(ErrorCode::PermissionDenied,
                         tr("An internal analysis is not for publication: it stays on screen and cannot be exported, "
                            "printed or put in a report."));
    // A result computed past the gate (or before the administratör raised k) is not published.
    auto floor = minCellFloor();
    if (!floor)
        return floor.error();
    if (minCell < *floor)
        return makeError(ErrorCode::PermissionDenied,
                         tr("This result was computed with a smallest shown count of %1, below the administratör's "
                            "%2; compute it again.")
                             .arg(minCell)
                             .arg(*floor));
    return {};
}

Result<void> AnalysisGate::publishable(const analysis::CrossTab& table) const
{
    return publishableMode(table.mode, table.exportable, table.minCell);
}

Result<void> AnalysisGate::publishable(const analysis::LeadTimeTable& table) const
{
    return publishableMode(table.mode, table.exportable, table.minCell);
}

Result<void> AnalysisGate::publishable(const analysis::Trends& trends) const
{
    return publishableMode(trends.mode, trends.exportable, trends.minCell);
}

Result<void> AnalysisGate::publishable(const ReportPlan& plan) const
{
    QList<const analysis::CrossTab*> tables;
    for (const ReportTable& t : plan.tables)
        tables.append(&t.table);
    if (auto ok = publishable(tables); !ok)
        return ok.error();
    if (!tables.isEmpty() && tables.constFirst()->minCell != plan.minCell)
        return makeError(ErrorCode::PermissionDenied,
                         tr("The tables of a report must share one smallest shown count."));
    return {};
}

Result<void> AnalysisGate::publishable(const QList<const analysis::CrossTab*>& reportTables) const
{
    if (reportTables.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A report needs at least one table."));
    for (const analysis::CrossTab* t : reportTables) {
        if (auto ok = publishable(*t); !ok)
            return ok.error();
        if (t->minCell != reportTables.constFirst()->minCell)
            return makeError(ErrorCode::PermissionDenied,
                             tr("The tables of a report must share one smallest shown count."));
    }
    return {};
}

Result<void> AnalysisGate::writeAndAudit(const QString& kind, const QString& details,
                                         const std::function<Result<void>()>& write) const
{
    if (auto written = write(); !written)
        return written.error();
    if (auto logged = m_session.audit(QStringLiteral("analysis.export"), kind, QString(), details); !logged)
        return logged.error();
    return {};
}

} // namespace folja::access
