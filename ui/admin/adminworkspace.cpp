#include "admin/adminworkspace.h"

#include "admin/accountswidget.h"
#include "admin/catalogwidget.h"
#include "admin/microdatawidget.h"
#include "admin/movearendenwidget.h"
#include "admin/settingswidget.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace folja::ui {

AdminWorkspace::AdminWorkspace(access::Session& session, catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("adminWorkspace"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("adminPages"));
    m_accounts = new AccountsWidget(session, catalog, m_pages);
    m_move = new MoveArendenWidget(session, catalog, m_pages);
    m_catalogue = new CatalogWidget(session, catalog, m_pages);
    m_settings = new SettingsWidget(session, m_pages);
    m_microdata = new MicrodataWidget(session, catalog, m_pages);
    m_pages->addTab(m_accounts, tr("Accounts and roles"));
    m_pages->addTab(m_move, tr("Move cases"));
    m_pages->addTab(m_catalogue, tr("Catalogue"));
    m_pages->addTab(m_settings, tr("Settings and gallring"));
    m_pages->addTab(m_microdata, tr("Microdata"));
    layout->addWidget(m_pages);

    connect(m_accounts, &AccountsWidget::accountsChanged, m_move, &MoveArendenWidget::reload);
    connect(m_move, &MoveArendenWidget::arendenMoved, this, &AdminWorkspace::arendenChanged);
    connect(m_settings, &SettingsWidget::arendenRemoved, this, [this] {
        m_move->reload();
        emit arendenChanged();
    });
    connect(m_catalogue, &CatalogWidget::catalogueChanged, this, &AdminWorkspace::catalogueChanged);
}

AdminWorkspace::~AdminWorkspace() = default;

} // namespace folja::ui
