#include "mainwindow/mainwindow.h"

#include "access/catalogsettings.h"
#include "access/demodata.h"
#include "access/session.h"
#include "access/settings.h"
#include "access/signinthrottle.h"
#include "admin/adminworkspace.h"
#include "analys/analysworkspace.h"
#include "analys/querypanel.h"
#include "arenden/arendeworkspace.h"
#include "exchange/exchangemenu.h"
#include "importwizard/importwizard.h"
#include "mainwindow/helpmenu.h"
#include "mainwindow/idlewatcher.h"
#include "signin/createdatabasewizard.h"
#include "signin/lockwidget.h"
#include "signin/recoverydialog.h"
#include "signin/signinwidget.h"
#include "widgets/background.h"
#include "widgets/highcontrast.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace folja::ui {

namespace {
const QString kRecentKey = QStringLiteral("recentDatabases");
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    applyHighContrastIfRequested(); // FOLJA_HIGH_CONTRAST=1
    setWindowTitle(tr("Följa"));
    resize(1200, 800);

    m_stack = new QStackedWidget(this);
    m_signIn = new SignInWidget(m_stack);
    m_lock = new LockWidget(m_stack);
    m_workspace = new QTabWidget(m_stack);
    m_workspace->setObjectName(QStringLiteral("workspaceTabWidget"));
    m_workspace->setDocumentMode(true);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_lock);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    // Recent database paths only: no user names, nothing about content.
    m_signIn->setRecentFiles(QSettings().value(kRecentKey).toStringList());
    // First start (no database yet): the wizard is offered on the sign-in screen; always in the menu.
    m_signIn->setCreateAvailable(QSettings().value(kRecentKey).toStringList().isEmpty());
    const auto createDatabase = [this] {
        CreateDatabaseWizard wizard(m_catalog, this);
        if (wizard.exec() == QDialog::Accepted && wizard.isCreated()) {
            signOut();
            m_signIn->setDatabasePath(wizard.databasePath());
            m_signIn->setUserName(wizard.userName());
            signIn(wizard.databasePath(), wizard.userName(), wizard.password());
        }
    };
    connect(m_signIn, &SignInWidget::createDatabaseRequested, this, createDatabase);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::lockDue, this, &MainWindow::lockNow);
    connect(m_signIn, &SignInWidget::signInRequested, this,
            [this](const QString& path, const QString& user, const QString& password) {
                beginSignIn(path, user, password);
            });
    connect(m_signIn, &SignInWidget::cancelRequested, this, &MainWindow::cancelSignIn);
    connect(m_signIn, &SignInWidget::recoveryRequested, this, &MainWindow::openRecovery);
    connect(m_lock, &LockWidget::unlockRequested, this, &MainWindow::unlock);
    connect(m_lock, &LockWidget::signOutRequested, this, &MainWindow::signOut);
    // While work on a worker holds the session, nothing else may use it: the other screens are
    // disabled until it is returned, and a lock asked for meanwhile waits for it.
    connect(SessionLease::instance(), &SessionLease::lent, this, [this](const access::Session* s) {
        if (s == m_session.get())
            updateWorkspaceEnabled();
    });
    connect(SessionLease::instance(), &SessionLease::returned, this, &MainWindow::sessionReturned);
    connect(m_workspace, &QTabWidget::currentChanged, this, &MainWindow::updateWorkspaceEnabled);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&New database…"), this, createDatabase);
    fileMenu->addAction(tr("&Import from another system…"), this, [this] {
        if (m_session && m_stack->currentWidget() == m_workspace && ImportWizard::run(*m_session, m_catalog, this)) {
            if (auto* arenden = m_workspace->findChild<ArendeWorkspace*>())
                arenden->reload();
        }
    });
    fileMenu->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockNow);
    fileMenu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    HelpMenu::install(this, &m_catalog);
    m_exchange = new ExchangeMenu(this, m_catalog);
    connect(m_exchange, &ExchangeMenu::arendenChanged, this, [this] {
        if (auto* arenden = findChild<ArendeWorkspace*>())
            arenden->reload();
    });

    auto loaded = catalog::Catalog::loadBuiltin();
    if (loaded)
        m_catalog = std::move(loaded).value();
    else
        m_signIn->showError(loaded.error().message);
}

