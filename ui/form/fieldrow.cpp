#include "form/fieldrow.h"

#include "form/choicewidgets.h"
#include "form/insatspicker.h"
#include "widgets/datefield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace folja::ui::form {

namespace {

// A missing answer is listed in the summary panel only; repeating "missing" under every empty
// question of a new ärende would make the form shout at the user before they have started.
bool isBortfall(const domain::Issue& issue, const Answer& answer)
{
    return issue.severity == domain::Severity::Varning && answer.codes.isEmpty() && !answer.date.isValid();
}

} // namespace

FieldRow::FieldRow(const catalog::Catalog& catalog, const catalog::Variable& variable, catalog::Malgrupp malgrupp,
                   const FieldKey& key, QWidget* parent)
    : QWidget(parent)
    , m_variable(variable)
    , m_key(key)
{
    setObjectName(QStringLiteral("row_") + key.id());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(layout->spacing() / 2);

    m_label = new QLabel(variable.label, this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    layout->addWidget(m_label);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);

    m_input = createInput(catalog, malgrupp);
    m_input->setObjectName(QStringLiteral("field_") + key.id());
    // The KSI picker is laid out whole; its tree is the named input that holds the choices.
    layout->addWidget(m_insats ? static_cast<QWidget*>(m_insats) : m_input);

    QWidget* focus = focusTarget();
    m_label->setBuddy(focus);
    focus->setAccessibleName(variable.label);
    focus->setAccessibleDescription(variable.help);
    const QString help = variable.help.isEmpty() ? variable.label : variable.help;
    for (QWidget* w : {static_cast<QWidget*>(m_label), m_input, focus}) {
        w->setToolTip(help);
        w->setWhatsThis(help);
    }

    // Issues are shown as icon and text; colour alone would not reach everyone.
    m_issueBox = new QWidget(this);
    auto* issueLayout = new QHBoxLayout(m_issueBox);
    issueLayout->setContentsMargins(0, 0, 0, 0);
    m_issueIcon = new QLabel(m_issueBox);
    m_issueIcon->setAlignment(Qt::AlignTop);
    m_issueText = new QLabel(m_issueBox);
    m_issueText->setObjectName(QStringLiteral("issue_") + key.id());
    m_issueText->setWordWrap(true);
    m_issueText->setTextFormat(Qt::PlainText);
    issueLayout->addWidget(m_issueIcon);
    issueLayout->addWidget(m_issueText, 1);
    m_issueBox->setVisible(false);
    layout->addWidget(m_issueBox);

    if (variable.commentAllowed)
        setupComment();
}

QWidget* FieldRow::createInput(const catalog::Catalog& catalog, catalog::Malgrupp malgrupp)
{
    if (m_variable.type == catalog::DataType::Date) {
        m_date = new DateField(this);
        connect(m_date, &QLineEdit::textChanged, this, [this] {
            // DateField uses its tooltip for its own format hint and clears it once the date is
            // valid; the question's definition belongs there then.
            if (m_date->isAcceptable())
                m_date->setToolTip(m_variable.help.isEmpty() ? m_variable.label : m_variable.help);
            emitChanged();
        });
        return m_date;
    }
    if (m_variable.code == u"insats") {
        m_insats = new InsatsPicker(catalog, m_variable, malgrupp, this);
        m_insats->filterEdit()->setObjectName(QStringLiteral("insatsFilter_") + m_key.id().section(u'_', 1));
        connect(m_insats, &InsatsPicker::codeChanged, this, &FieldRow::emitChanged);
        return m_insats->tree();
    }
    const QList<const catalog::Value*> values = catalog.valuesFor(m_variable, malgrupp);
    if (m_variable.isMulti()) {
        m_list = new MultiChoiceList(m_variable, this);
        m_list->setValues(values);
        connect(m_list, &MultiChoiceList::codesChanged, this, &FieldRow::emitChanged);
        return m_list;
    }
    m_combo = new ChoiceCombo(m_variable, this);
    m_combo->setValues(values);
    connect(m_combo, &ChoiceCombo::codeChanged, this, &FieldRow::emitChanged);
    return m_combo;
}

