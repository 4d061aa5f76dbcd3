#include "arenden/arendefilterproxy.h"

#include "arenden/arendelistmodel.h"

namespace folja::ui {

ArendeFilterProxy::ArendeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArendeListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ArendeFilterProxy::setMalgrupp(const QString& code)
{
    m_malgrupp = code;
    invalidateFilter();
}

void ArendeFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void ArendeFilterProxy::setOnlyMissing(bool only)
{
    m_onlyMissing = only;
    invalidateFilter();
}

void ArendeFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ArendeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, ArendeListModel::Number, sourceParent);
    if (!m_malgrupp.isEmpty() && idx.data(ArendeListModel::MalgruppCodeRole).toString() != m_malgrupp)
        return false;
    if (m_status >= 0 && idx.data(ArendeListModel::StatusRole).toInt() != m_status)
        return false;
    if (m_onlyMissing && idx.data(ArendeListModel::MissingRole).toInt() == 0)
        return false;
    if (!m_text.isEmpty() && !idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace folja::ui
