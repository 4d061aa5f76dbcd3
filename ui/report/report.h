#pragma once

// The nämnd report: several analyses (saved or ad hoc) as one A4 PDF for a nämnd, or one chart as
// PNG/SVG. What a report publishes is decided in core: access::AnalysisGate::reportPlan computes
// every table in publicering mode (a nämnd document becomes an allmän handling) with one smallest
// shown count and protects the tables together; this file only lays the plan out and renders it,
// and writes through AnalysisGate::publish (published results only, audited after success). Each analysis gets a
// heading, its bortfall summary, the table (suppressed counts as "..", the total column as denominator, the "(uppgift
// saknas)" row and column), the chart, the footnotes and a method note generated from the query.
//
// Rendering needs a QApplication (QCustomPlot is a widget) but no window system: the offscreen
// platform is enough (folja-cli report).

#include "access/analysisgate.h"
#include "analysis/crosstab.h"
#include "charts/charts.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::catalog {
class Catalog;
}

namespace folja::ui::report {

// One analysis asked for.
struct ReportRequest {
    QString heading; // the saved analysis' name, or a heading made from the dimensions
    analysis::Query query;
    std::optional<int> minCell; // the table's own k (a saved analysis'); see access::ReportTableRequest
    charts::ChartKind chart = charts::ChartKind::GroupedBars;
    bool withChart = true;
};

// One analysis computed: what the PDF shows.
struct ReportSection {
    QString heading;
    analysis::Query query; // as computed (mode publicering)
    analysis::CrossTab table;
    charts::ChartOptions chart;
    bool withChart = true;
    QStringList methodNotes; // unit, period and its meaning, age reference, k, aggregation, selection
};

struct ReportOptions {
    QString title;        // e.g. "Uppföljning av insatser, kvartal 1 2025"; empty: a default title
    QString organisation; // e.g. "Exempelkommun, socialnämnden"; may be empty
    QDate date;           // the report's date; invalid: today
};

// The report plan of `requests` (access::AnalysisGate::reportPlan, with `minCell` the caller's k
// for the whole report) laid out as sections. Fails with the request's heading in the message.
Result<QList<ReportSection>> computeSections(const access::AnalysisGate& gate, const analysis::Snapshot& snapshot,
                                             const catalog::Catalog& catalog, const QList<ReportRequest>& requests,
                                             std::optional<int> minCell = {});
// A computed plan as sections: headings, charts and method notes (analysis/reporttext.h); nothing
// is computed.
QList<ReportSection> layOut(const access::ReportPlan& plan, const QList<ReportRequest>& requests,
                            const catalog::Catalog& catalog);

// Writes the A4 report through the gate (published tables with one k only; audited). Returns the
// number of pages.
Result<int> writePdf(const access::AnalysisGate& gate, const QString& path, const ReportOptions& options,
                     const QList<ReportSection>& sections);

// Writes the section's chart alone, with its footnotes under it, as .png (at dpi) or .svg (or
// .pdf, one page the size of the chart), through the gate like writePdf.
Result<void> writeChart(const access::AnalysisGate& gate, const QString& path, const ReportSection& section,
                        int dpi = 200);

} // namespace folja::ui::report
