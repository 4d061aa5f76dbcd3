#pragma once

#include "catalog/catalog.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;

namespace folja::access {
class Session;
}

namespace folja::ui {

class IdleWatcher;
class LockWidget;
class SignInWidget;

// The host window. It owns the session and switches between sign-in, the lock screen and the
// workspace; each screen is its own widget and talks to core/access itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SignInWidget* signInWidget() const { return m_signIn; }
    access::Session* session() const { return m_session.get(); }
    QTabWidget* workspace() const { return m_workspace; }

    // Signs in directly (the sign-in widget calls this too). Returns false and shows the error.
    bool signIn(const QString& path, const QString& user, const QString& password);
    void lockNow();
    void signOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void catalogueChanged();
    void buildWorkspace();
    void unlock(const QString& password);
    void rememberRecent(const QString& path);

    QStackedWidget* m_stack = nullptr;
    SignInWidget* m_signIn = nullptr;
    LockWidget* m_lock = nullptr;
    QTabWidget* m_workspace = nullptr;
    IdleWatcher* m_idle = nullptr;
    std::unique_ptr<access::Session> m_session;
    catalog::Catalog m_catalog;
};

} // namespace folja::ui
