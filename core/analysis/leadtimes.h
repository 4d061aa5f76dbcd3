#pragma once

// Lead times (handläggningstider) between process steps, per group of up to two dimensions, and
// trends of counts per month/quarter/year — both with bortfall and disclosure control.

#include "analysis/crosstab.h"

#include <optional>

namespace folja::analysis {

enum class LeadTimeKind {
    AktualiseringBeslut, // unit ärende (ärende beslut) or insats (the insats' beslut)
    BeslutVerkstallande, // unit insats
    VerkstallandeAvslut, // unit insats
};

struct LeadTimeStats {
    Count n;                 // records with a duration in the group
    bool suppressed = false; // n < k or n hidden by secondary suppression: no statistics shown
    double median = 0.0;     // days; quartiles by linear interpolation between order statistics
    double q1 = 0.0;
    double q3 = 0.0;
    double mean = 0.0;
};

struct LeadTimeTable {
    LeadTimeKind kind = LeadTimeKind::AktualiseringBeslut;
    Unit unit = Unit::Arende;
    Mode mode = Mode::Publicering;
    // How a Publicering table is protected (the query's): CellKey publishes every n, bortfall and
    // not-applicable count perturbed (cellkey.h).
    ProtectionMethod protection = ProtectionMethod::Suppression;
    int minCell = Query::kDefaultMinCell;
    QList<TableDimension> dimensions; // 0–2; categories as in a cross-tabulation
    DenseLayout layout;               // groups with their margins; the last cell is everyone
    std::vector<LeadTimeStats> groups;
    Count bortfall;      // the end step was reached but a date is missing or out of order
    Count notApplicable; // the end step is not reached yet (not decided, not verkställd, ongoing)
    bool exportable = true;
    QString watermark;
    QStringList footnotes;
};

// The query's period selects records whose end step falls in it (Events with EventKind::Auto), or
// per its meaning otherwise; its dimensions (0–2) group the records.
Result<LeadTimeTable> leadTimes(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                                LeadTimeKind kind);

enum class TrendKind { Aktualiseringar, Beslut, Avslut, PagaendeInsatser };
enum class Granularity { Month, Quarter, Year };

struct TrendSeries {
    TrendKind kind = TrendKind::Aktualiseringar;
    QList<Count> counts; // one per period
};

struct Trends {
    Granularity granularity = Granularity::Month;
    QStringList periods;     // "2024-01", "2024-Q1", "2024"
    QList<QDate> periodEnds; // the day pågående insatser are counted on (last day, within the range)
    QList<TrendSeries> series;
    Mode mode = Mode::Publicering;
    ProtectionMethod protection = ProtectionMethod::Suppression;
    int minCell = Query::kDefaultMinCell;
    bool exportable = true;
    QString watermark;
    QStringList footnotes;
};

// Counts per period in [query.period.from, query.period.to] (both required): aktualiseringar
// (ärenden), beslut, avslut (insatser) and insatser ongoing on each period's last day. The query's
// scope, filters, mode and minCell apply; its unit, dimensions and time meaning do not.
Result<Trends> trends(const Snapshot& snapshot, const catalog::Catalog& catalog, const Query& query,
                      Granularity granularity, const QList<TrendKind>& kinds);

// The interchange codes of INTERCHANGE §1 (folja-cli leadtimes --interval, trends --series/--by).
QString leadTimeKindCode(LeadTimeKind kind); // "aktualisering-beslut", "beslut-verkstallande", …
std::optional<LeadTimeKind> leadTimeKindFromCode(QStringView code);
QString trendKindCode(TrendKind kind); // "aktualiseringar", "beslut", "avslut", "pagaende"
std::optional<TrendKind> trendKindFromCode(QStringView code);
QString granularityCode(Granularity granularity); // "month", "quarter", "year"
std::optional<Granularity> granularityFromCode(QStringView code);

// INTERCHANGE §1 (v1.1) output of published lead times and trends. Refused for a result that is
// not exportable (intern analys); callers go through access::AnalysisGate.
// Lead times: every group of the layout, a dimension left out of a group is summed over (the group
// with no dimension values is everyone); a suppressed group has null statistics; days rounded to
// two decimals. CSV: one row per group, `;`-separated, a header, ".." for what is suppressed, an
// empty dimension field for "all", then "# " lines: bortfall, not applicable and the footnotes.
Result<QByteArray> toInterchangeJson(const LeadTimeTable& table);
Result<QByteArray> toInterchangeCsv(const LeadTimeTable& table);
// Trends: CSV has one row per period and one column per series, then the footnotes as "# " lines.
Result<QByteArray> toInterchangeJson(const Trends& trends);
Result<QByteArray> toInterchangeCsv(const Trends& trends);

} // namespace folja::analysis
