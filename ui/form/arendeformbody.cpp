#include "domain/draftjson.h"
#include "form/answer.h"
#include "form/arendeform.h"
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

// Building the form: the skeleton (step list, person section, body, issues, help), the målgrupp
// and enhet choices, and the body's step sections for the chosen målgrupp with its insatser.

void ArendeForm::buildSkeleton()
{
    auto* outer = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // Left: the process steps, to move through a long form by keyboard or mouse.
    m_steps = new form::StepList(this);
    outer->addWidget(m_steps);
    outer->addWidget(splitter, 1);
    connect(m_steps, &form::StepList::stepShown, this, [this](catalog::Step step) {
        if (QWidget* anchor = m_stepAnchors.value(step))
            m_scroll->verticalScrollBar()->setValue(anchor->mapTo(m_content, QPoint()).y());
    });
    connect(m_steps, &form::StepList::stepEntered, this, [this](catalog::Step step) {
        QWidget* anchor = m_stepAnchors.value(step);
        if (!anchor)
            return;
        // Focus the first input after the step heading.
        const int top = anchor->mapTo(m_content, QPoint()).y();
        for (QWidget* w : std::as_const(m_tabChain)) {
            if (m_content->isAncestorOf(w) && w->isEnabled() && w->mapTo(m_content, QPoint()).y() >= top) {
                w->setFocus(Qt::TabFocusReason);
                m_scroll->ensureWidgetVisible(w);
                break;
            }
        }
    });

    // Middle: the questions, one scrolling column.
    auto* middle = new QWidget(splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(middle);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    middleLayout->addWidget(m_scroll, 1);

    // Who and which målgrupp come first: the målgrupp decides which answers can be chosen.
    auto* header = new QGroupBox(tr("Person and target group"), m_content);
    auto* headerLayout = new QVBoxLayout(header);
    auto* malgruppLabel = new QLabel(tr("Target group"), header);
    QFont bold = malgruppLabel->font();
    bold.setBold(true);
    malgruppLabel->setFont(bold);
    m_malgrupp = new QComboBox(header);
    m_malgrupp->setObjectName(QStringLiteral("malgruppCombo"));
    m_malgrupp->setAccessibleName(tr("Target group"));
    m_malgrupp->setToolTip(tr("The target group decides which answers the form offers."));
    malgruppLabel->setBuddy(m_malgrupp);
    headerLayout->addWidget(malgruppLabel);
    headerLayout->addWidget(m_malgrupp);
    m_enhetRow = new QWidget(header);
    auto* enhetLayout = new QVBoxLayout(m_enhetRow);
    enhetLayout->setContentsMargins(0, 0, 0, 0);
    auto* enhetLabel = new QLabel(tr("Unit"), m_enhetRow);
    enhetLabel->setFont(bold);
    m_enhet = new QComboBox(m_enhetRow);
    m_enhet->setObjectName(QStringLiteral("enhetCombo"));
    m_enhet->setAccessibleName(tr("Unit"));
    m_enhet->setToolTip(tr("The unit (enhet) responsible for the case; the statistics can be split by unit."));
    enhetLabel->setBuddy(m_enhet);
    enhetLayout->addWidget(enhetLabel);
    enhetLayout->addWidget(m_enhet);
    headerLayout->addWidget(m_enhetRow);
    m_enhetRow->hide();
    connect(m_enhet, &QComboBox::activated, this, [this] {
        m_arende.enhet = m_enhet->currentData().toString();
        refresh();
    });
    m_personSection = new form::PersonSection(header);
    headerLayout->addWidget(m_personSection);
    m_contentLayout->addWidget(header);
    connect(m_malgrupp, &QComboBox::activated, this, &ArendeForm::onMalgruppChosen);
    connect(m_personSection, &form::PersonSection::changed, this, &ArendeForm::refresh);
    connect(m_personSection, &form::PersonSection::revealRequested, this, &ArendeForm::personIdRevealRequested);

    m_chooseMalgruppHint =
        new QLabel(tr("Choose the target group first: it decides which answers can be chosen."), m_content);
    m_chooseMalgruppHint->setWordWrap(true);
    m_contentLayout->addWidget(m_chooseMalgruppHint);
    m_contentLayout->addStretch(1);

    // Bottom: why saving is (not) possible, and the two ways out.
    auto* buttons = new QHBoxLayout;
    m_saveStatus = new QLabel(middle);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), middle);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Close without saving (Esc)"));
    m_save = new QPushButton(tr("Save"), middle);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the ärende (Ctrl+S or Ctrl+Enter)"));
    // In a host dialog, Enter is handled by the form (save, or press the focused button); no
    // button may become the dialog's default behind the user's back.
    m_cancel->setAutoDefault(false);
    m_save->setAutoDefault(false);
    buttons->addWidget(m_saveStatus, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    middleLayout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ArendeForm::requestSave);
    connect(m_cancel, &QPushButton::clicked, this, &ArendeForm::cancelRequested);

    // Right: the summary of what is missing or wrong, and the help for the current question.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* issuesTitle = new QLabel(tr("Still to fill in / To correct"), right);
    issuesTitle->setFont(bold);
    rightLayout->addWidget(issuesTitle);
    m_issuesPanel = new IssuesPanel(right);
    issuesTitle->setBuddy(m_issuesPanel);
    rightLayout->addWidget(m_issuesPanel, 2);
    connect(m_issuesPanel, &IssuesPanel::fieldRequested, this, &ArendeForm::focusField);
    m_helpBox = new QGroupBox(tr("Help (F1)"), right);
    m_helpBox->setObjectName(QStringLiteral("helpPane"));
    auto* helpLayout = new QVBoxLayout(m_helpBox);
    auto* helpScroll = new QScrollArea(m_helpBox);
    helpScroll->setWidgetResizable(true);
    helpScroll->setFrameShape(QFrame::NoFrame);
    m_help = new QLabel(tr("Move to a question to see its definition here."), helpScroll);
    m_help->setObjectName(QStringLiteral("helpText"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    helpScroll->setWidget(m_help);
    helpLayout->addWidget(helpScroll, 1);
    rightLayout->addWidget(m_helpBox, 1);

    // Widths follow the font, so the columns keep their proportions at 200 % scaling.
    right->setMinimumWidth(30 * QFontMetrics(font()).averageCharWidth());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    rememberSplitter(splitter, QStringLiteral("arendeForm"));
}

void ArendeForm::loadMalgruppCombo()
{
    const QSignalBlocker blocker(m_malgrupp);
    m_malgrupp->clear();
    m_malgrupp->addItem(tr("– choose –"), QString());
    for (catalog::Malgrupp malgrupp : catalog::kAllMalgrupper) {
        if (!m_usedMalgrupper.isEmpty() && !m_usedMalgrupper.contains(catalog::malgruppCode(malgrupp)) &&
            m_arende.malgrupp != catalog::malgruppCode(malgrupp))
            continue;
        const QString label = m_catalog ? m_catalog->malgruppLabel(malgrupp) : catalog::malgruppCode(malgrupp);
        m_malgrupp->addItem(label, catalog::malgruppCode(malgrupp));
    }
    int index = m_malgrupp->findData(m_arende.malgrupp);
    if (index < 0) {
        m_malgrupp->addItem(tr("%1 (unknown target group)").arg(m_arende.malgrupp), m_arende.malgrupp);
        index = m_malgrupp->count() - 1;
    }
    m_malgrupp->setCurrentIndex(index);
}

void ArendeForm::loadEnhetCombo()
{
    const QSignalBlocker blocker(m_enhet);
    m_enhet->clear();
    m_enhet->addItem(tr("– none –"), QString());
    for (const QString& enhet : std::as_const(m_enheter))
        m_enhet->addItem(enhet, enhet);
    int index = m_enhet->findData(m_arende.enhet);
    if (index < 0) {
        m_enhet->addItem(m_arende.enhet, m_arende.enhet);
        index = m_enhet->count() - 1;
    }
    m_enhet->setCurrentIndex(index);
    m_enhetRow->setVisible(!m_enheter.isEmpty() || !m_arende.enhet.isEmpty());
}

QWidget* ArendeForm::buildStepSection(catalog::Step step, QWidget* parent, QVBoxLayout* layout)
{
    QList<const catalog::Variable*> questions;
    for (catalog::Level level : {catalog::Level::Person, catalog::Level::Arende}) {
        for (const catalog::Variable* variable : m_rows->questions(level)) {
            if (variable->step == step)
                questions.append(variable);
        }
    }
    // The ärende's own decision date ("beslut om insats eller ej") is catalogued with the insats,
    // but the ärende holds one too: it is the only date when no insats is granted.
    const catalog::Variable* beslut = m_catalog->variable(u"beslut_datum");
    if (step == catalog::Step::Besluta && beslut)
        questions.append(beslut);
    if (questions.isEmpty() && step != catalog::Step::Besluta)
        return nullptr;

    QLabel* heading = form::makeHeading(m_catalog->stepLabel(step), parent, 2);
    layout->addWidget(heading);
    for (const catalog::Variable* variable : std::as_const(questions)) {
        if (FieldRow* row = m_rows->create(*variable, FieldKey{variable->code, -1, -1}, parent)) {
            layout->addWidget(row);
            m_bodyChain << row->focusChain();
        }
    }
    return heading;
}

void ArendeForm::rebuildBody()
{
    m_insatsEditors.clear();
    m_stepAnchors.clear();
    m_bodyChain.clear();
    if (m_body) {
        m_rows->forget(m_body);
        m_contentLayout->removeWidget(m_body);
        m_body->hide();
        m_body->setParent(nullptr); // out of findChild's reach at once
        m_body->deleteLater();
    }
    m_body = nullptr;
    m_insatsContainer = nullptr;
    m_insatsLayout = nullptr;
    m_addInsats = nullptr;

    const auto malgrupp = catalog::malgruppFromCode(m_arende.malgrupp);
    m_chooseMalgruppHint->setVisible(!malgrupp);
    if (!m_catalog || !malgrupp) {
        updateStepList();
        updateTabOrder();
        return;
    }
    m_rows->setContext(m_catalog, *malgrupp, &m_arende, &m_person);

    m_body = new QWidget(m_content);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    for (catalog::Step step : {catalog::Step::Aktualisera, catalog::Step::Utreda, catalog::Step::Besluta}) {
        if (QWidget* anchor = buildStepSection(step, m_body, layout))
            m_stepAnchors.insert(step, anchor);
    }

    layout->addWidget(form::makeHeading(tr("Insatser"), m_body, 1));
    m_insatsContainer = new QWidget(m_body);
    m_insatsLayout = new QVBoxLayout(m_insatsContainer);
    m_insatsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_insatsContainer);
    m_addInsats = new QPushButton(tr("Add insats (Ctrl+I)"), m_body);
    m_addInsats->setObjectName(QStringLiteral("addInsatsButton"));
    m_addInsats->setAutoDefault(false);
    connect(m_addInsats, &QPushButton::clicked, this, &ArendeForm::addInsats);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addInsats);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    // Before the stretch at the end of the content.
    m_contentLayout->insertWidget(m_contentLayout->count() - 1, m_body);
    rebuildInsatser();
}

