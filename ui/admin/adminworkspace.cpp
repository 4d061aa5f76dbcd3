#include "admin/adminworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace folja::ui {

AdminWorkspace::AdminWorkspace(access::Session& session, catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("adminWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Administration"), this));
}

AdminWorkspace::~AdminWorkspace() = default;

} // namespace folja::ui
