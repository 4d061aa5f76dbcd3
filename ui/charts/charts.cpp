#include "charts/charts.h"

#include "analysis/cellkey.h"
#include "charts/qcp.h"
#include "common/ownerfile.h"

#include <QBrush>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#if defined(FOLJA_WITH_SVG)
#include <QSvgGenerator>
#endif

#include <cmath>
#include <limits>

namespace folja::ui::charts {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("folja::ui::charts", text);
}

// Okabe–Ito, ordered so that neighbours differ in brightness too (greyscale print).
const QColor kPalette[] = {
    QColor(0x00, 0x72, 0xB2), // blue (dark)
    QColor(0xE6, 0x9F, 0x00), // orange (light)
    QColor(0x00, 0x9E, 0x73), // bluish green (middle)
    QColor(0xF0, 0xE4, 0x42), // yellow (lightest)
    QColor(0xCC, 0x79, 0xA7), // reddish purple (middle-light)
    QColor(0x56, 0xB4, 0xE9), // sky blue (light)
    QColor(0xD5, 0x5E, 0x00), // vermillion (middle-dark)
    QColor(0x33, 0x33, 0x33), // near black
};
constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));
const QColor kBortfallColor(0x9E, 0x9E, 0x9E);
const QColor kOutline(0x30, 0x30, 0x30);

QBrush hatched(const QColor& fill, const QColor& lines, bool cross)
{
    QPixmap tile(8, 8);
    tile.fill(fill);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(lines, 1));
    p.drawLine(0, 7, 7, 0);
    if (cross)
        p.drawLine(0, 0, 7, 7);
    p.end();
    return QBrush(tile);
}

QString missingLabel()
{
    return QCoreApplication::translate("folja::ui::charts", "Missing data");
}

QString wrap(const QString& text, int width)
{
    if (text.size() <= width)
        return text;
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

QString countText(qint64 n)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(n);
}

QFont chartFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void reset(QCustomPlot& plot)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.clearGraphs();
    // Back to one axis rect with the legend inside it: titles and legend rows of an earlier chart go.
    QCPLayoutGrid* layout = plot.plotLayout();
    QCPAxisRect* rect = plot.axisRect();
    if (plot.legend->layout())
        plot.legend->layout()->take(plot.legend);
    layout->take(rect);
    layout->clear();
    layout->simplify();
    layout->addElement(0, 0, rect);
    rect->insetLayout()->addElement(plot.legend, Qt::AlignRight | Qt::AlignTop);
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.xAxis->setLabel({});
    plot.yAxis->setLabel({});
    plot.xAxis->setTickLabelRotation(0);
    plot.yAxis->setRangeReversed(false);
    plot.xAxis->setVisible(true);
    plot.yAxis->setVisible(true);
    plot.xAxis->grid()->setVisible(true);
    plot.yAxis->grid()->setVisible(true);
    plot.legend->clearItems();
    plot.legend->setVisible(false);
    plot.setBackground(Qt::white);

    // Pixel sizes (1/96 inch): the chart keeps its proportions when painted scaled into a PDF.
    const QFont base = chartFont(12);
    plot.setFont(base);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(base);
        QFont label = base;
        label.setBold(true);
        axis->setLabelFont(label);
        axis->setBasePen(QPen(kOutline));
        axis->setTickPen(QPen(kOutline));
        axis->setSubTickPen(QPen(Qt::NoPen));
        axis->setTickLabelColor(Qt::black);
        axis->grid()->setPen(QPen(QColor(0xC8, 0xC8, 0xC8), 0.6, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(kOutline, 1));
    }
    plot.legend->setFont(base);
    plot.legend->setBorderPen(QPen(Qt::NoPen));
    plot.legend->setBrush(QBrush(QColor(255, 255, 255, 230)));
}

void addTitle(QCustomPlot& plot, const QString& title)
{
    if (title.isEmpty())
        return;
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, chartFont(14, true)));
}

void addWatermark(QCustomPlot& plot, const QString& watermark)
{
    if (watermark.isEmpty())
        return;
    auto* text = new QCPItemText(&plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(watermark);
    text->setFont(chartFont(36, true));
    text->setColor(QColor(200, 0, 0, 90));
    text->setRotation(-20);
    text->setLayer(QStringLiteral("axes"));
}

// The legend goes below the chart, in columns, so that the plot keeps its width.
void placeLegend(QCustomPlot& plot, int items)
{
    // Series without any drawn value (all hidden) stay out of the legend.
    for (int i = plot.plottableCount() - 1; i >= 0; --i) {
        QCPAbstractPlottable* p = plot.plottable(i);
        if (p->interface1D() && p->interface1D()->dataCount() == 0 && plot.legend->hasItemWithPlottable(p)) {
            p->removeFromLegend();
            --items;
        }
    }
    if (items <= 0)
        return;
    plot.legend->setVisible(true);
    auto* sub = new QCPLayoutGrid;
    const int row = plot.plotLayout()->rowCount();
    plot.plotLayout()->addElement(row, 0, sub);
    sub->setMargins(QMargins(0, 0, 0, 4));
    sub->addElement(0, 0, plot.legend);
    // As many columns as the longest name allows across the chart's width.
    const QFontMetrics fm(plot.legend->font());
    int widest = 0;
    for (int i = 0; i < plot.legend->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)))
            widest = std::max(widest, fm.horizontalAdvance(item->plottable()->name()));
    }
    const int columnWidth = widest + plot.legend->iconSize().width() + 30;
    const int width = plot.width() > 0 ? plot.width() : 800;
    plot.legend->setWrap(std::clamp(width / std::max(1, columnWidth), 1, std::min(items, 4)));
    plot.legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true); // wrap = columns; rearranges the items
    plot.plotLayout()->setRowStretchFactor(row, 0.001);
}

