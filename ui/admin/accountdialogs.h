#pragma once

// The small dialogs of the accounts page: a new account, an account's roles, a new password.
// Each collects input and hands it to a submit function (the page calls core/access there); the
// dialog closes only when that succeeds, otherwise it shows the refusal and keeps the input.

#include "access/roles.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace folja::ui {

// Three checkboxes, one per role; several may be ticked.
class RoleChecks : public QWidget
{
    Q_OBJECT

public:
    explicit RoleChecks(QWidget* parent = nullptr);
    access::Roles roles() const;
    void setRoles(access::Roles roles);

signals:
    void changed();

private:
    QCheckBox* m_handlaggare = nullptr;
    QCheckBox* m_analytiker = nullptr;
    QCheckBox* m_administrator = nullptr;
};

// Password and its repetition, with the password rules (from core/access) checked as typed.
class PasswordFields : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordFields(QWidget* parent = nullptr);
    QString password() const;
    // Empty when acceptable; otherwise what is wrong, in plain words.
    QString problem() const;
    void clear();

signals:
    void changed();

private:
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
};

class AdminDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>()>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void accept() override;

protected:
    explicit AdminDialog(QWidget* parent);
    // Adds the error line and the buttons below `content`; `acceptText` names the action.
    void finishLayout(QWidget* content, const QString& acceptText);
    void setProblem(const QString& problem);

private:
    QString m_problem;
    bool m_tried = false;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Submit m_submit;
};

class NewAccountDialog : public AdminDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(QWidget* parent = nullptr);
    QString name() const;
    QString displayName() const;
    access::Roles roles() const;
    QString password() const;

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    RoleChecks* m_roles = nullptr;
    PasswordFields* m_password = nullptr;
};

class RolesDialog : public AdminDialog
{
    Q_OBJECT

public:
    RolesDialog(const QString& account, access::Roles roles, QWidget* parent = nullptr);
    access::Roles roles() const;

private:
    RoleChecks* m_roles = nullptr;
};

class ResetPasswordDialog : public AdminDialog
{
    Q_OBJECT

public:
    explicit ResetPasswordDialog(const QString& account, QWidget* parent = nullptr);
    QString password() const;

private:
    PasswordFields* m_password = nullptr;
};

} // namespace folja::ui
