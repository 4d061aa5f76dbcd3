// The analysis workspace end to end on a demo database: a kön × insats × måluppfyllelse table
// built through the widgets must show exactly the engine's published cells, ".." exactly where the
// engine suppressed, the mandatory footnote; intern analys only for the analytiker, audited and
// never exportable; the CSV export published and audited.

#include "access/analysisgate.h"
#include "access/auditlog.h"
#include "access/savedanalyses.h"
#include "access/session.h"
#include "access/settings.h"
#include "analys/analysworkspace.h"
#include "analys/chartpanel.h"
#include "analys/crosstabmodel.h"
#include "analys/crosstabview.h"
#include "analys/leadtimesview.h"
#include "analys/modebanner.h"
#include "analys/querypanel.h"
#include "analys/trendsview.h"
#include "analys/variablechoices.h"
#include "analysis/cellkey.h"
#include "analysis/crosstab.h"
#include "arenden/arendeworkspace.h"
#include "catalog/catalog.h"
#include "charts/qcp.h"
#include "common/i18n.h"
#include "io/analysisdata.h"
#include "io/demodatabase.h"
#include "mainwindow/mainwindow.h"
#include "widgets/datefield.h"
#include "xlsxread.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace folja;

namespace {

const QString kPassword = QStringLiteral("test-losen-123");

void choose(QComboBox* combo, const QString& name)
{
    QVERIFY(combo);
    QVERIFY2(ui::VariableChoices::select(*combo, name), qPrintable(name));
}

} // namespace