QString elided(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

// A few hidden values are named; many are counted ("9 values").
QString summary(const QStringList& names)
{
    if (names.size() <= 4)
        return names.join(QStringLiteral("; "));
    return QCoreApplication::translate("folja::ui::charts", "%n value(s)", nullptr, int(names.size()));
}

QString cellName(const analysis::TableDimension& dim, int index)
{
    if (index >= dim.categories.size()) // a måluppfyllelse scale's total
        return QCoreApplication::translate("folja::ui::charts", "all values of the %1 scale together")
            .arg(dim.scaleOf(index));
    const analysis::Category& c = dim.categories[index];
    const QString name = c.isMissing ? missingLabel() : c.label;
    // Måluppfyllelse over both scales: say the scale, the two are never one series of values.
    return dim.isSplit() ? QStringLiteral("%1: %2").arg(c.scale, name) : name;
}

} // namespace

QString chartKindCode(ChartKind kind)
{
    switch (kind) {
    case ChartKind::GroupedBars:
        return QStringLiteral("grouped_bars");
    case ChartKind::StackedBars:
        return QStringLiteral("stacked_bars");
    case ChartKind::Stacked100:
        return QStringLiteral("stacked_100");
    case ChartKind::HorizontalBars:
        return QStringLiteral("horizontal_bars");
    }
    return {};
}

std::optional<ChartKind> chartKindFromCode(QStringView code)
{
    for (ChartKind k :
         {ChartKind::GroupedBars, ChartKind::StackedBars, ChartKind::Stacked100, ChartKind::HorizontalBars}) {
        if (code == chartKindCode(k))
            return k;
    }
    return std::nullopt;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::GroupedBars:
        return QCoreApplication::translate("folja::ui::charts", "Grouped bars");
    case ChartKind::StackedBars:
        return QCoreApplication::translate("folja::ui::charts", "Stacked bars");
    case ChartKind::Stacked100:
        return QCoreApplication::translate("folja::ui::charts", "Stacked bars, 100 %");
    case ChartKind::HorizontalBars:
        return QCoreApplication::translate("folja::ui::charts", "Horizontal bars");
    }
    return {};
}

QColor seriesColor(int index)
{
    return kPalette[((index % kPaletteSize) + kPaletteSize) % kPaletteSize];
}

QBrush seriesBrush(int index)
{
    const QColor c = seriesColor(index);
    if (index < 4)
        return QBrush(c);
    // From the fifth series on, hatching tells apart colours that print as similar greys.
    return hatched(c, index % 2 ? Qt::white : Qt::black, index >= kPaletteSize);
}

QBrush bortfallBrush()
{
    return hatched(QColor(0xE4, 0xE4, 0xE4), QColor(0x70, 0x70, 0x70), false);
}

int preferredHeight(const analysis::CrossTab& table, const ChartOptions& options)
{
    if (table.dimensions.isEmpty())
        return 300;
    const analysis::TableDimension& rowDim = table.dimensions[0];
    if (options.kind != ChartKind::HorizontalBars)
        return rowDim.categories.size() > 6 ? 520 : 420;
    int series = 1;
    if (table.dimensions.size() >= 2)
        series = int(table.dimensions[1].categories.size());
    int height = 150; // title, value axis, legend
    for (const analysis::Category& c : rowDim.categories) {
        if (!options.showBortfall && c.isMissing)
            continue;
        const int lines = int(axisLabel(c, 34).count(QLatin1Char('\n'))) + 1;
        height += std::max(lines * 15 + 8, series * 9 + 10);
    }
    return std::max(300, height);
}

QString axisLabel(const analysis::Category& category, int width)
{
    return category.isMissing ? missingLabel() : wrap(category.label, width);
}

