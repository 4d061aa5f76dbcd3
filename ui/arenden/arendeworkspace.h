#pragma once

#include "arenden/arendedialog.h"
#include "domain/records.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

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
// core/ whatever this screen does. Unsaved changes kept after a crash (access::Drafts) are
// marked in the list and announced above it.
class ArendeWorkspace : public QWidget
{
    Q_OBJECT

public:
    ArendeWorkspace(access::Session& session, const catalog::Catalog& catalog, QWidget* parent = nullptr);

    void reload();
    MinaArendenWidget* list() const { return m_list; }
    // Opens the form for an existing ärende (id) or a new one (kNoId) in a window-modal dialog
    // and returns at once. Returns false if it could not be opened (the reason was shown).
    bool openArende(domain::Id id);
    // Opens the ärende listed with this ärendenummer (external id); false if not in the list.
    bool openArendeByNumber(const QString& number);
    // The open ärende dialog, if any.
    ArendeDialog* currentDialog() const { return m_dialog; }
    // Autosave delay of the crash-restore draft for dialogs opened from now on (tests shorten it).
    void setDraftDelay(int ms) { m_draftDelay = ms; }
    // Number of kept drafts announced above the list.
    int keptDrafts() const { return m_keptDrafts; }

private:
    void showError(const QString& message);
    void reloadDrafts();
    void openFirstDraft();

    access::Session& m_session;
    const catalog::Catalog& m_catalog;
    MinaArendenWidget* m_list = nullptr;
    QWidget* m_draftBanner = nullptr;
    QLabel* m_draftText = nullptr;
    QPushButton* m_openDraft = nullptr;
    QPointer<ArendeDialog> m_dialog;
    domain::Id m_firstDraft = domain::kNoId;
    int m_keptDrafts = 0;
    int m_draftDelay = -1;
};

} // namespace folja::ui
