#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

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

signals:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    QLabel* m_title = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace folja::ui