QString nothingToDraw(const analysis::CrossTab& table, const ChartOptions& options)
{
    const int dims = int(table.dimensions.size());
    if (dims == 0)
        return {};
    // The cells plotCrossTab draws: the same rows, series, layer and values.
    const analysis::TableDimension& rowDim = table.dimensions[0];
    const bool hasSeries = dims >= 2;
    const bool percent = options.kind == ChartKind::Stacked100;
    int layer = -1;
    if (dims >= 3)
        layer = options.layer >= 0 && options.layer < table.layout.extent(2) ? options.layer : table.totalIndex(2);
    bool published = false;
    for (int r = 0; r < table.layout.size(0); ++r) {
        if (!options.showBortfall && rowDim.categories[r].isMissing)
            continue;
        for (int s = 0; s < (hasSeries ? table.layout.size(1) : 1); ++s) {
            if (hasSeries && !options.showBortfall && table.dimensions[1].categories[s].isMissing)
                continue;
            std::vector<int> c{r};
            if (dims >= 2)
                c.push_back(hasSeries ? s : table.totalIndex(1));
            if (dims >= 3)
                c.push_back(layer);
            const analysis::TableCell& cell = table.cell(c);
            if (cell.suppressed() || (percent && (!cell.row.available || cell.row.suppressed)))
                continue;
            published = true;
            if ((percent ? cell.row.value : double(cell.n)) > 0.0)
                return {};
        }
    }
    if (published)
        return QCoreApplication::translate("folja::ui::charts", "No chart: every published value is 0.");
    return percent ? QCoreApplication::translate("folja::ui::charts",
                                                 "No chart: every share of a row is hidden (\"..\" in the table), "
                                                 "so there is nothing to draw.")
                   : QCoreApplication::translate("folja::ui::charts",
                                                 "No chart: every value is hidden (\"..\" in the table), so there "
                                                 "is nothing to draw.");
}

