#pragma once

#include "domain/records.h"

#include <QWidget>

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class MinaArendenWidget;

// The handläggare's daily screen: Mina ärenden, and an ärende opened in the generated form.
// All reads and writes go through access::ArendeService, so ownership and audit are enforced in
// core/ whatever this screen does.
class ArendeWorkspace : public QWidget
{
    Q_OBJECT

public:
    ArendeWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    void reload();
    MinaArendenWidget* list() const { return m_list; }
    // Opens the form for an existing ärende (id) or a new one (kNoId). Returns false if it could
    // not be opened (the reason was shown).
    bool openArende(domain::Id id);
    // Opens the ärende listed with this ärendenummer (external id); false if not in the list.
    bool openArendeByNumber(const QString& number);

private:
    void showError(const QString& message);

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    MinaArendenWidget* m_list = nullptr;
};

} // namespace folja::ui
