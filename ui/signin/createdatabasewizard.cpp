#include "signin/createdatabasewizard.h"

#include "access/accounts.h"
#include "access/organisation.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "io/demodatabase.h"
#include "widgets/background.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <functional>

namespace folja::ui {

namespace {

// The last page is complete only when the user confirms the recovery code is stored.
class DonePageWidget : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

QLabel* makeError(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->hide();
    return label;
}

int metricsLines(const QWidget* widget, int lines)
{
    return widget->fontMetrics().lineSpacing() * lines;
}

QLabel* makeText(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString CreateDatabaseWizard::demoPassword()
{
    return QStringLiteral("demo-losen");
}

CreateDatabaseWizard::CreateDatabaseWizard(const catalog::Catalog& catalog, QWidget* parent)
    : QWizard(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("createDatabaseWizard"));
    setWindowTitle(tr("New Följa database"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Qt 6.4 has no Swedish for its own buttons: name them here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Create database"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    const QFontMetrics metrics(font());
    setMinimumSize(metrics.averageCharWidth() * 100, metrics.height() * 36);

    setPage(StartPage, makeStartPage());
    setPage(LocationPage, makeLocationPage());
    setPage(AdministratorPage, makeAdministratorPage());
    setPage(OrganisationPage, makeOrganisationPage());
    setPage(DonePage, makeDonePage());
    setStartId(StartPage);
    connect(this, &QWizard::currentIdChanged, this, &CreateDatabaseWizard::pageShown);
}

CreateDatabaseWizard::~CreateDatabaseWizard()
{
    m_password->clear();
    m_repeat->clear();
}

QWizardPage* CreateDatabaseWizard::makeStartPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("startPage"));
    page->setTitle(tr("Create a database"));
    page->setSubTitle(tr("Everything Följa stores goes into one encrypted file."));
    m_real = new QRadioButton(tr("A &new, empty database for our registrations"), page);
    m_real->setObjectName(QStringLiteral("realRadio"));
    m_real->setChecked(true);
    m_demo = new QRadioButton(tr("A &demo database with synthetic data, to try Följa or to train"), page);
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_real);
    layout->addWidget(makeText(tr("You choose where the file is kept, create the first administratör account and "
                                  "get a recovery code to keep safe."),
                               page));
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addWidget(
        makeText(tr("Made by the same generator as \"folja-cli demo\". It holds invented persons only; all its "
                    "accounts share the public password %1, so never register real data in it.")
                     .arg(demoPassword()),
                 page));
    layout->addStretch(1);
    return page;
}

QWizardPage* CreateDatabaseWizard::makeLocationPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("locationPage"));
    page->setTitle(tr("Where the database is kept"));
    page->setSubTitle(tr("Choose a folder that is backed up, for example on the kommun's file server. A key file "
                         "(.keys) is kept next to the database; both are needed."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("newDatabasePath"));
    m_path->setAccessibleName(tr("Database file"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("newDatabaseBrowse"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Database file:"), page);
    label->setBuddy(m_path);
    m_locationError = makeError(page, QStringLiteral("locationError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_locationError);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &CreateDatabaseWizard::browse);
    connect(m_path, &QLineEdit::textChanged, m_locationError, &QWidget::hide);
    return page;
}

QWizardPage* CreateDatabaseWizard::makeAdministratorPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("administratorPage"));
    page->setTitle(tr("The first administratör"));
    page->setSubTitle(tr("The administratör creates the other accounts (handläggare, analytiker) and manages the "
                         "settings. Each account has its own password."));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setText(QStringLiteral("admin"));
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("adminDisplayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(100);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(page);
    m_repeat->setObjectName(QStringLiteral("adminPasswordRepeat"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto* rules = makeText(tr("User names: letters, digits, '.', '_' and '-', 2 to 64 characters. Passwords: at least "
                              "8 characters; a sentence of several words is easier to remember and harder to guess. "
                              "Nobody can read a forgotten password back, not even the administratör."),
                           page);
    rules->setObjectName(QStringLiteral("passwordRules"));
    m_adminError = makeError(page, QStringLiteral("adminError"));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_adminError);
    layout->addStretch(1);
    for (QLineEdit* edit : {m_user, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, m_adminError, &QWidget::hide);
    return page;
}

QWizardPage* CreateDatabaseWizard::makeOrganisationPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("organisationPage"));
    page->setTitle(tr("What the kommun registers"));
    page->setSubTitle(tr("The case form offers only the target groups chosen here. Units (enheter) let the "
                         "statistics be split by unit."));
    page->setCommitPage(true);
    auto* groups = new QGroupBox(tr("Target groups"), page);
    auto* groupsLayout = new QVBoxLayout(groups);
    for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
        auto* box = new QCheckBox(m_catalog.malgruppLabel(m), groups);
        box->setObjectName(QStringLiteral("malgrupp_") + catalog::malgruppCode(m));
        box->setProperty("code", catalog::malgruppCode(m));
        box->setChecked(true);
        groupsLayout->addWidget(box);
        m_malgrupper.append(box);
    }
    m_enheter = new QPlainTextEdit(page);
    m_enheter->setObjectName(QStringLiteral("enheterEdit"));
    m_enheter->setAccessibleName(tr("Units, one per line"));
    m_enheter->setTabChangesFocus(true);
    m_enheter->setPlaceholderText(tr("For example:\nBarn och unga\nVuxen\nÄldreomsorg"));
    auto* enheterLabel = new QLabel(tr("&Units, one per line (optional):"), page);
    enheterLabel->setBuddy(m_enheter);
    m_organisationError = makeError(page, QStringLiteral("organisationError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(groups);
    layout->addWidget(enheterLabel);
    layout->addWidget(m_enheter, 1);
    layout->addWidget(m_organisationError);
    return page;
}

QWizardPage* CreateDatabaseWizard::makeDonePage()
{
    auto* page = new DonePageWidget;
    page->setParent(this);
    page->setObjectName(QStringLiteral("donePage"));
    page->setFinalPage(true);
    m_doneText = makeText(QString(), page);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    // Wrapped text in a wizard page gets no height of its own: reserve room for the instruction.
    m_doneText->setMinimumHeight(metricsLines(m_doneText, 9));
    m_code = new QLabel(page);
    m_code->setObjectName(QStringLiteral("recoveryCodeLabel"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setWordWrap(true);
    // Shown, never selectable: no copy to the clipboard (see the header).
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    m_code->setContextMenuPolicy(Qt::NoContextMenu);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setAccessibleName(tr("Recovery code"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.6);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setFrameShape(QFrame::Box);
    m_code->setMargin(12);
    auto* print = new QPushButton(tr("&Print…"), page);
    print->setObjectName(QStringLiteral("printRecoveryButton"));
    connect(print, &QPushButton::clicked, this, &CreateDatabaseWizard::printRecoveryCode);
    m_stored =
        new QCheckBox(tr("I have &printed or written down the recovery code and will keep it locked away"), page);
    m_stored->setObjectName(QStringLiteral("recoveryStoredCheck"));
    m_codeBox = new QWidget(page);
    auto* codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code);
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(print);
    printRow->addStretch(1);
    codeLayout->addLayout(printRow);
    codeLayout->addWidget(m_stored);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneText);
    layout->addWidget(m_codeBox);
    layout->addStretch(1);
    page->complete = [this] { return isDemo() || m_stored->isChecked(); };
    connect(m_stored, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    return page;
}

bool CreateDatabaseWizard::isDemo() const
{
    return m_demo->isChecked();
}

QString CreateDatabaseWizard::databasePath() const
{
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".folja");
    return QFileInfo(path).absoluteFilePath();
}

QString CreateDatabaseWizard::userName() const
{
    return isDemo() ? QStringLiteral("demo1") : m_user->text().trimmed();
}

QString CreateDatabaseWizard::password() const
{
    return isDemo() ? demoPassword() : m_password->text();
}

int CreateDatabaseWizard::nextId() const
{
    switch (currentId()) {
    case StartPage:
        return LocationPage;
    case LocationPage:
        return isDemo() ? DonePage : AdministratorPage;
    case AdministratorPage:
        return OrganisationPage;
    case OrganisationPage:
        return DonePage;
    default:
        return -1;
    }
}

void CreateDatabaseWizard::pageShown(int id)
{
    if (id == LocationPage) {
        // The demo is made when leaving this page: from then on there is no way back.
        page(LocationPage)->setCommitPage(isDemo());
        if (m_path->text().isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            m_path->setText(
                QDir(dir).filePath(isDemo() ? QStringLiteral("demo.folja") : QStringLiteral("folja.folja")));
        }
        m_path->setFocus();
    } else if (id == AdministratorPage) {
        m_user->setFocus();
        m_user->selectAll();
    } else if (id == DonePage) {
        if (isDemo()) {
            m_doneText->setText(tr("The demo database is ready. Sign in as demo1, demo2, … (handläggare), analys "
                                   "(analytiker) or admin (administratör); the password for all is %1. Finish signs "
                                   "you in as demo1.")
                                    .arg(demoPassword()));
            m_codeBox->hide();
        } else {
            m_doneText->setText(
                tr("The database is ready. Below is its RECOVERY CODE. It is shown only now, never again.\n\n"
                   "It opens the database without any password, for example if every administratör has forgotten "
                   "theirs. Print it or write it down, and keep the paper locked away like a key to the archive "
                   "(for example in the safe of the kommun's IT or registry). Do not save it in a file, an e-mail "
                   "or a password list on this computer. It cannot be copied from this window on purpose."));
            m_code->setText(m_recoveryCode);
            m_codeBox->show();
            m_stored->setFocus();
        }
    }
}

void CreateDatabaseWizard::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("New Följa database"), databasePath(), tr("Följa databases (*.folja)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void CreateDatabaseWizard::showBusy(QLabel* where)
{
    m_busy = where != nullptr;
    if (m_busy) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        where->setText(tr("Creating the database…"));
        where->show();
        where->repaint();
    } else {
        QApplication::restoreOverrideCursor();
        m_organisationError->clear();
        m_locationError->clear();
    }
}

void CreateDatabaseWizard::fail(QLabel* where, const QString& message)
{
    where->setText(message);
    where->show();
}

bool CreateDatabaseWizard::checkLocation()
{
    const QString path = databasePath();
    if (path.isEmpty()) {
        fail(m_locationError, tr("Enter where the database file should be created."));
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() || QFileInfo::exists(path + QStringLiteral(".keys"))) {
        fail(m_locationError, tr("%1 already exists. Choose another name: an existing database is never replaced.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir()) {
        fail(m_locationError, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!dir.isWritable()) {
        fail(m_locationError, tr("Följa may not write in the folder %1. Choose another folder.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    return true;
}

bool CreateDatabaseWizard::checkAdministrator()
{
    const QString user = m_user->text().trimmed();
    if (!access::Accounts::isValidName(user)) {
        fail(m_adminError, tr("The user name may hold letters, digits, '.', '_' and '-', 2 to 64 characters."));
        m_user->setFocus();
        return false;
    }
    if (auto ok = access::Accounts::checkPassword(m_password->text()); !ok) {
        fail(m_adminError, ok.error().message);
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        fail(m_adminError, tr("The two passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    return true;
}

bool CreateDatabaseWizard::createReal()
{
    access::OrganisationSetup setup;
    for (QCheckBox* box : std::as_const(m_malgrupper)) {
        if (box->isChecked())
            setup.malgrupper.append(box->property("code").toString());
    }
    if (setup.malgrupper.isEmpty()) {
        fail(m_organisationError, tr("Choose at least one target group."));
        return false;
    }
    setup.enheter = m_enheter->toPlainText().split(u'\n');
    auto clean = access::Organisation::normalised(setup);
    if (!clean) {
        fail(m_organisationError, clean.error().message);
        return false;
    }
    // Everything is checked before the file is made, so a refusal leaves nothing behind.
    if (!checkLocation()) {
        fail(m_organisationError, m_locationError->text());
        return false;
    }

    access::SessionOptions options;
    options.kdf = m_kdf;
    // The key derivation takes a second or so: on a worker, the window drawing meanwhile. The
    // session is made, configured and closed there (one thread at a time on a connection).
    const QString path = databasePath();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    const QString displayName = m_displayName->text();
    const access::OrganisationSetup chosen = *clean;
    std::optional<Result<access::Session::Created>> created;
    Result<void> configured;
    showBusy(m_organisationError);
    runWhileDrawing([&] {
        created = access::Session::createDatabase(path, user, password, options);
        if (!*created)
            return;
        access::Organisation organisation(*(*created)->session);
        configured = organisation.setSetup(chosen);
        if (configured && !displayName.trimmed().isEmpty())
            configured = organisation.setDisplayName(user, displayName);
        (*created)->session.reset(); // closes the file: the host signs in next
    });
    showBusy(nullptr);
    if (!*created) {
        fail(m_organisationError, tr("The database could not be created: %1").arg(created->error().message));
        return false;
    }
    m_created = true;
    m_recoveryCode = (*created)->recoveryCode;
    if (!configured) {
        // The database exists and works; only the choices were not stored. Say so, go on.
        fail(m_organisationError, tr("The database was created, but the target groups and units could not be "
                                     "stored: %1")
                                      .arg(configured.error().message));
    }
    return true;
}

bool CreateDatabaseWizard::createDemo()
{
    io::DemoDatabase demo;
    demo.password = demoPassword();
    demo.fill.persons = m_demoPersons;
    demo.kdf = m_kdf;
    const QString path = databasePath();
    std::optional<Result<io::DemoCreated>> created;
    showBusy(m_locationError);
    runWhileDrawing([&] { created = io::createDemoDatabase(path, m_catalog, demo); });
    showBusy(nullptr);
    if (!*created) {
        fail(m_locationError, tr("The demo database could not be created: %1").arg(created->error().message));
        return false;
    }
    m_created = true;
    return true;
}

bool CreateDatabaseWizard::validateCurrentPage()
{
    switch (currentId()) {
    case LocationPage:
        if (!checkLocation())
            return false;
        return isDemo() ? createDemo() : true;
    case AdministratorPage:
        return checkAdministrator();
    case OrganisationPage:
        return createReal();
    default:
        return QWizard::validateCurrentPage();
    }
}

void CreateDatabaseWizard::reject()
{
    // Once the database exists the recovery code must be taken care of: no way out but Finish. While
    // it is being made, wait.
    if (m_busy || (m_created && !isDemo()))
        return;
    QWizard::reject();
}

void CreateDatabaseWizard::printRecoveryCode()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    QFont body = font();
    body.setPointSizeF(12);
    painter.setFont(body);
    const QString heading = tr("Följa – recovery code for %1").arg(QFileInfo(databasePath()).fileName());
    const QString note = tr("This code opens the database without any password. Keep this paper locked away. "
                            "Printed %1.")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    QRect rect = page.adjusted(0, 0, 0, -page.height() / 2);
    painter.drawText(rect, Qt::AlignTop | Qt::TextWordWrap, heading + QStringLiteral("\n\n") + note);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(18);
    mono.setBold(true);
    painter.setFont(mono);
    painter.drawText(page.adjusted(0, page.height() / 4, 0, 0), Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
                     m_recoveryCode);
}

} // namespace folja::ui
