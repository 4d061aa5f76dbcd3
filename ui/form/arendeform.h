#pragma once

// The ÄRENDE FORM: registering the follow-up variables of one ärende, generated from the variable
// catalogue and laid out by process step (Aktualisera → … → Avsluta). It edits a copy of the ärende
// and person; the host loads and saves them through core/access and decides what happens on
// saveRequested / cancelRequested. Validation comes from core/domain, valid answers from the
// catalogue: the form only arranges, shows and collects.

#include "catalog/catalog.h"
#include "domain/records.h"
#include "domain/validation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace folja::ui {

namespace form {
class FieldRow;
class InsatsEditor;
class IssuesPanel;
class PersonSection;
class RowRegistry;
class StepList;
struct Answer;
struct FieldKey;
} // namespace form

class ArendeForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArendeForm(QWidget* parent = nullptr);
    ~ArendeForm() override;

    // The catalogue must outlive the form (or be replaced before it is destroyed).
    void setCatalog(const catalog::Catalog* catalog);
    // What the kommun registers (access::Organisation): only these målgrupper are offered (empty =
    // all), and the enhet is chosen from these units (none = no enhet question). A value the
    // ärende already holds is always kept and shown. Call before setArende.
    void setOrganisation(const QStringList& malgrupper, const QStringList& enheter);
    // Loads an ärende; this state is what isModified() compares with. A person without an id is
    // new: their Person-ID is typed. An existing person's Person-ID is shown masked.
    void setArende(const domain::Arende& arende, const domain::Person& person);

    domain::Arende arende() const;
    domain::Person person() const;
    bool isModified() const { return m_modified; }
    // Everything domain::validate reports, plus what the form itself knows is wrong (an invalid
    // Person-ID, a date that is not a real date).
    QList<domain::Issue> issues() const;
    bool canSave() const { return !domain::hasBlocking(issues()); }

    // The edited state as JSON, for an encrypted crash-restore draft kept by the host. Contains
    // personal data; never write it anywhere unencrypted.
    QByteArray draftState() const;
    // Applies a draft on top of the loaded ärende; false if the data is not a draft of this form.
    bool restoreDraft(const QByteArray& state);

    // The full Person-ID of a registered person, after personIdRevealRequested() was audited.
    void showRevealedPersonId(const QString& personId);

    // The date validation treats as today (future dates are varningar); null = the system date.
    void setToday(QDate today);

public slots:
    // Emits saveRequested() unless a fel blocks saving; then it says why.
    void requestSave();
    void addInsats();
    // To the insats holding the keyboard focus, or the last one; -1 = decide from the focus.
    void addUppfoljning(int insats = -1);
    void showHelp();
    // Puts the keyboard focus on the first question (the målgrupp).
    void focusFirstInput();

signals:
    void modifiedChanged(bool modified);
    // Any change of the edited state (also one that undoes an earlier change), e.g. to autosave.
    void edited();
    void saveRequested();
    void cancelRequested();
    // The user asked to see an existing person's full Person-ID; the host audits this.
    void personIdRevealRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildSkeleton();
    QWidget* buildStepSection(catalog::Step step, QWidget* parent, QVBoxLayout* layout);
    void rebuildBody();
    void rebuildInsatser();
    void updateTabOrder();
    void loadMalgruppCombo();
    void loadEnhetCombo();
    void onMalgruppChosen();
    void onAnswerChanged(const form::FieldKey& key, const form::Answer& answer);
    void removeInsats(int index);
    void removeUppfoljning(int insats, int index);
    void refresh();
    void updateSaveState();
    void updateStepList();
    void focusField(const QString& fieldId);
    void updateHelp(QWidget* focus);
    QByteArray stateBytes() const;
    QDate today() const;

    const catalog::Catalog* m_catalog = nullptr;
    domain::Arende m_arende;
    domain::Person m_person;
    domain::Arende m_loadedArende;
    QByteArray m_baseline;
    QByteArray m_lastState; // for edited()
    bool m_modified = false;
    QDate m_today;
    QList<domain::Issue> m_issues;

    form::RowRegistry* m_rows = nullptr;
    QComboBox* m_malgrupp = nullptr;
    QWidget* m_enhetRow = nullptr;
    QComboBox* m_enhet = nullptr;
    QStringList m_usedMalgrupper;
    QStringList m_enheter;
    form::PersonSection* m_personSection = nullptr;
    form::StepList* m_steps = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QLabel* m_chooseMalgruppHint = nullptr;
    QWidget* m_body = nullptr;
    QMap<catalog::Step, QWidget*> m_stepAnchors;
    QList<QWidget*> m_bodyChain; // ärende-level questions, in visual order
    QList<QWidget*> m_tabChain;  // everything focusable, in visual order
    QWidget* m_insatsContainer = nullptr;
    QVBoxLayout* m_insatsLayout = nullptr;
    QList<form::InsatsEditor*> m_insatsEditors;
    QPushButton* m_addInsats = nullptr;
    form::IssuesPanel* m_issuesPanel = nullptr;
    QGroupBox* m_helpBox = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_saveStatus = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace folja::ui