void ArendeForm::rebuildInsatser()
{
    if (!m_insatsLayout)
        return;
    // The request to rebuild may come from a button inside an old card: delete the cards later,
    // once that button's signal has returned.
    for (InsatsEditor* editor : std::as_const(m_insatsEditors)) {
        m_rows->forget(editor);
        m_insatsLayout->removeWidget(editor);
        editor->hide();
        editor->setParent(nullptr); // out of findChild's reach at once
        editor->deleteLater();
    }
    m_insatsEditors.clear();
    for (int i = 0; i < m_arende.insatser.size(); ++i) {
        auto* editor = new InsatsEditor(*m_rows, *m_catalog, m_arende.insatser.at(i), i, m_insatsContainer);
        m_insatsLayout->addWidget(editor);
        m_insatsEditors.append(editor);
        connect(editor, &InsatsEditor::removeRequested, this, &ArendeForm::removeInsats);
        connect(editor, &InsatsEditor::addUppfoljningRequested, this, &ArendeForm::addUppfoljning);
        connect(editor, &InsatsEditor::removeUppfoljningRequested, this, &ArendeForm::removeUppfoljning);
    }
    // The later steps live inside the insats cards; the step list jumps to the first card.
    for (catalog::Step step : {catalog::Step::Genomfora, catalog::Step::FoljaUpp, catalog::Step::Avsluta}) {
        QWidget* anchor = m_insatsEditors.isEmpty() ? nullptr : m_insatsEditors.constFirst()->stepAnchor(step);
        m_stepAnchors.insert(step, anchor ? anchor : m_insatsContainer);
    }
    updateStepList();
    updateTabOrder();
}

void ArendeForm::updateTabOrder()
{
    // Rebuilt sections are created after the buttons; without an explicit chain Tab would jump
    // from the middle of the form to Save.
    QList<QWidget*> chain{m_steps, m_malgrupp};
    if (!m_enhetRow->isHidden())
        chain << m_enhet;
    chain << m_personSection->focusChain() << m_bodyChain;
    for (InsatsEditor* editor : std::as_const(m_insatsEditors))
        chain << editor->focusChain();
    if (m_addInsats)
        chain << m_addInsats;
    chain << m_cancel << m_save << m_issuesPanel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    m_tabChain = chain;
    // Line edits claim Ctrl+U (delete line) for themselves; the form's shortcuts must win.
    for (QWidget* w : std::as_const(chain))
        w->installEventFilter(this);
}

} // namespace folja::ui
