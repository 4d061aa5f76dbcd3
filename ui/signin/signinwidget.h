#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace folja::ui {

// The first screen: which database, who, password. It only collects input and shows errors;
// the host performs the sign-in through core/access.
class SignInWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SignInWidget(QWidget* parent = nullptr);

    QString databasePath() const;
    void setDatabasePath(const QString& path);
    void setUserName(const QString& user);
    void setRecentFiles(const QStringList& paths);
    // A note shown above the form, e.g. the demo database's users and password.
    void setHint(const QString& text);
    void showError(const QString& message);
    void clearPassword();
    // While the sign-in runs on a worker: "verifying", a busy bar and Cancel; no other input.
    // `status` replaces the default "checking the password" text (e.g. the wait after repeated
    // wrong passwords).
    void setBusy(bool busy, const QString& status = QString());
    bool isBusy() const { return m_busy; }

signals:
    void signInRequested(const QString& path, const QString& user, const QString& password);
    void createDatabaseRequested();
    // "Forgot the password? Use the recovery code".
    void recoveryRequested(const QString& path, const QString& user);
    void cancelRequested();

private:
    void browse();
    void submit();
    void updateButton();

    QComboBox* m_path = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_forgot = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    bool m_busy = false;

public:
    void setCreateAvailable(bool available);
};

} // namespace folja::ui
