// The window never freezes: sign-in, unlock, lock (with its cache write), the analysis snapshot
// load and the cross-tab run on worker threads, and the GUI thread keeps running its event loop
// meanwhile. Each test holds the workers (ui::holdBackgroundWorkForTests) so it can look at the
// window while the work is "still running", whatever the speed of the machine; nothing here
// measures time. The speed itself is benchmarks/gui (bench_gui_stall).

#include "access/session.h"
#include "analys/analysworkspace.h"
#include "analys/leadtimesview.h"
#include "analys/querypanel.h"
#include "analys/trendsview.h"
#include "analys/variablechoices.h"
#include "catalog/catalog.h"
#include "io/demodatabase.h"
#include "mainwindow/mainwindow.h"
#include "signin/lockwidget.h"
#include "signin/signinwidget.h"
#include "widgets/background.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace folja;

namespace {

const QString kPassword = QStringLiteral("test-losen-123");
constexpr int kWaitMs = 60000; // generous: a loaded 2-core machine

// Counts the turns of the GUI thread's event loop while `busy` holds: a timer that fires proves
// the thread is not blocked by the work.
class Probe
{
public:
    explicit Probe(std::function<bool()> busy)
        : m_busy(std::move(busy))
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_busy())
                ++m_ticksWhileBusy;
        });
        m_timer.start();
    }
    int ticksWhileBusy() const { return m_ticksWhileBusy; }

private:
    QTimer m_timer;
    std::function<bool()> m_busy;
    int m_ticksWhileBusy = 0;
};

// Releases the workers when a test ends, even a failed one (a held worker would block the next).
struct HoldWorkers {
    HoldWorkers() { ui::holdBackgroundWorkForTests(true); }
    ~HoldWorkers() { release(); }
    void release() { ui::holdBackgroundWorkForTests(false); }
};

bool tableHas(const ui::AnalysWorkspace& w, const QString& variable)
{
    if (!w.currentTable())
        return false;
    for (const analysis::TableDimension& d : w.currentTable()->dimensions) {
        if (d.variable == variable)
            return true;
    }
    return false;
}

} // namespace

