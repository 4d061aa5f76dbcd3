// The first-start wizard: a real database (administratör, målgrupper, enheter, the recovery code
// shown once and not copyable) and the demo database, driven through the widgets; and the host
// window offering it on first start and signing in afterwards.

#include "access/accounts.h"
#include "access/organisation.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "mainwindow/mainwindow.h"
#include "signin/createdatabasewizard.h"
#include "signin/signinwidget.h"
#include "store/database.h"
#include "widgets/background.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace folja;
using ui::CreateDatabaseWizard;

namespace {

const QString kAdminPassword = QStringLiteral("ett langt losenord");

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("missing widget %s", qPrintable(name));
    return w;
}

void setText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Runs `steps` once a modal wizard is shown (the host's exec() blocks the test meanwhile).
void whenWizardShown(std::function<void(CreateDatabaseWizard*)> steps)
{
    QTimer::singleShot(10, qApp, [steps] {
        auto* wizard = qobject_cast<CreateDatabaseWizard*>(QApplication::activeModalWidget());
        if (!wizard) {
            whenWizardShown(steps);
            return;
        }
        steps(wizard);
    });
}

} // namespace

class TestCreateDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    catalog::Catalog m_catalog;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY(loaded.ok());
        m_catalog = std::move(loaded).value();
    }

    void createsARealDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kommun.folja"));
        CreateDatabaseWizard wizard(m_catalog);
        wizard.setKdfForTests(access::KdfParams::fastForTests());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(child<QRadioButton>(&wizard, QStringLiteral("realRadio"))->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::LocationPage));
        setText(child<QLineEdit>(&wizard, QStringLiteral("newDatabasePath")), m_dir.filePath(QStringLiteral("kommun")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::AdministratorPage));
        QCOMPARE(wizard.databasePath(), path); // .folja added

        // The password rules of access::Accounts, with their message; the repeat must match.
        auto* error = child<QLabel>(&wizard, QStringLiteral("adminError"));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminUser")), QStringLiteral("kim.admin"));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminDisplayName")), QStringLiteral("Kim Andersson, IFO"));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPassword")), QStringLiteral("kort"));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPasswordRepeat")), QStringLiteral("kort"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::AdministratorPage));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), access::Accounts::checkPassword(QStringLiteral("kort")).error().message);
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPassword")), kAdminPassword);
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPasswordRepeat")), QStringLiteral("ett annat losenord"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::AdministratorPage));
        QVERIFY(error->text().contains(QStringLiteral("inte likadana")));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPasswordRepeat")), kAdminPassword);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::OrganisationPage));
        QVERIFY(!QFile::exists(path)); // nothing is made before the last choice

        // Målgrupper and enheter; blank lines and a repeated unit are tidied away.
        child<QCheckBox>(&wizard, QStringLiteral("malgrupp_FUNK"))->setChecked(false);
        child<QCheckBox>(&wizard, QStringLiteral("malgrupp_EKB"))->setChecked(false);
        auto* enheter = child<QPlainTextEdit>(&wizard, QStringLiteral("enheterEdit"));
        enheter->setFocus();
        QTest::keyClicks(enheter, QStringLiteral("Barn och unga"));
        QTest::keyClick(enheter, Qt::Key_Return);
        QTest::keyClick(enheter, Qt::Key_Return);
        QTest::keyClicks(enheter, QStringLiteral("Vuxen"));
        QTest::keyClick(enheter, Qt::Key_Return);
        QTest::keyClicks(enheter, QStringLiteral("vuxen"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::DonePage));
        QVERIFY(wizard.isCreated());
        QVERIFY(QFile::exists(path));

        // The recovery code: shown once, large, not selectable, and it must be acknowledged.
        auto* code = child<QLabel>(&wizard, QStringLiteral("recoveryCodeLabel"));
        QVERIFY(!wizard.recoveryCode().isEmpty());
        QCOMPARE(code->text(), wizard.recoveryCode());
        QVERIFY(code->isVisible());
        QCOMPARE(code->textInteractionFlags(), Qt::NoTextInteraction);
        QVERIFY(code->selectedText().isEmpty());
        if (qEnvironmentVariableIsSet("FOLJA_SCREENSHOT_DIR")) // documentation only
            wizard.grab().save(qEnvironmentVariable("FOLJA_SCREENSHOT_DIR") + QStringLiteral("/guide.png"));
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
        QTest::keyClick(&wizard, Qt::Key_Escape); // no way out before the code is taken care of
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.result(), 0);
        child<QCheckBox>(&wizard, QStringLiteral("recoveryStoredCheck"))->setChecked(true);
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.userName(), QStringLiteral("kim.admin"));
        QCOMPARE(wizard.password(), kAdminPassword);

        // What was chosen is in the database; the code opens it without a password.
        auto session = access::Session::signIn(path, QStringLiteral("kim.admin"), kAdminPassword);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        auto setup = access::Organisation(*session.value()).setup();
        QVERIFY(setup.ok());
        QCOMPARE(setup->malgrupper,
                 (QStringList{QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("ALDRE")}));
        QCOMPARE(setup->enheter, (QStringList{QStringLiteral("Barn och unga"), QStringLiteral("Vuxen")}));
        auto accounts = access::Accounts(*session.value()).list();
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().displayName, QStringLiteral("Kim Andersson, IFO"));
        QVERIFY(accounts->first().roles.testFlag(access::Role::Administrator));
        session.value().reset();
        auto recovered = store::Database::openWithRecoveryCode(path, wizard.recoveryCode());
        QVERIFY(recovered.ok());
    }

    void theDatabaseIsMadeOnAWorkerWhileTheWindowDraws()
    {
        const QString path = m_dir.filePath(QStringLiteral("arbetare.folja"));
        CreateDatabaseWizard wizard(m_catalog);
        wizard.setKdfForTests(access::KdfParams::fastForTests());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        setText(child<QLineEdit>(&wizard, QStringLiteral("newDatabasePath")), path);
        wizard.next();
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminUser")), QStringLiteral("kim.admin"));
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPassword")), kAdminPassword);
        setText(child<QLineEdit>(&wizard, QStringLiteral("adminPasswordRepeat")), kAdminPassword);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::OrganisationPage));

        // The worker is held until the event loop has run a few times with the wizard busy: only
        // possible when the database is made off the GUI thread.
        ui::holdBackgroundWorkForTests(true);
        int ticksWhileBusy = 0;
        QString shown;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, &wizard, [&] {
            if (!wizard.isBusy())
                return;
            shown = child<QLabel>(&wizard, QStringLiteral("organisationError"))->text();
            if (++ticksWhileBusy >= 3)
                ui::holdBackgroundWorkForTests(false);
        });
        probe.start();
        wizard.next(); // returns when the database exists
        probe.stop();
        ui::holdBackgroundWorkForTests(false);
        QVERIFY2(ticksWhileBusy >= 3, qPrintable(QString::number(ticksWhileBusy)));
        QVERIFY2(shown.contains(QStringLiteral("Skapar databasen")), qPrintable(shown));
        QVERIFY(!wizard.isBusy());
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::DonePage));
        QVERIFY(wizard.isCreated());
        QVERIFY(QFile::exists(path));
        QVERIFY(access::Session::signIn(path, QStringLiteral("kim.admin"), kAdminPassword).ok());
    }

    void refusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("finns.folja"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("not ours");
        existing.close();
        CreateDatabaseWizard wizard(m_catalog);
        wizard.show();
        wizard.next();
        setText(child<QLineEdit>(&wizard, QStringLiteral("newDatabasePath")), path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::LocationPage));
        auto* error = child<QLabel>(&wizard, QStringLiteral("locationError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("finns redan")));
        QCOMPARE(existing.size(), 8); // untouched
    }

    void createsTheDemoDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.folja"));
        CreateDatabaseWizard wizard(m_catalog);
        wizard.setKdfForTests(access::KdfParams::fastForTests());
        wizard.setDemoPersons(40);
        wizard.show();
        QTest::mouseClick(child<QRadioButton>(&wizard, QStringLiteral("demoRadio")), Qt::LeftButton);
        wizard.next();
        setText(child<QLineEdit>(&wizard, QStringLiteral("newDatabasePath")), path);
        wizard.next(); // the demo is made here: no administratör or recovery-code pages
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::DonePage));
        QVERIFY(wizard.isCreated());
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("recoveryCodeLabel"))->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.accept();
        QCOMPARE(wizard.userName(), QStringLiteral("demo1"));
        auto session = access::Session::signIn(path, wizard.userName(), wizard.password());
        QVERIFY(session.ok());
        QVERIFY(session.value()->hasRole(access::Role::Handlaggare));
    }

    void windowOffersTheWizardOnFirstStartAndSignsIn()
    {
        QSettings().remove(QStringLiteral("recentDatabases"));
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* button = child<QPushButton>(&w, QStringLiteral("createDatabaseButton"));
        QVERIFY(button->isVisible());
        bool inMenu = false;
        for (QAction* action : w.menuBar()->actions().first()->menu()->actions())
            inMenu |= action->text() == QStringLiteral("&Ny databas…");
        QVERIFY(inMenu);

        const QString path = m_dir.filePath(QStringLiteral("forsta.folja"));
        bool driven = false;
        whenWizardShown([&](CreateDatabaseWizard* wizard) {
            wizard->next();
            setText(child<QLineEdit>(wizard, QStringLiteral("newDatabasePath")), path);
            wizard->next();
            setText(child<QLineEdit>(wizard, QStringLiteral("adminPassword")), kAdminPassword);
            setText(child<QLineEdit>(wizard, QStringLiteral("adminPasswordRepeat")), kAdminPassword);
            wizard->next();
            wizard->next();
            child<QCheckBox>(wizard, QStringLiteral("recoveryStoredCheck"))->setChecked(true);
            driven = wizard->currentId() == CreateDatabaseWizard::DonePage;
            wizard->button(QWizard::FinishButton)->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(driven);
        QVERIFY(w.session());
        QCOMPARE(w.session()->user(), QStringLiteral("admin"));
        QCOMPARE(w.session()->path(), path);

        // Once a database is known, the sign-in screen no longer pushes the wizard.
        w.signOut();
        ui::MainWindow again;
        QVERIFY(!child<QPushButton>(&again, QStringLiteral("createDatabaseButton"))->isVisibleTo(&again));
    }
};

QTEST_MAIN(TestCreateDatabase)
#include "tst_createdatabase.moc"
