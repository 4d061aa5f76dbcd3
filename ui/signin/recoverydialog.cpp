#include "signin/recoverydialog.h"

#include "access/session.h"
#include "widgets/background.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

RecoveryDialog::RecoveryDialog(const QString& databasePath, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Forgotten password"));
    m_pages = new QStackedWidget(this);

    // --- page 1: user, code, new password -------------------------------------------------------
    auto* form = new QWidget(m_pages);
    auto* intro = wrapped(tr("The recovery code was shown once when the database %1 was created, to be printed and "
                             "kept locked away (often by the administratör or IT). It opens the database without a "
                             "password: enter it with your user name and choose a new password. The code you use "
                             "stops working; you will get a new one to keep instead.")
                              .arg(QFileInfo(databasePath).fileName()),
                          form);
    m_user = new QLineEdit(userName, form);
    m_user->setObjectName(QStringLiteral("recoveryUserEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_code = new QLineEdit(form);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password = new QLineEdit(form);
    m_password->setObjectName(QStringLiteral("recoveryPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_repeat = new QLineEdit(form);
    m_repeat->setObjectName(QStringLiteral("recoveryRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    auto* fields = new QFormLayout;
    fields->addRow(tr("&User name:"), m_user);
    fields->addRow(tr("Recovery &code:"), m_code);
    fields->addRow(tr("&New password:"), m_password);
    fields->addRow(tr("&Repeat:"), m_repeat);
    m_error = wrapped(QString(), form);
    m_error->setObjectName(QStringLiteral("recoveryErrorLabel"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    m_status = new QLabel(tr("Checking the recovery code…"), form);
    m_status->hide();
    m_busyBar = new QProgressBar(form);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    m_cancel = new QPushButton(tr("Cancel"), form);
    m_cancel->setObjectName(QStringLiteral("recoveryCancelButton"));
    m_submit = new QPushButton(tr("Set new password"), form);
    m_submit->setObjectName(QStringLiteral("recoverySubmitButton"));
    m_submit->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status);
    buttons->addWidget(m_busyBar);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_error);
    formLayout->addStretch(1);
    formLayout->addLayout(buttons);
    m_pages->addWidget(form);

    // --- page 2: the new code, once -------------------------------------------------------------
    auto* done = new QWidget(m_pages);
    done->setObjectName(QStringLiteral("recoveryDonePage"));
    auto* doneText = wrapped(tr("Your new password is set and you are signed in. The recovery code you used no "
                                "longer works. This is the new recovery code; it is shown only now. Write it down "
                                "and keep it locked away where the old one was."),
                             done);
    m_newCode = new QLabel(done);
    m_newCode->setObjectName(QStringLiteral("newRecoveryCodeLabel"));
    m_newCode->setAlignment(Qt::AlignCenter);
    // Shown, never selectable: no copy to the clipboard.
    m_newCode->setTextInteractionFlags(Qt::NoTextInteraction);
    m_newCode->setContextMenuPolicy(Qt::NoContextMenu);
    m_newCode->setTextFormat(Qt::PlainText);
    m_newCode->setAccessibleName(tr("New recovery code"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.5);
    mono.setBold(true);
    m_newCode->setFont(mono);
    m_newCode->setFrameShape(QFrame::Box);
    m_newCode->setMargin(12);
    m_stored = new QCheckBox(tr("I have &written down the new recovery code and will keep it locked away"), done);
    m_stored->setObjectName(QStringLiteral("newRecoveryStoredCheck"));
    m_continue = new QPushButton(tr("Continue"), done);
    m_continue->setObjectName(QStringLiteral("recoveryContinueButton"));
    m_continue->setEnabled(false);
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addStretch(1);
    doneButtons->addWidget(m_continue);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(doneText);
    doneLayout->addWidget(m_newCode);
    doneLayout->addWidget(m_stored);
    doneLayout->addStretch(1);
    doneLayout->addLayout(doneButtons);
    m_pages->addWidget(done);

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);
    setMinimumWidth(560);

    connect(m_submit, &QPushButton::clicked, this, &RecoveryDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &RecoveryDialog::reject);
    connect(m_repeat, &QLineEdit::returnPressed, this, &RecoveryDialog::submit);
    for (QLineEdit* edit : {m_user, m_code, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &RecoveryDialog::updateButtons);
    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    (userName.isEmpty() ? m_user : m_code)->setFocus();
    updateButtons();
}

RecoveryDialog::~RecoveryDialog()
{
    // The worker holds no pointer into the dialog (see submit), but its session must close before
    // the host opens the database again.
    m_work.waitForFinished();
}

std::unique_ptr<access::Session> RecoveryDialog::takeSession()
{
    return std::move(m_session);
}

void RecoveryDialog::reject()
{
    // Once the code has been replaced there is no way back: the new one must be taken care of.
    if (m_busy || m_pages->currentIndex() == 1)
        return;
    QDialog::reject();
}

void RecoveryDialog::updateButtons()
{
    m_submit->setEnabled(!m_busy && !m_user->text().trimmed().isEmpty() && !m_code->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty() && !m_repeat->text().isEmpty());
}

void RecoveryDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_repeat), static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_status->setVisible(busy);
    m_busyBar->setVisible(busy);
    updateButtons();
}

void RecoveryDialog::submit()
{
    if (m_busy || !m_submit->isEnabled())
        return;
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords are not the same."));
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    struct Outcome {
        std::unique_ptr<Result<access::Session::Created>> result;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_databasePath, user = m_user->text().trimmed(), code = m_code->text(),
                  password = m_password->text();
    m_work = runInBackground(
        this,
        [outcome, path, user, code, password] {
            outcome->result = std::make_unique<Result<access::Session::Created>>(
                access::Session::signInWithRecoveryCode(path, user, code, password));
        },
        [this, outcome] {
            Result<access::Session::Created>& r = *outcome->result;
            if (!r) {
                finished(r.error(), QString());
                return;
            }
            QString newCode = r->recoveryCode;
            finished(std::move(r->session), newCode);
        });
}

void RecoveryDialog::finished(Result<std::unique_ptr<access::Session>> session, const QString& newCode)
{
    setBusy(false);
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_code->setFocus();
        return;
    }
    m_session = std::move(session).value();
    m_password->clear();
    m_repeat->clear();
    m_code->clear();
    m_newCode->setText(newCode);
    m_pages->setCurrentIndex(1);
    m_stored->setFocus();
}

} // namespace folja::ui
