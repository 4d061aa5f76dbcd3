#pragma once

#include "analysis/leadtimes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace folja::access {
class AnalysisGate;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ChartPanel;
class ModeBanner;
class WatermarkOverlay;

// Counts per month, quarter or year over the query's period (aktualiseringar, beslut, avslut and
// ongoing insatser), with the query's filters and mode, as a table above a chart area.
class TrendsView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsView(QWidget* parent = nullptr);

    analysis::Granularity granularity() const;
    void update(const access::AnalysisGate& gate, const analysis::Snapshot& snapshot, const catalog::Catalog& catalog,
                const analysis::Query& query);
    void showMessage(const QString& message);

    const std::optional<analysis::Trends>& trends() const { return m_trends; }
    QStandardItemModel* model() const { return m_model; }
    ChartPanel* chart() const { return m_chart; }

    static QString seriesLabel(analysis::TrendKind kind);

signals:
    void granularityChanged();

private:
    void fill(const analysis::Trends& trends);

    QComboBox* m_granularity;
    ModeBanner* m_banner;
    QLabel* m_info;
    QTableView* m_view;
    WatermarkOverlay* m_watermark;
    QStandardItemModel* m_model;
    ChartPanel* m_chart;
    QLabel* m_footnotes;
    std::optional<analysis::Trends> m_trends;
};

} // namespace folja::ui
