#include "admin/accountdialogs.h"

#include "access/accounts.h"
#include "admin/accountsmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace folja::ui {

// --- RoleChecks ----------------------------------------------------------------------------------

RoleChecks::RoleChecks(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto make = [&](access::Role role, const QString& name, const QString& help) {
        auto* box = new QCheckBox(AccountsModel::roleLabel(role), this);
        box->setObjectName(name);
        box->setToolTip(help);
        connect(box, &QCheckBox::toggled, this, &RoleChecks::changed);
        layout->addWidget(box);
        return box;
    };
    m_handlaggare = make(access::Role::Handlaggare, QStringLiteral("roleHandlaggare"),
                         tr("Registers and reads only their own cases."));
    m_analytiker = make(access::Role::Analytiker, QStringLiteral("roleAnalytiker"),
                        tr("Sees aggregated statistics only, never individual cases."));
    m_administrator = make(access::Role::Administrator, QStringLiteral("roleAdministrator"),
                           tr("Accounts, settings, moving cases, catalogue and gallring."));
}

access::Roles RoleChecks::roles() const
{
    access::Roles roles;
    roles.setFlag(access::Role::Handlaggare, m_handlaggare->isChecked());
    roles.setFlag(access::Role::Analytiker, m_analytiker->isChecked());
    roles.setFlag(access::Role::Administrator, m_administrator->isChecked());
    return roles;
}

void RoleChecks::setRoles(access::Roles roles)
{
    m_handlaggare->setChecked(roles.testFlag(access::Role::Handlaggare));
    m_analytiker->setChecked(roles.testFlag(access::Role::Analytiker));
    m_administrator->setChecked(roles.testFlag(access::Role::Administrator));
}

// --- PasswordFields ------------------------------------------------------------------------------

PasswordFields::PasswordFields(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the password"));
    layout->addRow(tr("New &password:"), m_password);
    layout->addRow(tr("&Repeat:"), m_repeat);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFields::changed);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordFields::changed);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

QString PasswordFields::problem() const
{
    if (auto ok = access::Accounts::checkPassword(m_password->text()); !ok)
        return ok.error().message;
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords are not the same.");
    return {};
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

// --- AdminDialog ---------------------------------------------------------------------------------

AdminDialog::AdminDialog(QWidget* parent)
    : QDialog(parent)
{}

void AdminDialog::finishLayout(QWidget* content, const QString& acceptText)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(this);
    QPushButton* ok = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("acceptButton"));
    ok->setDefault(true);
    QPushButton* cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("rejectButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void AdminDialog::setProblem(const QString& problem)
{
    m_problem = problem;
    // No complaint before the user first asks to go ahead; after that, it follows the input.
    if (m_tried)
        m_error->setText(problem);
}

void AdminDialog::accept()
{
    m_tried = true;
    if (!m_problem.isEmpty()) {
        m_error->setText(m_problem);
        return;
    }
    if (m_submit) {
        if (auto done = m_submit(); !done) {
            m_error->setText(done.error().message);
            return;
        }
    }
    QDialog::accept();
}

// --- NewAccountDialog ----------------------------------------------------------------------------

NewAccountDialog::NewAccountDialog(QWidget* parent)
    : AdminDialog(parent)
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New account"));
    auto* content = new QWidget(this);
    auto* form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setAccessibleName(tr("User name"));
    m_name->setToolTip(tr("Letters a–z, digits, '.', '_' and '-' (2–64 characters)."));
    m_displayName = new QLineEdit(content);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_roles = new RoleChecks(content);
    m_password = new PasswordFields(content);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("Roles:"), m_roles);
    form->addRow(m_password);
    finishLayout(content, tr("Create account"));
    connect(m_name, &QLineEdit::textChanged, this, &NewAccountDialog::validate);
    connect(m_roles, &RoleChecks::changed, this, &NewAccountDialog::validate);
    connect(m_password, &PasswordFields::changed, this, &NewAccountDialog::validate);
    validate(); // shown only once the user asks to create
}

void NewAccountDialog::validate()
{
    QString problem;
    if (!access::Accounts::isValidName(m_name->text()))
        problem = tr("User names may only use letters a–z, digits, '.', '_' and '-' (2–64 characters).");
    else if (m_roles->roles().toInt() == 0)
        problem = tr("Choose at least one role.");
    else
        problem = m_password->problem();
    setProblem(problem);
}

QString NewAccountDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewAccountDialog::displayName() const
{
    return m_displayName->text().trimmed();
}

access::Roles NewAccountDialog::roles() const
{
    return m_roles->roles();
}

QString NewAccountDialog::password() const
{
    return m_password->password();
}

// --- RolesDialog ---------------------------------------------------------------------------------

RolesDialog::RolesDialog(const QString& account, access::Roles roles, QWidget* parent)
    : AdminDialog(parent)
{
    setObjectName(QStringLiteral("rolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(account));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Roles of %1:").arg(account), content));
    m_roles = new RoleChecks(content);
    m_roles->setRoles(roles);
    layout->addWidget(m_roles);
    finishLayout(content, tr("Change roles"));
    connect(m_roles, &RoleChecks::changed, this,
            [this] { setProblem(m_roles->roles().toInt() == 0 ? tr("Choose at least one role.") : QString()); });
}

access::Roles RolesDialog::roles() const
{
    return m_roles->roles();
}

// --- ResetPasswordDialog -------------------------------------------------------------------------

ResetPasswordDialog::ResetPasswordDialog(const QString& account, QWidget* parent)
    : AdminDialog(parent)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("New password for %1").arg(account));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("%1 gets a new password; the old one stops working at once. Give the new "
                                "password to %1 in person, never by e-mail.")
                                 .arg(account),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_password = new PasswordFields(content);
    layout->addWidget(m_password);
    finishLayout(content, tr("Reset password"));
    connect(m_password, &PasswordFields::changed, this, [this] { setProblem(m_password->problem()); });
    setProblem(m_password->problem());
}

QString ResetPasswordDialog::password() const
{
    return m_password->password();
}

} // namespace folja::ui
