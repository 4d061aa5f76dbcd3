#pragma once

#include <QWidget>

class QTabWidget;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class AccountsWidget;
class CatalogWidget;
class MicrodataWidget;
class MoveArendenWidget;
class SettingsWidget;

// The administratör's screen: accounts and roles, moving ärenden, catalogue customisation,
// settings and gallring, pseudonymised microdata, each a page of its own. It talks to core/access only, and core/access
// refuses every action to a session without the administratör role.
class AdminWorkspace : public QWidget
{
    Q_OBJECT

public:
    AdminWorkspace(access::Session& session, catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~AdminWorkspace() override;

    AccountsWidget* accounts() const { return m_accounts; }
    MoveArendenWidget* moveArenden() const { return m_move; }
    CatalogWidget* catalogue() const { return m_catalogue; }
    SettingsWidget* settings() const { return m_settings; }
    MicrodataWidget* microdata() const { return m_microdata; }
    QTabWidget* pages() const { return m_pages; }
    // The catalogue every screen of this window shares (customised at sign-in).
    const catalog::Catalog& catalog() const { return m_catalog; }

signals:
    // The shared catalogue was customised (other screens may rebuild what they show from it).
    void catalogueChanged();
    // Ärenden changed owner or were removed by gallring (lists may need a reload).
    void arendenChanged();

private:
    const catalog::Catalog& m_catalog;
    QTabWidget* m_pages = nullptr;
    AccountsWidget* m_accounts = nullptr;
    MoveArendenWidget* m_move = nullptr;
    CatalogWidget* m_catalogue = nullptr;
    SettingsWidget* m_settings = nullptr;
    MicrodataWidget* m_microdata = nullptr;
};

} // namespace folja::ui
