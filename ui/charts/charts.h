#pragma once

// Charts of the analysis engine's results, drawn with QCustomPlot. Every function plots only what
// the engine published: a suppressed count is never drawn (no bar, a gap in a line, no box) and
// is named in the footnotes the function returns, to be shown under the chart. The bortfall
// category "(uppgift saknas)" is drawn grey and hatched, labelled "Uppgift saknas".
//
// The palette (Okabe–Ito, ordered so that neighbouring series also differ in brightness, with
// hatching from the fifth series on) stays readable for colour-blind readers and in greyscale print.

#include "analysis/crosstab.h"
#include "analysis/leadtimes.h"
#include "common/result.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCustomPlot;
class QBrush;

namespace folja::ui::charts {

enum class ChartKind {
    GroupedBars,    // vertical bars, one group per row category, one bar per column category
    StackedBars,    // counts stacked per row category
    Stacked100,     // row percentages stacked (each bar is the row's published distribution)
    HorizontalBars, // grouped bars lying down: for long category names (insatser)
};

// Stable codes for saved analyses (saved_analyses.chart_type): "grouped_bars", "stacked_bars",
// "stacked_100", "horizontal_bars".
QString chartKindCode(ChartKind kind);
std::optional<ChartKind> chartKindFromCode(QStringView code);
// Translated name for menus ("Grupperade staplar" …).
QString chartKindName(ChartKind kind);

struct ChartOptions {
    ChartKind kind = ChartKind::GroupedBars;
    // A cross-tabulation with three dimensions shows one layer: the index of a category of the
    // third dimension, or -1 for all layers together (the layer margin).
    int layer = -1;
    bool showBortfall = true; // draw the "(uppgift saknas)" categories
    QString title;            // empty: no title above the chart
    bool legend = true;
};

// A cross-tabulation: dimension 0 along the category axis, dimension 1 as the series (bars of a
// group, or stacked parts), dimension 2 through options.layer. Returns the footnotes.
QStringList plotCrossTab(QCustomPlot& plot, const analysis::CrossTab& table, const ChartOptions& options);

// Why a chart of this table would be empty, in one short sentence to show where the chart would
// be: every value it would draw is hidden ("..", e.g. every row share of a small BoU table), or
// every published value is 0. Empty when there is something to draw. plotCrossTab draws this
// sentence instead of empty axes; a screen or report shows it as text instead of the chart.
QString nothingToDraw(const analysis::CrossTab& table, const ChartOptions& options);

// Trends: one line per series over the periods; a suppressed count leaves a gap (NaN).
QStringList plotTrends(QCustomPlot& plot, const analysis::Trends& trends, const ChartOptions& options = {});

// Lead times: one box per group (lower quartile – median – upper quartile, in days) with the mean
// as a diamond, lying down so that long group names stay readable. With two dimensions the boxes
// of dimension 1 are grouped per category of dimension 0.
QStringList plotLeadTimes(QCustomPlot& plot, const analysis::LeadTimeTable& table, const ChartOptions& options = {});

// Adds the footnotes as small text under the chart (for a chart exported on its own).
void addFootnotes(QCustomPlot& plot, const QStringList& notes);

// A height in pixels (at 96 dpi) that gives every category room for its label: horizontal bars
// grow with the number of categories and lines of their labels.
int preferredHeight(const analysis::CrossTab& table, const ChartOptions& options);

// Writes the chart at its current size. The format follows the extension: .png (at `dpi`, the
// physical size kept), .svg or .pdf (vector). Fails with a message naming the file.
Result<void> exportChart(QCustomPlot& plot, const QString& path, int dpi = 300);

// The series colour and brush (colour plus hatching from index 4 on); for tables and legends
// elsewhere that want to match the chart.
QColor seriesColor(int index);
QBrush seriesBrush(int index);
QBrush bortfallBrush();

// "(uppgift saknas)" → "Uppgift saknas"; other labels wrapped to lines of about `width` characters.
QString axisLabel(const analysis::Category& category, int width = 18);

} // namespace folja::ui::charts
