#include "admin/movearendenmodel.h"

#include "arenden/arendelistmodel.h"

namespace folja::ui {

MoveArendenModel::MoveArendenModel(const catalog::Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{}

void MoveArendenModel::setArenden(const QList<access::ArendeSummary>& arenden)
{
    beginResetModel();
    m_rows = arenden;
    m_checked.clear();
    endResetModel();
    emit checkedChanged(0);
}

void MoveArendenModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked) {
        for (const access::ArendeSummary& row : std::as_const(m_rows))
            m_checked.insert(row.id);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Number), index(int(m_rows.size()) - 1, Number), {Qt::CheckStateRole});
    emit checkedChanged(int(m_checked.size()));
}

int MoveArendenModel::checkByNumber(const QStringList& numbers)
{
    int found = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (numbers.contains(m_rows.at(i).externalId)) {
            setData(index(int(i), Number), Qt::Checked, Qt::CheckStateRole);
            ++found;
        }
    }
    return found;
}

QList<domain::Id> MoveArendenModel::checkedIds() const
{
    QList<domain::Id> ids;
    for (const access::ArendeSummary& row : m_rows) {
        if (m_checked.contains(row.id))
            ids.append(row.id);
    }
    return ids;
}

QStringList MoveArendenModel::numbers() const
{
    QStringList out;
    for (const access::ArendeSummary& row : m_rows)
        out.append(row.externalId);
    return out;
}

int MoveArendenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MoveArendenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MoveArendenModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const access::ArendeSummary& a = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Number)
        return m_checked.contains(a.id) ? Qt::Checked : Qt::Unchecked;
    if (role == ArendeIdRole)
        return a.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return a.externalId.isEmpty() ? QString::number(a.id) : a.externalId;
    case Malgrupp:
        if (const auto m = catalog::malgruppFromCode(a.malgrupp))
            return m_catalog.malgruppLabel(*m);
        return a.malgrupp;
    case Enhet:
        return a.enhet;
    case Status:
        return ArendeListModel::statusLabel(a.status);
    }
    return {};
}

bool MoveArendenModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Number || role != Qt::CheckStateRole)
        return false;
    const domain::Id id = m_rows.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged(int(m_checked.size()));
    return true;
}

Qt::ItemFlags MoveArendenModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Number)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MoveArendenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case number");
    case Malgrupp:
        return tr("Target group");
    case Enhet:
        return tr("Unit");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace folja::ui