QStringList plotCrossTab(QCustomPlot& plot, const analysis::CrossTab& table, const ChartOptions& options)
{
    reset(plot);
    QStringList notes;
    const int dims = int(table.dimensions.size());
    if (dims == 0) {
        plot.replot();
        return notes;
    }
    // Empty axes would look like a chart of nothing: say so where the chart would be.
    if (const QString empty = nothingToDraw(table, options); !empty.isEmpty()) {
        plot.xAxis->setVisible(false);
        plot.yAxis->setVisible(false);
        plot.xAxis->grid()->setVisible(false);
        plot.yAxis->grid()->setVisible(false);
        addTitle(plot, options.title);
        auto* text = new QCPItemText(&plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(empty);
        text->setFont(chartFont(12));
        text->setColor(Qt::black);
        addWatermark(plot, table.watermark);
        plot.replot();
        notes.append(empty);
        return notes;
    }
    const analysis::TableDimension& rowDim = table.dimensions[0];
    const bool hasSeries = dims >= 2;
    const int nRows = table.layout.size(0);
    const int nSeries = hasSeries ? table.layout.size(1) : 1;
    int layer = -1;
    if (dims >= 3)
        layer = options.layer >= 0 && options.layer < table.layout.extent(2) ? options.layer : table.totalIndex(2);
    // Måluppfyllelse over both scales (INTERCHANGE §3) is drawn grouped by scale: as the category
    // axis, each scale's categories together with a gap and the scale's name between the groups; as
    // the series, each scale's bars side by side in a stack or group of their own, never one stack
    // of both.
    const bool splitRows = rowDim.isSplit();
    const bool splitSeries = hasSeries && table.dimensions[1].isSplit();

    auto coords = [&](int r, int s) {
        std::vector<int> c{r};
        if (dims >= 2)
            c.push_back(hasSeries && s >= 0 ? s : table.totalIndex(1));
        if (dims >= 3)
            c.push_back(layer);
        return c;
    };
    auto visibleRow = [&](int r) { return options.showBortfall || !rowDim.categories[r].isMissing; };
    auto visibleSeries = [&](int s) {
        return !hasSeries || options.showBortfall || !table.dimensions[1].categories[s].isMissing;
    };

    // Category axis positions 1..n for the visible rows.
    QVector<double> ticks;
    QVector<QString> tickLabels;
    QList<int> rows;
    QList<double> keyOf; // axis position of each visible row (a gap between scales)
    for (int r = 0; r < nRows; ++r) {
        if (!visibleRow(r))
            continue;
        const bool newBlock = splitRows && !rows.isEmpty() && rowDim.blockOf(r) != rowDim.blockOf(rows.last());
        rows.append(r);
        keyOf.append((keyOf.isEmpty() ? 0.0 : keyOf.last()) + (newBlock ? 2.0 : 1.0));
        ticks.append(keyOf.last());
        tickLabels.append(options.kind == ChartKind::HorizontalBars ? axisLabel(rowDim.categories[r], 34)
                          : nRows > 6                               ? elided(axisLabel(rowDim.categories[r], 1000), 28)
                                                                    : axisLabel(rowDim.categories[r], 14));
    }

    const bool horizontal = options.kind == ChartKind::HorizontalBars;
    const bool stacked = options.kind == ChartKind::StackedBars || options.kind == ChartKind::Stacked100;
    const bool percent = options.kind == ChartKind::Stacked100;
    QCPAxis* keyAxis = horizontal ? plot.yAxis : plot.xAxis;
    QCPAxis* valueAxis = horizontal ? plot.xAxis : plot.yAxis;

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->setTicks(ticks, tickLabels);
    keyAxis->setTicker(ticker);
    keyAxis->grid()->setVisible(false);
    const double lastKey = keyOf.isEmpty() ? 0.0 : keyOf.last();
    keyAxis->setRange(0.4, lastKey + 0.6);
    if (horizontal)
        keyAxis->setRangeReversed(true); // first category on top, as in the table
    keyAxis->setLabel(rowDim.label);
    valueAxis->setLabel(QCoreApplication::translate("folja::ui::charts", "Share of the row (%)"));
    if (!percent) {
        // The unit in Swedish words, as the table headings say.
        static const char* const kUnits[] = {QT_TRANSLATE_NOOP("folja::ui::charts", "Number of persons"),
                                             QT_TRANSLATE_NOOP("folja::ui::charts", "Number of ärenden"),
                                             QT_TRANSLATE_NOOP("folja::ui::charts", "Number of insatser"),
                                             QT_TRANSLATE_NOOP("folja::ui::charts", "Number of uppföljningar")};
        valueAxis->setLabel(tx(kUnits[int(table.unit)]));
    }

    QCPBarsGroup* group = ((!stacked || splitSeries) && hasSeries) ? new QCPBarsGroup(&plot) : nullptr;
    if (group)
        group->setSpacing(1);
    const int stacks = stacked && splitSeries ? int(table.dimensions[1].blocks.size()) : 1;
    QList<int> seriesList;
    for (int s = 0; s < nSeries; ++s) {
        if (visibleSeries(s))
            seriesList.append(s);
    }
    const int visibleSeriesCount = int(seriesList.size());
    const double groupWidth = 0.75;
    QCPBars* below = nullptr;
    int suppressedShown = 0;
    QStringList suppressedNames;
    double maxValue = 0.0;
    QVector<double> stackTop((rows.size() + 1) * stacks, 0.0);
    int colourIndex = 0;
    int previousBlock = 0;

    for (int s : seriesList) {
        const bool isMissingSeries = hasSeries && table.dimensions[1].categories[s].isMissing;
        // With the series split by scale, a stack holds one scale's series only.
        const int stack = splitSeries && stacked ? table.dimensions[1].blockOf(s) : 0;
        const bool newStack = splitSeries && table.dimensions[1].blockOf(s) != previousBlock;
        previousBlock = splitSeries ? table.dimensions[1].blockOf(s) : 0;
        if (newStack && !stacked && group && s != seriesList.first()) {
            // An empty slot between the scales' bars sets the groups apart.
            auto* gap = new QCPBars(keyAxis, valueAxis);
            gap->setWidth(groupWidth / std::max(1, visibleSeriesCount));
            gap->setPen(Qt::NoPen);
            gap->setBarsGroup(group);
            gap->removeFromLegend();
        }
        auto* bars = new QCPBars(keyAxis, valueAxis);
        bars->setName(hasSeries ? cellName(table.dimensions[1], s) : valueAxis->label());
        bars->setWidth(!hasSeries ? groupWidth
                       : stacked  ? groupWidth / stacks
                                  : groupWidth / std::max(1, visibleSeriesCount));
        bars->setPen(QPen(kOutline, 0.8));
        QBrush brush = isMissingSeries ? bortfallBrush() : seriesBrush(colourIndex);
        if (!isMissingSeries)
            ++colourIndex;
        bars->setBrush(brush);
        bars->setAntialiased(false);
        if (stacked && below && !newStack)
            bars->moveAbove(below);
        if (group)
            bars->setBarsGroup(group); // a group places a stack as one
        QVector<double> keys, values;
        for (int i = 0; i < rows.size(); ++i) {
            const int r = rows[i];
            const analysis::TableCell& cell = table.cell(coords(r, hasSeries ? s : -1));
            if (cell.suppressed()) {
                ++suppressedShown;
                suppressedNames.append(hasSeries ? cellName(rowDim, r) + QStringLiteral(" – ") +
                                                       cellName(table.dimensions[1], s)
                                                 : cellName(rowDim, r));
                continue; // never drawn
            }
            double v = double(cell.n);
            if (percent) {
                if (!cell.row.available || cell.row.suppressed)
                    continue;
                v = cell.row.value;
            }
            keys.append(keyOf[i]);
            values.append(v);
            stackTop[stack * (rows.size() + 1) + i] += v;
            maxValue = std::max(maxValue, stacked ? stackTop[stack * (rows.size() + 1) + i] : v);
        }
        bars->setData(keys, values, true);
        if (!hasSeries && !options.showBortfall)
            bars->setName(valueAxis->label());
        // Rows that are bortfall in a single-series chart: grey bars on their own.
        if (!hasSeries) {
            QVector<double> mk, mv;
            for (int i = 0; i < rows.size(); ++i) {
                if (!rowDim.categories[rows[i]].isMissing)
                    continue;
                auto it = bars->data()->findBegin(keyOf[i], false);
                if (it != bars->data()->constEnd() && it->key == keyOf[i]) {
                    mk.append(it->key);
                    mv.append(it->value);
                    bars->data()->remove(it->key);
                }
            }
            if (!mk.isEmpty()) {
                auto* missingBars = new QCPBars(keyAxis, valueAxis);
                missingBars->setName(missingLabel());
                missingBars->setWidth(groupWidth);
                missingBars->setPen(QPen(kOutline, 0.8));
                missingBars->setBrush(bortfallBrush());
                missingBars->setData(mk, mv, true);
            }
        }
        below = bars;
    }
    // Bars in the row dimension's bortfall category get the bortfall look as well.
    if (hasSeries) {
        for (int i = 0; i < rows.size(); ++i) {
            if (!rowDim.categories[rows[i]].isMissing)
                continue;
            auto* band = new QCPItemRect(&plot);
            band->setClipAxisRect(plot.axisRect());
            for (QCPItemPosition* p : {band->topLeft, band->bottomRight}) {
                p->setAxes(horizontal ? valueAxis : keyAxis, horizontal ? keyAxis : valueAxis);
                p->setType(QCPItemPosition::ptPlotCoords);
            }
            band->setPen(QPen(Qt::NoPen));
            band->setBrush(QBrush(QColor(0, 0, 0, 18)));
            const double lo = keyOf[i] - 0.5, hi = keyOf[i] + 0.5;
            const double vmax = 1e12;
            if (horizontal) {
                band->topLeft->setCoords(0, lo);
                band->bottomRight->setCoords(vmax, hi);
            } else {
                band->topLeft->setCoords(lo, vmax);
                band->bottomRight->setCoords(hi, 0);
            }
            band->setLayer(QStringLiteral("grid"));
        }
    }

    valueAxis->setRange(0, percent ? 100.0 : std::max(1.0, maxValue * 1.1));
    if (percent) {
        QSharedPointer<QCPAxisTickerFixed> fixed(new QCPAxisTickerFixed);
        fixed->setTickStep(20);
        valueAxis->setTicker(fixed);
    }
    if (!horizontal && nRows > 6)
        keyAxis->setTickLabelRotation(-40); // many categories: slanted, on one line each

    // The scale of each group of categories, over the gap that sets it apart.
    if (splitRows) {
        for (int i = 0; i < rows.size(); ++i) {
            if (i > 0 && rowDim.blockOf(rows[i]) == rowDim.blockOf(rows[i - 1]))
                continue;
            auto* name = new QCPItemText(&plot);
            name->setClipToAxisRect(false);
            name->position->setAxes(horizontal ? valueAxis : keyAxis, horizontal ? keyAxis : valueAxis);
            name->position->setTypeX(horizontal ? QCPItemPosition::ptAxisRectRatio : QCPItemPosition::ptPlotCoords);
            name->position->setTypeY(horizontal ? QCPItemPosition::ptPlotCoords : QCPItemPosition::ptAxisRectRatio);
            if (horizontal)
                name->position->setCoords(0.98, keyOf[i] - 0.75);
            else
                name->position->setCoords(keyOf[i] - 0.45, 0.02);
            name->setPositionAlignment(horizontal ? (Qt::AlignRight | Qt::AlignVCenter)
                                                  : (Qt::AlignLeft | Qt::AlignTop));
            name->setText(QCoreApplication::translate("folja::ui::charts", "%1 scale").arg(rowDim.scaleOf(rows[i])));
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        notes.append(QCoreApplication::translate("folja::ui::charts",
                                                 "%1 is shown per scale (BBIC, IBIC); the two scales are never added.")
                         .arg(rowDim.label));
    }
    if (splitSeries)
        notes.append(QCoreApplication::translate("folja::ui::charts",
                                                 "%1 is shown per scale (BBIC, IBIC); the two scales are never added.")
                         .arg(table.dimensions[1].label));

    addTitle(plot, options.title);
    if (options.legend && hasSeries)
        placeLegend(plot, int(plot.plottableCount()));
    addWatermark(plot, table.watermark);

    if (dims >= 3) {
        const analysis::TableDimension& layerDim = table.dimensions[2];
        notes.append(
            layer == table.totalIndex(2) && !layerDim.isSplit()
                ? QCoreApplication::translate("folja::ui::charts", "%1: all values together.").arg(layerDim.label)
                : QCoreApplication::translate("folja::ui::charts", "%1: %2.")
                      .arg(layerDim.label, cellName(layerDim, layer)));
    }
    if (suppressedShown > 0 && table.protection == analysis::ProtectionMethod::CellKey) {
        const auto& ptable = analysis::PTable::builtin();
        const int deviation = ptable.ok() ? ptable.value().maxDeviation() : 2;
        notes.append(QCoreApplication::translate("folja::ui::charts",
                                                 "Not shown for confidentiality reasons (a changed value below %1; "
                                                 "\"..\" in the table): %2.")
                         .arg(table.minCell + deviation)
                         .arg(summary(suppressedNames)));
    } else if (suppressedShown > 0) {
        notes.append(QCoreApplication::translate(
                         "folja::ui::charts",
                         "Not shown for confidentiality reasons (fewer than %1, or hidden so that they cannot be "
                         "derived; \"..\" in the table): %2.")
                         .arg(table.minCell)
                         .arg(summary(suppressedNames)));
    }
    if (percent)
        notes.append(QCoreApplication::translate(
            "folja::ui::charts",
            "Shares of the row's records with a valid answer; hidden values are left out, so a bar can "
            "end below 100 %."));
    for (int d = 0; d < std::min(dims, 2); ++d) {
        const analysis::TableDimension& dim = table.dimensions[d];
        if (dim.missingIndex < 0 && !dim.bortfall.n)
            continue;
        if (dim.isSplit()) {
            // Per scale: one count of both would add them.
            for (const analysis::CategoryBlock& b : dim.blocks) {
                const QString n = b.bortfall.suppressed ? QStringLiteral("..") : countText(b.bortfall.n);
                notes.append(QCoreApplication::translate("folja::ui::charts",
                                                         "%1 (%2 scale) is missing for %3 records (internal bortfall).")
                                 .arg(dim.label, b.scale, n));
            }
            continue;
        }
        const QString n = dim.bortfall.suppressed ? QStringLiteral("..") : countText(dim.bortfall.n);
        if (options.showBortfall) {
            notes.append(QCoreApplication::translate(
                             "folja::ui::charts",
                             "Uppgift saknas (grey, hatched): %1 is missing for %2 records (internal bortfall).")
                             .arg(dim.label, n));
        } else {
            notes.append(QCoreApplication::translate("folja::ui::charts",
                                                     "Not shown: %1 is missing for %2 records (internal bortfall).")
                             .arg(dim.label, n));
        }
    }
    plot.replot();
    return notes;
}

QStringList plotTrends(QCustomPlot& plot, const analysis::Trends& trends, const ChartOptions& options)
{
    reset(plot);
    QStringList notes;
    static const char* const kNames[] = {QT_TRANSLATE_NOOP("folja::ui::charts", "Aktualiseringar"),
                                         QT_TRANSLATE_NOOP("folja::ui::charts", "Beslut om insats"),
                                         QT_TRANSLATE_NOOP("folja::ui::charts", "Avslutade insatser"),
                                         QT_TRANSLATE_NOOP("folja::ui::charts", "Pågående insatser")};
    static const QCPScatterStyle::ScatterShape kShapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
                                                            QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond};
    static const Qt::PenStyle kDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);

    QVector<double> ticks;
    QVector<QString> labels;
    const int n = int(trends.periods.size());
    const int step = n > 24 ? 3 : (n > 12 ? 2 : 1);
    for (int i = 0; i < n; ++i) {
        if (i % step != 0)
            continue;
        QString text = trends.periods[i];
        if (trends.granularity == analysis::Granularity::Month) {
            const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
            if (d.isValid())
                text = sv.toString(d, QStringLiteral("MMM\nyyyy"));
        }
        ticks.append(i);
        labels.append(text);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->setTicks(ticks, labels);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(-0.5, n - 0.5);
    plot.xAxis->setLabel(trends.granularity == analysis::Granularity::Month
                             ? QCoreApplication::translate("folja::ui::charts", "Month")
                         : trends.granularity == analysis::Granularity::Quarter
                             ? QCoreApplication::translate("folja::ui::charts", "Quarter")
                             : QCoreApplication::translate("folja::ui::charts", "Year"));
    plot.yAxis->setLabel(QCoreApplication::translate("folja::ui::charts", "Number"));

    double maxValue = 0.0;
    QStringList hidden;
    for (int si = 0; si < trends.series.size(); ++si) {
        const analysis::TrendSeries& series = trends.series[si];
        QCPGraph* graph = plot.addGraph();
        graph->setName(tx(kNames[int(series.kind)]));
        QPen pen(seriesColor(si), 2, kDashes[si % 4]);
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(kShapes[si % 4], seriesColor(si), seriesColor(si), 6));
        QVector<double> keys, values;
        for (int i = 0; i < series.counts.size(); ++i) {
            keys.append(i);
            const analysis::Count& c = series.counts[i];
            if (c.suppressed) {
                values.append(std::numeric_limits<double>::quiet_NaN()); // a gap, never a value
                hidden.append(graph->name() + QStringLiteral(" ") + trends.periods.value(i));
                continue;
            }
            values.append(double(c.n));
            maxValue = std::max(maxValue, double(c.n));
        }
        graph->setData(keys, values, true);
    }
    plot.yAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    addTitle(plot, options.title);
    if (options.legend)
        placeLegend(plot, int(trends.series.size()));
    addWatermark(plot, trends.watermark);
    if (!hidden.isEmpty())
        notes.append(
            QCoreApplication::translate("folja::ui::charts",
                                        "Not shown for confidentiality reasons (fewer than %1; a gap in the line): %2.")
                .arg(trends.minCell)
                .arg(summary(hidden)));
    plot.replot();
    return notes;
}

