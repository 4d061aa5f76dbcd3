#include "analys/analysworkspace.h"

#include "access/savedanalyses.h"
#include "access/session.h"
#include "analys/analysissource.h"
#include "analys/chartpanel.h"
#include "analys/crosstabview.h"
#include "analys/leadtimesview.h"
#include "analys/querypanel.h"
#include "analys/trendsview.h"
#include "analysis/excelcsv.h"
#include "analysis/reporttext.h"
#include "catalog/catalog.h"
#include "charts/charts.h"
#include "common/ownerfile.h"
#include "widgets/background.h"
#include "widgets/splittermemory.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace folja::ui {

using analysis::Mode;

AnalysWorkspace::AnalysWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_gate(session)
    , m_catalog(catalog)
    , m_source(std::make_unique<AnalysisSource>(session, catalog))
{
    setObjectName(QStringLiteral("analysWorkspace"));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Internal analysis"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    m_panel = new QueryPanel(catalog, m_gate.mayUseInternAnalys(), this);
    if (auto protection = m_gate.protectionMethod())
        m_panel->setProtection(*protection);
    auto* scroll = new QScrollArea(split);
    scroll->setObjectName(QStringLiteral("queryScrollArea"));
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_panel->sizeHint().width() + 24);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* savedBar = new QHBoxLayout;
    m_saved = new QComboBox(right);
    m_saved->setObjectName(QStringLiteral("savedAnalysesCombo"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(22);
    m_open = new QPushButton(tr("Open"), right);
    m_open->setObjectName(QStringLiteral("openAnalysisButton"));
    m_reuse = new QPushButton(tr("Open for the next period"), right);
    m_reuse->setObjectName(QStringLiteral("reuseAnalysisButton"));
    m_reuse->setToolTip(tr("Moves the saved analysis on to the following period of the same length "
                           "(next month, quarter or year) and opens it"));
    m_save = new QPushButton(tr("Save analysis…"), right);
    m_save->setObjectName(QStringLiteral("saveAnalysisButton"));
    savedBar->addWidget(new QLabel(tr("Saved analyses"), right));
    savedBar->addWidget(m_saved, 1);
    savedBar->addWidget(m_open);
    savedBar->addWidget(m_reuse);
    savedBar->addWidget(m_save);
    rightLayout->addLayout(savedBar);
    auto* bar = new QHBoxLayout;
    m_dataLabel = new QLabel(right);
    m_dataLabel->setObjectName(QStringLiteral("dataLabel"));
    bar->addWidget(m_dataLabel, 1);
    // Shown while the data are read or a table is computed on a worker: the window stays usable.
    m_busyLabel = new QLabel(right);
    m_busyLabel->setObjectName(QStringLiteral("analysisBusyLabel"));
    m_busyLabel->hide();
    m_busyBar = new QProgressBar(right);
    m_busyBar->setObjectName(QStringLiteral("analysisBusyBar"));
    m_busyBar->setRange(0, 0); // busy: how long a read takes is not known in advance
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    bar->addWidget(m_busyLabel);
    bar->addWidget(m_busyBar);
    m_reload = new QPushButton(tr("Reload data"), right);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Read the register again (changes saved since the data were read)"));
    m_exportCsv = new QPushButton(tr("Export table…"), right);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportChart = new QPushButton(tr("Export chart…"), right);
    m_exportChart->setObjectName(QStringLiteral("exportChartButton"));
    bar->addWidget(m_reload);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportChart);
    rightLayout->addLayout(bar);

    m_results = new QTabWidget(right);
    m_results->setObjectName(QStringLiteral("resultTabs"));
    auto* tablePage = new QSplitter(Qt::Vertical, m_results);
    tablePage->setObjectName(QStringLiteral("tablePage"));
    m_table = new CrossTabView(tablePage);
    m_chart = new ChartPanel(ChartPanel::Content::CrossTab, tablePage);
    tablePage->addWidget(m_table);
    tablePage->addWidget(m_chart);
    tablePage->setStretchFactor(0, 3);
    tablePage->setStretchFactor(1, 2);
    m_leadTimes = new LeadTimesView(m_results);
    m_trends = new TrendsView(m_results);
    m_results->addTab(tablePage, tr("Table"));
    m_results->addTab(m_leadTimes, tr("Lead times"));
    m_results->addTab(m_trends, tr("Trends"));
    rightLayout->addWidget(m_results, 1);

    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    rememberSplitter(split, QStringLiteral("analys"));
    rememberSplitter(tablePage, QStringLiteral("analysTableChart"));

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AnalysWorkspace::recompute);
    // Debounced: while the user is still choosing, each change restarts the wait.
    connect(m_panel, &QueryPanel::queryChanged, this, [this] { scheduleRecompute(); });
    // A change that arrived while the session was lent to other work (the lock) is computed when
    // it is back.
    connect(SessionLease::instance(), &SessionLease::returned, this, [this](const access::Session* s) {
        if (s == &m_session && m_recomputeAgain && !m_loading && !m_computing) {
            m_recomputeAgain = false;
            scheduleRecompute(0);
        }
    });
    connect(m_panel, &QueryPanel::displayChanged, this, [this] {
        m_table->model()->setShow(m_panel->show());
        m_table->model()->setIntervals(m_panel->intervals());
    });
    connect(m_panel, &QueryPanel::internAnalysToggled, this, [this](bool on) {
        if (!requestInternAnalys(on))
            m_panel->setInternAnalys(m_mode == Mode::InternAnalys);
    });
    connect(m_results, &QTabWidget::currentChanged, this, &AnalysWorkspace::updateSecondaryView);
    connect(m_leadTimes, &LeadTimesView::kindChanged, this, &AnalysWorkspace::updateSecondaryView);
    connect(m_trends, &TrendsView::granularityChanged, this, &AnalysWorkspace::updateSecondaryView);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_source->reload();
        scheduleRecompute(0);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, &AnalysWorkspace::chooseCsvExport);
    connect(m_exportChart, &QPushButton::clicked, this, &AnalysWorkspace::chooseChartExport);
    connect(m_table, &CrossTabView::layerChanged, this, &AnalysWorkspace::replotTable);
    connect(m_chart, &ChartPanel::kindChanged, this, &AnalysWorkspace::replotTable);
    connect(m_results, &QTabWidget::currentChanged, this, &AnalysWorkspace::updateExportButtons);
    auto savedId = [this] { return m_saved->currentData().toLongLong(); };
    connect(m_open, &QPushButton::clicked, this, [this, savedId] {
        if (auto opened = openAnalysis(savedId()); !opened)
            QMessageBox::warning(this, tr("Saved analyses"), opened.error().message);
    });
    connect(m_reuse, &QPushButton::clicked, this, [this, savedId] {
        if (auto opened = reuseWithNextPeriod(savedId()); !opened)
            QMessageBox::warning(this, tr("Saved analyses"), opened.error().message);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save analysis"), tr("Name of the analysis"),
                                                   QLineEdit::Normal, m_saved->currentText(), &ok);
        if (!ok)
            return;
        if (auto saved = saveAnalysis(name); !saved)
            QMessageBox::warning(this, tr("Saved analyses"), saved.error().message);
    });
    refreshSaved();

    // A first table that says something at a glance: last year's insatser by målgrupp and kön.
    analysis::Query initial;
    initial.unit = analysis::Unit::Insats;
    initial.dimensions = {QStringLiteral("malgrupp"), QStringLiteral("kon")};
    const int lastYear = session.clock().nowUtc().date().year() - 1;
    initial.period.from = QDate(lastYear, 1, 1);
    initial.period.to = QDate(lastYear, 12, 31);
    m_panel->setQuery(initial);
    updateExportButtons();
}