MainWindow::~MainWindow()
{
    // The screens refer to m_catalog and the session: take them down while both still exist
    // (QWidget's destructor would delete them only after the members are gone).
    signOut();
    // A cancelled sign-in may still run: its session closes on the worker's side.
    m_signInWork.waitForFinished();
}

bool MainWindow::isBusy() const
{
    return m_signingIn || m_locking || m_unlocking;
}

bool MainWindow::signIn(const QString& path, const QString& user, const QString& password)
{
    if (m_signingIn)
        cancelSignIn();
    m_signInWork.waitForFinished(); // a cancelled sign-in holds the database until it ends
    m_signIn->setBusy(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = access::Session::signIn(path, user, password);
    QApplication::restoreOverrideCursor();
    m_signIn->setBusy(false);
    return finishSignIn(path, std::move(session), false);
}

// One sign-in on a worker. A cancelled one must not keep the database open (the next sign-in
// would find it locked): whichever comes last — the worker's result or the cancel — closes it.
struct MainWindow::SignInAttempt {
    QMutex mutex;
    bool cancelled = false;
    std::unique_ptr<Result<std::unique_ptr<access::Session>>> outcome;
};

void MainWindow::beginSignIn(const QString& path, const QString& user, const QString& password)
{
    if (m_signingIn)
        return; // the form takes no input meanwhile; a second request is the first one again
    m_signingIn = true;
    // After repeated wrong passwords core makes the next attempt wait (access/signinthrottle.h);
    // the wait happens on the worker, and the form says why nothing happens meanwhile.
    const auto wait = access::SignInThrottle::instance().remaining(access::SignInThrottle::key(path, user));
    m_signIn->setBusy(
        true,
        wait.count() > 0
            ? tr("Several wrong passwords: waiting %1 s before the next attempt…").arg((wait.count() + 999) / 1000)
            : QString());
    auto attempt = std::make_shared<SignInAttempt>();
    m_attempt = attempt;
    const QFuture<void> previous = m_signInWork;
    m_signInWork = runInBackground(
        this,
        [previous, path, user, password, attempt] {
            // A cancelled sign-in may still be deriving its key: wait for it to close again.
            QFuture<void>(previous).waitForFinished();
            auto session = std::make_unique<Result<std::unique_ptr<access::Session>>>(
                access::Session::signIn(path, user, password));
            QMutexLocker lock(&attempt->mutex);
            if (!attempt->cancelled)
                attempt->outcome = std::move(session);
            // else the session closes here, on the worker
        },
        [this, path, user, attempt] {
            std::unique_ptr<Result<std::unique_ptr<access::Session>>> outcome;
            {
                QMutexLocker lock(&attempt->mutex);
                if (attempt->cancelled || !attempt->outcome)
                    return;
                outcome = std::move(attempt->outcome);
            }
            m_attempt.reset();
            if (!*outcome) {
                m_signingIn = false;
                m_signIn->setBusy(false);
            }
            const bool wrongPassword = !*outcome && outcome->error().code == ErrorCode::WrongPassword;
            finishSignIn(path, std::move(*outcome), true);
            const auto next = access::SignInThrottle::instance().remaining(access::SignInThrottle::key(path, user));
            if (wrongPassword && next.count() > 0)
                m_signIn->showError(tr("The user name or password is wrong. After several wrong passwords each new "
                                       "attempt waits longer: the next one waits %1 s.")
                                        .arg((next.count() + 999) / 1000));
        });
}

void MainWindow::cancelSignIn()
{
    if (!m_signingIn)
        return;
    if (auto attempt = std::exchange(m_attempt, nullptr)) {
        std::unique_ptr<Result<std::unique_ptr<access::Session>>> finished; // closed outside the lock
        QMutexLocker lock(&attempt->mutex);
        attempt->cancelled = true;
        finished = std::move(attempt->outcome);
        lock.unlock();
    }
    m_signingIn = false;
    m_signIn->setBusy(false);
    // Signed in already, the screens still being built: cancelling signs out again.
    if (m_session && m_stack->currentWidget() == m_signIn)
        signOut();
}

bool MainWindow::finishSignIn(const QString& path, Result<std::unique_ptr<access::Session>> session, bool stepwise)
{
    if (!session) {
        m_signIn->showError(session.error().message);
        m_signIn->clearPassword();
        return false;
    }
    m_session = std::move(session).value();
    access::Settings settings(*m_session);
    if (auto minutes = settings.idleLockMinutes())
        m_session->idlePolicy().setMinutes(minutes.value());
    // The kommun's catalogue customisation, before any screen or the analysis reads the catalogue.
    auto customised = access::CatalogSettings(*m_session).applyTo(m_catalog);
    m_signIn->clearPassword();
    const QString status = customised ? tr("Signed in as %1").arg(m_session->user()) : customised.error().message;
    // Building the screens is GUI work; after a sign-in on a worker it is done one step per turn
    // of the event loop (the window draws in between), the sign-in screen busy until the last.
    const access::Session* signedIn = m_session.get();
    auto step = [this, signedIn](std::function<void()> next) {
        QTimer::singleShot(0, this, [this, signedIn, next = std::move(next)] {
            if (m_session.get() == signedIn) // not signed out meanwhile
                next();
        });
    };
    auto show = [this, status] {
        m_signingIn = false;
        m_signIn->setBusy(false);
        m_stack->setCurrentWidget(m_workspace);
        m_idle->watch(&m_session->idlePolicy());
        statusBar()->showMessage(status);
        showFailedSignIns();
    };
    if (!stepwise) {
        rememberRecent(path);
        buildWorkspace();
        show();
        return true;
    }
    step([this, path, step, show] {
        rememberRecent(path);
        step([this, step, show] {
            buildWorkspace();
            step(show);
        });
    });
    return true;
}

void MainWindow::openRecovery(const QString& path, const QString& user)
{
    if (m_signingIn)
        return;
    auto* dialog = new RecoveryDialog(path, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::unique_ptr<access::Session> session = dialog->takeSession();
        if (!session)
            return;
        signOut();
        m_signIn->setUserName(session->user());
        finishSignIn(dialog->databasePath(), std::move(session), true);
    });
    dialog->open();
}

