#pragma once

// The one way to published (and on-screen) analysis results. Every caller — the GUI's analysis
// workspace, folja-cli crosstab and report, the report renderer, CSV and chart exports, and the
// lead-time, trend, microdata and exchange paths to come — computes through an AnalysisGate made
// from its Session, so the rules below hold for all of them and are decided here, not per caller:
//
// * The administratör's smallest shown count (Settings::minCell) is a floor. A caller may ask for
//   a stricter k, never a weaker one: a weaker request is refused (InvalidInput, the message says
//   the floor).
// * Intern analys (Mode::InternAnalys: small counts on screen, watermarked) is for the analytiker
//   role only, switched on through setInternAnalys() (audited), and never exportable: every export
//   goes through publish(), which refuses a result that is not published.
// * The protection method (Query::protection) comes from the database, never from the caller.
// * A nämnd report is planned here: one smallest shown count for the whole report (the strictest
//   asked for), publicering only, its tables protected together (analysis::protectReportSet).
//   The renderer (ui/report) only lays the plan out.
//
// A source test (tests/access/analysisgate_guard) fails when a file under ui/ or app/ calls the
// engine (crossTabulate, leadTimes, trends, protectReportSet) or an exporter directly.

#include "analysis/crosstab.h"
#include "analysis/excelcsv.h"
#include "analysis/leadtimes.h"
#include "analysis/query.h"
#include "analysis/reportset.h"
#include "analysis/snapshot.h"
#include "analysis/xlsxexport.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace folja::catalog {
class Catalog;
}

namespace folja::access {

class Session;

// One table of a nämnd report as a caller asks for it. The query's mode and minCell are not used:
// a report is always published, with the plan's k.
struct ReportTableRequest {
    QString heading; // a saved analysis' name; may be empty
    analysis::Query query;
    // The table's own smallest shown count (a saved analysis keeps the k it was saved with). Raised
    // to the database's floor when that is stricter now; never lowers the report's k.
    std::optional<int> minCell;
};

struct ReportPlanRequest {
    QList<ReportTableRequest> tables;
    // The caller's k for the whole report (folja-cli --min-cell): at least the floor, else refused.
    std::optional<int> minCell;
};

struct ReportTable {
    QString heading;       // as asked (may be empty)
    analysis::Query query; // as computed: publicering, the plan's k and protection
    analysis::CrossTab table;
};

// What a report publishes, computed and protected: ui/report renders it as it is.
struct ReportPlan {
    int minCell = analysis::Query::kDefaultMinCell; // one for every table
    analysis::ProtectionMethod protection = analysis::ProtectionMethod::Suppression;
    QList<ReportTable> tables;
    analysis::ReportSetProtection linked; // what protecting the tables together did
};

class AnalysisGate
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::AnalysisGate)

