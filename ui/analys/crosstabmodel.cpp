#include "analys/crosstabmodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace folja::ui {

using analysis::CrossTab;
using analysis::Percentage;
using analysis::SuppressionReason;
using analysis::TableCell;

CrossTabModel::CrossTabModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CrossTabModel::setTable(const CrossTab& table)
{
    beginResetModel();
    m_table = table;
    if (m_layer >= layerCount())
        m_layer = layerCount() - 1;
    endResetModel();
}

void CrossTabModel::clear()
{
    beginResetModel();
    m_table.reset();
    m_layer = 0;
    endResetModel();
}

int CrossTabModel::layerCount() const
{
    if (!m_table || m_table->dimensions.size() < 3)
        return 1;
    return m_table->layout.extent(2);
}

QString CrossTabModel::layerLabel(int layer) const
{
    if (!m_table || m_table->dimensions.size() < 3 || layer < 0 || layer >= layerCount())
        return {};
    return positionLabel(2, layer);
}

int CrossTabModel::position(int dimension, int section) const
{
    if (!m_table || dimension >= m_table->dimensions.size())
        return section;
    const QList<int> order = m_table->dimensions.at(dimension).readingOrder();
    return section >= 0 && section < order.size() ? order.at(section) : section;
}

bool CrossTabModel::isMargin(int dimension, int section) const
{
    return m_table && dimension < m_table->dimensions.size() &&
           position(dimension, section) >= m_table->dimensions.at(dimension).categories.size();
}

QString CrossTabModel::positionLabel(int dimension, int section) const
{
    const analysis::TableDimension& d = m_table->dimensions.at(dimension);
    const int p = position(dimension, section);
    if (p >= d.categories.size())
        return d.isSplit() ? tr("Total %1").arg(d.scaleOf(p)) : tr("Total");
    const analysis::Category& c = d.categories.at(p);
    // Both scales have a "(missing)": say whose.
    return d.isSplit() && c.isMissing ? tr("%1 %2").arg(c.label, c.scale) : c.label;
}

void CrossTabModel::setLayer(int layer)
{
    layer = std::clamp(layer, 0, layerCount() - 1);
    if (layer == m_layer)
        return;
    beginResetModel();
    m_layer = layer;
    endResetModel();
}

void CrossTabModel::setShow(CellShow show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    endResetModel();
}

void CrossTabModel::setIntervals(bool intervals)
{
    if (intervals == m_intervals)
        return;
    beginResetModel();
    m_intervals = intervals;
    endResetModel();
}

std::vector<int> CrossTabModel::coordinates(int row, int column) const
{
    std::vector<int> c{position(0, row)};
    if (m_table && m_table->dimensions.size() >= 2)
        c.push_back(position(1, column));
    if (m_table && m_table->dimensions.size() >= 3)
        c.push_back(position(2, m_layer));
    return c;
}

int CrossTabModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table || m_table->dimensions.isEmpty())
        return 0;
    return m_table->layout.extent(0);
}

int CrossTabModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table || m_table->dimensions.isEmpty())
        return 0;
    return m_table->dimensions.size() >= 2 ? m_table->layout.extent(1) : 1;
}

bool CrossTabModel::isMissing(int dimension, int section) const
{
    if (!m_table || dimension >= m_table->dimensions.size())
        return false;
    const analysis::TableDimension& d = m_table->dimensions.at(dimension);
    const int p = position(dimension, section);
    return p >= 0 && p < d.categories.size() && d.categories.at(p).isMissing;
}

QString CrossTabModel::formatPercent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString CrossTabModel::displayText(const TableCell& cell, bool rowMargin, bool columnMargin) const
{
    const QLocale locale;
    const QString n = cell.suppressed() ? suppressedMarker() : locale.toString(cell.n);
    const Percentage* p = nullptr;
    switch (m_show) {
    case CellShow::Count:
        return n;
    case CellShow::RowPercent:
        if (columnMargin)
            return tr("n = %1").arg(n);
        p = &cell.row;
        break;
    case CellShow::ColumnPercent:
        if (rowMargin)
            return tr("n = %1").arg(n);
        p = &cell.column;
        break;
    case CellShow::TotalPercent:
        if (rowMargin && columnMargin)
            return tr("n = %1").arg(n);
        p = &cell.total;
        break;
    }
    if (cell.suppressed() || p->suppressed)
        return suppressedMarker();
    if (!p->available)
        return QStringLiteral("–");
    QString text = tr("%1 %").arg(formatPercent(p->value));
    if (m_intervals)
        text += QStringLiteral(" (%1–%2)").arg(formatPercent(p->ciLow), formatPercent(p->ciHigh));
    return text;
}

