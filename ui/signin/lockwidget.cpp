#include "signin/lockwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace folja::ui {

LockWidget::LockWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockWidget"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    auto* explanation = new QLabel(tr("Följa was locked because it was not used for a while. "
                                      "Enter your password to continue where you were."),
                                   this);
    explanation->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto* signOut = new QPushButton(tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    m_unlock = unlock;
    m_signOut = signOut;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lockStatusLabel"));
    m_status->hide();
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("lockBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();

    auto* box = new QWidget(this);
    box->setMaximumWidth(560);
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_title);
    v->addWidget(explanation);
    v->addWidget(m_password);
    v->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    buttons->addWidget(m_busyBar);
    buttons->addWidget(unlock);
    v->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(box, 2);
    h->addStretch(1);
    outer->addLayout(h);
    outer->addStretch(2);

    auto submit = [this] {
        if (!m_busy && !m_password->text().isEmpty())
            emit unlockRequested(m_password->text());
    };
    connect(unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(signOut, &QPushButton::clicked, this, &LockWidget::signOutRequested);
}

void LockWidget::setUser(const QString& user)
{
    m_title->setText(tr("Locked – signed in as %1").arg(user));
}

void LockWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->clear();
    m_password->setFocus();
}

void LockWidget::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_status->setText(what);
    m_status->setVisible(busy && !what.isEmpty());
    m_busyBar->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_signOut->setEnabled(!busy);
    if (!busy)
        m_password->setFocus();
}

void LockWidget::reset()
{
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

} // namespace folja::ui
