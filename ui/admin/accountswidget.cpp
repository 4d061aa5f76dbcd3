#include "admin/accountswidget.h"

#include "access/accounts.h"
#include "access/analysisscope.h"
#include "access/importmappings.h"
#include "access/organisation.h"
#include "access/session.h"
#include "admin/accountdialogs.h"
#include "admin/accountsmodel.h"
#include "admin/adminfeedback.h"
#include "admin/analysisscopedialog.h"
#include "catalog/catalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace folja::ui {

AccountsWidget::AccountsWidget(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("accountsWidget"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everyone who uses this database has an account. An account may hold several roles. "
                                "Deactivated accounts can no longer sign in; their cases stay until you move them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new AccountsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AccountsModel::Roles, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name, void (AccountsWidget::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("&New account…"), QStringLiteral("newAccountButton"), &AccountsWidget::addAccount);
    m_roles = button(tr("Change &roles…"), QStringLiteral("changeRolesButton"), &AccountsWidget::changeRoles);
    m_reset = button(tr("Reset &password…"), QStringLiteral("resetPasswordButton"), &AccountsWidget::resetPassword);
    m_deactivate = button(tr("&Deactivate…"), QStringLiteral("deactivateButton"), &AccountsWidget::deactivate);
    m_scope =
        button(tr("Analysis &scope…"), QStringLiteral("analysisScopeButton"), &AccountsWidget::changeAnalysisScope);
    m_importRight =
        button(tr("&Import right…"), QStringLiteral("importRightButton"), &AccountsWidget::toggleImportRight);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = new ResultLabel(this);
    layout->addWidget(m_result);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsWidget::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &AccountsWidget::changeRoles);
    reload();
}

void AccountsWidget::reload()
{
    const QString selected = selectedName();
    auto accounts = access::Accounts(m_session).list();
    if (!accounts) {
        m_model->setAccounts({});
        m_result->showError(accounts.error());
    } else {
        m_model->setAccounts(*accounts);
    }
    if (!selected.isEmpty())
        selectAccount(selected);
    updateButtons();
}

bool AccountsWidget::selectAccount(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

QString AccountsWidget::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const access::Account* a = m_model->account(rows.constFirst().row());
    return a ? a->name : QString();
}

void AccountsWidget::updateButtons()
{
    const QString name = selectedName();
    const int row = m_model->rowOf(name);
    const access::Account* a = row >= 0 ? m_model->account(row) : nullptr;
    const bool active = a && a->active;
    m_roles->setEnabled(active);
    m_reset->setEnabled(active);
    m_deactivate->setEnabled(active && name.compare(m_session.user(), Qt::CaseInsensitive) != 0);
    // Administratörer are never limited; the scope is for analytiker.
    m_scope->setEnabled(active && a->roles.testFlag(access::Role::Analytiker) &&
                        !a->roles.testFlag(access::Role::Administrator));
    // Administratörer may import anyway; the right is for handläggare.
    m_importRight->setEnabled(active && a->roles.testFlag(access::Role::Handlaggare) &&
                              !a->roles.testFlag(access::Role::Administrator));
}

