// Charts against the engine: every plotted bar, line point and box is the engine's published
// number, a suppressed cell is never drawn (and is named in the footnotes), the bortfall category is
// drawn as "Uppgift saknas", and export writes PNG (at the asked resolution), SVG and PDF.

#include "analysis/crosstab.h"
#include "analysis/leadtimes.h"
#include "catalog/catalog.h"
#include "charts/charts.h"
#include "charts/qcp.h"
#include "common/i18n.h"
#include "demo/demo.h"
#include "filesizelimit.h"

#include <QDir>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace folja;
using namespace folja::ui::charts;

namespace {

QString seriesLabel(const analysis::Category& c)
{
    return c.isMissing ? QStringLiteral("Uppgift saknas") : c.label;
}

// The bars plotted at `key`, or nullopt when there is none.
std::optional<double> barAt(const QCPBars* bars, double key)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        if (it->key == key)
            return it->value;
    }
    return std::nullopt;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    std::optional<catalog::Catalog> m_catalog;
    analysis::Snapshot m_snapshot;
    QTemporaryDir m_dir;

    analysis::CrossTab table(const QStringList& dims, const QString& malgrupp = {}, int minCell = 5)
    {
        analysis::Query q;
        q.unit = analysis::Unit::Insats;
        q.dimensions = dims;
        q.minCell = minCell;
        q.period.from = QDate(2025, 1, 1);
        q.period.to = QDate(2025, 12, 31);
        if (!malgrupp.isEmpty())
            q.filters.append(analysis::Filter{QStringLiteral("malgrupp"), {malgrupp}});
        auto t = analysis::crossTabulate(m_snapshot, *m_catalog, q);
        if (!t)
            qWarning() << t.error().message;
        return t ? std::move(t).value() : analysis::CrossTab{};
    }

    // Every bar equals the engine's cell; every suppressed cell has no bar. Returns the number of
    // suppressed cells seen.
    int checkBars(QCustomPlot& plot, const analysis::CrossTab& t, bool percent)
    {
        const analysis::TableDimension& rows = t.dimensions[0];
        const analysis::TableDimension& cols = t.dimensions[1];
        int suppressed = 0;
        for (int s = 0; s < t.layout.size(1); ++s) {
            QCPBars* bars = nullptr;
            for (int i = 0; i < plot.plottableCount(); ++i) {
                auto* b = qobject_cast<QCPBars*>(plot.plottable(i));
                if (b && b->name() == seriesLabel(cols.categories[s]))
                    bars = b;
            }
            if (!bars) {
                qWarning() << "no series" << seriesLabel(cols.categories[s]);
                return -1;
            }
            for (int r = 0; r < t.layout.size(0); ++r) {
                std::vector<int> c{r, s};
                if (t.dimensions.size() == 3)
                    c.push_back(t.totalIndex(2));
                const analysis::TableCell& cell = t.cell(c);
                const auto drawn = barAt(bars, r + 1);
                if (cell.suppressed()) {
                    ++suppressed;
                    if (drawn) {
                        qWarning() << "suppressed cell drawn" << rows.categories[r].label << cols.categories[s].label;
                        return -1;
                    }
                    continue;
                }
                const double expected = percent ? cell.row.value : double(cell.n);
                if (percent && (!cell.row.available || cell.row.suppressed)) {
                    if (drawn)
                        return -1;
                    continue;
                }
                if (!drawn || std::abs(*drawn - expected) > 1e-9) {
                    qWarning() << "bar" << r << s << (drawn ? *drawn : -1.0) << "expected" << expected;
                    return -1;
                }
            }
        }
        return suppressed;
    }

