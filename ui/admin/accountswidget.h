#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class AccountsModel;
class ResultLabel;

// Accounts and roles: the list, a new account (several roles allowed), changing roles,
// resetting a password (a new key slot) and deactivating. The rules — never the last
// administratör, the password rules — are core/access's; this page asks, shows and reports.
class AccountsWidget : public QWidget
{
    Q_OBJECT

public:
    AccountsWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    AccountsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reload();
    // Selects the account's row (for keyboard users and tests).
    bool selectAccount(const QString& name);

public slots:
    void addAccount();
    void changeRoles();
    void resetPassword();
    void deactivate();
    void changeAnalysisScope();
    void toggleImportRight(); // the import wizard's right for a handläggare (access/importmappings.h)

signals:
    // Accounts changed: other pages (moving ärenden) list handläggare.
    void accountsChanged();

private:
    QString selectedName() const;
    void updateButtons();

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    AccountsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_scope = nullptr;
    QPushButton* m_importRight = nullptr;
    ResultLabel* m_result = nullptr;
};

} // namespace folja::ui
