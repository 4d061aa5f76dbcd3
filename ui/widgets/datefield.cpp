#include "widgets/datefield.h"

#include <QRegularExpressionValidator>

namespace folja::ui {

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd");
}

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), this));
    setMaxLength(10);
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateState();
        emit dateChanged(date());
    });
    updateState();
}

QDate DateField::date() const
{
    return QDate::fromString(text(), kFormat);
}

void DateField::setDate(QDate value)
{
    setText(value.isValid() ? value.toString(kFormat) : QString());
}

bool DateField::isAcceptable() const
{
    return text().isEmpty() || date().isValid();
}

void DateField::updateState()
{
    // A dynamic property lets the style sheet and accessibility tools see an invalid entry.
    setProperty("invalid", !isAcceptable());
    setToolTip(isAcceptable() ? QString() : tr("Enter a real date as YYYY-MM-DD."));
}

} // namespace folja::ui
