#include "admin/accountsmodel.h"

#include <QGuiApplication>
#include <QPalette>

namespace folja::ui {

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountsModel::setAccounts(const QList<access::Account>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

const access::Account* AccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountsModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::roleLabel(access::Role role)
{
    switch (role) {
    case access::Role::Handlaggare:
        return tr("Case worker");
    case access::Role::Analytiker:
        return tr("Analyst");
    case access::Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString AccountsModel::rolesText(access::Roles roles)
{
    QStringList parts;
    for (access::Role role : {access::Role::Handlaggare, access::Role::Analytiker, access::Role::Administrator}) {
        if (roles.testFlag(role))
            parts.append(roleLabel(role));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    const access::Account* a = index.isValid() ? account(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a->name;
        case DisplayName:
            return a->displayName;
        case Roles:
            return rolesText(a->roles);
        case Active:
            return a->active ? tr("Yes") : tr("No (deactivated)");
        }
        break;
    case Qt::ForegroundRole:
        if (!a->active)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case AccountNameRole:
        return a->name;
    case RolesRole:
        return access::rolesToBits(a->roles);
    case ActiveRole:
        return a->active;
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("Active");
    }
    return {};
}

} // namespace folja::ui
