#include "signin/signinwidget.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace folja::ui {

SignInWidget::SignInWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInWidget"));

    auto* title = new QLabel(tr("Följa"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Systematic follow-up in social services"), this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setMargin(8);
    m_hint->hide();

    m_path = new QComboBox(this);
    m_path->setObjectName(QStringLiteral("databasePathCombo"));
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->setMinimumContentsLength(40);
    m_path->setAccessibleName(tr("Database file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_browse = browse;
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->hide();

    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* create = new QPushButton(tr("New database…"), this);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    // Shown once the host connects a creation wizard to createDatabaseRequested.
    create->setVisible(false);
    m_create = create;

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&Database:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    // While the password is checked on a worker (key derivation, quick_check: seconds on a big
    // file), the window keeps drawing and says so.
    m_status = new QLabel(tr("Checking the password and opening the database…"), this);
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->hide();
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("signInBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_busyBar->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->hide();

    m_forgot = new QPushButton(tr("Forgot the password? Use the recovery code"), this);
    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_forgot->font(); // reads as a link, not as a second sign-in button
    linkFont.setUnderline(true);
    m_forgot->setFont(linkFont);
    auto* forgotRow = new QHBoxLayout;
    forgotRow->addStretch(1);
    forgotRow->addWidget(m_forgot);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    buttons->addWidget(m_busyBar);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);

    auto* box = new QWidget(this);
    box->setMaximumWidth(720);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(subtitle);
    boxLayout->addSpacing(12);
    boxLayout->addWidget(m_hint);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    boxLayout->addLayout(forgotRow);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    setTabOrder(m_path, browse);
    setTabOrder(browse, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_signIn, create);

    connect(browse, &QPushButton::clicked, this, &SignInWidget::browse);
    connect(m_signIn, &QPushButton::clicked, this, &SignInWidget::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWidget::submit);
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(create, &QPushButton::clicked, this, &SignInWidget::createDatabaseRequested);
    connect(m_forgot, &QPushButton::clicked, this, [this] {
        if (databasePath().isEmpty()) {
            showError(tr("Choose the database first."));
            return;
        }
        showError(QString());
        emit recoveryRequested(databasePath(), m_user->text().trimmed());
    });
    connect(m_cancel, &QPushButton::clicked, this, &SignInWidget::cancelRequested);
    connect(m_user, &QLineEdit::textChanged, this, &SignInWidget::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInWidget::updateButton);
    connect(m_path, &QComboBox::currentTextChanged, this, &SignInWidget::updateButton);
    updateButton();
}

// Paths are shown the way the system writes them (C:\Users\… on Windows) and handed on in Qt's form.
QString SignInWidget::databasePath() const
{
    return QDir::fromNativeSeparators(m_path->currentText().trimmed());
}

void SignInWidget::setDatabasePath(const QString& path)
{
    m_path->setCurrentText(QDir::toNativeSeparators(path));
}

void SignInWidget::setUserName(const QString& user)
{
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInWidget::setRecentFiles(const QStringList& paths)
{
    const QString current = m_path->currentText();
    m_path->clear();
    for (const QString& path : paths)
        m_path->addItem(QDir::toNativeSeparators(path));
    m_path->setCurrentText(current.isEmpty() && !paths.isEmpty() ? QDir::toNativeSeparators(paths.first()) : current);
}

void SignInWidget::setHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void SignInWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Error text in the palette's link/highlight colour keeps contrast in high-contrast themes;
    // the message itself carries the meaning, never the colour alone.
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::Active, QPalette::Text));
    m_error->setPalette(pal);
    QFont f = m_error->font();
    f.setBold(true);
    m_error->setFont(f);
}

void SignInWidget::clearPassword()
{
    m_password->clear();
    m_password->setFocus();
}

void SignInWidget::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_status->setText(status.isEmpty() ? tr("Checking the password and opening the database…") : status);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    for (QWidget* input :
         {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_user),
          static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_forgot)})
        input->setEnabled(!busy);
    m_status->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_cancel->setVisible(busy);
    if (!busy)
        updateButton();
}

void SignInWidget::setCreateAvailable(bool available)
{
    m_create->setVisible(available);
}

void SignInWidget::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Följa database"), databasePath(),
                                                      tr("Följa databases (*.folja);;All files (*)"));
    if (!path.isEmpty())
        setDatabasePath(path);
}

void SignInWidget::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    showError(QString());
    emit signInRequested(databasePath(), m_user->text().trimmed(), m_password->text());
}

void SignInWidget::updateButton()
{
    m_signIn->setEnabled(!databasePath().isEmpty() && !m_user->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
}

} // namespace folja::ui
