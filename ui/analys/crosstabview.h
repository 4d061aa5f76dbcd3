#pragma once

#include "analys/crosstabmodel.h"

#include <QWidget>

class QLabel;
class QTabBar;
class QTableView;

namespace folja::ui {

class ModeBanner;
class WatermarkOverlay;

// A cross-tabulation as it is read: the mode banner, the bortfall of each dimension, the layer
// tabs, the table (headers stay in place while it scrolls) and the footnotes under it.
class CrossTabView : public QWidget
{
    Q_OBJECT

public:
    explicit CrossTabView(QWidget* parent = nullptr);

    void setTable(const analysis::CrossTab& table);
    // No table: shows `message` (why not) instead.
    void showMessage(const QString& message);

    CrossTabModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // "Kön: uppgift saknas 3 (1,2 %) · …" for each dimension, then the external bortfall.
    static QString bortfallSummary(const analysis::CrossTab& table);

signals:
    void layerChanged(int layer);

private:
    void updateLayers();

    ModeBanner* m_banner;
    QLabel* m_axes;
    QLabel* m_bortfall;
    QLabel* m_message;
    QTabBar* m_layers;
    QTableView* m_view;
    WatermarkOverlay* m_watermark;
    QLabel* m_footnotes;
    CrossTabModel* m_model;
};

} // namespace folja::ui