// Failed sign-ins since an administratör last saw them (access::Session::failedSignIns): shown
// once after an administratör signs in. Closing the notice writes them to the audit log, so the
// next administratör is not shown them again.
void MainWindow::showFailedSignIns()
{
    if (!m_session)
        return;
    const auto& failed = m_session->failedSignIns();
    const qint64 dropped = m_session->failedSignInsDropped();
    if (failed.isEmpty() && dropped == 0)
        return;
    QStringList lines;
    constexpr int kShown = 15;
    for (int i = qMax(0, int(failed.size()) - kShown); i < failed.size(); ++i) {
        const access::FailedSignInNotice& n = failed.at(i);
        const QString when = QLocale().toString(n.at.toLocalTime(), QLocale::ShortFormat);
        if (n.recoveryCode)
            lines.append(tr("%1 — wrong recovery code").arg(when));
        else if (n.account.isEmpty())
            lines.append(tr("%1 — a user name that has no account").arg(when));
        else
            lines.append(tr("%1 — wrong password for %2").arg(when, n.account));
    }
    QString text = tr("%n failed sign-in(s) since an administratör last looked:", nullptr, int(failed.size()));
    text += QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (failed.size() > kShown)
        text += QStringLiteral("\n") + tr("(the latest %1 shown; all are in the audit log)").arg(kShown);
    if (dropped > 0)
        text += QStringLiteral("\n\n") + tr("%1 older failed sign-ins were not kept.").arg(dropped);
    // A notice in the window's status bar, not a window of its own: it neither takes the keyboard
    // from the workspace nor stands in front of a dialog.
    text += QStringLiteral("\n\n") +
            tr("They are now recorded in the audit log (Administration). Many wrong passwords for one account can "
               "mean that someone is guessing it.");
    auto* notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("failedSignInsNotice"));
    notice->setFrameShape(QFrame::StyledPanel);
    auto* label = new QLabel(text, notice);
    label->setObjectName(QStringLiteral("failedSignInsText"));
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(tr("Failed sign-ins"));
    auto* ok = new QPushButton(tr("OK"), notice);
    ok->setObjectName(QStringLiteral("failedSignInsOkButton"));
    auto* layout = new QHBoxLayout(notice);
    layout->addWidget(label, 1);
    layout->addWidget(ok, 0, Qt::AlignTop);
    statusBar()->addPermanentWidget(notice, 1); // permanent: showMessage() would hide it
    statusBar()->show();
    notice->show();
    const access::Session* shownFor = m_session.get();
    connect(ok, &QPushButton::clicked, this, [this, notice, shownFor] {
        // Seen: into the audit log now, unless a worker holds the session (then with its next entry).
        if (m_session.get() == shownFor && !m_session->isLocked() && !SessionLease::isLent(*m_session))
            (void)m_session->flushPendingAudit();
        statusBar()->removeWidget(notice);
        notice->deleteLater();
    });
}

