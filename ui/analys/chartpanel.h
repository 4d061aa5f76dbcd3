#pragma once

#include "analysis/crosstab.h"
#include "analysis/leadtimes.h"
#include "charts/charts.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace folja::ui {

// A chart of what the engine published (ui/charts draws it: suppressed values never drawn and
// named in the notes under it; "Ej för publicering" across it in intern analys), with a choice
// of chart type for cross-tabulations.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Content { CrossTab, Trends, LeadTimes };
    explicit ChartPanel(Content content, QWidget* parent = nullptr);

    charts::ChartKind kind() const;
    void setKind(charts::ChartKind kind);

    // `layer`: the model's layer (the last one is all categories together).
    void plot(const analysis::CrossTab& table, int layer);
    void plot(const analysis::Trends& trends);
    void plot(const analysis::LeadTimeTable& table);
    void clear();

    QCustomPlot* customPlot() const { return m_plot; }
    // False also when the table has nothing to draw (every value ".." or 0): then a short text
    // says so instead of empty axes, and there is no chart to export.
    bool hasChart() const { return m_hasChart; }
    QString emptyMessage() const;
    QStringList notes() const { return m_notes; }

signals:
    void kindChanged();

private:
    void finish(const QStringList& notes);
    void showEmpty(const QString& message); // empty: the plot is shown

    QComboBox* m_kind = nullptr;
    QCustomPlot* m_plot;
    QLabel* m_notesLabel;
    QLabel* m_emptyLabel;
    QStringList m_notes;
    bool m_hasChart = false;
};

} // namespace folja::ui
