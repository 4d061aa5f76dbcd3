#pragma once

#include "common/result.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace folja::access {
class Session;
}

namespace folja::ui {

// "Forgot the password? Use the recovery code": the user name, the printed recovery code and a
// new password. access::Session::signInWithRecoveryCode does the work on a worker (two Argon2id
// derivations and a key-file rewrite: the window keeps drawing), sets the new password and
// replaces the used code with a new one, which this dialog then shows once — like the creation
// wizard: not selectable, no copy to the clipboard — until the user confirms it is written down.
// Accepted: takeSession() hands the signed-in session to the host.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QString& databasePath, const QString& userName, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    QString databasePath() const { return m_databasePath; }
    std::unique_ptr<access::Session> takeSession();
    bool isBusy() const { return m_busy; }

    void reject() override;

private:
    void submit();
    void finished(Result<std::unique_ptr<access::Session>> session, const QString& newCode);
    void updateButtons();
    void setBusy(bool busy);

    QString m_databasePath;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_newCode = nullptr;
    QCheckBox* m_stored = nullptr;
    QPushButton* m_continue = nullptr;
    std::unique_ptr<access::Session> m_session;
    QFuture<void> m_work;
    bool m_busy = false;
};

} // namespace folja::ui