void FieldRow::setupComment()
{
    m_commentToggle = new QToolButton(this);
    m_commentToggle->setObjectName(QStringLiteral("commentToggle_") + m_key.id());
    m_commentToggle->setCheckable(true);
    m_commentToggle->setAutoRaise(true);
    m_commentToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_commentToggle->setArrowType(Qt::RightArrow);
    m_commentToggle->setText(tr("Comment"));
    m_commentToggle->setAccessibleName(tr("Comment on %1").arg(m_variable.label));

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment_") + m_key.id());
    m_comment->setMaxLength(kCommentMaxLength);
    m_comment->setClearButtonEnabled(true);
    m_comment->setAccessibleName(tr("Comment on %1").arg(m_variable.label));
    m_comment->setPlaceholderText(tr("Short clarification, at most %1 characters").arg(kCommentMaxLength));

    m_commentReminder = new QLabel(tr("Do not write personal details in comments."), this);
    m_commentReminder->setWordWrap(true);
    QFont italic = m_commentReminder->font();
    italic.setItalic(true);
    m_commentReminder->setFont(italic);

    // The reminder sits next to the toggle, so it is read before anything is typed.
    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_commentToggle);
    toggleRow->addWidget(m_commentReminder, 1);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(toggleRow);
    layout->addWidget(m_comment);

    connect(m_commentToggle, &QToolButton::toggled, this, [this](bool on) {
        updateCommentVisibility();
        if (on)
            m_comment->setFocus(Qt::OtherFocusReason);
    });
    connect(m_comment, &QLineEdit::textChanged, this, &FieldRow::emitChanged);
    updateCommentVisibility();
}

void FieldRow::updateCommentVisibility()
{
    if (!m_comment)
        return;
    const bool open = m_commentToggle->isChecked() || !m_comment->text().isEmpty();
    m_commentToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_comment->setVisible(open);
}

Answer FieldRow::answer() const
{
    Answer out;
    if (m_date)
        out.date = m_date->date();
    else if (m_insats)
        out.codes = m_insats->code().isEmpty() ? QStringList() : QStringList{m_insats->code()};
    else if (m_list)
        out.codes = m_list->codes();
    else if (m_combo)
        out.codes = m_combo->code().isEmpty() ? QStringList() : QStringList{m_combo->code()};
    if (m_comment)
        out.comment = m_comment->text().trimmed();
    return out;
}

void FieldRow::setAnswer(const Answer& answer)
{
    m_updating = true;
    if (m_date && m_date->date() != answer.date)
        m_date->setDate(answer.date);
    if (m_insats)
        m_insats->setCode(answer.codes.value(0));
    if (m_list)
        m_list->setCodes(answer.codes);
    if (m_combo)
        m_combo->setCode(answer.codes.value(0));
    if (m_comment) {
        if (m_comment->text().trimmed() != answer.comment)
            m_comment->setText(answer.comment);
        m_commentToggle->setChecked(!answer.comment.isEmpty());
        updateCommentVisibility();
    }
    m_updating = false;
}

QWidget* FieldRow::focusTarget() const
{
    if (m_insats)
        return m_insats->filterEdit();
    return m_input;
}

QList<QWidget*> FieldRow::focusChain() const
{
    QList<QWidget*> out;
    if (m_insats)
        out << m_insats->filterEdit() << m_insats->tree();
    else
        out << m_input;
    if (m_comment)
        out << m_commentToggle << m_comment;
    return out;
}

bool FieldRow::hasUnacceptableInput() const
{
    return m_date && !m_date->isAcceptable();
}

void FieldRow::setIssues(const QList<domain::Issue>& issues)
{
    const Answer current = answer();
    QStringList lines;
    bool fel = false;
    for (const domain::Issue& issue : issues) {
        if (isBortfall(issue, current))
            continue;
        if (issue.severity == domain::Severity::Fel) {
            fel = true;
            lines << tr("Error: %1").arg(issue.message);
        } else {
            lines << tr("Warning: %1").arg(issue.message);
        }
    }
    m_issueBox->setVisible(!lines.isEmpty());
    // Screen readers hear the problem with the question, not only those who see the icon.
    QStringList description{m_variable.help};
    description << lines;
    focusTarget()->setAccessibleDescription(description.join(u'\n').trimmed());
    m_input->setProperty("issue", lines.isEmpty() ? QString()
                                  : fel           ? QStringLiteral("fel")
                                                  : QStringLiteral("varning"));
    if (lines.isEmpty()) {
        m_issueText->clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon =
        style()->standardIcon(fel ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, this);
    m_issueIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_issueText->setText(lines.join(u'\n'));
}

void FieldRow::setConditionMet(bool met, const QString& explanation)
{
    const Answer current = answer();
    const bool hasValue = !current.codes.isEmpty() || current.date.isValid();
    m_input->setEnabled(met || hasValue);
    if (m_insats)
        m_insats->filterEdit()->setEnabled(met || hasValue);
    m_hint->setText(explanation);
    m_hint->setVisible(!met && !explanation.isEmpty());
}

void FieldRow::emitChanged()
{
    updateCommentVisibility();
    if (!m_updating)
        emit answerChanged(m_key, answer());
}

} // namespace folja::ui::form