class TestAnalys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<catalog::Catalog> m_catalog;
    std::unique_ptr<access::Session> m_analys;

    // The administratör sets the database's protection method; the analytiker signs in again.
    void setProtection(analysis::ProtectionMethod method)
    {
        m_analys.reset(); // one session per file
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(access::Settings(*admin).setProtectionMethod(method));
        }
        m_analys = signIn(QStringLiteral("analys"));
        QVERIFY(m_analys);
    }

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_path, user, kPassword);
        if (!s)
            return nullptr;
        return std::move(s).value();
    }

    // Kön × insats × måluppfyllelse for BOU in 2025, through the widgets only.
    void buildKonInsatsMaluppfyllelse(ui::AnalysWorkspace& w)
    {
        choose(w.findChild<QComboBox*>(QStringLiteral("rowsCombo")), QStringLiteral("kon"));
        choose(w.findChild<QComboBox*>(QStringLiteral("columnsCombo")), QStringLiteral("insats"));
        choose(w.findChild<QComboBox*>(QStringLiteral("layersCombo")), QStringLiteral("maluppfyllelse"));
        auto* unit = w.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(QStringLiteral("insats")));
        auto* bou = w.findChild<QCheckBox*>(QStringLiteral("malgruppCheck_BOU"));
        QVERIFY(bou);
        bou->setChecked(true);
        auto* from = w.findChild<ui::DateField*>(QStringLiteral("periodFrom"));
        auto* to = w.findChild<ui::DateField*>(QStringLiteral("periodTo"));
        QVERIFY(from && to);
        from->clear();
        QTest::keyClicks(from, QStringLiteral("2024-01-01"));
        to->clear();
        QTest::keyClicks(to, QStringLiteral("2025-12-31"));
        w.recomputeNow();
    }

    analysis::Query expectedQuery()
    {
        analysis::Query q;
        q.unit = analysis::Unit::Insats;
        q.dimensions = {QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")};
        q.filters = {{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}}};
        q.period.from = QDate(2024, 1, 1);
        q.period.to = QDate(2025, 12, 31);
        return q;
    }

    // The audit entries of the analytiker, read as the administratör (one session per file at a
    // time: the analytiker's is closed meanwhile and opened again).
    QList<access::AuditEntry> analytikerAudit()
    {
        m_analys.reset();
        QList<access::AuditEntry> out;
        {
            auto admin = signIn(QStringLiteral("admin"));
            if (!admin)
                return out;
            auto recent = access::AuditLog(*admin).recent(50);
            if (recent.ok()) {
                for (const access::AuditEntry& e : *recent) {
                    if (e.actor == QStringLiteral("analys"))
                        out.append(e);
                }
            }
        }
        m_analys = signIn(QStringLiteral("analys"));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        m_path = m_dir.filePath(QStringLiteral("demo.folja"));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.fill.persons = 800;
        demo.fill.seed = 3; // a table with both published and suppressed cells, of both kinds
        demo.kdf = access::KdfParams::fastForTests();
        auto created = io::createDemoDatabase(m_path, *m_catalog, demo);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        // These tests check suppression (a new database uses the Cell Key Method, tested below).
        setProtection(analysis::ProtectionMethod::Suppression);
    }

    void cellKeyMethodWhenTheAdministratorChoosesIt()
    {
        setProtection(analysis::ProtectionMethod::CellKey);
        {
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            buildKonInsatsMaluppfyllelse(w);
            w.recomputeNow();
            QVERIFY(w.currentTable());
            QCOMPARE(w.currentTable()->protection, analysis::ProtectionMethod::CellKey);
            QCOMPARE(w.currentQuery().protection, analysis::ProtectionMethod::CellKey);
            QVERIFY(w.currentTable()->footnotes.contains(analysis::cellKeyNote()));
            for (const analysis::TableCell& c : w.currentTable()->cells)
                QVERIFY(c.suppressed() || c.n >= w.currentTable()->minCell);
        }
        setProtection(analysis::ProtectionMethod::Suppression);
    }

    // The banner above every result, and the period note, say what the result's protection does:
    // under the Cell Key Method the bounded noise and the ".." threshold k + D, not "values below k
    // are hidden"; the whole-month rule of suppression is not mentioned under the Cell Key Method.
    void bannerAndPeriodNoteFollowTheProtection()
    {
        const auto& ptable = analysis::PTable::builtin();
        QVERIFY(ptable.ok());
        const int d = ptable.value().maxDeviation();
        for (const auto method : {analysis::ProtectionMethod::CellKey, analysis::ProtectionMethod::Suppression}) {
            setProtection(method);
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            w.resize(1400, 900);
            w.show();
            buildKonInsatsMaluppfyllelse(w);
            QVERIFY(w.currentTable());
            QCOMPARE(w.currentTable()->protection, method);
            const int k = w.currentTable()->minCell;
            auto* note = w.findChild<QLabel*>(QStringLiteral("publicationWindowNote"));
            QVERIFY(note);
            // Every result page's banner: the table, lead times and trends.
            auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
            QVERIFY(tabs);
            for (QWidget* page : {static_cast<QWidget*>(w.crossTabView()), static_cast<QWidget*>(w.leadTimesView()),
                                  static_cast<QWidget*>(w.trendsView())}) {
                tabs->setCurrentIndex(page == w.crossTabView() ? 0 : tabs->indexOf(page));
                QTRY_VERIFY(!w.isBusy()); // lead times and trends are computed on a worker
                auto* banner = page->findChild<ui::ModeBanner*>(QStringLiteral("modeBanner"));
                QVERIFY(banner);
                QCOMPARE(banner->protection(), method);
                const QString text = banner->text();
                if (method == analysis::ProtectionMethod::CellKey) {
                    QVERIFY2(text.contains(QStringLiteral("±%1").arg(d)), qPrintable(text));
                    QVERIFY2(text.contains(QStringLiteral(" %1 ").arg(k + d)), qPrintable(text));
                    QVERIFY2(!text.contains(QStringLiteral(" %1 ").arg(k)) ||
                                 text.contains(QStringLiteral("minst %1").arg(k)),
                             qPrintable(text));
                } else {
                    QVERIFY2(text.contains(QStringLiteral(" %1 ").arg(k)), qPrintable(text));
                    QVERIFY2(!text.contains(QStringLiteral("±")), qPrintable(text));
                }
            }
            QCOMPARE(note->isVisibleTo(&w), method == analysis::ProtectionMethod::Suppression);
        }
    }

    // Kön × måluppfyllelse for BoU in a month with few uppföljningar: every row share is "..".
    // The 100 % chart then shows a sentence saying there is nothing to draw, not empty axes, and
    // there is no chart to export; a month with published shares draws the chart again.
    void nothingPublishableDrawsNoChart()
    {
        setProtection(analysis::ProtectionMethod::CellKey);
        const auto restore = qScopeGuard([this] { setProtection(analysis::ProtectionMethod::Suppression); });
        ui::AnalysWorkspace w(*m_analys, *m_catalog);
        w.resize(1400, 900);
        w.show();
        choose(w.findChild<QComboBox*>(QStringLiteral("rowsCombo")), QStringLiteral("kon"));
        choose(w.findChild<QComboBox*>(QStringLiteral("columnsCombo")), QStringLiteral("maluppfyllelse"));
        auto* unit = w.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(QStringLiteral("insats")));
        w.findChild<QCheckBox*>(QStringLiteral("malgruppCheck_BOU"))->setChecked(true);
        auto* kind = w.findChild<QComboBox*>(QStringLiteral("chartKindCombo"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("stacked_100")));
        auto* chart = w.findChild<QWidget*>(QStringLiteral("tablePage"))->findChild<ui::ChartPanel*>();
        QVERIFY(chart);
        auto* plot = chart->customPlot();
        auto* exportChart = w.findChild<QPushButton*>(QStringLiteral("exportChartButton"));
        auto* from = w.findChild<ui::DateField*>(QStringLiteral("periodFrom"));
        auto* to = w.findChild<ui::DateField*>(QStringLiteral("periodTo"));
        const auto setPeriod = [&](QDate first, QDate last) {
            from->clear();
            QTest::keyClicks(from, first.toString(Qt::ISODate));
            to->clear();
            QTest::keyClicks(to, last.toString(Qt::ISODate));
            w.recomputeNow();
        };
        // Whether any row share of the table would be drawn (checked here, not by the chart code).
        const auto anyShare = [](const analysis::CrossTab& t) {
            for (int r = 0; r < t.layout.size(0); ++r) {
                for (int c = 0; c < t.layout.size(1); ++c) {
                    const analysis::TableCell& cell = t.cell({r, c});
                    if (!cell.suppressed() && cell.row.available && !cell.row.suppressed && cell.row.value > 0)
                        return true;
                }
            }
            return false;
        };

        // Two years: shares are published and drawn.
        setPeriod(QDate(2024, 1, 1), QDate(2025, 12, 31));
        QVERIFY(w.currentTable());
        QVERIFY(anyShare(*w.currentTable()));
        QVERIFY(chart->emptyMessage().isEmpty());
        QVERIFY(plot->isVisibleTo(chart));
        QVERIFY(chart->hasChart());
        QVERIFY(exportChart->isEnabled());

        // A month where every share is "..": a sentence instead of the chart, nothing to export.
        bool sawEmpty = false;
        for (QDate month(2025, 12, 1); month >= QDate(2023, 1, 1) && !sawEmpty; month = month.addMonths(-1)) {
            setPeriod(month, month.addMonths(1).addDays(-1));
            if (!w.currentTable() || anyShare(*w.currentTable()))
                continue;
            sawEmpty = true;
            QVERIFY2(!chart->emptyMessage().isEmpty(), qPrintable(month.toString(Qt::ISODate)));
            QVERIFY(chart->findChild<QLabel*>(QStringLiteral("chartEmptyMessage"))->isVisibleTo(chart));
            QVERIFY(!plot->isVisibleTo(chart));
            QVERIFY(!chart->hasChart());
            QVERIFY(!exportChart->isEnabled());
            const QString path = m_dir.filePath(QStringLiteral("empty.png"));
            QVERIFY(!w.exportChart(path).ok());
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(sawEmpty);

        // And back: the chart is drawn again.
        setPeriod(QDate(2024, 1, 1), QDate(2025, 12, 31));
        QVERIFY(plot->isVisibleTo(chart));
        QVERIFY(chart->emptyMessage().isEmpty());
    }

    void tableMatchesTheEngineCellByCell()
    {
        ui::AnalysWorkspace w(*m_analys, *m_catalog);
        buildKonInsatsMaluppfyllelse(w);
        // The widgets made exactly the query we meant.
        analysis::Query expected = expectedQuery();
        expected.mode = analysis::Mode::Publicering;
        QCOMPARE(w.currentQuery().toJson(), expected.toJson());

        auto snapshot = io::loadSnapshot(*m_analys, *m_catalog);
        QVERIFY(snapshot.ok());
        auto engine = analysis::crossTabulate(*snapshot, *m_catalog, expected);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        const analysis::CrossTab& t = *engine;
        QCOMPARE(t.dimensions.size(), 3);

        ui::CrossTabModel* model = w.crossTabView()->model();
        QCOMPARE(model->rowCount(), t.layout.extent(0));
        QCOMPARE(model->columnCount(), t.layout.extent(1));
        QCOMPARE(model->layerCount(), t.layout.extent(2));
        auto* tabs = w.findChild<QTabBar*>(QStringLiteral("layerTabBar"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), t.layout.extent(2));

        const QLocale locale;
        int suppressed = 0, published = 0;
        QString suppressedTip;
        QSet<int> reasons;
        for (int layer = 0; layer < t.layout.extent(2); ++layer) {
            tabs->setCurrentIndex(layer); // through the widget
            QCOMPARE(model->layer(), layer);
            QCOMPARE(tabs->tabText(layer), layer == t.layout.size(2) ? QStringLiteral("Totalt")
                                                                     : t.dimensions.at(2).categories.at(layer).label);
            for (int r = 0; r < t.layout.extent(0); ++r) {
                for (int c = 0; c < t.layout.extent(1); ++c) {
                    const analysis::TableCell& cell = t.cell({r, c, layer});
                    const QModelIndex i = model->index(r, c);
                    const QString text = i.data().toString();
                    if (cell.suppressed()) {
                        QCOMPARE(text, QStringLiteral(".."));
                        ++suppressed;
                        // Which rule hid the cell is never shown: "primary" would mean 1 to k-1.
                        const QString tip = i.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0);
                        if (suppressedTip.isEmpty())
                            suppressedTip = tip;
                        QCOMPARE(tip, suppressedTip);
                        QVERIFY(!tip.contains(QString::number(cell.n)) || cell.n == t.minCell);
                        reasons.insert(static_cast<int>(cell.reason));
                    } else {
                        QCOMPARE(text, locale.toString(cell.n));
                        ++published;
                    }
                    QCOMPARE(i.data(ui::CrossTabModel::SuppressedRole).toBool(), cell.suppressed());
                }
            }
        }
        // Both kinds of cells (issue 11 hides more: zeros beside small cells, fixed 1-D margins).
        QVERIFY2(suppressed > 0 && published > 0, "the demo table must have both kinds of cells");
        QVERIFY2(reasons.size() >= 2, "the demo table must have primary and secondary suppression");

        // Headers: categories, "(uppgift saknas)", margins.
        for (int r = 0; r < t.layout.size(0); ++r)
            QCOMPARE(model->headerData(r, Qt::Vertical).toString(), t.dimensions.at(0).categories.at(r).label);
        QCOMPARE(model->headerData(t.layout.size(0), Qt::Vertical).toString(), QStringLiteral("Totalt"));
        bool sawMissing = false;
        for (int d = 0; d < 3; ++d) {
            const int m = t.dimensions.at(d).missingIndex;
            if (m < 0)
                continue;
            sawMissing = true;
            const QString label =
                d == 2 ? tabs->tabText(m) : model->headerData(m, d == 0 ? Qt::Vertical : Qt::Horizontal).toString();
            QCOMPARE(label, QStringLiteral("(uppgift saknas)"));
        }
        QVERIFY(sawMissing); // måluppfyllelse has bortfall in the demo data

        // The mandatory footnote with the actual k, and the bortfall summary per dimension.
        const QString footnote = w.findChild<QLabel*>(QStringLiteral("footnoteLabel"))->text();
        QVERIFY2(footnote.contains(QStringLiteral("Värden under 5 redovisas inte av sekretesskäl; vissa ytterligare "
                                                  "värden har dolts så att de inte kan räknas fram.")),
                 qPrintable(footnote));
        const QString bortfall = w.findChild<QLabel*>(QStringLiteral("bortfallLabel"))->text();
        for (const analysis::TableDimension& d : t.dimensions)
            QVERIFY2(bortfall.contains(d.label.toHtmlEscaped()), qPrintable(bortfall));
        const QString banner = w.crossTabView()->findChild<QLabel*>(QStringLiteral("modeBanner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("Publicering")), qPrintable(banner));
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());

        // The chart draws exactly the published cells of the layer on screen: every published
        // count once, no suppressed one.
        for (int layer : {t.layout.size(2), 0}) {
            tabs->setCurrentIndex(layer);
            QList<double> plotted;
            QCustomPlot* plot = w.tableChart()->customPlot();
            for (int i = 0; i < plot->plottableCount(); ++i) {
                if (auto* bars = qobject_cast<QCPBars*>(plot->plottable(i))) {
                    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                        plotted.append(it->value);
                }
            }
            QList<double> drawable;
            for (int r = 0; r < t.layout.size(0); ++r) {
                for (int c = 0; c < t.layout.size(1); ++c) {
                    if (!t.cell({r, c, layer}).suppressed())
                        drawable.append(static_cast<double>(t.cell({r, c, layer}).n));
                }
            }
            std::sort(plotted.begin(), plotted.end());
            std::sort(drawable.begin(), drawable.end());
            // A layer with nothing but ".." and 0 has nothing to draw: a sentence says so instead.
            const bool nothing = std::all_of(drawable.cbegin(), drawable.cend(), [](double v) { return v == 0.0; });
            QCOMPARE(w.tableChart()->emptyMessage().isEmpty(), !nothing);
            QCOMPARE(w.tableChart()->hasChart(), !nothing);
            QCOMPARE(w.findChild<QPushButton*>(QStringLiteral("exportChartButton"))->isEnabled(), !nothing);
            QCOMPARE(plotted, nothing ? QList<double>() : drawable);
        }
    }

    void percentagesAreTheEngines()
    {
        ui::AnalysWorkspace w(*m_analys, *m_catalog);
        buildKonInsatsMaluppfyllelse(w);
        auto* show = w.findChild<QComboBox*>(QStringLiteral("showCombo"));
        show->setCurrentIndex(show->findData(static_cast<int>(ui::CellShow::RowPercent)));
        w.findChild<QCheckBox*>(QStringLiteral("intervalsCheck"))->setChecked(true);
        const analysis::CrossTab& t = *w.currentTable();
        ui::CrossTabModel* model = w.crossTabView()->model();
        int checked = 0;
        for (int layer = 0; layer < t.layout.extent(2); ++layer) {
            model->setLayer(layer);
            for (int r = 0; r < t.layout.size(0); ++r) {
                for (int c = 0; c < t.layout.size(1); ++c) {
                    const analysis::TableCell& cell = t.cell({r, c, layer});
                    const QString text = model->index(r, c).data().toString();
                    if (cell.suppressed() || cell.row.suppressed) {
                        QCOMPARE(text, QStringLiteral(".."));
                    } else if (cell.row.available) {
                        QCOMPARE(text, QStringLiteral("%1 % (%2–%3)")
                                           .arg(ui::CrossTabModel::formatPercent(cell.row.value),
                                                ui::CrossTabModel::formatPercent(cell.row.ciLow),
                                                ui::CrossTabModel::formatPercent(cell.row.ciHigh)));
                        ++checked;
                    }
                }
                // the row's denominator is visible in the margin column
                const analysis::TableCell& margin = t.cell({r, t.layout.size(1), layer});
                if (!margin.suppressed())
                    QCOMPARE(model->index(r, t.layout.size(1)).data().toString(),
                             QStringLiteral("n = %1").arg(QLocale().toString(margin.n)));
            }
        }
        QVERIFY(checked > 0);
        QVERIFY(QLocale().toString(12.5, 'f', 1).contains(QLatin1Char(','))); // Swedish decimal comma
    }

    void csvExportIsPublishedAndAudited()
    {
        {
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            buildKonInsatsMaluppfyllelse(w);
            const QString path = m_dir.filePath(QStringLiteral("tabell.csv"));
            auto written = w.exportTableCsv(path);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const QString text = QString::fromUtf8(bytes);
            QVERIFY(text.contains(QStringLiteral(";..;")) || text.contains(QStringLiteral(";..\r\n")));
            QVERIFY(text.contains(QStringLiteral("redovisas inte av sekretesskäl")));
            QVERIFY(text.contains(QStringLiteral("Bortfall")));
            // Every layer of that table is ".." or 0 (nothing to draw, so no chart to export): the
            // chart is of kön × målgrupp, all målgrupper.
            QVERIFY(!w.tableChart()->hasChart());
            QVERIFY(!w.exportChart(m_dir.filePath(QStringLiteral("tom.png")), 150).ok());
            choose(w.findChild<QComboBox*>(QStringLiteral("columnsCombo")), QStringLiteral("malgrupp"));
            w.findChild<QCheckBox*>(QStringLiteral("malgruppCheck_BOU"))->setChecked(false);
            w.recomputeNow();
            QVERIFY(w.tableChart()->hasChart());
            const QString png = m_dir.filePath(QStringLiteral("diagram.png"));
            auto chart = w.exportChart(png, 150);
            QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().message));
            QVERIFY(QFile(png).size() > 1000);
        }
        bool audited = false;
        for (const access::AuditEntry& e : analytikerAudit())
            audited =
                audited || (e.action == QStringLiteral("analysis.export") && e.objectType == QStringLiteral("csv") &&
                            e.details.contains(QStringLiteral("dims=kon,insats,maluppfyllelse")));
        QVERIFY(audited);
        QVERIFY(m_analys);
    }

    // "Exportera tabell" with an .xlsx name: through the button and its file dialog, the
    // workbook holds the table on screen (numbers as numbers, ".." where suppressed), and the
    // export is audited.
    void xlsxExportThroughTheButton()
    {
        if (folja::test::xlsxTool().isEmpty()) {
            if (qEnvironmentVariableIsSet("FOLJA_CI"))
                QFAIL("unzip is missing (installer/setup.sh installs it)");
            QSKIP("unzip is not installed");
        }
        const QString path = m_dir.filePath(QStringLiteral("knapp.xlsx"));
        {
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            buildKonInsatsMaluppfyllelse(w);
            const analysis::CrossTab& t = *w.currentTable();
            auto* button = w.findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
            QVERIFY(button->isEnabled());
            bool sawDialog = false;
            QTimer::singleShot(0, [&] {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                sawDialog = true;
                dialog->selectFile(path);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
            });
            button->click();
            QVERIFY(sawDialog);
            QVERIFY(QFileInfo::exists(path));
            const folja::test::XlsxBook book = folja::test::readXlsx(path);
            QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
            // A sheet per layer: every måluppfyllelse category, each scale's total or the total.
            QCOMPARE(book.sheets.size(), t.layout.extent(2));
            int numbers = 0, suppressed = 0;
            const QList<int> layers = t.dimensions.at(2).readingOrder();
            for (qsizetype i = 0; i < layers.size(); ++i) {
                const folja::test::XlsxSheet& sheet = book.sheets.at(i);
                const int header =
                    sheet.findRow(QStringLiteral("%1 \\ %2").arg(t.dimensions.at(0).label, t.dimensions.at(1).label));
                QVERIFY2(header >= 0, qPrintable(sheet.name));
                QCOMPARE(sheet.frozenRows, header + 1);
                const QList<int> rows = t.dimensions.at(0).readingOrder();
                const QList<int> columns = t.dimensions.at(1).readingOrder();
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    for (qsizetype c = 0; c < columns.size(); ++c) {
                        const analysis::TableCell& cell = t.cell({rows.at(r), columns.at(c), layers.at(i)});
                        const folja::test::XlsxCell x =
                            sheet.at(header + 1 + static_cast<int>(r), 1 + static_cast<int>(c));
                        if (cell.suppressed()) {
                            QCOMPARE(x.text, QStringLiteral(".."));
                            ++suppressed;
                        } else {
                            QVERIFY(x.isNumber);
                            QCOMPARE(x.number, static_cast<double>(cell.n));
                            ++numbers;
                        }
                    }
                }
            }
            QVERIFY(numbers > 0);
            QVERIFY(suppressed > 0);
        }
        bool audited = false;
        for (const access::AuditEntry& e : analytikerAudit())
            audited =
                audited || (e.action == QStringLiteral("analysis.export") && e.objectType == QStringLiteral("xlsx") &&
                            e.details.contains(QStringLiteral("dims=kon,insats,maluppfyllelse")));
        QVERIFY(audited);
    }

    void internAnalysIsConfirmedAuditedAndNeverExported()
    {
        {
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            buildKonInsatsMaluppfyllelse(w);
            auto* box = w.findChild<QCheckBox*>(QStringLiteral("internAnalysCheck"));
            QVERIFY(box);

            // Declined: nothing changes.
            w.setConfirmation([](const QString&) { return false; });
            box->setChecked(true);
            QCOMPARE(w.mode(), analysis::Mode::Publicering);
            QVERIFY(!box->isChecked());

            // Confirmed: small values shown, watermark, every export disabled and refused.
            int asked = 0;
            w.setConfirmation([&asked](const QString&) {
                ++asked;
                return true;
            });
            box->setChecked(true);
            QCOMPARE(asked, 1);
            QCOMPARE(w.mode(), analysis::Mode::InternAnalys);
            QTRY_VERIFY(!w.isBusy()); // computed on a worker
            QVERIFY(w.currentTable());
            QCOMPARE(w.currentTable()->mode, analysis::Mode::InternAnalys);
            for (const analysis::TableCell& cell : w.currentTable()->cells)
                QVERIFY(!cell.suppressed());
            const QString banner = w.crossTabView()->findChild<QLabel*>(QStringLiteral("modeBanner"))->text();
            QVERIFY2(banner.contains(QStringLiteral("Ej för publicering")), qPrintable(banner));
            QVERIFY(w.crossTabView()->findChild<QWidget*>(QStringLiteral("watermark"))->isVisibleTo(w.crossTabView()));
            QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());
            QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("exportChartButton"))->isEnabled());
            QVERIFY(!w.canExport());
            const QString path = m_dir.filePath(QStringLiteral("intern.csv"));
            QVERIFY(!w.exportTableCsv(path).ok());
            QVERIFY(!QFile::exists(path));
            // The workbook too, from the workspace and from the gate itself (core decides).
            const QString xlsx = m_dir.filePath(QStringLiteral("intern.xlsx"));
            QVERIFY(!w.exportTableXlsx(xlsx).ok());
            access::AnalysisGate gate(*m_analys);
            auto refused = gate.exportXlsx(*w.currentTable(), analysis::XlsxOptions{}, xlsx);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
            QVERIFY(!QFile::exists(xlsx));

            // Back to publicering: suppression again, export again.
            box->setChecked(false);
            QCOMPARE(w.mode(), analysis::Mode::Publicering);
            QTRY_VERIFY(!w.isBusy());
            QVERIFY(w.canExport());
        }
        int on = 0;
        for (const access::AuditEntry& e : analytikerAudit())
            on += e.action == QStringLiteral("analysis.mode") && e.details == QStringLiteral("intern_analys") ? 1 : 0;
        QCOMPARE(on, 1); // the declined request left no entry
        int charts = 0;
        for (const access::AuditEntry& e : analytikerAudit())
            charts += e.action == QStringLiteral("analysis.export") && e.objectType == QStringLiteral("chart") ? 1 : 0;
        QVERIFY(charts >= 1);
        QVERIFY(m_analys);
    }

    void administratorWithoutAnalytikerRoleGetsNoInternAnalys()
    {
        m_analys.reset();
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(!admin->hasRole(access::Role::Analytiker));
        {
            ui::AnalysWorkspace w(*admin, *m_catalog);
            w.setConfirmation([](const QString&) { return true; });
            QVERIFY(!w.findChild<QCheckBox*>(QStringLiteral("internAnalysCheck")));
            QVERIFY(!w.requestInternAnalys(true));
            QCOMPARE(w.mode(), analysis::Mode::Publicering);
            w.recomputeNow();
            QVERIFY(w.canExport());
        }
        admin.reset();
        m_analys = signIn(QStringLiteral("analys"));
        QVERIFY(m_analys);
    }

    // The rules are the gate's (access::AnalysisGate), whatever the screen offers: a handläggare
    // cannot switch intern analys on, and the administratör's smallest shown count is what every
    // result on screen uses.
    void handlaggareGetsNoInternAnalysAndKIsTheFloor()
    {
        m_analys.reset();
        {
            auto hand = signIn(QStringLiteral("demo1"));
            QVERIFY(hand);
            QVERIFY(!hand->hasRole(access::Role::Analytiker));
            ui::AnalysWorkspace w(*hand, *m_catalog);
            w.setConfirmation([](const QString&) { return true; });
            QVERIFY(!w.findChild<QCheckBox*>(QStringLiteral("internAnalysCheck")));
            QVERIFY(!w.requestInternAnalys(true));
            QCOMPARE(w.mode(), analysis::Mode::Publicering);
            QVERIFY(!w.gate().internAnalysOn());
            w.recomputeNow();
            QVERIFY(w.currentTable());
            QCOMPARE(w.currentTable()->mode, analysis::Mode::Publicering);
        }
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(access::Settings(*admin).setMinCell(7));
        }
        m_analys = signIn(QStringLiteral("analys"));
        QVERIFY(m_analys);
        {
            ui::AnalysWorkspace w(*m_analys, *m_catalog);
            buildKonInsatsMaluppfyllelse(w);
            QVERIFY(w.currentTable());
            QCOMPARE(w.currentTable()->minCell, 7);
            QCOMPARE(w.currentQuery().minCell, 7);
            auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
            tabs->setCurrentWidget(w.leadTimesView());
            QTRY_VERIFY(!w.isBusy()); // computed on a worker
            QVERIFY(w.leadTimesView()->table());
            QCOMPARE(w.leadTimesView()->table()->minCell, 7);
            tabs->setCurrentWidget(w.trendsView());
            QTRY_VERIFY(!w.isBusy());
            QVERIFY(w.trendsView()->trends());
            QCOMPARE(w.trendsView()->trends()->minCell, 7);
        }
        m_analys.reset();
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            QVERIFY(access::Settings(*admin).setMinCell(access::Settings::kMinCellDefault));
        }
        m_analys = signIn(QStringLiteral("analys"));
        QVERIFY(m_analys);
    }

    void leadTimesAndTrendsFollowTheQuery()
    {
        ui::AnalysWorkspace w(*m_analys, *m_catalog);
        buildKonInsatsMaluppfyllelse(w);
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        tabs->setCurrentWidget(w.leadTimesView());
        QTRY_VERIFY(!w.isBusy()); // computed on a worker
        QVERIFY(w.leadTimesView()->table());
        const analysis::LeadTimeTable& lt = *w.leadTimesView()->table();
        QCOMPARE(lt.dimensions.size(), 2); // the first two of the query's dimensions
        QCOMPARE(w.leadTimesView()->model()->rowCount(), static_cast<int>(lt.groups.size()));
        auto snapshot = io::loadSnapshot(*m_analys, *m_catalog);
        QVERIFY(snapshot.ok());
        analysis::Query q = ui::LeadTimesView::adaptQuery(w.currentQuery(), lt.kind);
        auto engine = analysis::leadTimes(*snapshot, *m_catalog, q, lt.kind);
        QVERIFY(engine.ok());
        const analysis::LeadTimeStats& all = engine->groups.back();
        const int last = w.leadTimesView()->model()->rowCount() - 1;
        QCOMPARE(w.leadTimesView()->model()->item(last, 2)->text(), QLocale().toString(all.n.n));

        tabs->setCurrentWidget(w.trendsView());
        QTRY_VERIFY(!w.isBusy());
        QVERIFY(w.trendsView()->trends());
        const analysis::Trends& tr = *w.trendsView()->trends();
        QCOMPARE(tr.periods.size(), 24); // months of 2024–2025
        QCOMPARE(w.trendsView()->model()->rowCount(), 24);
        for (qsizetype s = 0; s < tr.series.size(); ++s) {
            for (qsizetype p = 0; p < tr.periods.size(); ++p) {
                const analysis::Count& c = tr.series.at(s).counts.at(p);
                QCOMPARE(w.trendsView()->model()->item(static_cast<int>(p), static_cast<int>(s))->text(),
                         c.suppressed ? QStringLiteral("..") : QLocale().toString(c.n));
            }
        }
    }

    void savedAnalysisReusedForTheNextPeriod()
    {
        ui::AnalysWorkspace w(*m_analys, *m_catalog);
        buildKonInsatsMaluppfyllelse(w);
        auto* kind = w.findChild<QComboBox*>(QStringLiteral("chartKindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("horizontal_bars")));
        auto id = w.saveAnalysis(QStringLiteral("Måluppfyllelse BoU"));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto* saved = w.findChild<QComboBox*>(QStringLiteral("savedAnalysesCombo"));
        QCOMPARE(saved->currentText(), QStringLiteral("Måluppfyllelse BoU"));

        // Something else on screen, then one click.
        choose(w.findChild<QComboBox*>(QStringLiteral("layersCombo")), QString());
        kind->setCurrentIndex(0);
        w.findChild<QPushButton*>(QStringLiteral("reuseAnalysisButton"))->click();
        QTRY_VERIFY(!w.isBusy()); // computed on a worker
        const analysis::Period next = access::followingPeriod(expectedQuery().period);
        analysis::Query expected = expectedQuery();
        expected.period = next;
        QCOMPARE(w.currentQuery().toJson(), expected.toJson());
        QCOMPARE(kind->currentData().toString(), QStringLiteral("horizontal_bars"));
        QVERIFY(w.currentTable());
        QCOMPARE(w.currentTable()->dimensions.size(), 3);
    }

    void analytikerSeesOnlyTheWorkspace()
    {
        m_analys.reset();
        ui::MainWindow w;
        QVERIFY(w.signIn(m_path, QStringLiteral("analys"), kPassword));
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("workspaceTabWidget"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 1);
        QVERIFY(qobject_cast<ui::AnalysWorkspace*>(tabs->widget(0)));
        QVERIFY(!w.findChild<ui::ArendeWorkspace*>());
    }
};

QTEST_MAIN(TestAnalys)
#include "tst_analys.moc"
