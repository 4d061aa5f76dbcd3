#include "exchange/exchangemenu.h"

#include "access/session.h"
#include "exchange/exchangedialogs.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace folja::ui {

ExchangeMenu::ExchangeMenu(QMainWindow* window, const catalog::Catalog& catalog)
    : QObject(window)
    , m_window(window)
    , m_catalog(catalog)
{
    m_menu = new QMenu(tr("E&xchange"), window);
    m_menu->setObjectName(QStringLiteral("exchangeMenu"));
    m_send = m_menu->addAction(tr("&Send my cases…"), this, &ExchangeMenu::openSend);
    m_send->setObjectName(QStringLiteral("sendPackageAction"));
    m_receive = m_menu->addAction(tr("&Receive package…"), this, &ExchangeMenu::openReceive);
    m_receive->setObjectName(QStringLiteral("receivePackageAction"));
    // Before the Help menu, when there is one.
    const QList<QAction*> actions = window->menuBar()->actions();
    window->menuBar()->insertMenu(actions.size() > 1 ? actions.last() : nullptr, m_menu);
    setSession(nullptr);
}

void ExchangeMenu::setSession(access::Session* session)
{
    m_session = session;
    const bool handlaggare = session && session->hasRole(access::Role::Handlaggare);
    const bool admin = session && session->hasRole(access::Role::Administrator);
    m_send->setVisible(handlaggare);
    m_receive->setVisible(admin || handlaggare);
    m_menu->menuAction()->setVisible(handlaggare || admin);
}

void ExchangeMenu::openSend()
{
    if (!m_session || m_session->isLocked())
        return;
    SendPackageDialog dialog(*m_session, m_catalog, m_window);
    dialog.exec();
}

void ExchangeMenu::openReceive()
{
    if (!m_session || m_session->isLocked())
        return;
    ReceivePackageDialog dialog(*m_session, m_catalog, m_window);
    connect(&dialog, &ReceivePackageDialog::received, this, &ExchangeMenu::arendenChanged);
    dialog.exec();
}

} // namespace folja::ui
