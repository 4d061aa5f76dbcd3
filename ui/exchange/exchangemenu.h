#pragma once

// The main window's "Exchange" menu (issue 13): "Send my cases…" for a handläggare, "Receive
// package…" for an administratör (a handläggare may receive a package of their own ärenden too,
// as the core rules allow). The host window only installs it and tells it the session.

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ExchangeMenu : public QObject
{
    Q_OBJECT

public:
    ExchangeMenu(QMainWindow* window, const catalog::Catalog& catalog);

    // The signed-in session, or null (signed out, locked): the actions follow its roles.
    void setSession(access::Session* session);

    QAction* sendAction() const { return m_send; }
    QAction* receiveAction() const { return m_receive; }

signals:
    // A package was received: the ärende lists should reload.
    void arendenChanged();

private:
    void openSend();
    void openReceive();

    QMainWindow* m_window;
    const catalog::Catalog& m_catalog;
    access::Session* m_session = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_send = nullptr;
    QAction* m_receive = nullptr;
};

} // namespace folja::ui
