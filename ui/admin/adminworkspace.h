#pragma once

#include <QWidget>

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// The administratör's screen: accounts and roles, moving ärenden, catalogue customisation,
// settings and gallring. It talks to core/access only.
class AdminWorkspace : public QWidget
{
    Q_OBJECT

public:
    AdminWorkspace(access::Session& session, catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~AdminWorkspace() override;

private:
    access::Session& m_session;
    catalog::Catalog& m_catalog;
};

} // namespace folja::ui
