#pragma once

#include "catalog/catalog.h"
#include "common/result.h"

#include <QFuture>
#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QTabWidget;

namespace folja::access {
class Session;
}

namespace folja::ui {

class ExchangeMenu;
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

    // Signs in and waits for it (the creation wizard, tests). Returns false and shows the error.
    bool signIn(const QString& path, const QString& user, const QString& password);
    // Signs in on a worker thread (the sign-in widget's button): the key derivation and the
    // quick_check never freeze the window; the sign-in screen shows that it is verifying, takes no
    // other input meanwhile and can cancel.
    void beginSignIn(const QString& path, const QString& user, const QString& password);
    // Shows the lock screen at once; the lock itself (writing the analysis cache, closing the
    // database) runs on a worker, after any work that holds the session.
    void lockNow();
    void signOut();
    // Whether a sign-in, lock or unlock is still running on a worker.
    bool isBusy() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void catalogueChanged();
    void buildWorkspace();
    void unlock(const QString& password);
    bool finishSignIn(const QString& path, Result<std::unique_ptr<access::Session>> session, bool stepwise);
    void cancelSignIn();
    void startLock();
    void sessionReturned(const access::Session* session);
    void updateWorkspaceEnabled();
    void rememberRecent(const QString& path);
    void openRecovery(const QString& path, const QString& user);
    void showFailedSignIns();

    QStackedWidget* m_stack = nullptr;
    SignInWidget* m_signIn = nullptr;
    LockWidget* m_lock = nullptr;
    QTabWidget* m_workspace = nullptr;
    IdleWatcher* m_idle = nullptr;
    ExchangeMenu* m_exchange = nullptr;
    std::unique_ptr<access::Session> m_session;
    catalog::Catalog m_catalog;
    QFuture<void> m_signInWork;
    struct SignInAttempt;
    std::shared_ptr<SignInAttempt> m_attempt; // the sign-in running on a worker
    bool m_signingIn = false;
    bool m_locking = false;      // the lock screen shows; the lock has not finished yet
    bool m_lockDeferred = false; // waiting for work that holds the session
    bool m_unlocking = false;
};

} // namespace folja::ui
