#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace folja::ui {

// Shown instead of everything else when an idle session has locked: the database is closed and
// only the signed-in user's password opens it again.
class LockWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LockWidget(QWidget* parent = nullptr);

    void setUser(const QString& user);
    void showError(const QString& message);
    void reset();
    // While the lock or the unlock runs on a worker: what is happening, a busy bar, no input.
    void setBusy(bool busy, const QString& what = {});
    bool isBusy() const { return m_busy; }

signals:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    QLabel* m_title = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_signOut = nullptr;
    bool m_busy = false;
};

} // namespace folja::ui
