#pragma once

#include "access/analysisgate.h"
#include "analysis/crosstab.h"
#include "common/result.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class AnalysisSource;
class ChartPanel;
class CrossTabView;
class LeadTimesView;
class QueryPanel;
class TrendsView;

// The analytiker's workspace: query builder, cross-tab table, lead times, trends, export and
// saved analyses. Aggregates only, in publicering mode unless an analytiker explicitly opts in to
// intern analys (audited; on screen only: every export is disabled then). Every rule — k, who
// may use intern analys, what may be exported — is access::AnalysisGate's: this screen computes
// and exports only through its gate.
class AnalysWorkspace : public QWidget
{
    Q_OBJECT

public:
    AnalysWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~AnalysWorkspace() override;

    QueryPanel* queryPanel() const { return m_panel; }
    CrossTabView* crossTabView() const { return m_table; }
    LeadTimesView* leadTimesView() const { return m_leadTimes; }
    TrendsView* trendsView() const { return m_trends; }

    // The query of the results on screen (with mode and k), and its table if it has one.
    analysis::Query currentQuery() const;
    const std::optional<analysis::CrossTab>& currentTable() const { return m_current; }
    analysis::Mode mode() const { return m_mode; }
    const access::AnalysisGate& gate() const { return m_gate; }

    // Recomputes now, on this thread, after any work still running (changes are otherwise
    // gathered until the user has stopped choosing — see setDebounceInterval() — and the table is
    // then computed on a worker thread, the snapshot read first on a worker if needed).
    void recomputeNow();
    // Whether results are not final yet: the snapshot loading, a table computing, or a change
    // waiting to be computed.
    bool isBusy() const;
    bool isLoading() const;
    // How long changes are gathered before the table is computed again (default 200 ms).
    void setDebounceInterval(int ms);

    // Switches intern analys on or off as the check box does: the gate allows it only for the
    // analytiker role and audits it; on, after the confirmation. Returns whether the mode is now
    // what was asked.
    bool requestInternAnalys(bool on);
    // Replaces the confirmation dialog (tests).
    void setConfirmation(std::function<bool(const QString& question)> confirm);

    // Writes the table on screen as Excel CSV (publicering only) and audits the export.
    Result<void> exportTableCsv(const QString& path);
    // Writes the table on screen as an Excel workbook (publicering only, through the gate, audited):
    // "Exportera tabell" with a .xlsx name.
    Result<void> exportTableXlsx(const QString& path);
    // Writes the chart of the result on screen (.png at `dpi`, .svg, .pdf) and audits the export.
    Result<void> exportChart(const QString& path, int dpi = 300);
    bool canExport() const;
    ChartPanel* tableChart() const { return m_chart; }

    // Saved analyses (name, query, chart type) of the signed-in account.
    Result<qint64> saveAnalysis(const QString& name);
    Result<void> openAnalysis(qint64 id);
    // The saved analysis moved on to the following period (stored) and opened: one click for
    // next quarter's report.
    Result<void> reuseWithNextPeriod(qint64 id);

signals:
    // A table began computing on a worker thread.
    void computationStarted();
    // New results (a table, or why there is none) are on screen.
    void resultsShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRecompute(int delayMs = -1);
    void recompute();
    void startLoad();
    void showResult(const analysis::Query& admitted, Result<analysis::CrossTab> table);
    void showProblem(const QString& message);
    void showDataLabel();
    void setLoading(bool loading);
    void setComputing(bool computing);
    void updateSecondaryView();
    // Runs `compute` (which returns what to show) on a worker as the workspace's computation, or
    // at once inside recomputeNow().
    void startSecondary(std::function<std::function<void()>()> compute);
    void updateExportButtons();
    void chooseCsvExport();
    void chooseChartExport();
    void refreshSaved(qint64 select = 0);
    void replotTable();
    ChartPanel* currentChart() const;

    access::Session& m_session;
    access::AnalysisGate m_gate;
    const catalog::Catalog& m_catalog;
    std::unique_ptr<AnalysisSource> m_source;
    QueryPanel* m_panel;
    QTabWidget* m_results;
    CrossTabView* m_table;
    ChartPanel* m_chart;
    QComboBox* m_saved;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_reuse;
    LeadTimesView* m_leadTimes;
    TrendsView* m_trends;
    QLabel* m_dataLabel;
    QPushButton* m_exportCsv;
    QPushButton* m_exportChart;
    QPushButton* m_reload;
    QTimer* m_timer;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    int m_debounceMs = 200;
    quint64 m_job = 0; // the newest load or computation; older results are dropped
    bool m_loading = false;
    bool m_computing = false;
    bool m_recomputeAgain = false; // a change arrived while a load or computation ran
    bool m_secondaryAgain = false; // the lead-time or trend page changed while a computation ran
    bool m_synchronous = false;    // inside recomputeNow(): everything is computed at once
    analysis::Mode m_mode = analysis::Mode::Publicering;
    analysis::Query m_query;
    std::optional<analysis::CrossTab> m_current;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace folja::ui