QString CrossTabModel::toolTip(const TableCell& cell) const
{
    const QLocale locale;
    QStringList lines;
    // One text for every hidden cell: saying which rule hid it (a small value, or a partner of
    // one) would tell the reader that the cell holds 1 to k-1.
    if (cell.reason == SuppressionReason::None)
        lines.append(tr("Count: %1").arg(locale.toString(cell.n)));
    else
        lines.append(tr("Not shown: values under %1 are not reported, and some further values are hidden so "
                        "that they cannot be worked out.")
                         .arg(m_table->minCell));
    auto describe = [&](const QString& what, const Percentage& p) {
        if (!p.available)
            return;
        if (p.suppressed || cell.suppressed()) {
            lines.append(tr("%1: not shown").arg(what));
            return;
        }
        lines.append(tr("%1: %2 % of %3 (95 % interval %4–%5)")
                         .arg(what, formatPercent(p.value), locale.toString(p.denominator), formatPercent(p.ciLow),
                              formatPercent(p.ciHigh)));
    };
    describe(tr("Row percent"), cell.row);
    describe(tr("Column percent"), cell.column);
    describe(tr("Percent of total"), cell.total);
    return lines.join(QLatin1Char('\n'));
}

QVariant CrossTabModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table)
        return {};
    const std::vector<int> c = coordinates(index.row(), index.column());
    const TableCell& cell = m_table->cell(c);
    const bool rowMargin = isMargin(0, index.row());
    const bool columnMargin = m_table->dimensions.size() >= 2 && isMargin(1, index.column());
    const bool missing = isMissing(0, index.row()) || (m_table->dimensions.size() >= 2 && isMissing(1, index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cell, rowMargin, columnMargin);
    case Qt::ToolTipRole:
        return toolTip(cell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (rowMargin || columnMargin) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (missing || cell.suppressed())
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    case Qt::BackgroundRole:
        if (missing)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (rowMargin || columnMargin)
            return QBrush(QColor(0xf4, 0xf6, 0xf8));
        return {};
    case CountRole:
        return cell.n;
    case SuppressedRole:
        return cell.suppressed();
    case MissingRole:
        return missing;
    case MarginRole:
        return rowMargin || columnMargin;
    case ScaleRole:
        for (qsizetype d = 0; d < m_table->dimensions.size(); ++d) {
            const QString scale = m_table->dimensions.at(d).scaleOf(c[static_cast<std::size_t>(d)]);
            if (!scale.isEmpty())
                return scale;
        }
        return QString();
    default:
        return {};
    }
}

QVariant CrossTabModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table || m_table->dimensions.isEmpty())
        return {};
    const int dimension = orientation == Qt::Vertical ? 0 : 1;
    if (dimension == 1 && m_table->dimensions.size() < 2) {
        if (role == Qt::DisplayRole)
            return m_show == CellShow::Count ? tr("Count") : tr("Percent");
        return {};
    }
    const analysis::TableDimension& d = m_table->dimensions.at(dimension);
    const int p = position(dimension, section);
    const bool total = p >= d.categories.size();
    switch (role) {
    case Qt::DisplayRole:
        return positionLabel(dimension, section);
    case Qt::ToolTipRole:
        if (total && d.isSplit())
            return tr("%1: all categories of the %2 scale together (the BBIC and IBIC scales are never added)")
                .arg(d.label, d.scaleOf(p));
        if (total)
            return tr("%1: all categories together").arg(d.label);
        if (d.categories.at(p).isMissing)
            return tr("%1: the value is missing although the step was reached (internal bortfall)").arg(d.label);
        return QStringLiteral("%1: %2").arg(d.label, d.categories.at(p).label);
    case Qt::FontRole:
        if (total || d.categories.at(p).isMissing) {
            QFont f;
            f.setBold(total);
            f.setItalic(!total);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return orientation == Qt::Vertical ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace folja::ui
