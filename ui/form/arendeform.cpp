#include "form/arendeform.h"

#include "domain/draftjson.h"
#include "form/answer.h"
#include "form/fieldrow.h"
#include "form/issuespanel.h"
#include "form/personsection.h"
#include "form/recordeditors.h"
#include "form/rowregistry.h"
#include "form/steplist.h"
#include "widgets/splittermemory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace folja::ui {

using form::Answer;
using form::FieldKey;
using form::FieldRow;
using form::InsatsEditor;
using form::IssuesPanel;

namespace {

constexpr int kDraftFormat = 1;

FieldKey keyOf(const domain::Issue& issue)
{
    return FieldKey{issue.variable, issue.insats, issue.uppfoljning};
}

bool isEmpty(const Answer& answer)
{
    return answer.codes.isEmpty() && !answer.date.isValid();
}

} // namespace

ArendeForm::ArendeForm(QWidget* parent)
    : QWidget(parent)
    , m_rows(new form::RowRegistry(this))
{
    setObjectName(QStringLiteral("arendeForm"));
    buildSkeleton();
    connect(m_rows, &form::RowRegistry::answerChanged, this, &ArendeForm::onAnswerChanged);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Save, [this] { requestSave(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { requestSave(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { requestSave(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { addInsats(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_U), [this] { addUppfoljning(-1); });
    shortcut(QKeySequence(Qt::Key_F1), [this] { showHelp(); });

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && isAncestorOf(now))
            updateHelp(now);
    });
    setArende({}, {});
}

ArendeForm::~ArendeForm() = default;

void ArendeForm::setCatalog(const catalog::Catalog* catalog)
{
    m_catalog = catalog;
    m_personSection->setCatalog(catalog);
    setArende(m_arende, m_person);
}

void ArendeForm::setOrganisation(const QStringList& malgrupper, const QStringList& enheter)
{
    m_usedMalgrupper = malgrupper;
    m_enheter = enheter;
    loadMalgruppCombo();
    loadEnhetCombo();
    updateTabOrder();
}

void ArendeForm::setArende(const domain::Arende& arende, const domain::Person& person)
{
    m_arende = arende;
    m_person = person;
    m_loadedArende = arende;
    m_personSection->setPerson(person, person.id == domain::kNoId);
    m_personSection->setReferenceDate(arende.aktualiseringDatum);
    loadMalgruppCombo();
    loadEnhetCombo();
    rebuildBody();
    m_baseline = stateBytes();
    m_lastState = m_baseline;
    refresh();
}

domain::Arende ArendeForm::arende() const
{
    return m_arende;
}

domain::Person ArendeForm::person() const
{
    return m_personSection->applyTo(m_person);
}

QList<domain::Issue> ArendeForm::issues() const
{
    QList<domain::Issue> out;
    if (const auto personIssue = m_personSection->issue())
        out.append(*personIssue);
    for (FieldRow* row : m_rows->rows()) {
        if (row->hasUnacceptableInput())
            out.append({domain::Severity::Fel, row->key().code, row->key().insats, row->key().uppfoljning,
                        tr("%1: enter a real date as YYYY-MM-DD.").arg(row->variable().label)});
    }
    if (m_catalog)
        out.append(domain::validate(m_arende, *m_catalog, today()));
    return out;
}

QByteArray ArendeForm::draftState() const
{
    const QJsonObject draft{
        {QStringLiteral("format"), kDraftFormat},
        {QStringLiteral("arende"), domain::toJson(m_arende)},
        {QStringLiteral("person"), domain::toJson(m_person)},
        {QStringLiteral("personIdText"), m_personSection->personIdText()},
        // Kön and age entered by hand where the Person-ID gives none.
        {QStringLiteral("enteredKon"), m_personSection->enteredKon()},
        {QStringLiteral("enteredAlder"), m_personSection->enteredAlder()},
    };
    return QJsonDocument(draft).toJson(QJsonDocument::Compact);
}

bool ArendeForm::restoreDraft(const QByteArray& state)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(state, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject draft = doc.object();
    domain::Arende arende;
    domain::Person person;
    if (draft.value(QStringLiteral("format")).toInt() != kDraftFormat ||
        !domain::fromJson(draft.value(QStringLiteral("arende")).toObject(), arende) ||
        !domain::fromJson(draft.value(QStringLiteral("person")).toObject(), person))
        return false;
    m_arende = arende;
    m_person = person;
    m_personSection->setPerson(person, person.id == domain::kNoId);
    m_personSection->setPersonIdText(draft.value(QStringLiteral("personIdText")).toString());
    if (draft.contains(QStringLiteral("enteredAlder")))
        m_personSection->setEntered(draft.value(QStringLiteral("enteredKon")).toString(),
                                    draft.value(QStringLiteral("enteredAlder")).toInt(-1));
    m_personSection->setReferenceDate(arende.aktualiseringDatum);
    loadMalgruppCombo();
    loadEnhetCombo();
    rebuildBody();
    refresh();
    return true;
}

void ArendeForm::showRevealedPersonId(const QString& personId)
{
    m_personSection->showRevealedPersonId(personId);
}

void ArendeForm::setToday(QDate value)
{
    m_today = value;
    refresh();
}

QDate ArendeForm::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ArendeForm::onMalgruppChosen()
{
    const QString code = m_malgrupp->currentData().toString();
    if (code == m_arende.malgrupp)
        return;
    // Answers that the new målgrupp does not offer are kept and flagged as fel, never dropped.
    m_arende.malgrupp = code;
    rebuildBody();
    refresh();
    m_malgrupp->setFocus(Qt::OtherFocusReason);
}

void ArendeForm::onAnswerChanged(const FieldKey& key, const Answer& answer)
{
    form::applyAnswer(m_arende, m_person, key, answer);
    if (key.code == u"insats" && key.insats >= 0 && key.insats < m_arende.insatser.size()) {
        domain::Insats& insats = m_arende.insatser[key.insats];
        // Record the catalogue version the code was chosen from; going back to the stored code
        // restores the stored version, so an undone edit leaves no trace.
        const bool stored = key.insats < m_loadedArende.insatser.size() &&
                            m_loadedArende.insatser.at(key.insats).id == insats.id &&
                            m_loadedArende.insatser.at(key.insats).ksi == insats.ksi;
        insats.catalogVersion = stored                 ? m_loadedArende.insatser.at(key.insats).catalogVersion
                                : insats.ksi.isEmpty() ? QString()
                                                       : m_catalog->version();
        if (key.insats < m_insatsEditors.size())
            m_insatsEditors.at(key.insats)->setTitleCode(insats.ksi);
    }
    if (key.code == u"aktualisering_datum" && key.insats < 0)
        m_personSection->setReferenceDate(answer.date);
    refresh();
}

void ArendeForm::addInsats()
{
    if (!m_insatsLayout) {
        m_saveStatus->setText(tr("Choose the target group before adding an insats."));
        m_malgrupp->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_arende.insatser.append(domain::Insats());
    rebuildInsatser();
    refresh();
    focusField(FieldKey{QStringLiteral("insats"), static_cast<int>(m_arende.insatser.size() - 1), -1}.id());
}

void ArendeForm::addUppfoljning(int insats)
{
    if (insats < 0) {
        QWidget* focus = QApplication::focusWidget();
        for (InsatsEditor* editor : std::as_const(m_insatsEditors)) {
            if (focus && editor->isAncestorOf(focus))
                insats = editor->index();
        }
        if (insats < 0)
            insats = static_cast<int>(m_arende.insatser.size() - 1);
    }
    if (insats < 0 || insats >= m_arende.insatser.size()) {
        m_saveStatus->setText(tr("Add an insats first: follow-ups belong to an insats."));
        return;
    }
    QList<domain::Uppfoljning>& list = m_arende.insatser[insats].uppfoljningar;
    list.append(domain::Uppfoljning());
    rebuildInsatser();
    refresh();
    focusField(FieldKey{QStringLiteral("uppfoljning_datum"), insats, static_cast<int>(list.size() - 1)}.id());
}

void ArendeForm::removeInsats(int index)
{
    if (index < 0 || index >= m_arende.insatser.size())
        return;
    m_arende.insatser.removeAt(index);
    rebuildInsatser();
    refresh();
    if (m_addInsats)
        m_addInsats->setFocus(Qt::OtherFocusReason);
}

void ArendeForm::removeUppfoljning(int insats, int index)
{
    if (insats < 0 || insats >= m_arende.insatser.size())
        return;
    QList<domain::Uppfoljning>& list = m_arende.insatser[insats].uppfoljningar;
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    rebuildInsatser();
    refresh();
    if (insats < m_insatsEditors.size() && m_insatsEditors.at(insats)->addUppfoljningButton())
        m_insatsEditors.at(insats)->addUppfoljningButton()->setFocus(Qt::OtherFocusReason);
}

void ArendeForm::refresh()
{
    m_issues = issues();

    // Inline: each question shows the issues about it.
    QHash<QString, QList<domain::Issue>> byField;
    for (const domain::Issue& issue : std::as_const(m_issues))
        byField[keyOf(issue).id()].append(issue);
    for (FieldRow* row : m_rows->rows()) {
        row->setIssues(byField.value(row->key().id()));
        const catalog::Variable& variable = row->variable();
        if (variable.condition) {
            QStringList asked;
            for (const QString& code : variable.condition->variables) {
                if (const catalog::Variable* v = m_catalog->variable(code))
                    asked << v->label;
            }
            QStringList values;
            for (const QString& code : variable.condition->values) {
                for (const QString& var : variable.condition->variables) {
                    const catalog::Value* value = m_catalog->value(var, code);
                    if (value && !values.contains(value->label))
                        values << value->label;
                }
            }
            row->setConditionMet(form::conditionMet(variable, m_arende, m_person, row->key()),
                                 tr("Asked only when %1 is %2.").arg(asked.join(tr(" or ")), values.join(tr(" or "))));
        }
    }

    // Summary: fel first, then other varningar, then what is still missing (bortfall).
    QList<IssuesPanel::Entry> entries;
    for (const domain::Issue& issue : std::as_const(m_issues)) {
        const FieldKey key = keyOf(issue);
        IssuesPanel::Kind kind = IssuesPanel::Kind::Fel;
        if (issue.severity == domain::Severity::Varning)
            kind = isEmpty(form::answerOf(m_arende, m_person, key)) ? IssuesPanel::Kind::Missing
                                                                    : IssuesPanel::Kind::Varning;
        QString text = issue.message;
        if (issue.uppfoljning >= 0)
            text = tr("Insats %1, follow-up %2: %3").arg(issue.insats + 1).arg(issue.uppfoljning + 1).arg(text);
        else if (issue.insats >= 0)
            text = tr("Insats %1: %2").arg(issue.insats + 1).arg(text);
        entries.append({kind, text, key.id()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const IssuesPanel::Entry& a, const IssuesPanel::Entry& b) { return a.kind < b.kind; });
    m_issuesPanel->setEntries(entries);

    updateSaveState();
    updateStepList();

    QByteArray state = stateBytes();
    const bool modified = state != m_baseline;
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(m_modified);
    }
    if (state != m_lastState) {
        m_lastState = std::move(state);
        emit edited();
    }
}

void ArendeForm::updateSaveState()
{
    const int fel = m_issuesPanel->entryCount(IssuesPanel::Kind::Fel);
    const int missing = m_issuesPanel->entryCount(IssuesPanel::Kind::Missing);
    m_save->setEnabled(fel == 0);
    const QStyle::StandardPixmap icon = fel > 0 ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton;
    m_save->setIcon(style()->standardIcon(icon, nullptr, this));
    if (fel > 0) {
        m_saveStatus->setText(tr("Cannot save yet: %n error(s) to correct.", nullptr, fel));
        m_save->setToolTip(m_saveStatus->text());
    } else {
        m_saveStatus->setText(missing > 0 ? tr("Can be saved; %n answer(s) still missing.", nullptr, missing)
                                          : tr("Ready to save."));
        m_save->setToolTip(tr("Save the ärende (Ctrl+S or Ctrl+Enter)"));
        // In a host dialog, Enter is handled by the form (save, or press the focused button); no
        // button may become the dialog's default behind the user's back.
        m_cancel->setAutoDefault(false);
        m_save->setAutoDefault(false);
    }
}

void ArendeForm::updateStepList()
{
    QList<catalog::Step> available;
    for (auto it = m_stepAnchors.cbegin(); it != m_stepAnchors.cend(); ++it) {
        if (it.value())
            available.append(it.key());
    }
    m_steps->update(m_catalog, m_issues, available);
}

void ArendeForm::focusField(const QString& fieldId)
{
    QWidget* target = nullptr;
    if (fieldId == u"malgrupp")
        target = m_malgrupp;
    else if (fieldId == u"person_id")
        target = m_personSection->personIdField();
    else if (FieldRow* row = m_rows->row(fieldId))
        target = row->focusTarget();
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(target);
}

void ArendeForm::requestSave()
{
    refresh();
    if (domain::hasBlocking(m_issues)) {
        // Say why instead of failing silently; the summary lists each fel.
        m_saveStatus->setText(tr("Not saved: %n error(s) must be corrected first.", nullptr,
                                 m_issuesPanel->entryCount(IssuesPanel::Kind::Fel)));
        return;
    }
    emit saveRequested();
}

void ArendeForm::focusFirstInput()
{
    m_malgrupp->setFocus(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
}

void ArendeForm::showHelp()
{
    m_helpBox->setVisible(true);
    updateHelp(QApplication::focusWidget());
}

void ArendeForm::updateHelp(QWidget* focus)
{
    for (QWidget* w = focus; w && w != this; w = w->parentWidget()) {
        if (auto* row = qobject_cast<FieldRow*>(w)) {
            const catalog::Variable& v = row->variable();
            QString text = v.label;
            if (!v.help.isEmpty())
                text += QStringLiteral("\n\n") + v.help;
            if (!v.note.isEmpty())
                text += QStringLiteral("\n\n") + v.note;
            m_help->setText(text);
            return;
        }
    }
    if (focus && !focus->toolTip().isEmpty())
        m_help->setText(focus->accessibleName() + QStringLiteral("\n\n") + focus->toolTip());
}

void ArendeForm::keyPressEvent(QKeyEvent* event)
{
    // Children that do not use a key pass it up here: Esc cancels and Enter saves, as in a dialog.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit cancelRequested();
        event->accept();
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        // On a button, Enter presses that button, as users expect; elsewhere it saves.
        if (auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget()); button && isAncestorOf(button))
            button->click();
        else
            requestSave();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ArendeForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const auto combo = key->keyCombination();
        if (combo == QKeyCombination(Qt::CTRL, Qt::Key_U) || combo == QKeyCombination(Qt::CTRL, Qt::Key_I)) {
            key->ignore();
            return true; // not claimed by the child: the form's shortcut runs
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray ArendeForm::stateBytes() const
{
    // What "modified" compares: the records, the raw Person-ID text of a new person, and date text
    // that is not (yet) a date, so typing into any field counts even before it parses.
    QJsonArray rawDates;
    for (FieldRow* row : m_rows->rows()) {
        if (row->hasUnacceptableInput())
            rawDates.append(row->key().id());
    }
    const QJsonObject state{
        {QStringLiteral("arende"), domain::toJson(m_arende)},
        {QStringLiteral("person"), domain::toJson(person())},
        {QStringLiteral("personIdText"), m_personSection->personIdText()},
        {QStringLiteral("rawDates"), rawDates},
    };
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

} // namespace folja::ui
