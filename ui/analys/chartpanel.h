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
    bool hasChart() const { return m_hasChart; }
    QStringList notes() const { return m_notes; }

signals:
    void kindChanged();

private:
    void finish(const QStringList& notes);

    QComboBox* m_kind = nullptr;
    QCustomPlot* m_plot;
    QLabel* m_notesLabel;
    QStringList m_notes;
    bool m_hasChart = false;
};

} // namespace folja::ui