void MainWindow::buildWorkspace()
{
    // Synthetic data must never be mistaken for a kommun's register: DEMO in the title bar.
    const auto demo = access::DemoData(*m_session).present();
    setWindowTitle(demo && *demo ? tr("Följa — DEMO (synthetic data)") : tr("Följa"));
    while (m_workspace->count() > 0) {
        QWidget* w = m_workspace->widget(0);
        m_workspace->removeTab(0);
        delete w;
    }
    const bool handlaggare = m_session->hasRole(access::Role::Handlaggare);
    const bool admin = m_session->hasRole(access::Role::Administrator);
    m_exchange->setSession(m_session.get());
    if (handlaggare || admin)
        m_workspace->addTab(new ArendeWorkspace(*m_session, m_catalog, m_workspace),
                            admin && !handlaggare ? tr("All cases") : tr("My cases"));
    if (m_session->hasRole(access::Role::Analytiker) || admin)
        m_workspace->addTab(new AnalysWorkspace(*m_session, m_catalog, m_workspace), tr("Analysis"));
    if (admin) {
        auto* administration = new AdminWorkspace(*m_session, m_catalog, m_workspace);
        m_workspace->addTab(administration, tr("Administration"));
        connect(administration, &AdminWorkspace::catalogueChanged, this, &MainWindow::catalogueChanged);
        connect(administration, &AdminWorkspace::arendenChanged, this, [this] {
            if (auto* arenden = findChild<ArendeWorkspace*>())
                arenden->reload();
        });
    }
}

void MainWindow::catalogueChanged()
{
    // A customisation replaces the catalogue's entries: screens holding pointers into it are
    // rebuilt (the analysis keeps its query), lists are reloaded. An open ärende dialog keeps its
    // own copy of what it shows.
    if (auto* arenden = m_workspace->findChild<ArendeWorkspace*>())
        arenden->reload();
    if (auto* old = m_workspace->findChild<AnalysWorkspace*>()) {
        const analysis::Query query = old->currentQuery();
        const int index = m_workspace->indexOf(old);
        const bool current = m_workspace->currentIndex() == index;
        auto* fresh = new AnalysWorkspace(*m_session, m_catalog, m_workspace);
        fresh->queryPanel()->setQuery(query);
        m_workspace->removeTab(index);
        m_workspace->insertTab(index, fresh, tr("Analysis"));
        if (current)
            m_workspace->setCurrentIndex(index);
        delete old;
    }
}