// The work on workers is waited for by m_source's destructor: it reads m_source's snapshot.
AnalysWorkspace::~AnalysWorkspace() = default;

void AnalysWorkspace::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void AnalysWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    scheduleRecompute(m_source->isLoaded() ? -1 : 0);
}

void AnalysWorkspace::setDebounceInterval(int ms)
{
    m_debounceMs = ms;
}

void AnalysWorkspace::scheduleRecompute(int delayMs)
{
    m_timer->start(delayMs < 0 ? m_debounceMs : delayMs);
}

bool AnalysWorkspace::isBusy() const
{
    return m_loading || m_computing || m_timer->isActive() || m_recomputeAgain;
}

bool AnalysWorkspace::isLoading() const
{
    return m_loading;
}

analysis::Query AnalysWorkspace::currentQuery() const
{
    return m_query;
}

void AnalysWorkspace::setLoading(bool loading)
{
    m_loading = loading;
    m_panel->setEnabled(!loading);
    m_reload->setEnabled(!loading);
    m_save->setEnabled(!loading);
    const bool anySaved = m_saved->count() > 0;
    m_saved->setEnabled(!loading && anySaved);
    m_open->setEnabled(!loading && anySaved);
    m_reuse->setEnabled(!loading && anySaved);
    if (loading) {
        m_current.reset();
        m_table->showMessage(tr("Reading the analysis data…"));
        m_chart->clear();
    }
    setComputing(m_computing);
    updateExportButtons();
}

