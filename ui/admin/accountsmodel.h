#pragma once

#include "access/accounts.h"

#include <QAbstractTableModel>
#include <QList>

namespace folja::ui {

// The accounts of the database as the administratör sees them: user name, display name, roles,
// active. Holds nothing but what access::Accounts::list() returned.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, DisplayName, Roles, Active, ColumnCount };
    enum Role { AccountNameRole = Qt::UserRole + 1, RolesRole, ActiveRole };

    explicit AccountsModel(QObject* parent = nullptr);

    void setAccounts(const QList<access::Account>& accounts);
    const access::Account* account(int row) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Handläggare, administratör": the roles as the user reads them.
    static QString rolesText(access::Roles roles);
    static QString roleLabel(access::Role role);

private:
    QList<access::Account> m_accounts;
};

} // namespace folja::ui
