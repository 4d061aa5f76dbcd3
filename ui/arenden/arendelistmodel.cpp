#include "arenden/arendelistmodel.h"

namespace folja::ui {

ArendeListModel::ArendeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ArendeListModel::setCatalog(const catalog::Catalog* catalog)
{
    m_catalog = catalog;
}

QString ArendeListModel::statusLabel(domain::ArendeStatus status)
{
    switch (status) {
    case domain::ArendeStatus::Aktualiserat:
        return tr("Actualised");
    case domain::ArendeStatus::Beslutat:
        return tr("Decided");
    case domain::ArendeStatus::PagaendeInsats:
        return tr("Ongoing intervention");
    case domain::ArendeStatus::Avslutat:
        return tr("Closed");
    }
    return {};
}

void ArendeListModel::setArenden(const QList<access::ArendeSummary>& arenden, const QHash<domain::Id, int>& missing,
                                 const QHash<domain::Id, QString>& konAlder)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(arenden.size());
    for (const auto& a : arenden)
        m_rows.append(Row{a, missing.value(a.id), konAlder.value(a.id)});
    endResetModel();
}

void ArendeListModel::upsert(const access::ArendeSummary& arende, int missing, const QString& konAlder)
{
    const int row = rowOf(arende.id);
    if (row >= 0) {
        m_rows[row] = Row{arende, missing, konAlder};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
    m_rows.append(Row{arende, missing, konAlder});
    endInsertRows();
}

void ArendeListModel::remove(domain::Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ArendeListModel::setDrafts(const QSet<domain::Id>& ids)
{
    if (ids == m_drafts)
        return;
    m_drafts = ids;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Number), index(static_cast<int>(m_rows.size()) - 1, Number));
}

const access::ArendeSummary* ArendeListModel::arende(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).arende : nullptr;
}

int ArendeListModel::rowOf(domain::Id id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).arende.id == id)
            return i;
    }
    return -1;
}

int ArendeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ArendeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArendeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const access::ArendeSummary& a = row.arende;
    switch (role) {
    case ArendeIdRole:
        return a.id;
    case MalgruppCodeRole:
        return a.malgrupp;
    case StatusRole:
        return static_cast<int>(a.status);
    case MissingRole:
        return row.missing;
    case DraftRole:
        return m_drafts.contains(a.id);
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Number: {
            const QString number = a.externalId.isEmpty() ? QString::number(a.id) : a.externalId;
            if (role == SortRole || !m_drafts.contains(a.id))
                return number;
            return tr("%1 (unsaved changes kept)").arg(number);
        }
        case Malgrupp: {
            const auto m = catalog::malgruppFromCode(a.malgrupp);
            return m_catalog && m ? m_catalog->malgruppLabel(*m) : a.malgrupp;
        }
        case Status:
            return role == SortRole ? QVariant(static_cast<int>(a.status)) : QVariant(statusLabel(a.status));
        case Aktualiserad:
            return role == SortRole ? QVariant(a.aktualiseringDatum)
                                    : QVariant(a.aktualiseringDatum.toString(Qt::ISODate));
        case Insatser:
            return a.insatsCount;
        case Missing:
            if (role == SortRole)
                return row.missing;
            return row.missing == 0 ? QString() : tr("%n missing", nullptr, row.missing);
        case KonAlder:
            return row.konAlder;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Missing && row.missing > 0)
            return tr("Required answers are missing although the process step has been reached (bortfall).");
        if (index.column() == Number && m_drafts.contains(a.id))
            return tr("Changes to this case were not saved before the program closed. Open the case to restore or "
                      "discard them.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Insatser)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ArendeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case number");
    case Malgrupp:
        return tr("Target group");
    case Status:
        return tr("Status");
    case Aktualiserad:
        return tr("Actualised");
    case Insatser:
        return tr("Interventions");
    case Missing:
        return tr("Missing data");
    case KonAlder:
        return tr("Sex, age");
    default:
        return {};
    }
}

} // namespace folja::ui