void AnalysWorkspace::setComputing(bool computing)
{
    m_computing = computing;
    const bool busy = m_loading || m_computing;
    m_busyLabel->setText(m_loading ? tr("Reading the analysis data…") : tr("Computing the table…"));
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void AnalysWorkspace::showDataLabel()
{
    const io::SnapshotInfo info = m_source->info();
    m_dataLabel->setText(info.visibility == io::SnapshotVisibility::Own
                             ? tr("Data: your own %n ärende(n)", nullptr, static_cast<int>(info.arenden))
                             : tr("Data: %n ärende(n) in the register", nullptr, static_cast<int>(info.arenden)));
}

void AnalysWorkspace::showProblem(const QString& message)
{
    m_current.reset();
    m_table->showMessage(message);
    replotTable();
    updateSecondaryView();
    updateExportButtons();
    emit resultsShown();
}

void AnalysWorkspace::recomputeNow()
{
    m_timer->stop();
    SessionLease::waitUntilReturned(m_session);
    ++m_job; // results of work still running are dropped
    m_synchronous = true;
    const auto restore = qScopeGuard([this] { m_synchronous = false; });
    m_recomputeAgain = false;
    auto snapshot = m_source->current(); // waits for that work; loads here if needed
    setLoading(false);
    setComputing(false);
    if (!snapshot) {
        m_dataLabel->clear();
        showProblem(snapshot.error().message);
        return;
    }
    showDataLabel();
    if (const QString problem = m_panel->problem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    analysis::Query asked = m_panel->query();
    asked.mode = m_mode;
    auto admitted = m_gate.admitForWorker(asked); // k, protection and mode as the rules say
    if (!admitted) {
        showProblem(admitted.error().message);
        return;
    }
    showResult(admitted->query(), access::AnalysisGate::crossTab(**snapshot, m_catalog, *admitted));
}

void AnalysWorkspace::recompute()
{
    m_timer->stop();
    // One piece of work at a time: a change meanwhile is computed when it has finished.
    if (m_loading || m_computing || SessionLease::isLent(m_session)) {
        m_recomputeAgain = true;
        return;
    }
    m_recomputeAgain = false;
    if (!m_source->isLoaded()) {
        startLoad();
        return;
    }
    auto snapshot = m_source->current(); // loaded: returns at once
    if (!snapshot) {
        m_dataLabel->clear();
        showProblem(snapshot.error().message);
        return;
    }
    showDataLabel();
    if (const QString problem = m_panel->problem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    analysis::Query asked = m_panel->query();
    asked.mode = m_mode;
    // Admitted here (it reads the settings through the session), computed on a worker from the
    // snapshot and a copy of the catalogue (implicitly shared: cheap), so a large table never
    // freezes the window. m_source keeps the snapshot unchanged until the worker has finished.
    auto admitted = m_gate.admitForWorker(asked);
    if (!admitted) {
        showProblem(admitted.error().message);
        return;
    }
    const quint64 job = ++m_job;
    setComputing(true);
    emit computationStarted();
    auto result = std::make_shared<std::unique_ptr<Result<analysis::CrossTab>>>();
    const analysis::Snapshot* data = *snapshot;
    QFuture<void> work = runInBackground(
        this,
        [data, catalog = m_catalog, admitted = *admitted, result] {
            *result =
                std::make_unique<Result<analysis::CrossTab>>(access::AnalysisGate::crossTab(*data, catalog, admitted));
        },
        [this, job, result, query = admitted->query()] {
            setComputing(false);
            if (job != m_job)
                return;
            if (m_recomputeAgain) { // the user changed the query meanwhile: this table is old
                m_recomputeAgain = false;
                recompute();
                return;
            }
            showResult(query, std::move(**result));
        });
    m_source->setComputation(work);
}

void AnalysWorkspace::startLoad()
{
    const quint64 job = ++m_job;
    setLoading(true);
    m_source->startLoad(this, [this, job](Result<void> loaded) {
        setLoading(false);
        if (job != m_job)
            return;
        if (!loaded) {
            m_recomputeAgain = false;
            m_dataLabel->clear();
            m_leadTimes->showMessage(loaded.error().message);
            m_trends->showMessage(loaded.error().message);
            m_current.reset();
            m_table->showMessage(loaded.error().message);
            replotTable();
            updateExportButtons();
            emit resultsShown();
            return;
        }
        recompute();
    });
}

void AnalysWorkspace::showResult(const analysis::Query& admitted, Result<analysis::CrossTab> table)
{
    m_query = admitted;
    m_panel->setProtection(admitted.protection);
    if (!table) {
        m_current.reset();
        m_table->showMessage(table.error().message);
    } else {
        m_current = std::move(table).value();
        m_table->model()->setShow(m_panel->show());
        m_table->model()->setIntervals(m_panel->intervals());
        m_table->setTable(*m_current);
    }
    replotTable();
    updateSecondaryView();
    updateExportButtons();
    emit resultsShown();
}

void AnalysWorkspace::updateSecondaryView()
{
    QWidget* page = m_results->currentWidget();
    if (page != m_leadTimes && page != m_trends)
        return;
    // While the data are read (or the session is lent) nothing here may touch them; the load
    // ends in recompute(), which comes back here.
    if (m_loading || SessionLease::isLent(m_session))
        return;
    // One computation at a time: this page is brought up to date when the running one ends.
    if (m_computing && !m_synchronous) {
        m_secondaryAgain = true;
        return;
    }
    m_secondaryAgain = false;
    if (!m_source->isLoaded()) {
        scheduleRecompute(0);
        return;
    }
    auto snapshot = m_source->current();
    if (!snapshot) {
        m_leadTimes->showMessage(snapshot.error().message);
        m_trends->showMessage(snapshot.error().message);
        return;
    }
    analysis::Query q = m_panel->query();
    q.mode = m_mode;
    const analysis::Snapshot* data = *snapshot;
    if (page == m_leadTimes) {
        if (const QString problem = m_panel->problem(); !problem.isEmpty()) {
            m_leadTimes->showMessage(problem);
            return;
        }
        const analysis::LeadTimeKind kind = m_leadTimes->kind();
        // Admitted here, where the session lives; computed from the snapshot on a worker.
        auto admitted = m_gate.admitForWorker(LeadTimesView::adaptQuery(q, kind));
        if (!admitted) {
            m_leadTimes->showMessage(admitted.error().message);
            return;
        }
        startSecondary([view = m_leadTimes, data, catalog = m_catalog, admitted = *admitted, kind] {
            auto table = std::make_shared<Result<analysis::LeadTimeTable>>(
                access::AnalysisGate::leadTimes(*data, catalog, admitted, kind));
            return std::function<void()>([view, table] { view->setTable(std::move(*table)); });
        });
    } else {
        QString problem = m_panel->problem();
        if (problem.isEmpty())
            problem = TrendsView::problemWith(q);
        if (!problem.isEmpty()) {
            m_trends->showMessage(problem);
            return;
        }
        auto admitted = m_gate.admitForWorker(q);
        if (!admitted) {
            m_trends->showMessage(admitted.error().message);
            return;
        }
        startSecondary(
            [view = m_trends, data, catalog = m_catalog, admitted = *admitted, granularity = m_trends->granularity()] {
                auto trends = std::make_shared<Result<analysis::Trends>>(
                    access::AnalysisGate::trends(*data, catalog, admitted, granularity, TrendsView::kinds()));
                return std::function<void()>([view, trends] { view->setTrends(std::move(*trends)); });
            });
    }
}

void AnalysWorkspace::startSecondary(std::function<std::function<void()>()> compute)
{
    if (m_synchronous) {
        compute()();
        updateExportButtons();
        return;
    }
    const quint64 job = ++m_job;
    setComputing(true);
    auto show = std::make_shared<std::function<void()>>();
    QFuture<void> work = runInBackground(
        this, [compute = std::move(compute), show] { *show = compute(); },
        [this, job, show] {
            setComputing(false);
            if (job != m_job)
                return;
            if (m_recomputeAgain) { // the query changed meanwhile: the table first, then this page
                m_recomputeAgain = false;
                recompute();
                return;
            }
            (*show)();
            updateExportButtons();
            if (m_secondaryAgain) // the kind or granularity changed meanwhile
                updateSecondaryView();
        });
    m_source->setComputation(work);
}

bool AnalysWorkspace::requestInternAnalys(bool on)
{
    const Mode wanted = on ? Mode::InternAnalys : Mode::Publicering;
    if (wanted == m_mode)
        return true;
    if (on) {
        if (!m_gate.mayUseInternAnalys())
            return false;
        if (!m_confirm(tr("Internal analysis shows small values that could identify people. It is for your own "
                          "analysis on screen only: nothing can be exported or printed, and switching it on is "
                          "logged. Switch it on?")))
            return false;
    }
    if (auto switched = m_gate.setInternAnalys(on); !switched) {
        QMessageBox::warning(this, tr("Internal analysis"), switched.error().message);
        return false;
    }
    m_mode = wanted;
    m_panel->setInternAnalys(on);
    scheduleRecompute(0);
    return true;
}

bool AnalysWorkspace::canExport() const
{
    return m_mode == Mode::Publicering && m_current && m_current->exportable && m_current->mode == Mode::Publicering;
}

void AnalysWorkspace::updateExportButtons()
{
    const QString why = m_mode == Mode::InternAnalys ? tr("Internal analysis cannot be exported.") : QString();
    m_exportCsv->setEnabled(canExport());
    m_exportCsv->setToolTip(why.isEmpty() ? tr("An Excel workbook (.xlsx) or a CSV file for Excel: the table as "
                                               "published, with bortfall, footnotes and method note")
                                          : why);
    ChartPanel* chart = currentChart();
    m_exportChart->setEnabled(m_mode == Mode::Publicering && chart && chart->hasChart());
    m_exportChart->setToolTip(why.isEmpty() ? tr("The chart as PNG (choose the resolution), SVG or PDF") : why);
}

Result<void> AnalysWorkspace::exportTableCsv(const QString& path)
{
    if (!canExport())
        return makeError(ErrorCode::PermissionDenied, m_mode == Mode::InternAnalys
                                                          ? tr("Internal analysis cannot be exported.")
                                                          : tr("There is no table to export."));
    analysis::ExcelCsvOptions options;
    options.title = QStringList(m_current->dimensions.isEmpty() ? QStringList() : [&] {
                        QStringList labels;
                        for (const analysis::TableDimension& d : m_current->dimensions)
                            labels.append(d.label);
                        return labels;
                    }()).join(QStringLiteral(" × "));
    const analysis::Query& q = m_query;
    QStringList unitNames{tr("insatser"), tr("ärenden"), tr("persons"), tr("uppföljningar")};
    const int unit = q.unit == analysis::Unit::Insats   ? 0
                     : q.unit == analysis::Unit::Arende ? 1
                     : q.unit == analysis::Unit::Person ? 2
                                                        : 3;
    options.preamble.append(tr("Counted: %1").arg(unitNames.at(unit)));
    if (q.period.isSet())
        options.preamble.append(
            tr("Period: %1 – %2").arg(q.period.from.toString(Qt::ISODate), q.period.to.toString(Qt::ISODate)));
    const CellShow show = m_panel->show();
    options.rowPercent = show == CellShow::RowPercent;
    options.columnPercent = show == CellShow::ColumnPercent;
    options.totalPercent = show == CellShow::TotalPercent;
    options.intervals = m_panel->intervals();
    QStringList dims;
    for (const analysis::TableDimension& d : m_current->dimensions)
        dims.append(d.variable);
    return m_gate.publish(
        *m_current, QStringLiteral("csv"),
        QStringLiteral("unit=%1 dims=%2 k=%3")
            .arg(analysis::unitCode(q.unit), dims.join(QLatin1Char(',')))
            .arg(m_current->minCell),
        [&]() -> Result<void> {
            auto bytes = m_gate.excelCsv(*m_current, options);
            if (!bytes)
                return bytes.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !restrictToOwner(file)) // 0600
                return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
            if (file.write(*bytes) != bytes->size() || !file.commit())
                return makeError(ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
            return {};
        });
}

Result<void> AnalysWorkspace::exportTableXlsx(const QString& path)
{
    // The same checks as the CSV; the gate decides again (publicering only), writes and audits.
    if (!canExport())
        return makeError(ErrorCode::PermissionDenied, m_mode == Mode::InternAnalys
                                                          ? tr("Internal analysis cannot be exported.")
                                                          : tr("There is no table to export."));
    analysis::XlsxOptions options;
    QStringList labels;
    for (const analysis::TableDimension& d : m_current->dimensions)
        labels.append(d.label);
    options.title = labels.join(QStringLiteral(" × "));
    const CellShow show = m_panel->show();
    options.rowPercent = show == CellShow::RowPercent;
    options.columnPercent = show == CellShow::ColumnPercent;
    options.totalPercent = show == CellShow::TotalPercent;
    options.intervals = m_panel->intervals();
    options.methodNotes = analysis::reporttext::methodNotes(m_query, *m_current, m_catalog);
    return m_gate.exportXlsx(*m_current, options, path);
}

void AnalysWorkspace::replotTable()
{
    if (m_current)
        m_chart->plot(*m_current, m_table->model()->layer());
    else
        m_chart->clear();
    updateExportButtons(); // a chart with nothing to draw has nothing to export
}

ChartPanel* AnalysWorkspace::currentChart() const
{
    QWidget* page = m_results->currentWidget();
    if (page == m_leadTimes)
        return m_leadTimes->chart();
    if (page == m_trends)
        return m_trends->chart();
    return m_chart;
}

Result<void> AnalysWorkspace::exportChart(const QString& path, int dpi)
{
    ChartPanel* chart = currentChart();
    if (m_mode != Mode::Publicering)
        return makeError(ErrorCode::PermissionDenied, tr("Internal analysis cannot be exported."));
    if (!chart || !chart->hasChart())
        return makeError(ErrorCode::InvalidInput, tr("There is no chart to export."));
    const QString details = QStringLiteral("format=%1 dpi=%2 chart=%3 unit=%4")
                                .arg(QFileInfo(path).suffix().toLower())
                                .arg(dpi)
                                .arg(chart == m_chart             ? charts::chartKindCode(m_chart->kind())
                                     : chart == m_trends->chart() ? QStringLiteral("trends")
                                                                  : QStringLiteral("lead_times"),
                                     analysis::unitCode(m_query.unit));
    auto write = [&]() -> Result<void> { return charts::exportChart(*chart->customPlot(), path, dpi); };
    // What the chart shows must be published: the gate checks the result behind it.
    if (chart == m_trends->chart() && m_trends->trends())
        return m_gate.publish(*m_trends->trends(), QStringLiteral("chart"), details, write);
    if (chart == m_leadTimes->chart() && m_leadTimes->table())
        return m_gate.publish(*m_leadTimes->table(), QStringLiteral("chart"), details, write);
    if (chart == m_chart && m_current)
        return m_gate.publish(*m_current, QStringLiteral("chart"), details, write);
    return makeError(ErrorCode::InvalidInput, tr("There is no chart to export."));
}

void AnalysWorkspace::chooseChartExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    int dpi = 300;
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const QStringList choices{QStringLiteral("150"), QStringLiteral("300"), QStringLiteral("600")};
        const QString chosen =
            QInputDialog::getItem(this, tr("Export chart"), tr("Resolution (dpi)"), choices, 1, false, &ok);
        if (!ok)
            return;
        dpi = chosen.toInt();
    }
    if (auto written = exportChart(path, dpi); !written)
        QMessageBox::warning(this, tr("Export chart"), written.error().message);
}

void AnalysWorkspace::refreshSaved(qint64 select)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    auto list = access::SavedAnalyses(m_session).list();
    if (list) {
        for (const access::SavedAnalysis& a : *list)
            m_saved->addItem(a.name, a.id);
    }
    if (select > 0)
        m_saved->setCurrentIndex(std::max(0, m_saved->findData(select)));
    const bool any = m_saved->count() > 0;
    m_saved->setEnabled(any);
    m_open->setEnabled(any);
    m_reuse->setEnabled(any);
    if (!any)
        m_saved->setPlaceholderText(tr("(none saved yet)"));
}

