#pragma once

#include "analysis/leadtimes.h"
#include "common/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

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
    // Why trends cannot be computed for `query` (empty when they can): they need a period with a
    // start and an end.
    static QString problemWith(const analysis::Query& query);
    // The series shown.
    static QList<analysis::TrendKind> kinds();
    // Shows trends computed (on a worker, by the analysis workspace), or the reason there are none.
    void setTrends(Result<analysis::Trends> trends);
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