QStringList plotLeadTimes(QCustomPlot& plot, const analysis::LeadTimeTable& table, const ChartOptions& options)
{
    reset(plot);
    QStringList notes;
    const int dims = int(table.dimensions.size());
    QCPAxis* keyAxis = plot.yAxis;
    QCPAxis* valueAxis = plot.xAxis;

    // Groups on the category axis: the categories of dimension 0 (or everyone); with two
    // dimensions one box per category of dimension 1 inside each group.
    QList<int> rows;
    if (dims >= 1) {
        for (int r = 0; r < table.layout.size(0); ++r) {
            if (options.showBortfall || !table.dimensions[0].categories[r].isMissing)
                rows.append(r);
        }
    }
    QList<int> series;
    if (dims >= 2) {
        for (int s = 0; s < table.layout.size(1); ++s) {
            if (options.showBortfall || !table.dimensions[1].categories[s].isMissing)
                series.append(s);
        }
    }
    const int nSeries = dims >= 2 ? int(series.size()) : 1;

    QVector<double> ticks;
    QVector<QString> labels;
    if (dims == 0) {
        ticks.append(1);
        labels.append(QCoreApplication::translate("folja::ui::charts", "All"));
    }
    for (int i = 0; i < rows.size(); ++i) {
        ticks.append(i + 1);
        labels.append(axisLabel(table.dimensions[0].categories[rows[i]], 30));
    }
    const int groups = dims == 0 ? 1 : int(rows.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->setTicks(ticks, labels);
    keyAxis->setTicker(ticker);
    keyAxis->grid()->setVisible(false);
    keyAxis->setRange(0.4, groups + 0.6);
    keyAxis->setRangeReversed(true);
    if (dims >= 1)
        keyAxis->setLabel(table.dimensions[0].label);
    valueAxis->setLabel(QCoreApplication::translate("folja::ui::charts", "Days"));

    double maxValue = 0.0;
    QStringList hidden;
    const double width = 0.7 / nSeries;
    auto statsAt = [&](int r, int s) -> const analysis::LeadTimeStats& {
        std::vector<int> c;
        if (dims >= 1)
            c.push_back(r);
        if (dims >= 2)
            c.push_back(s);
        return table.groups[std::size_t(table.layout.index(c))];
    };
    for (int si = 0; si < nSeries; ++si) {
        const int s = dims >= 2 ? series[si] : -1;
        const bool missingSeries = dims >= 2 && table.dimensions[1].categories[s].isMissing;
        auto* box = new QCPStatisticalBox(keyAxis, valueAxis);
        box->setName(dims >= 2 ? cellName(table.dimensions[1], s)
                               : QCoreApplication::translate("folja::ui::charts", "Quartiles and median"));
        box->setWidth(width * 0.9);
        box->setWhiskerWidth(0);
        box->setPen(QPen(kOutline, 0.8));
        box->setWhiskerPen(QPen(Qt::NoPen));
        box->setWhiskerBarPen(QPen(Qt::NoPen));
        box->setMedianPen(QPen(Qt::black, 2.5));
        box->setBrush(missingSeries ? bortfallBrush() : QBrush(seriesColor(si).lighter(dims >= 2 ? 100 : 130)));
        auto* mean = new QCPGraph(keyAxis, valueAxis);
        mean->setLineStyle(QCPGraph::lsNone);
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, Qt::black, Qt::white, 7));
        mean->setName(QCoreApplication::translate("folja::ui::charts", "Mean"));
        if (si > 0)
            mean->removeFromLegend();
        for (int g = 0; g < groups; ++g) {
            const int r = dims >= 1 ? rows[g] : -1;
            const analysis::LeadTimeStats& st = statsAt(r, s);
            const double key = g + 1 + (nSeries > 1 ? (si - (nSeries - 1) / 2.0) * width : 0.0);
            if (st.suppressed || st.n.suppressed || st.n.n == 0) {
                if (st.suppressed || st.n.suppressed) {
                    QString name = dims >= 1 ? cellName(table.dimensions[0], r)
                                             : QCoreApplication::translate("folja::ui::charts", "All");
                    if (dims >= 2)
                        name += QStringLiteral(" – ") + cellName(table.dimensions[1], s);
                    hidden.append(name);
                }
                continue;
            }
            box->addData(key, st.q1, st.q1, st.median, st.q3, st.q3);
            mean->addData(key, st.mean);
            maxValue = std::max({maxValue, st.q3, st.mean});
        }
    }
    valueAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    addTitle(plot, options.title);
    if (options.legend)
        placeLegend(plot, plot.legend->itemCount() > 0 ? plot.legend->itemCount() : 1);
    addWatermark(plot, table.watermark);
    notes.append(QCoreApplication::translate(
        "folja::ui::charts",
        "The box spans the middle half of the records (lower to upper quartile); the thick line is the "
        "median, the diamond the mean."));
    if (!hidden.isEmpty())
        notes.append(QCoreApplication::translate(
                         "folja::ui::charts",
                         "Not shown for confidentiality reasons (fewer than %1 records, or hidden so that they cannot "
                         "be derived): %2.")
                         .arg(table.minCell)
                         .arg(summary(hidden)));
    if (table.bortfall.n > 0 || table.bortfall.suppressed)
        notes.append(
            QCoreApplication::translate("folja::ui::charts", "Bortfall (a date missing or out of order): %1 records.")
                .arg(table.bortfall.suppressed ? QStringLiteral("..") : countText(table.bortfall.n)));
    plot.replot();
    return notes;
}

