#include "form/recordeditors.h"

#include "form/fieldrow.h"
#include "form/rowregistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace folja::ui::form {

namespace {

constexpr std::array kInsatsSteps{catalog::Step::Aktualisera, catalog::Step::Utreda,   catalog::Step::Besluta,
                                  catalog::Step::Genomfora,   catalog::Step::FoljaUpp, catalog::Step::Avsluta};

// The brukarfrågor (B1a–B5) are the brukare's own answers, not the handläggare's assessment; a
// heading before them helps to switch perspective. The catalogue marks them only by their codes.
bool isBrukarfraga(const catalog::Variable& variable)
{
    return variable.code.size() >= 2 && variable.code.at(0) == u'b' && variable.code.at(1).isDigit();
}

} // namespace

QLabel* makeHeading(const QString& text, QWidget* parent, int pointDelta)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    if (pointDelta != 0 && font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + pointDelta);
    label->setFont(font);
    return label;
}

UppfoljningEditor::UppfoljningEditor(RowRegistry& rows, int insats, int index, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("uppfoljning_%1_%2").arg(insats).arg(index));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    header->addWidget(makeHeading(tr("Follow-up %1").arg(index + 1), this), 1);
    m_remove = new QPushButton(tr("Remove follow-up"), this);
    m_remove->setObjectName(QStringLiteral("removeUppfoljningButton_%1_%2").arg(insats).arg(index));
    m_remove->setAutoDefault(false);
    m_remove->setAccessibleName(tr("Remove follow-up %1 of insats %2").arg(index + 1).arg(insats + 1));
    header->addWidget(m_remove);
    layout->addLayout(header);

    bool brukarHeading = false;
    for (const catalog::Variable* variable : rows.questions(catalog::Level::Uppfoljning)) {
        if (!brukarHeading && isBrukarfraga(*variable)) {
            brukarHeading = true;
            layout->addWidget(makeHeading(tr("The user's own answers (B1a–B5)"), this));
        }
        if (FieldRow* row = rows.create(*variable, FieldKey{variable->code, insats, index}, this)) {
            layout->addWidget(row);
            m_rows.append(row);
        }
    }
    connect(m_remove, &QPushButton::clicked, this, [this, insats, index] { emit removeRequested(insats, index); });
}

QList<QWidget*> UppfoljningEditor::focusChain() const
{
    QList<QWidget*> out{m_remove};
    for (FieldRow* row : m_rows)
        out << row->focusChain();
    return out;
}

InsatsEditor::InsatsEditor(RowRegistry& rows, const catalog::Catalog& catalog, const domain::Insats& insats, int index,
                           QWidget* parent)
    : QFrame(parent)
    , m_catalog(catalog)
    , m_index(index)
{
    setObjectName(QStringLiteral("insats_%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_title = makeHeading(QString(), this, 1);
    header->addWidget(m_title, 1);
    m_remove = new QPushButton(tr("Remove insats"), this);
    m_remove->setObjectName(QStringLiteral("removeInsatsButton_%1").arg(index));
    m_remove->setAutoDefault(false);
    m_remove->setAccessibleName(tr("Remove insats %1").arg(index + 1));
    header->addWidget(m_remove);
    layout->addLayout(header);
    m_chain << m_remove;
    setTitleCode(insats.ksi);

    QList<const catalog::Variable*> questions = rows.questions(catalog::Level::Insats);
    // The insats itself comes first: it is what the card is about.
    std::stable_partition(questions.begin(), questions.end(),
                          [](const catalog::Variable* v) { return v->code == u"insats"; });

    for (catalog::Step step : kInsatsSteps) {
        QList<FieldRow*> stepRows;
        for (const catalog::Variable* variable : std::as_const(questions)) {
            if (variable->step != step)
                continue;
            if (FieldRow* row = rows.create(*variable, FieldKey{variable->code, index, -1}, this))
                stepRows.append(row);
        }
        const bool followUp = step == catalog::Step::FoljaUpp;
        if (stepRows.isEmpty() && !followUp)
            continue;
        QLabel* heading = makeHeading(catalog.stepLabel(step), this);
        layout->addWidget(heading);
        m_anchors.insert(step, heading);
        for (FieldRow* row : std::as_const(stepRows)) {
            layout->addWidget(row);
            m_chain << row->focusChain();
        }
        if (!followUp)
            continue;
        for (int u = 0; u < insats.uppfoljningar.size(); ++u) {
            auto* editor = new UppfoljningEditor(rows, index, u, this);
            layout->addWidget(editor);
            m_chain << editor->focusChain();
            connect(editor, &UppfoljningEditor::removeRequested, this, &InsatsEditor::removeUppfoljningRequested);
        }
        m_addUppfoljning = new QPushButton(tr("Add follow-up (Ctrl+U)"), this);
        m_addUppfoljning->setObjectName(QStringLiteral("addUppfoljningButton_%1").arg(index));
        m_addUppfoljning->setAutoDefault(false);
        m_addUppfoljning->setAccessibleName(tr("Add follow-up to insats %1").arg(index + 1));
        auto* addRow = new QHBoxLayout;
        addRow->addWidget(m_addUppfoljning);
        addRow->addStretch(1);
        layout->addLayout(addRow);
        m_chain << m_addUppfoljning;
    }

    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_index); });
    connect(m_addUppfoljning, &QPushButton::clicked, this, [this] { emit addUppfoljningRequested(m_index); });
}

void InsatsEditor::setTitleCode(const QString& ksi)
{
    const catalog::Variable* variable = m_catalog.variable(u"insats");
    const catalog::Value* value = variable && !ksi.isEmpty() ? variable->value(ksi) : nullptr;
    if (value)
        m_title->setText(tr("Insats %1: %2").arg(m_index + 1).arg(value->label));
    else
        m_title->setText(tr("Insats %1").arg(m_index + 1));
}

QList<QWidget*> InsatsEditor::focusChain() const
{
    return m_chain;
}

} // namespace folja::ui::form
