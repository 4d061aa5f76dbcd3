#include "analys/analysworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace folja::ui {

AnalysWorkspace::AnalysWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("analysWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Analysis"), this));
}

AnalysWorkspace::~AnalysWorkspace() = default;

} // namespace folja::ui