public:
    explicit AnalysisGate(Session& session);

    // The administratör's smallest shown count: every published k is at least this.
    Result<int> minCellFloor() const;
    // The k to use when the caller asks for `requested` (nothing: the floor). A request below the
    // floor is refused with InvalidInput; one outside 3–10 too.
    Result<int> minCellFor(std::optional<int> requested) const;
    // How published tables are protected. Read from the database once the administratör's setting
    // exists; until the Cell Key Method arrives every database uses suppression.
    Result<analysis::ProtectionMethod> protectionMethod() const;

    // Intern analys: only the analytiker role may switch it on. Switching is audited
    // ("analysis.mode"); the switch lives as long as this gate.
    bool mayUseInternAnalys() const;
    Result<void> setInternAnalys(bool on);
    bool internAnalysOn() const { return m_internAnalys; }

    // The query as the rules make it: k from minCellFor(requested), the database's protection
    // method, and the mode checked — InternAnalys only for the analytiker who switched it on
    // (PermissionDenied otherwise). Nothing is written.
    Result<analysis::Query> admit(analysis::Query query, std::optional<int> requestedMinCell = {}) const;
    // The same for a result that leaves the program (a file, standard output, a report): the mode
    // must be Publicering, whoever asks (PermissionDenied, saying why).
    Result<analysis::Query> admitForPublication(analysis::Query query, std::optional<int> requestedMinCell = {}) const;

    // The engine, through admit(). `snapshot` is the session's (io::loadSnapshot / LiveSnapshot).
    Result<analysis::CrossTab> crossTab(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                        const analysis::Query& query, std::optional<int> requestedMinCell = {}) const;
    Result<analysis::LeadTimeTable> leadTimes(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                              const analysis::Query& query, analysis::LeadTimeKind kind,
                                              std::optional<int> requestedMinCell = {}) const;
    Result<analysis::Trends> trends(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                    const analysis::Query& query, analysis::Granularity granularity,
                                    const QList<analysis::TrendKind>& kinds,
                                    std::optional<int> requestedMinCell = {}) const;

    // --- computing on a worker thread ---------------------------------------------------------
    // admit() reads the database's settings through the session, whose connection belongs to one
    // thread at a time. A caller that computes on a worker thread (the GUI, so that a large table
    // never freezes the window) admits on the session's thread, then hands the Admitted query to
    // crossTab(snapshot, catalog, admitted), which touches nothing but its arguments and may run on
    // any thread while nothing changes the snapshot and the catalogue. Only the gate makes an
    // Admitted, so the rules of admit() still hold for every table computed this way.
    class Admitted
    {
    public:
        const analysis::Query& query() const { return m_query; }

    private:
        friend class AnalysisGate;
        explicit Admitted(analysis::Query query)
            : m_query(std::move(query))
        {}
        analysis::Query m_query;
    };
    Result<Admitted> admitForWorker(analysis::Query query, std::optional<int> requestedMinCell = {}) const;
    static Result<analysis::CrossTab> crossTab(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                               const Admitted& admitted);
    // The same for lead times and trends (the lead-time and trend pages of the analysis workspace).
    static Result<analysis::LeadTimeTable> leadTimes(const analysis::Snapshot& snapshot,
                                                     const catalog::Catalog& catalog, const Admitted& admitted,
                                                     analysis::LeadTimeKind kind);
    static Result<analysis::Trends> trends(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                           const Admitted& admitted, analysis::Granularity granularity,
                                           const QList<analysis::TrendKind>& kinds);

    // Checks a report request before any data are read (k, at least one table), so a refusal
    // changes nothing.
    Result<int> reportMinCell(const ReportPlanRequest& request) const;
    // The report: every table in publicering with one k (the strictest of the floor, the request
    // and each table's own), the database's protection, protected together.
    Result<ReportPlan> reportPlan(const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                                  const ReportPlanRequest& request) const;

    // Interchange output (INTERCHANGE §3) of a published table, through publishable().
    Result<QByteArray> interchangeJson(const analysis::CrossTab& table) const;
    Result<QByteArray> interchangeCsv(const analysis::CrossTab& table) const;
    // Interchange output (INTERCHANGE §1 v1.1) of published lead times and trends, through
    // publishable(): folja-cli leadtimes and trends, and any GUI export of them.
    Result<QByteArray> interchangeJson(const analysis::LeadTimeTable& table) const;
    Result<QByteArray> interchangeCsv(const analysis::LeadTimeTable& table) const;
    Result<QByteArray> interchangeJson(const analysis::Trends& trends) const;
    Result<QByteArray> interchangeCsv(const analysis::Trends& trends) const;
    // The table as a CSV file for Swedish Excel (analysis::ExcelCsv), through publishable().
    Result<QByteArray> excelCsv(const analysis::CrossTab& table, const analysis::ExcelCsvOptions& options) const;
    // The table as an Excel workbook at `path` (analysis::XlsxExport): through publish(), so only a
    // published table is written, and the export is audited ("analysis.export", kind "xlsx"). The
    // analysis workspace's "Exportera tabell" and folja-cli crosstab --format xlsx both come here.
    Result<void> exportXlsx(const analysis::CrossTab& table, const analysis::XlsxOptions& options,
                            const QString& path) const;

    // --- exports ------------------------------------------------------------------------------
    // Whether a result may leave the program: it must be published (mode Publicering, exportable)
    // with at least the floor's k. PermissionDenied otherwise, saying why.
    Result<void> publishable(const analysis::CrossTab& table) const;
    Result<void> publishable(const analysis::LeadTimeTable& table) const;
    Result<void> publishable(const analysis::Trends& trends) const;
    Result<void> publishable(const ReportPlan& plan) const;
    // The tables of one report as laid out for rendering: each publishable, all with one k.
    Result<void> publishable(const QList<const analysis::CrossTab*>& reportTables) const;

    // Every export goes through here: `write` runs only for a published result, and the export is
    // audited ("analysis.export", `kind` and `details`: no personal data) after it succeeded.
    template <typename T>
    Result<void> publish(const T& result, const QString& kind, const QString& details,
                         const std::function<Result<void>()>& write) const
    {
        if (auto ok = publishable(result); !ok)
            return ok.error();
        return writeAndAudit(kind, details, write);
    }

private:
    Result<void> publishableMode(analysis::Mode mode, bool exportable, int minCell) const;
    Result<void> writeAndAudit(const QString& kind, const QString& details,
                               const std::function<Result<void>()>& write) const;

    Session& m_session;
    bool m_internAnalys = false;
};

} // namespace folja::access
