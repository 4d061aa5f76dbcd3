// The host window end to end on a real (small, fast-KDF) demo database: sign-in errors, the
// handläggare's list holding only their own ärenden, roles deciding the screens, and the lock.

#include "access/arendeservice.h"
#include "access/clock.h"
#include "access/demodata.h"
#include "access/session.h"
#include "arenden/arendelistmodel.h"
#include "arenden/minaarendenwidget.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "io/demodatabase.h"
#include "mainwindow/idlewatcher.h"
#include "mainwindow/mainwindow.h"
#include "signin/lockwidget.h"
#include "signin/signinwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;

namespace {
const QString kPassword = QStringLiteral("test-losen-123");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        m_path = m_dir.filePath(QStringLiteral("demo.folja"));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.fill.persons = 300;
        demo.kdf = access::KdfParams::fastForTests();
        auto created = io::createDemoDatabase(m_path, catalog.value(), demo);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(created->summary.handlaggare.size() >= 2);
        QVERIFY(!created->recoveryCode.isEmpty());
    }

    void windowSpeaksSwedishAtRunTime()
    {
        // lupdate and Qt must agree on the translation context of namespaced classes; this
        // checks the strings a user actually sees, not the .ts file.
        ui::MainWindow w;
        auto* button = w.findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Logga in"));
        QVERIFY(!w.signIn(m_path, QStringLiteral("demo1"), QStringLiteral("fel-losenord")));
        const QString error = w.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("lösenord")), qPrintable(error));
    }

    void wrongPasswordShowsErrorAndStaysOnSignIn()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(!w.signIn(m_path, QStringLiteral("demo1"), QStringLiteral("not-the-password")));
        auto* error = w.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QVERIFY(error->isVisibleTo(&w));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!w.session());
        auto* password = w.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        QVERIFY(password->text().isEmpty()); // never left behind in the field
    }

    void signInThroughTheWidgets()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.signInWidget()->setDatabasePath(m_path);
        auto* user = w.findChild<QLineEdit*>(QStringLiteral("userLineEdit"));
        auto* password = w.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("demo2"));
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(w.session() != nullptr);
        QCOMPARE(w.session()->user(), QStringLiteral("demo2"));
    }

    // Synthetic data are never mistaken for a kommun's register: a database that holds demo data
    // says DEMO in the title bar, for every account; a real one does not.
    void demoDatabaseSaysDemoInTheTitle()
    {
        {
            ui::MainWindow w;
            w.show();
            QVERIFY(!w.windowTitle().contains(QStringLiteral("DEMO")));
            QVERIFY(w.signIn(m_path, QStringLiteral("demo1"), kPassword));
            QTRY_VERIFY(w.session() != nullptr);
            QTRY_VERIFY2(w.windowTitle().contains(QStringLiteral("DEMO")), qPrintable(w.windowTitle()));
            w.signOut();
            QVERIFY(!w.windowTitle().contains(QStringLiteral("DEMO")));
        }
        const QString real = m_dir.filePath(QStringLiteral("real.folja"));
        {
            access::SessionOptions fast;
            fast.kdf = access::KdfParams::fastForTests();
            auto created = access::Session::createDatabase(real, QStringLiteral("admin"), kPassword, fast);
            QVERIFY(created);
            auto present = access::DemoData(*created->session).present();
            QVERIFY(present);
            QVERIFY(!*present);
        }
        ui::MainWindow w;
        w.show();
        QVERIFY(w.signIn(real, QStringLiteral("admin"), kPassword));
        QTRY_VERIFY(w.session() != nullptr);
        QVERIFY2(!w.windowTitle().contains(QStringLiteral("DEMO")), qPrintable(w.windowTitle()));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Följa")));
    }

    void handlaggareListHoldsOnlyOwnArenden()
    {
        ui::MainWindow w;
        QVERIFY(w.signIn(m_path, QStringLiteral("demo1"), kPassword));
        auto* list = w.findChild<ui::MinaArendenWidget*>();
        QVERIFY(list);
        const auto* model = list->model();
        const int rows = model->rowCount();
        QVERIFY(rows > 0);
        int withMissing = 0;
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(model->arende(r)->owner, QStringLiteral("demo1"));
            withMissing += model->index(r, 0).data(ui::ArendeListModel::MissingRole).toInt() > 0 ? 1 : 0;
        }
        // The demo data has bortfall; the list shows it per ärende (computed in core).
        QVERIFY(withMissing > 0);
        QVERIFY(withMissing < rows);
        w.signOut(); // releases the database for the administratör below

        // The administratör sees how many ärenden exist in all: demo1's list must be a strict part.
        auto admin = access::Session::signIn(m_path, QStringLiteral("admin"), kPassword);
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
        access::ArendeService service(*admin.value());
        auto all = service.count();
        QVERIFY(all.ok());
        QVERIFY(rows < all.value());
    }

    void analytikerGetsNoCaseList()
    {
        ui::MainWindow w;
        QVERIFY(w.signIn(m_path, QStringLiteral("analys"), kPassword));
        QVERIFY(!w.findChild<ui::MinaArendenWidget*>());
        QVERIFY(w.workspace()->count() >= 1);
    }

    void lockHidesEverythingAndNeedsThePassword()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(w.signIn(m_path, QStringLiteral("demo1"), kPassword));
        auto* stack = w.findChild<QStackedWidget*>();
        w.lockNow();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("lockWidget"));
        QTRY_VERIFY(!w.isBusy()); // the lock runs on a worker
        QVERIFY(w.session()->isLocked());

        auto* lock = w.findChild<ui::LockWidget*>();
        emit lock->unlockRequested(QStringLiteral("wrong"));
        QTRY_VERIFY(!w.isBusy()); // so does the unlock
        QVERIFY(w.session()->isLocked());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("unlockErrorLabel"))->isVisibleTo(&w));

        emit lock->unlockRequested(kPassword);
        QTRY_VERIFY(!w.isBusy());
        QVERIFY(!w.session()->isLocked());
        QCOMPARE(stack->currentWidget(), w.workspace());
    }

    void idleWatcherLocksAfterInactivityOnly()
    {
        access::ManualClock clock;
        access::IdleLockPolicy policy(clock, 10);
        ui::IdleWatcher watcher;
        QSignalSpy due(&watcher, &ui::IdleWatcher::lockDue);
        watcher.watch(&policy);

        clock.advanceSecs(9 * 60);
        watcher.checkNow();
        QCOMPARE(due.count(), 0);

        // Any key press in the application counts as activity and restarts the period.
        QLineEdit edit;
        edit.show();
        QTest::keyClick(&edit, Qt::Key_A);
        clock.advanceSecs(9 * 60);
        watcher.checkNow();
        QCOMPARE(due.count(), 0);

        clock.advanceSecs(61);
        watcher.checkNow();
        QCOMPARE(due.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
