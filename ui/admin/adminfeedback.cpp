#include "admin/adminfeedback.h"

#include "common/result.h"

#include <QMessageBox>
#include <QPushButton>

namespace folja::ui {

bool AdminFeedback::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

ResultLabel::ResultLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("resultLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ResultLabel::showDone(const QString& text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("color: #1b5e20;"));
    setText(text);
    setAccessibleDescription(text);
    show();
}

void ResultLabel::showError(const QString& text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("color: #b71c1c;"));
    setText(text);
    setAccessibleDescription(text);
    show();
}

void ResultLabel::showError(const Error& error)
{
    showError(error.message);
}

} // namespace folja::ui
