#pragma once

#include "analysis/crosstab.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace folja::ui {

// What a cell of the table shows.
enum class CellShow { Count, RowPercent, ColumnPercent, TotalPercent };

// A cross-tabulation as a table: dimension 0 down, dimension 1 across, one layer of dimension 2 at
// a time (setLayer; the last layer is all categories together). Margins ("Total") are the last
// row and column, "(uppgift saknas)" shows where the engine put it. A suppressed value reads "..";
// in a percentage view the margin in the direction of the percentage shows its denominator.
// Måluppfyllelse over both scales (INTERCHANGE §3) reads as two blocks, each scale's categories
// followed by its own total ("Total BBIC", "Total IBIC"), as rows, columns or layers: there is no
// total of both.
class CrossTabModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole + 1, // qint64 n (also for suppressed cells: for tests only)
        SuppressedRole,               // bool
        MissingRole,                  // bool: the row or column is "(uppgift saknas)"
        MarginRole,                   // bool: a total row or column
        ScaleRole,                    // QString: the måluppfyllelse scale of the cell ("" for none)
    };

    explicit CrossTabModel(QObject* parent = nullptr);

    void setTable(const analysis::CrossTab& table); // keeps the layer when it still exists
    void clear();
    const analysis::CrossTab* table() const { return m_table ? &*m_table : nullptr; }

    int layerCount() const; // 1 without a third dimension
    QString layerLabel(int layer) const;
    int layer() const { return m_layer; }
    void setLayer(int layer);

    CellShow show() const { return m_show; }
    void setShow(CellShow show);
    bool intervals() const { return m_intervals; }
    void setIntervals(bool intervals);

    // The table coordinates of a model cell in the current layer.
    std::vector<int> coordinates(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString suppressedMarker() { return QStringLiteral(".."); }
    static QString formatPercent(double value);

private:
    QString displayText(const analysis::TableCell& cell, bool rowMargin, bool columnMargin) const;
    QString toolTip(const analysis::TableCell& cell) const;
    bool isMissing(int dimension, int section) const;
    // The table position along a dimension of a row, column or layer (TableDimension::readingOrder).
    int position(int dimension, int section) const;
    bool isMargin(int dimension, int section) const;
    QString positionLabel(int dimension, int section) const;

    std::optional<analysis::CrossTab> m_table;
    int m_layer = 0;
    CellShow m_show = CellShow::Count;
    bool m_intervals = false;
};

} // namespace folja::ui