private slots:
    void initTestCase()
    {
        i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish);
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());
        demo::DemoOptions options;
        options.persons = 1500;
        options.seed = 7;
        const demo::DemoData data = demo::generate(*m_catalog, options);
        m_snapshot = analysis::Snapshot::build(data.persons, data.arenden);
        QVERIFY(m_dir.isValid());
    }

    void codes()
    {
        for (ChartKind k :
             {ChartKind::GroupedBars, ChartKind::StackedBars, ChartKind::Stacked100, ChartKind::HorizontalBars})
            QCOMPARE(chartKindFromCode(chartKindCode(k)), std::optional<ChartKind>(k));
        QVERIFY(!chartKindFromCode(u"pie"));
    }

    void barsAreThePublishedCells_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("grouped") << int(ChartKind::GroupedBars);
        QTest::newRow("stacked") << int(ChartKind::StackedBars);
        QTest::newRow("stacked100") << int(ChartKind::Stacked100);
        QTest::newRow("horizontal") << int(ChartKind::HorizontalBars);
    }

    void barsAreThePublishedCells()
    {
        QFETCH(int, kind);
        // Vuxna: for BoU every inner cell of the layer margin is hidden in this demo (nothing to draw;
        // see nothingToDrawIsSaidNotDrawn).
        const analysis::CrossTab t =
            table({QStringLiteral("insats:parent"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")},
                  QStringLiteral("VUX"));
        QCOMPARE(t.dimensions.size(), 3);
        QVERIFY(nothingToDraw(t, {}).isEmpty());
        QCustomPlot plot;
        plot.resize(900, 560);
        ChartOptions options;
        options.kind = ChartKind(kind);
        const QStringList notes = plotCrossTab(plot, t, options);
        if (const QString nothing = nothingToDraw(t, options); !nothing.isEmpty()) {
            // Every row share of this table is hidden: no bars, the sentence instead.
            QCOMPARE(options.kind, ChartKind::Stacked100);
            QCOMPARE(notes, QStringList{nothing});
            for (int i = 0; i < plot.plottableCount(); ++i)
                QCOMPARE(plot.plottable(i)->interface1D()->dataCount(), 0);
            return;
        }
        const int suppressed = checkBars(plot, t, options.kind == ChartKind::Stacked100);
        QVERIFY(suppressed >= 0);
        if (options.kind != ChartKind::Stacked100) {
            QVERIFY2(suppressed > 0, "the demo table should have suppressed cells for this test to mean anything");
            QVERIFY(notes.join(u' ').contains(QStringLiteral("röjandeskydd")) ||
                    notes.join(u' ').contains(QStringLiteral("confidentiality")));
        }
        // The layer is named: all values of måluppfyllelse together.
        QVERIFY(notes.first().startsWith(t.dimensions[2].label));
        // The bortfall series is grey and hatched and called "Uppgift saknas".
        if (t.dimensions[1].missingIndex >= 0) {
            bool found = false;
            for (int i = 0; i < plot.plottableCount(); ++i) {
                auto* b = qobject_cast<QCPBars*>(plot.plottable(i));
                if (b && b->name() == QStringLiteral("Uppgift saknas")) {
                    found = true;
                    QCOMPARE(b->brush().style(), Qt::TexturePattern);
                }
            }
            QVERIFY(found);
        }
    }

    // A table whose every drawn value would be ".." (or 0) gives no empty axes: the chart is the
    // sentence that says so, for the screen, the report and an exported chart alike.
    void nothingToDrawIsSaidNotDrawn()
    {
        const analysis::CrossTab t =
            table({QStringLiteral("insats:parent"), QStringLiteral("kon"), QStringLiteral("maluppfyllelse")},
                  QStringLiteral("BOU"));
        QCOMPARE(t.dimensions.size(), 3);
        for (ChartKind kind : {ChartKind::GroupedBars, ChartKind::Stacked100}) {
            ChartOptions options;
            options.kind = kind;
            // Checked here: no published inner cell in the layer margin.
            bool drawable = false;
            for (int r = 0; r < t.layout.size(0); ++r) {
                for (int c = 0; c < t.layout.size(1); ++c)
                    drawable = drawable ||
                               (!t.cell({r, c, t.totalIndex(2)}).suppressed() && t.cell({r, c, t.totalIndex(2)}).n > 0);
            }
            QVERIFY2(!drawable, "the demo table should have nothing to draw for this test to mean anything");
            const QString nothing = nothingToDraw(t, options);
            QVERIFY(nothing.startsWith(QStringLiteral("Inget diagram")));
            QCustomPlot plot;
            plot.resize(900, 560);
            QCOMPARE(plotCrossTab(plot, t, options), QStringList{nothing});
            QCOMPARE(plot.plottableCount(), 0);
            QVERIFY(!plot.xAxis->visible() && !plot.yAxis->visible());
            bool said = false;
            for (int i = 0; i < plot.itemCount(); ++i) {
                if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
                    said = said || text->text() == nothing;
            }
            QVERIFY(said);
            // The next chart on the same plot has its axes back.
            const analysis::CrossTab drawn = table({QStringLiteral("kon"), QStringLiteral("malgrupp")});
            QVERIFY(nothingToDraw(drawn, {}).isEmpty());
            plotCrossTab(plot, drawn, {});
            QVERIFY(plot.xAxis->visible() && plot.yAxis->visible());
            QVERIFY(plot.plottableCount() > 0);
        }
    }

    void bortfallCanBeLeftOut()
    {
        const analysis::CrossTab t = table({QStringLiteral("kon"), QStringLiteral("sip")});
        QVERIFY(t.dimensions[1].missingIndex >= 0);
        QCustomPlot plot;
        ChartOptions options;
        options.showBortfall = false;
        const QStringList notes = plotCrossTab(plot, t, options);
        for (int i = 0; i < plot.plottableCount(); ++i)
            QVERIFY(plot.plottable(i)->name() != QStringLiteral("Uppgift saknas"));
        QVERIFY2(notes.join(u' ').contains(t.dimensions[1].label), qPrintable(notes.join(u'|')));
    }

    void oneDimension()
    {
        const analysis::CrossTab t = table({QStringLiteral("alder_grupp")});
        QCustomPlot plot;
        plotCrossTab(plot, t, {});
        double sum = 0;
        int bars = 0;
        for (int i = 0; i < plot.plottableCount(); ++i) {
            auto* b = qobject_cast<QCPBars*>(plot.plottable(i));
            QVERIFY(b);
            for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it) {
                const analysis::TableCell& cell = t.cell({int(it->key) - 1});
                QVERIFY(!cell.suppressed());
                QCOMPARE(it->value, double(cell.n));
                sum += it->value;
                ++bars;
            }
        }
        QVERIFY(bars > 0);
        QVERIFY(sum <= double(t.total.n));
    }

    void trendsLeaveGapsForSuppressedCounts()
    {
        analysis::Query q;
        q.period.from = QDate(2024, 1, 1);
        q.period.to = QDate(2025, 12, 31);
        q.minCell = 10;
        q.filters.append(analysis::Filter{QStringLiteral("malgrupp"), {QStringLiteral("FUNK")}});
        auto trends = analysis::trends(m_snapshot, *m_catalog, q, analysis::Granularity::Month,
                                       {analysis::TrendKind::Aktualiseringar, analysis::TrendKind::Avslut});
        QVERIFY(trends);
        QCustomPlot plot;
        plotTrends(plot, *trends, {});
        QCOMPARE(plot.graphCount(), 2);
        int gaps = 0;
        for (int g = 0; g < 2; ++g) {
            const auto data = plot.graph(g)->data();
            QCOMPARE(data->size(), trends->periods.size());
            int i = 0;
            for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++i) {
                const analysis::Count& c = trends->series[g].counts[i];
                if (c.suppressed) {
                    QVERIFY(std::isnan(it->value));
                    ++gaps;
                } else {
                    QCOMPARE(it->value, double(c.n));
                }
            }
        }
        QVERIFY2(gaps > 0, "FUNK per month with k = 10 should have suppressed months");
    }

    void leadTimeBoxesAreTheEngineQuartiles()
    {
        analysis::Query q;
        q.unit = analysis::Unit::Insats;
        q.dimensions = {QStringLiteral("malgrupp")};
        auto lt = analysis::leadTimes(m_snapshot, *m_catalog, q, analysis::LeadTimeKind::BeslutVerkstallande);
        QVERIFY(lt);
        QCustomPlot plot;
        const QStringList notes = plotLeadTimes(plot, *lt, {});
        QVERIFY(!notes.isEmpty());
        QCPStatisticalBox* box = nullptr;
        for (int i = 0; i < plot.plottableCount(); ++i) {
            if (auto* b = qobject_cast<QCPStatisticalBox*>(plot.plottable(i)))
                box = b;
        }
        QVERIFY(box);
        int checked = 0;
        for (auto it = box->data()->constBegin(); it != box->data()->constEnd(); ++it) {
            const analysis::LeadTimeStats& s = lt->groups[std::size_t(lt->layout.index({int(it->key) - 1}))];
            QVERIFY(!s.suppressed);
            QCOMPARE(it->median, s.median);
            QCOMPARE(it->lowerQuartile, s.q1);
            QCOMPARE(it->upperQuartile, s.q3);
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void exportFormats()
    {
        const analysis::CrossTab t = table({QStringLiteral("kon"), QStringLiteral("aktualiseringstyp")});
        QCustomPlot plot;
        plot.resize(600, 400);
        plotCrossTab(plot, t, {});
        const QString png = m_dir.filePath(QStringLiteral("c.png"));
        QVERIFY(exportChart(plot, png, 192));
        QImageReader reader(png);
        QCOMPARE(reader.size(), QSize(1200, 800)); // twice 96 dpi: twice the pixels
        const QString svg = m_dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(exportChart(plot, svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Flicka") || svgText.contains("Kvinna"));
        const QString pdf = m_dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(exportChart(plot, pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        auto bad = exportChart(plot, m_dir.filePath(QStringLiteral("c.docx")));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("c.docx")));
        QVERIFY(!exportChart(plot, png, 10));
        // The PNG carries its resolution, so it prints at the chart's size.
        QCOMPARE(QImage(png).dotsPerMeterX(), int(192 / 0.0254));
    }

    // A chart that cannot be written completely (here: the file size limit of a full disk) leaves no
    // file, or the earlier file untouched, and no temporary file beside it.
    void failedExportLeavesNoFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void failedExportLeavesNoFile()
    {
        QFETCH(QString, suffix);
        const analysis::CrossTab t = table({QStringLiteral("kon"), QStringLiteral("aktualiseringstyp")});
        QCustomPlot plot;
        plot.resize(600, 400);
        plotCrossTab(plot, t, {});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
        const auto files = [&dir]() { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); };
        constexpr rlim_t kLimit = 2048;

        {
            FileSizeLimit limit(kLimit);
            QVERIFY(limit.active());
            auto failed = exportChart(plot, path, 96);
            QVERIFY(!failed);
            QCOMPARE(failed.error().code, ErrorCode::Io);
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(files(), QStringList());

        const QByteArray earlier("an earlier export");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(earlier), earlier.size());
        }
        {
            FileSizeLimit limit(kLimit);
            QVERIFY(!exportChart(plot, path, 96));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), earlier);
        }
        QCOMPARE(files(), QStringList{QStringLiteral("chart.") + suffix});

        // Without the limit the same export works and is larger than the limit (so the limit bit).
        QVERIFY(exportChart(plot, path, 96));
        QVERIFY(QFileInfo(path).size() > qint64(kLimit));
        QCOMPARE(files(), QStringList{QStringLiteral("chart.") + suffix});
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
