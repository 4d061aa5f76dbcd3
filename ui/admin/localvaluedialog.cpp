#include "admin/localvaluedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace folja::ui {

LocalValueDialog::LocalValueDialog(const catalog::Catalog& catalog, const catalog::Variable& variable,
                                   catalog::Malgrupp malgrupp, const QString& preferredParent, QWidget* parent)
    : AdminDialog(parent)
    , m_variable(variable.code)
{
    setObjectName(QStringLiteral("localValueDialog"));
    setWindowTitle(tr("New local value for %1").arg(variable.label));
    auto* content = new QWidget(this);
    auto* form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("A local value refines an SKR value for the kommun's own follow-up. Statistics and "
                                "exports count it as the SKR value it belongs to."),
                             content);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_parent = new QComboBox(content);
    m_parent->setObjectName(QStringLiteral("parentComboBox"));
    m_parent->setAccessibleName(tr("Counted as SKR value"));
    for (const catalog::Value* value : catalog.valuesFor(variable, malgrupp)) {
        if (!value->local)
            m_parent->addItem(value->label, value->code);
    }
    if (const int i = m_parent->findData(preferredParent); i >= 0)
        m_parent->setCurrentIndex(i);
    m_code = new QLineEdit(content);
    m_code->setObjectName(QStringLiteral("localCodeEdit"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setToolTip(tr("Capital letters A–Z, digits, '.', '_' and '-', e.g. LOKAL.HEMLOSHET."));
    m_code->setMaxLength(40);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toUpper()); // codes are upper case; core checks the rest
        m_code->setCursorPosition(cursor);
    });
    m_label = new QLineEdit(content);
    m_label->setObjectName(QStringLiteral("localLabelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setMaxLength(120);
    form->addRow(tr("&Counted as:"), m_parent);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Label:"), m_label);
    finishLayout(content, tr("Add value"));
    connect(m_code, &QLineEdit::textChanged, this, &LocalValueDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &LocalValueDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void LocalValueDialog::validate()
{
    if (m_parent->count() == 0)
        setProblem(tr("This variable has no value that can be refined for the chosen target group."));
    else if (m_code->text().isEmpty())
        setProblem(tr("Enter a code."));
    else if (m_label->text().trimmed().isEmpty())
        setProblem(tr("Enter a label."));
    else
        setProblem({});
}

catalog::LocalValue LocalValueDialog::localValue() const
{
    return catalog::LocalValue{m_variable, m_code->text(), m_label->text().simplified(),
                               m_parent->currentData().toString()};
}

} // namespace folja::ui