class TestResponsive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<catalog::Catalog> m_catalog;

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_path, user, kPassword);
        if (!s)
            return nullptr;
        return std::move(s).value();
    }

    void fillSignIn(ui::MainWindow& w, const QString& user)
    {
        w.signInWidget()->setDatabasePath(m_path);
        w.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(user);
        w.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(kPassword);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.folja"));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.fill.persons = 300;
        demo.kdf = access::KdfParams::fastForTests();
        auto created = io::createDemoDatabase(m_path, *m_catalog, demo);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void signInReturnsToTheEventLoopWhileVerifying()
    {
        ui::MainWindow w;
        w.show();
        fillSignIn(w, QStringLiteral("demo1"));
        ui::SignInWidget* form = w.signInWidget();
        auto* button = w.findChild<QPushButton*>(QStringLiteral("signInButton"));
        HoldWorkers hold;
        QTest::mouseClick(button, Qt::LeftButton);

        // The click has returned, the password is still being checked: the form says so and
        // takes no input that could race the worker.
        QVERIFY(form->isBusy());
        QVERIFY(!w.session());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("signInStatusLabel"))->isVisibleTo(&w));
        QVERIFY(w.findChild<QProgressBar*>(QStringLiteral("signInBusyBar"))->isVisibleTo(&w));
        QVERIFY(!button->isEnabled());
        QVERIFY(!w.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->isEnabled());
        QVERIFY(!w.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->isEnabled());
        Probe probe([form] { return form->isBusy(); });
        QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
        // A second request meanwhile (Return pressed again) is not a second sign-in.
        emit form->signInRequested(m_path, QStringLiteral("demo2"), kPassword);

        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kWaitMs);
        QVERIFY(w.session());
        QCOMPARE(w.session()->user(), QStringLiteral("demo1"));
        QVERIFY(!form->isBusy());
        QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), w.workspace());
        w.signOut();
    }

    void aCancelledSignInLeavesTheFormAndTheDatabaseFree()
    {
        ui::MainWindow w;
        w.show();
        fillSignIn(w, QStringLiteral("demo1"));
        ui::SignInWidget* form = w.signInWidget();
        {
            HoldWorkers hold;
            QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
            QVERIFY(form->isBusy());
            auto* cancel = w.findChild<QPushButton*>(QStringLiteral("cancelSignInButton"));
            QVERIFY(cancel->isVisibleTo(&w));
            QTest::mouseClick(cancel, Qt::LeftButton);
            QVERIFY(!form->isBusy());
            QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->isEnabled());
        }
        // The cancelled sign-in finishes on its worker and closes what it opened: the next one
        // (another user) gets the database, and the cancelled one never becomes the session.
        fillSignIn(w, QStringLiteral("demo2"));
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), kWaitMs);
        QVERIFY2(w.session(), qPrintable(w.findChild<QLabel*>(QStringLiteral("errorLabel"))->text()));
        QCOMPARE(w.session()->user(), QStringLiteral("demo2"));
        w.signOut();
    }

    void theWorkspaceShowsALoadingStateWhileTheSnapshotLoads()
    {
        auto session = signIn(QStringLiteral("analys"));
        QVERIFY(session);
        ui::AnalysWorkspace w(*session, *m_catalog);
        HoldWorkers hold;
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.isLoading(), kWaitMs);
        QVERIFY(ui::SessionLease::isLent(*session));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("analysisBusyLabel"))->isVisibleTo(&w));
        QVERIFY(w.findChild<QProgressBar*>(QStringLiteral("analysisBusyBar"))->isVisibleTo(&w));
        QVERIFY(!w.queryPanel()->isEnabled()); // no query can race the load
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("reloadButton"))->isEnabled());
        QVERIFY(!w.currentTable());
        Probe probe([&w] { return w.isLoading(); });
        QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);

        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentTable().has_value(), kWaitMs);
        QVERIFY(!w.isLoading());
        QVERIFY(!ui::SessionLease::isLent(*session));
        QVERIFY(w.queryPanel()->isEnabled());
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("analysisBusyLabel"))->isVisibleTo(&w));
    }

    void theTableIsComputedOnAWorkerAndChangesAreDebounced()
    {
        auto session = signIn(QStringLiteral("analys"));
        QVERIFY(session);
        ui::AnalysWorkspace w(*session, *m_catalog);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentTable().has_value() && !w.isBusy(), kWaitMs);
        auto* columns = w.findChild<QComboBox*>(QStringLiteral("columnsCombo"));
        QVERIFY(columns);

        // Several changes while the user is still choosing: one computation, of the last choice.
        // (The event loop runs between the changes; the wait is long enough for any machine.)
        w.setDebounceInterval(3000);
        QSignalSpy started(&w, &ui::AnalysWorkspace::computationStarted);
        QSignalSpy shown(&w, &ui::AnalysWorkspace::resultsShown);
        for (const QString& variable :
             {QStringLiteral("insats"), QStringLiteral("aktualiseringstyp"), QStringLiteral("avslutsorsak")}) {
            QVERIFY(ui::VariableChoices::select(*columns, variable));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
        QCOMPARE(started.count(), 1);
        QVERIFY(tableHas(w, QStringLiteral("avslutsorsak")));

        // The computation runs on a worker: the old table stays, the window keeps running.
        w.setDebounceInterval(0);
        started.clear();
        shown.clear();
        {
            HoldWorkers hold;
            QVERIFY(ui::VariableChoices::select(*columns, QStringLiteral("insats")));
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kWaitMs);
            QVERIFY(w.isBusy());
            QVERIFY(w.findChild<QLabel*>(QStringLiteral("analysisBusyLabel"))->isVisibleTo(&w));
            QVERIFY(tableHas(w, QStringLiteral("avslutsorsak")));
            QVERIFY(w.queryPanel()->isEnabled()); // the user may go on choosing
            Probe probe([&w] { return w.isBusy(); });
            QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
            QCOMPARE(shown.count(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
        QVERIFY(tableHas(w, QStringLiteral("insats")));
        QVERIFY(!w.isBusy());
    }

    void leadTimesAndTrendsAreComputedOnAWorker()
    {
        auto session = signIn(QStringLiteral("analys"));
        QVERIFY(session);
        ui::AnalysWorkspace w(*session, *m_catalog);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentTable().has_value() && !w.isBusy(), kWaitMs);
        auto* from = w.findChild<ui::DateField*>(QStringLiteral("periodFrom"));
        auto* to = w.findChild<ui::DateField*>(QStringLiteral("periodTo"));
        QVERIFY(from && to);
        from->clear();
        QTest::keyClicks(from, QStringLiteral("2024-01-01"));
        to->clear();
        QTest::keyClicks(to, QStringLiteral("2025-12-31"));
        w.recomputeNow();
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        QVERIFY(tabs);

        // Opening the page starts the work; until the worker has finished the window runs and the
        // page has no table yet.
        {
            HoldWorkers hold;
            tabs->setCurrentWidget(w.leadTimesView());
            QVERIFY(w.isBusy());
            QVERIFY(!w.leadTimesView()->table().has_value());
            Probe probe([&w] { return w.isBusy(); });
            QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
            QVERIFY(!w.leadTimesView()->table().has_value());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kWaitMs);
        QVERIFY(w.leadTimesView()->table().has_value());

        {
            HoldWorkers hold;
            tabs->setCurrentWidget(w.trendsView());
            QVERIFY(w.isBusy());
            QVERIFY(!w.trendsView()->trends().has_value());
            Probe probe([&w] { return w.isBusy(); });
            QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
            QVERIFY(!w.trendsView()->trends().has_value());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kWaitMs);
        QVERIFY(w.trendsView()->trends().has_value());
        QCOMPARE(w.trendsView()->trends()->periods.size(), 24); // months of 2024–2025
    }

    void lockAndUnlockRunOnAWorker()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(w.signIn(m_path, QStringLiteral("analys"), kPassword));
        auto* stack = w.findChild<QStackedWidget*>();
        auto* lock = w.findChild<ui::LockWidget*>();
        auto* unlockButton = w.findChild<QPushButton*>(QStringLiteral("unlockButton"));
        auto* analysis = w.findChild<ui::AnalysWorkspace*>();
        QVERIFY(analysis);
        QTRY_VERIFY_WITH_TIMEOUT(analysis->currentTable().has_value() && !analysis->isBusy(), kWaitMs);

        {
            HoldWorkers hold;
            w.lockNow();
            // Everything is hidden at once; the lock itself (the cache write) is still to come.
            QCOMPARE(stack->currentWidget(), lock);
            QVERIFY(lock->isBusy());
            QVERIFY(!unlockButton->isEnabled());
            QVERIFY(ui::SessionLease::isLent(*w.session()));
            Probe probe([lock] { return lock->isBusy(); });
            QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kWaitMs);
        QVERIFY(w.session()->isLocked());
        QVERIFY(unlockButton->isEnabled());

        {
            HoldWorkers hold;
            w.findChild<QLineEdit*>(QStringLiteral("unlockPasswordLineEdit"))->setText(kPassword);
            QTest::mouseClick(unlockButton, Qt::LeftButton);
            QVERIFY(lock->isBusy()); // checking the password on a worker
            QVERIFY(w.session()->isLocked());
            Probe probe([lock] { return lock->isBusy(); });
            QTRY_VERIFY_WITH_TIMEOUT(probe.ticksWhileBusy() >= 3, kWaitMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(stack->currentWidget() == w.workspace(), kWaitMs);
        QVERIFY(!w.session()->isLocked());
        // The snapshot was dropped at the lock and loads again.
        QTRY_VERIFY_WITH_TIMEOUT(analysis->currentTable().has_value() && !analysis->isBusy(), kWaitMs);
        w.signOut();
    }

    void aLockWaitsForTheWorkThatHoldsTheSession()
    {
        ui::MainWindow w;
        w.show();
        HoldWorkers hold;
        // Signed in while the workers are held: the analysis workspace starts its load, which
        // holds the session; the other screens wait, and so does a lock asked for meanwhile.
        QVERIFY(w.signIn(m_path, QStringLiteral("admin"), kPassword));
        const int analysisTab = w.workspace()->indexOf(w.findChild<ui::AnalysWorkspace*>());
        QVERIFY(analysisTab >= 0);
        w.workspace()->setCurrentIndex(analysisTab);
        auto* analysis = w.findChild<ui::AnalysWorkspace*>();
        QTRY_VERIFY_WITH_TIMEOUT(analysis->isLoading(), kWaitMs);
        QVERIFY(ui::SessionLease::isLent(*w.session()));
        for (int i = 0; i < w.workspace()->count(); ++i)
            QCOMPARE(w.workspace()->isTabEnabled(i), i == analysisTab);

        w.lockNow();
        auto* lock = w.findChild<ui::LockWidget*>();
        QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), lock);
        QVERIFY(lock->isBusy());
        hold.release();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kWaitMs);
        QVERIFY(!ui::SessionLease::isLent(*w.session()));
        QVERIFY(w.session()->isLocked());
        for (int i = 0; i < w.workspace()->count(); ++i)
            QVERIFY(w.workspace()->isTabEnabled(i));
        w.signOut();
    }
};

QTEST_MAIN(TestResponsive)
#include "tst_responsive.moc"
