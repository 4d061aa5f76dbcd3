#pragma once

#include "analysis/leadtimes.h"
#include "common/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace folja::ui {

class ChartPanel;
class ModeBanner;
class WatermarkOverlay;

// Lead times (handläggningstider) per group of the query's first two dimensions: n, median,
// quartiles and mean in days, with bortfall and suppression, as a table above a chart area.
class LeadTimesView : public QWidget
{
    Q_OBJECT

public:
    explicit LeadTimesView(QWidget* parent = nullptr);

    analysis::LeadTimeKind kind() const;
    // Shows a table computed (on a worker, by the analysis workspace) for adaptQuery(query, kind()),
    // or the reason there is none.
    void setTable(Result<analysis::LeadTimeTable> table);
    void showMessage(const QString& message);

    const std::optional<analysis::LeadTimeTable>& table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    ChartPanel* chart() const { return m_chart; }

    // The query a lead-time table is computed for: its first two dimensions group, its unit
    // applies where the lead time allows it (ärende or insats for aktualisering → beslut, insats
    // otherwise).
    static analysis::Query adaptQuery(analysis::Query query, analysis::LeadTimeKind kind);

signals:
    void kindChanged();

private:
    void fill(const analysis::LeadTimeTable& table);

    QComboBox* m_kind;
    ModeBanner* m_banner;
    QLabel* m_info;
    QTableView* m_view;
    WatermarkOverlay* m_watermark;
    QStandardItemModel* m_model;
    ChartPanel* m_chart;
    QLabel* m_footnotes;
    std::optional<analysis::LeadTimeTable> m_table;
};

} // namespace folja::ui