void AccountsWidget::addAccount()
{
    NewAccountDialog dialog(this);
    dialog.setSubmit([this, &dialog]() -> Result<void> {
        return access::Accounts(m_session).add(dialog.name(), dialog.displayName(), dialog.roles(), dialog.password());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAccount(dialog.name());
    m_result->showDone(tr("The account %1 was created with the roles: %2.")
                           .arg(dialog.name(), AccountsModel::rolesText(dialog.roles())));
    emit accountsChanged();
}

void AccountsWidget::changeRoles()
{
    const int row = m_model->rowOf(selectedName());
    const access::Account* a = m_model->account(row);
    if (!a || !a->active)
        return;
    const access::Account account = *a;
    RolesDialog dialog(account.name, account.roles, this);
    dialog.setSubmit([this, &dialog, &account]() -> Result<void> {
        if (account.roles.testFlag(access::Role::Administrator) &&
            !dialog.roles().testFlag(access::Role::Administrator) &&
            !AdminFeedback::confirm(
                &dialog, tr("Remove the administratör role?"),
                tr("%1 will no longer be able to manage accounts, settings and the catalogue.").arg(account.name),
                tr("Remove the role"))) {
            return makeError(ErrorCode::InvalidInput, tr("Nothing was changed."));
        }
        return access::Accounts(m_session).setRoles(account.name, dialog.roles());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_result->showDone(tr("%1 now has the roles: %2.").arg(account.name, AccountsModel::rolesText(dialog.roles())));
    emit accountsChanged();
}

void AccountsWidget::resetPassword()
{
    const int row = m_model->rowOf(selectedName());
    const access::Account* a = m_model->account(row);
    if (!a || !a->active)
        return;
    const QString name = a->name;
    ResetPasswordDialog dialog(name, this);
    dialog.setSubmit([this, &dialog, &name]() -> Result<void> {
        if (!AdminFeedback::confirm(&dialog, tr("Reset the password?"),
                                    tr("The password of %1 is replaced now. The old password stops working.").arg(name),
                                    tr("Reset password"))) {
            return makeError(ErrorCode::InvalidInput, tr("Nothing was changed."));
        }
        return access::Accounts(m_session).resetPassword(name, dialog.password());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_result->showDone(tr("%1 has a new password. The old one no longer works.").arg(name));
}

void AccountsWidget::deactivate()
{
    const int row = m_model->rowOf(selectedName());
    const access::Account* a = m_model->account(row);
    if (!a || !a->active)
        return;
    const QString name = a->name;
    if (!AdminFeedback::confirm(this, tr("Deactivate %1?").arg(name),
                                tr("%1 can no longer sign in, and the password stops opening the database. "
                                   "Cases owned by %1 stay until you move them to another case worker.")
                                    .arg(name),
                                tr("Deactivate")))
        return;
    if (auto done = access::Accounts(m_session).deactivate(name); !done) {
        m_result->showError(done.error());
        return;
    }
    reload();
    m_result->showDone(tr("%1 is deactivated.").arg(name));
    emit accountsChanged();
}

void AccountsWidget::changeAnalysisScope()
{
    const int row = m_model->rowOf(selectedName());
    const access::Account* a = m_model->account(row);
    if (!a || !a->active)
        return;
    const QString name = a->name;
    access::AnalysisScopes scopes(m_session);
    auto current = scopes.of(name);
    if (!current) {
        m_result->showError(current.error());
        return;
    }
    auto setup = access::Organisation(m_session).setup();
    QList<std::pair<QString, QString>> malgrupper;
    for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
        const QString code = catalog::malgruppCode(m);
        if (!setup || setup->malgrupper.isEmpty() || setup->malgrupper.contains(code) ||
            current->malgrupper.contains(code))
            malgrupper.append({code, m_catalog.malgruppLabel(m)});
    }
    AnalysisScopeDialog dialog(name, malgrupper, setup ? setup->enheter : QStringList(), *current, this);
    dialog.setSubmit([this, &dialog, &name]() -> Result<void> {
        return access::AnalysisScopes(m_session).set(name, dialog.scope());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const access::AnalysisScope chosen = dialog.scope();
    QStringList parts = chosen.malgrupper;
    parts += chosen.enheter;
    m_result->showDone(chosen.isUnlimited()
                           ? tr("%1 may analyse all ärenden.").arg(name)
                           : tr("%1 may now analyse only: %2.").arg(name, parts.join(QStringLiteral(", "))));
}

void AccountsWidget::toggleImportRight()
{
    const QString name = selectedName();
    access::ImportMappings rights(m_session);
    auto allowed = rights.allowedAccounts();
    if (!allowed) {
        m_result->showError(allowed.error());
        return;
    }
    const bool has = allowed->contains(name, Qt::CaseInsensitive);
    if (!AdminFeedback::confirm(
            this,
            has ? tr("Withdraw the import right of %1?").arg(name)
                : tr("Allow %1 to import from other systems?").arg(name),
            has ? tr("%1 will no longer be able to use the import wizard or saved import mappings.").arg(name)
                : tr("%1 may then import extracts from other systems with the import wizard and "
                     "saved import mappings (only their own ärenden).")
                      .arg(name),
            has ? tr("Withdraw") : tr("Allow")))
        return;
    if (auto done = rights.setAllowed(name, !has); !done) {
        m_result->showError(done.error());
        return;
    }
    m_result->showDone(has ? tr("%1 may no longer import from other systems.").arg(name)
                           : tr("%1 may now import from other systems.").arg(name));
}

} // namespace folja::ui