void addFootnotes(QCustomPlot& plot, const QStringList& notes)
{
    if (notes.isEmpty())
        return;
    QStringList lines;
    const int width = std::max(40, plot.width() / 7); // characters of 11 px DejaVu Sans
    for (const QString& note : notes)
        lines.append(wrap(note, width));
    auto* text = new QCPTextElement(&plot, lines.join(QLatin1Char('\n')), chartFont(11));
    text->setTextFlags(Qt::AlignLeft);
    text->setTextColor(QColor(0x30, 0x30, 0x30));
    text->setMargins(QMargins(8, 4, 8, 6));
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, text);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
    plot.replot();
}

namespace {

// The chart as a PNG at `dpi`, as QCustomPlot::savePng would write it, but to a device.
bool writePng(QCustomPlot& plot, QIODevice& out, int w, int h, int dpi)
{
    QImage image = plot.toPixmap(w, h, dpi / 96.0).toImage();
    if (image.isNull())
        return false;
    const int dotsPerMeter = int(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image.save(&out, "PNG");
}

// One page of exactly w × h points, vector, as QCustomPlot::savePdf would write it, but to a device.
bool writePdf(QCustomPlot& plot, QIODevice& out, int w, int h)
{
    QPdfWriter writer(&out);
    writer.setCreator(QStringLiteral("Följa"));
    writer.setTitle(plot.windowTitle());
    writer.setResolution(96);
    QPageLayout layout;
    layout.setMode(QPageLayout::FullPageMode);
    layout.setOrientation(QPageLayout::Portrait);
    layout.setMargins(QMarginsF(0, 0, 0, 0));
    layout.setPageSize(QPageSize(QSize(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch));
    if (!writer.setPageLayout(layout))
        return false;
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(0, 0, w, h));
    plot.toPainter(&painter, w, h);
    return painter.end();
}

#if defined(FOLJA_WITH_SVG)
bool writeSvg(QCustomPlot& plot, QIODevice& out, int w, int h)
{
    // Drawn into memory first: QSvgGenerator does not report a failed write of its own, a short
    // write of the finished bytes is seen here.
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly))
        return false;
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(QStringLiteral("Följa"));
        QCPPainter painter;
        if (!painter.begin(&svg))
            return false;
        plot.toPainter(&painter, w, h);
        if (!painter.end())
            return false;
    }
    const QByteArray& bytes = buffer.data();
    return !bytes.isEmpty() && out.write(bytes) == bytes.size();
}
#endif

} // namespace