Result<qint64> AnalysWorkspace::saveAnalysis(const QString& name)
{
    if (!m_panel->problem().isEmpty())
        return makeError(ErrorCode::InvalidInput, m_panel->problem());
    auto admitted = m_gate.admit(m_panel->query()); // saved as published: the mode is chosen each time
    if (!admitted)
        return admitted.error();
    const analysis::Query& q = *admitted;
    const QString chart = charts::chartKindCode(m_chart->kind());
    access::SavedAnalyses saved(m_session);
    auto existing = saved.loadByName(name);
    auto stored = existing ? saved.update(existing->id, q, chart) : saved.save(name, q, chart);
    if (!stored)
        return stored.error();
    refreshSaved(stored->id);
    return stored->id;
}

Result<void> AnalysWorkspace::openAnalysis(qint64 id)
{
    auto loaded = access::SavedAnalyses(m_session).load(id);
    if (!loaded)
        return loaded.error();
    if (auto kind = charts::chartKindFromCode(loaded->chartType))
        m_chart->setKind(*kind);
    m_panel->setQuery(loaded->query);
    m_results->setCurrentIndex(0);
    scheduleRecompute(0);
    return {};
}

Result<void> AnalysWorkspace::reuseWithNextPeriod(qint64 id)
{
    auto moved = access::SavedAnalyses(m_session).moveToNextPeriod(id);
    if (!moved)
        return moved.error();
    refreshSaved(id);
    return openAnalysis(id);
}

void AnalysWorkspace::chooseCsvExport()
{
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export table"), QString(), xlsxFilter + QStringLiteral(";;") + tr("CSV for Excel (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx") || (suffix != QLatin1String("csv") && filter == xlsxFilter);
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (auto written = xlsx ? exportTableXlsx(path) : exportTableCsv(path); !written)
        QMessageBox::warning(this, tr("Export table"), written.error().message);
}

} // namespace folja::ui