void MainWindow::lockNow()
{
    // The lock screen showing: locked already, or locking or unlocking now.
    if (!m_session || m_stack->currentWidget() == m_lock)
        return;
    // Close any open ärende dialog first (it keeps its draft as it hides): a locked session must
    // show nothing, and nothing may use the session while the lock runs on a worker.
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs)
        d->hide();
    m_idle->watch(nullptr);
    m_lock->setUser(m_session->user());
    m_lock->reset();
    m_stack->setCurrentWidget(m_lock);
    m_locking = true;
    m_lock->setBusy(true, tr("Locking…"));
    if (SessionLease::isLent(*m_session)) {
        m_lockDeferred = true; // locked when the work returns the session
        return;
    }
    startLock();
}

void MainWindow::startLock()
{
    access::Session* session = m_session.get();
    if (session->isLocked()) { // locked while it was lent (cannot happen today): nothing to write
        m_locking = false;
        m_lock->setBusy(false);
        return;
    }
    // The analysis cache is written here when data changed (AnalysisData::refreshCache): seconds
    // at a million insatser.
    SessionLease::run(
        *session, this, [session] { session->lock(); },
        [this] {
            m_locking = false;
            m_lock->setBusy(false);
        });
}

void MainWindow::sessionReturned(const access::Session* session)
{
    if (!m_session || session != m_session.get())
        return;
    updateWorkspaceEnabled();
    if (m_lockDeferred && !SessionLease::isLent(*m_session)) {
        m_lockDeferred = false;
        startLock();
    }
}

void MainWindow::updateWorkspaceEnabled()
{
    // The screen that lent the session shows its own progress; the others wait.
    const bool lent = m_session && SessionLease::isLent(*m_session);
    for (int i = 0; i < m_workspace->count(); ++i)
        m_workspace->setTabEnabled(i, !lent || i == m_workspace->currentIndex());
}

void MainWindow::unlock(const QString& password)
{
    if (!m_session || m_locking || m_unlocking)
        return;
    m_unlocking = true;
    m_lock->setBusy(true, tr("Checking the password…"));
    // On a worker, the (locked) session lent to it: the key derivation, then the audit entry with
    // its fsync. The lock screen takes no input meanwhile.
    access::Session* session = m_session.get();
    auto unlocked = std::make_shared<Result<void>>(Result<void>());
    SessionLease::run(
        *session, this, [session, password, unlocked] { *unlocked = session->unlock(password); },
        [this, session, unlocked] {
            m_unlocking = false;
            m_lock->setBusy(false);
            if (m_session.get() != session)
                return;
            if (!*unlocked) {
                m_lock->showError(unlocked->error().message);
                return;
            }
            const auto dialogs = findChildren<QDialog*>();
            for (QDialog* d : dialogs)
                d->show();
            m_idle->watch(&m_session->idlePolicy());
            m_stack->setCurrentWidget(m_workspace);
        });
}

void MainWindow::signOut()
{
    cancelSignIn(); // one still running, or its screens still being built
    // Work that holds the session ends first (seconds at most).
    if (m_session)
        SessionLease::waitUntilReturned(*m_session);
    m_locking = m_lockDeferred = m_unlocking = false;
    m_lock->setBusy(false);
    m_idle->watch(nullptr);
    m_exchange->setSession(nullptr);
    while (m_workspace->count() > 0) {
        QWidget* w = m_workspace->widget(0);
        m_workspace->removeTab(0);
        delete w;
    }
    m_session.reset();
    setWindowTitle(tr("Följa"));
    statusBar()->clearMessage();
    m_stack->setCurrentWidget(m_signIn);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    signOut();
    event->accept();
}

} // namespace folja::ui