Result<void> exportChart(QCustomPlot& plot, const QString& path, int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int w = plot.width() > 0 ? plot.width() : 800;
    const int h = plot.height() > 0 ? plot.height() : 500;
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("folja::ui::charts", "%1: the chart can be saved as .png, .svg or .pdf.")
                .arg(QFileInfo(path).fileName()));
    if (suffix == QLatin1String("png") && (dpi < 50 || dpi > 1200))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("folja::ui::charts", "The resolution must be 50 to 1200 dpi, not %1.")
                .arg(dpi));
#if !defined(FOLJA_WITH_SVG)
    // A build without QtSvg (FOLJA_WITH_SVG=OFF, see CMakeLists.txt) cannot draw SVG.
    if (suffix == QLatin1String("svg"))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("folja::ui::charts",
                                                     "%1: this build cannot write .svg charts; save the chart "
                                                     "as .png or .pdf.")
                             .arg(QFileInfo(path).fileName()));
#endif

    // Through a QSaveFile: the file appears (or replaces an earlier one) only when complete, so a
    // failed export never leaves half a chart behind.
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && restrictToOwner(file);
    if (ok) {
        if (suffix == QLatin1String("png"))
            // The chart keeps its size on paper (w × h at 96 dpi) and gets dpi/96 times the pixels.
            ok = writePng(plot, file, w, h, dpi);
        else if (suffix == QLatin1String("pdf"))
            ok = writePdf(plot, file, w, h);
#if defined(FOLJA_WITH_SVG)
        else
            ok = writeSvg(plot, file, w, h);
#endif
        ok = ok && file.size() > 0 && file.commit();
    }
    if (!ok)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("folja::ui::charts", "Could not write the chart to %1.").arg(path));
    return {};
}

} // namespace folja::ui::charts
