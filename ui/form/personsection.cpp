#include "form/personsection.h"

#include "identity/age.h"
#include "identity/personid.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>
#include <memory>

namespace folja::ui::form {

namespace {

bool isTwelveDigits(const QString& text)
{
    if (text.size() != 12)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QLabel* fieldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

PersonSection::PersonSection(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_personIdLabel = fieldLabel(tr("Person-ID"), this);
    m_personId = new QLineEdit(this);
    m_personId->setObjectName(QStringLiteral("personIdField"));
    m_personId->setPlaceholderText(tr("YYYYMMDD-NNNN"));
    m_personId->setMaxLength(20);
    m_personId->setAccessibleName(tr("Person-ID"));
    m_personIdLabel->setBuddy(m_personId);
    m_personId->installEventFilter(this);
    m_reveal = new QPushButton(tr("Show"), this);
    m_reveal->setObjectName(QStringLiteral("revealPersonIdButton"));
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    m_reveal->setToolTip(tr("Show the full Person-ID. This is recorded in the audit log."));
    m_reveal->setAccessibleName(tr("Show the full Person-ID"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("personIdMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_konLabel = fieldLabel(tr("Legal sex"), this);
    m_kon = new QLineEdit(this);
    m_kon->setObjectName(QStringLiteral("field_kon"));
    m_kon->setReadOnly(true);
    m_kon->setFocusPolicy(Qt::ClickFocus);
    m_konLabel->setBuddy(m_kon);
    m_alderLabel = fieldLabel(tr("Age"), this);
    m_alder = new QLineEdit(this);
    m_alder->setObjectName(QStringLiteral("field_alder"));
    m_alder->setReadOnly(true);
    m_alder->setFocusPolicy(Qt::ClickFocus);
    m_alderLabel->setBuddy(m_alder);

    // Where the Person-ID gives no kön or birth date (a reservnummer): entered by hand.
    m_konEntry = new QComboBox(this);
    m_konEntry->setObjectName(QStringLiteral("field_kon_entered"));
    m_konEntry->setToolTip(tr("The Person-ID does not give the legal sex: enter it. It is stored as entered."));
    m_konEntry->setVisible(false);
    m_alderEntry = new QSpinBox(this);
    m_alderEntry->setObjectName(QStringLiteral("field_alder_entered"));
    m_alderEntry->setRange(-1, domain::kMaxEnteredAge);
    m_alderEntry->setValue(-1);
    m_alderEntry->setSpecialValueText(tr("Not entered"));
    m_alderEntry->setSuffix(tr(" years at the actualisation date"));
    m_alderEntry->setToolTip(
        tr("The Person-ID does not give the birth date: enter the age at the actualisation date. It is stored as "
           "entered."));
    m_alderEntry->setVisible(false);
    m_konEntry->setAccessibleName(tr("Legal sex"));
    m_alderEntry->setAccessibleName(tr("Age"));

    grid->addWidget(m_personIdLabel, 0, 0);
    grid->addWidget(m_personId, 0, 1);
    grid->addWidget(m_reveal, 0, 2);
    grid->addWidget(m_message, 1, 1, 1, 2);
    grid->addWidget(m_konLabel, 2, 0);
    grid->addWidget(m_kon, 2, 1, 1, 2);
    grid->addWidget(m_konEntry, 2, 1, 1, 2);
    grid->addWidget(m_alderLabel, 3, 0);
    grid->addWidget(m_alder, 3, 1, 1, 2);
    grid->addWidget(m_alderEntry, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_personId, &QLineEdit::textEdited, this, [this] {
        updateDerived();
        emit changed();
    });
    connect(m_konEntry, &QComboBox::currentIndexChanged, this, [this] {
        updateDerived();
        emit changed();
    });
    connect(m_alderEntry, &QSpinBox::valueChanged, this, [this] {
        updateDerived();
        emit changed();
    });
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        if (on) {
            // The host records the reveal in the audit log and then hands the number over.
            emit revealRequested();
            if (m_revealedId.isEmpty() && m_person.personId.isEmpty()) {
                const QSignalBlocker blocker(m_reveal); // refused or failed: stays hidden
                m_reveal->setChecked(false);
                return;
            }
        } else {
            m_revealedId.clear();
        }
        m_revealed = on;
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
        updateMasked();
    });
    setPerson({}, true);
    updateMinimumWidths();
}

void PersonSection::showRevealedPersonId(const QString& personId)
{
    if (m_editable)
        return;
    m_revealedId = personId;
    updateMasked();
}

void PersonSection::updateMinimumWidths()
{
    // Wide enough for a whole Person-ID, and for the age text, whatever the window's size: measured
    // in the field's font, plus the frame and margins the style adds around the text.
    const auto widthFor = [](QLineEdit* field, const QStringList& samples) {
        const QFontMetrics metrics(field->font());
        int text = 0;
        for (const QString& sample : samples)
            text = std::max(text, metrics.horizontalAdvance(sample));
        const QMargins margins = field->textMargins();
        QStyleOptionFrame option;
        option.initFrom(field);
        option.rect = QRect(0, 0, 100, metrics.height());
        option.lineWidth = field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field);
        const QSize contents(text + margins.left() + margins.right() + metrics.averageCharWidth(), metrics.height());
        return field->style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, field).width();
    };
    m_personId->setMinimumWidth(
        widthFor(m_personId, {QStringLiteral("ÅÅÅÅMMDD-NNNN"), QStringLiteral("00000000-0000"), tr("YYYYMMDD-NNNN"),
                              QStringLiteral("0000XXXX-XXXX"), tr("Hidden reserve number"), tr("Hidden Person-ID")}));
    m_alder->setMinimumWidth(
        widthFor(m_alder, {tr("%n year(s) at the actualisation date", nullptr, 100),
                           tr("%n year(s) today", nullptr, 100), tr("Derived from the Person-ID")}));
}

void PersonSection::setCatalog(const catalog::Catalog* catalog)
{
    m_catalog = catalog;
    if (m_catalog) {
        // Labels and help come from the catalogue like every other question.
        if (const catalog::Variable* v = m_catalog->variable(u"person_id")) {
            m_personIdLabel->setText(v->label);
            m_personId->setAccessibleName(v->label);
            m_personId->setToolTip(v->help);
            m_personId->setWhatsThis(v->help);
        }
        const auto describe = [this](QStringView code, QLabel* label, QLineEdit* field) {
            if (const catalog::Variable* v = m_catalog->variable(code)) {
                label->setText(v->label);
                field->setAccessibleName(v->label);
                field->setToolTip(v->help.isEmpty() ? v->note : v->help);
                field->setWhatsThis(field->toolTip());
            }
        };
        describe(u"kon", m_konLabel, m_kon);
        describe(u"alder", m_alderLabel, m_alder);
        const QString chosen = enteredKon();
        const QSignalBlocker blocker(m_konEntry);
        m_konEntry->clear();
        m_konEntry->addItem(tr("Not entered"), QString());
        if (const catalog::Variable* alder = m_catalog->variable(u"alder"))
            m_alderEntry->setAccessibleName(alder->label);
        if (const catalog::Variable* v = m_catalog->variable(u"kon")) {
            m_konEntry->setAccessibleName(v->label);
            for (const catalog::Value& value : v->values)
                m_konEntry->addItem(value.label, value.code);
        }
        m_konEntry->setCurrentIndex(std::max(0, m_konEntry->findData(chosen)));
    }
    updateDerived();
}

void PersonSection::setPerson(const domain::Person& person, bool editable)
{
    m_person = person;
    m_editable = editable;
    m_revealed = false;
    m_revealedId.clear();
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setText(tr("Show"));
    m_reveal->setVisible(!editable);
    m_personId->setReadOnly(!editable);
    m_personId->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    m_personId->setContextMenuPolicy(editable ? Qt::DefaultContextMenu : Qt::NoContextMenu);
    if (editable)
        m_personId->setText(person.personId);
    {
        const QSignalBlocker konBlocker(m_konEntry);
        const QSignalBlocker alderBlocker(m_alderEntry);
        m_konEntry->setCurrentIndex(person.konEntered ? std::max(0, m_konEntry->findData(person.kon)) : 0);
        m_alderEntry->setValue(person.alderEntered);
    }
    updateMasked();
    updateDerived();
}

domain::Person PersonSection::applyTo(const domain::Person& person) const
{
    domain::Person out = person;
    if (m_editable) {
        const auto parsed = identity::PersonId::parse(m_personId->text());
        if (!parsed) {
            // An invalid number is never half-stored: the ärende cannot be saved while it is wrong.
            out.personId.clear();
            out.kon.clear();
            out.birthDate = QDate();
            return out;
        }
        domain::applyPersonId(out, *parsed);
    } else {
        // A registered person: what is stored, unless an earlier entry is changed now.
        if (out.konEntered && enteredKon() != out.kon) {
            out.kon.clear();
            out.konEntered = false;
        }
        if (out.alderEntered >= 0 && enteredAlder() != out.alderEntered) {
            out.birthDate = QDate();
            out.alderEntered = -1;
            out.alderEnteredOn = QDate();
        }
    }
    const QDate on = m_reference.isValid() ? m_reference : QDate::currentDate();
    // Only where the number gives nothing (the entries are hidden otherwise).
    const QString kon = out.kon.isEmpty() ? enteredKon() : QString();
    const int alder = out.birthDate.isValid() ? -1 : enteredAlder();
    (void)domain::applyEnteredKonAlder(out, kon, alder, on);
    return out;
}

QWidget* PersonSection::konEntry() const
{
    return m_konEntry;
}

QWidget* PersonSection::alderEntry() const
{
    return m_alderEntry;
}

QString PersonSection::enteredKon() const
{
    return m_konEntry->currentData().toString();
}

int PersonSection::enteredAlder() const
{
    return m_alderEntry->value();
}

void PersonSection::setEntered(const QString& kon, int alder)
{
    const QSignalBlocker konBlocker(m_konEntry);
    const QSignalBlocker alderBlocker(m_alderEntry);
    m_konEntry->setCurrentIndex(std::max(0, m_konEntry->findData(kon)));
    m_alderEntry->setValue(alder);
    updateDerived();
}

QString PersonSection::personIdText() const
{
    return m_editable ? m_personId->text() : QString();
}

void PersonSection::setPersonIdText(const QString& text)
{
    if (!m_editable)
        return;
    m_personId->setText(text);
    updateDerived();
}

std::optional<domain::Issue> PersonSection::issue() const
{
    if (!m_editable)
        return std::nullopt;
    if (m_personId->text().trimmed().isEmpty())
        return domain::Issue{domain::Severity::Fel, QStringLiteral("person_id"), -1, -1, tr("Enter the Person-ID.")};
    const auto parsed = identity::PersonId::parse(m_personId->text());
    if (!parsed)
        return domain::Issue{domain::Severity::Fel, QStringLiteral("person_id"), -1, -1, parsed.error().message};
    return std::nullopt;
}

void PersonSection::setReferenceDate(QDate date)
{
    if (date == m_reference)
        return;
    m_reference = date;
    updateDerived();
}

QList<QWidget*> PersonSection::focusChain() const
{
    QList<QWidget*> chain = m_editable ? QList<QWidget*>{m_personId} : QList<QWidget*>{m_reveal};
    for (QWidget* entry : {static_cast<QWidget*>(m_konEntry), static_cast<QWidget*>(m_alderEntry)}) {
        if (!entry->isHidden())
            chain.append(entry);
    }
    return chain;
}

bool PersonSection::eventFilter(QObject* watched, QEvent* event)
{
    // A registered person's number is shown, not handed out: no selecting, copying or dragging
    // it to the clipboard.
    if (watched == m_personId && !m_editable) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::KeyPress:
        case QEvent::ContextMenu:
            return true;
        default:
            break;
        }
    }
    // While a number is typed in, it may be pasted in but never copied out (issue 17: the
    // clipboard never receives a personnummer): no Copy or Cut by key or menu, and no selection
    // handed to the X11 primary selection when the mouse is released.
    if (watched == m_personId && m_editable) {
        switch (event->type()) {
        case QEvent::KeyPress: {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut))
                return true;
            break;
        }
        case QEvent::ShortcutOverride: {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
                event->accept(); // taken here, so no window shortcut copies instead
                return true;
            }
            break;
        }
        case QEvent::ContextMenu: {
            auto* menuEvent = static_cast<QContextMenuEvent*>(event);
            std::unique_ptr<QMenu> menu(m_personId->createStandardContextMenu());
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String("edit-copy") ||
                    action->objectName() == QLatin1String("edit-cut"))
                    action->setVisible(false);
            }
            menu->exec(menuEvent->globalPos());
            return true;
        }
        case QEvent::MouseButtonRelease:
            // QLineEdit copies the selection to the primary selection on release (X11).
            if (QGuiApplication::clipboard()->supportsSelection())
                return true;
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonSection::updateDerived()
{
    const domain::Person derived = applyTo(m_person);
    // The entries replace the derived fields where a valid Person-ID gives no kön / birth date.
    const bool idKnown = !m_editable || identity::PersonId::parse(m_personId->text()).ok();
    const bool enterKon = idKnown && (derived.kon.isEmpty() || derived.konEntered);
    const bool enterAlder = idKnown && (!derived.birthDate.isValid() || derived.alderEntered >= 0);
    m_konEntry->setVisible(enterKon);
    m_kon->setVisible(!enterKon);
    m_alderEntry->setVisible(enterAlder);
    m_alder->setVisible(!enterAlder);
    m_konLabel->setBuddy(enterKon ? static_cast<QWidget*>(m_konEntry) : m_kon);
    m_alderLabel->setBuddy(enterAlder ? static_cast<QWidget*>(m_alderEntry) : m_alder);
    QString kon = tr("Unknown");
    if (m_catalog && !derived.kon.isEmpty()) {
        if (const catalog::Value* value = m_catalog->value(u"kon", derived.kon))
            kon = value->label;
    }
    m_kon->setText(derived.kon.isEmpty() ? tr("Derived from the Person-ID") : kon);

    const QDate reference = m_reference.isValid() ? m_reference : QDate::currentDate();
    const int age = identity::ageAt(derived.birthDate, reference);
    if (age < 0)
        m_alder->setText(tr("Derived from the Person-ID"));
    else if (m_reference.isValid())
        m_alder->setText(tr("%n year(s) at the actualisation date", nullptr, age));
    else
        m_alder->setText(tr("%n year(s) today", nullptr, age));

    if (!m_editable) {
        m_message->clear();
        m_message->setVisible(false);
        return;
    }
    const std::optional<domain::Issue> problem = issue();
    const bool empty = m_personId->text().trimmed().isEmpty();
    // Nothing typed yet is not shouted about here; the summary lists it as still to fill in.
    m_message->setVisible(!empty);
    m_message->setProperty("issue", problem ? QStringLiteral("fel") : QString());
    if (problem) {
        m_message->setText(tr("Error: %1").arg(problem->message));
    } else {
        switch (derived.idType) {
        case domain::PersonIdType::Personnummer:
            m_message->setText(tr("A valid personnummer."));
            break;
        case domain::PersonIdType::Samordningsnummer:
            m_message->setText(tr("A valid samordningsnummer."));
            break;
        case domain::PersonIdType::Reservnummer:
            m_message->setText(tr("A valid reservnummer."));
            break;
        }
    }
}

void PersonSection::updateMasked()
{
    if (m_editable)
        return;
    // The host hands a registered person over without the number; a test (or a draft) may have it.
    const QString& id = m_revealedId.isEmpty() ? m_person.personId : m_revealedId;
    const bool reserv = m_person.idType == domain::PersonIdType::Reservnummer;
    if (m_revealed && !id.isEmpty()) {
        m_personId->setText(isTwelveDigits(id) && !reserv ? id.left(8) + u'-' + id.mid(8) : id);
    } else if (reserv) {
        // A reservnummer holds no birth date to show (its digits are a year of issue and a serial).
        m_personId->setText(tr("Hidden reserve number"));
    } else if (m_person.birthDate.isValid()) {
        // The birth year is enough to recognise the person in context, without exposing the number.
        m_personId->setText(QString::number(m_person.birthDate.year()).rightJustified(4, u'0') +
                            QStringLiteral("XXXX-XXXX"));
    } else if (isTwelveDigits(id)) {
        m_personId->setText(id.left(4) + QStringLiteral("XXXX-XXXX"));
    } else {
        m_personId->setText(tr("Hidden Person-ID"));
    }
}

} // namespace folja::ui::form
