#include "mainwindow/mainwindow.h"

#include "access/catalogsettings.h"
#include "access/demodata.h"
#include "access/session.h"
#include "access/settings.h"
#include "admin/adminworkspace.h"
#include "analys/analysworkspace.h"
#include "analys/querypanel.h"
#include "arenden/arendeworkspace.h"
#include "mainwindow/helpmenu.h"
#include "mainwindow/idlewatcher.h"
#include "signin/createdatabasewizard.h"
#include "signin/lockwidget.h"
#include "signin/signinwidget.h"
#include "widgets/highcontrast.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

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
    connect(
        m_signIn, &SignInWidget::signInRequested, this,
        [this](const QString& path, const QString& user, const QString& password) { signIn(path, user, password); });
    connect(m_lock, &LockWidget::unlockRequested, this, &MainWindow::unlock);
    connect(m_lock, &LockWidget::signOutRequested, this, &MainWindow::signOut);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&New database…"), this, createDatabase);
    fileMenu->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockNow);
    fileMenu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    HelpMenu::install(this, &m_catalog);

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
}

bool MainWindow::signIn(const QString& path, const QString& user, const QString& password)
{
    m_signIn->setBusy(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = access::Session::signIn(path, user, password);
    QApplication::restoreOverrideCursor();
    m_signIn->setBusy(false);
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
    rememberRecent(path);
    m_signIn->clearPassword();
    buildWorkspace();
    m_stack->setCurrentWidget(m_workspace);
    m_idle->watch(&m_session->idlePolicy());
    statusBar()->showMessage(customised ? tr("Signed in as %1").arg(m_session->user()) : customised.error().message);
    return true;
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
    if (!m_session || m_session->isLocked())
        return;
    // Close any open ärende dialog first: a locked session must show nothing.
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs)
        d->hide();
    m_session->lock();
    m_idle->watch(nullptr);
    m_lock->setUser(m_session->user());
    m_lock->reset();
    m_stack->setCurrentWidget(m_lock);
}

void MainWindow::unlock(const QString& password)
{
    if (!m_session)
        return;
    auto unlocked = m_session->unlock(password);
    if (!unlocked) {
        m_lock->showError(unlocked.error().message);
        return;
    }
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs)
        d->show();
    m_idle->watch(&m_session->idlePolicy());
    m_stack->setCurrentWidget(m_workspace);
}

void MainWindow::signOut()
{
    m_idle->watch(nullptr);
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
