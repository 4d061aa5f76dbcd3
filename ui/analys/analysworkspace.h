#pragma once

#include <QWidget>

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

// The analytiker's workspace: query builder, cross-tab table, charts, export and saved analyses.
// Aggregates only, in publicering mode unless the analytiker explicitly opts in to intern analys.
class AnalysWorkspace : public QWidget
{
    Q_OBJECT

public:
    AnalysWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);
    ~AnalysWorkspace() override;

private:
    access::Session& m_session;
    const catalog::Catalog& m_catalog;
};

} // namespace folja::ui
