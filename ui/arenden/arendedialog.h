#pragma once

// The window around an open ärende form. It loads nothing itself: the workspace hands it the
// ärende, and it saves through access::ArendeService. It also keeps the crash-restore draft: a
// few seconds after each change (and at once when it is hidden, e.g. by the lock) the edited
// state goes into the encrypted database through access::Drafts; saving or discarding removes
// it. A draft found when the ärende is opened is offered for restoring before anything else.

#include "domain/records.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QPushButton;
class QTimer;

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class ArendeForm;

class ArendeDialog : public QDialog
{
    Q_OBJECT

public:
    // Milliseconds between the last change and the autosave of the draft.
    static constexpr int kDefaultDraftDelayMs = 3000;

    ArendeDialog(access::Session& session, const catalog::Catalog& catalog, const domain::Arende& arende,
                 const domain::Person& person, QWidget* parent = nullptr);
    ~ArendeDialog() override;

    ArendeForm* form() const { return m_form; }
    QString draftKey() const { return m_draftKey; }
    void setDraftDelay(int ms);
    // Looks for a kept draft of this ärende; if there is one, the form waits until the user
    // restores or discards it. Returns false (and says why) only when the database failed.
    bool offerDraft();
    bool hasPendingDraft() const { return m_pendingDraft; }
    // Writes the draft now (or removes it when nothing is changed).
    void flushDraft();
    void restoreDraft();
    void discardDraft();

    void reject() override;

signals:
    void saved(domain::Id id);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void save();
    void removeDraft();
    void showError(const QString& message);

    access::Session& m_session;
    domain::Arende m_loaded;
    QString m_draftKey;
    ArendeForm* m_form = nullptr;
    QWidget* m_draftBanner = nullptr;
    QLabel* m_draftText = nullptr;
    QPushButton* m_restore = nullptr;
    QTimer* m_draftTimer = nullptr;
    bool m_pendingDraft = false; // a kept draft waits for restore/discard
    bool m_closing = false;      // saved or discarded: nothing more to keep
};

} // namespace folja::ui
