// The exchange dialogs (issue 13): "Send my cases…" writes a package on a worker with progress and
// refuses differing passphrases before any work; "Receive package…" refuses a wrong passphrase with
// the reason and "Nothing was changed" (the database byte-identical), receives a package, and shows
// the conflict report, which lists an ärende changed on both sides. The main window's Exchange menu
// offers "Send" to a handläggare and "Receive" to an administratör. With FOLJA_EXCHANGE_SCREENSHOTS=DIR
// the dialogs are saved as PNGs there (docs/screenshots).

#include "access/accounts.h"
#include "access/arendeservice.h"
#include "access/session.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "exchange/exchangedialogs.h"
#include "exchange/exchangemenu.h"
#include "io/demodatabase.h"
#include "mainwindow/mainwindow.h"
#include "widgets/background.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace folja;
using namespace folja::ui;

namespace {

const QString kPw = QStringLiteral("gui-admin-password");
const QString kPassphrase = QStringLiteral("en lång överföringsfras");

access::SessionOptions fast()
{
    access::SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : "";
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("FOLJA_EXCHANGE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w->show();
    w->raise();
    QApplication::processEvents();
    QTest::qWait(200);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestExchangeGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_laptop;
    QString m_su;
    std::optional<catalog::Catalog> m_catalog;
    bool m_english = true; // the messages are checked in English; screenshots are taken in Swedish

    std::unique_ptr<access::Session> signIn(const QString& path, const QString& user)
    {
        auto s = access::Session::signIn(path, user, kPw, fast());
        return s ? std::move(s).value() : nullptr;
    }

    QString package(const QString& name) const { return m_dir.filePath(name); }

    bool send(const QString& file)
    {
        auto s = signIn(m_laptop, QStringLiteral("demo1"));
        if (!s)
            return false;
        SendPackageDialog dialog(*s, *m_catalog);
        dialog.setIterationsForTests(access::exchange::kTestMinIterations);
        dialog.setFilePath(file);
        dialog.setPassphrase(kPassphrase);
        dialog.send();
        if (!QTest::qWaitFor([&] { return !dialog.isRunning(); }, 60000))
            return false;
        return QFileInfo::exists(file);
    }

    // Changes one answer of the ärende with this arende_id (through the access layer).
    void touch(const QString& path, const QString& user, const QString& externalId, const QString& comment)
    {
        auto s = signIn(path, user);
        QVERIFY(s);
        access::ArendeService service(*s);
        auto list = service.list();
        QVERIFY(list);
        for (const access::ArendeSummary& summary : *list) {
            if (summary.externalId != externalId)
                continue;
            auto a = service.get(summary.id);
            QVERIFY(a);
            a->comments.insert(QStringLiteral("problematik"), comment);
            QVERIFY(service.save(*a));
            return;
        }
        QFAIL("no such ärende");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_english = qEnvironmentVariableIsEmpty("FOLJA_EXCHANGE_SCREENSHOTS");
        QVERIFY(i18n::install(*QCoreApplication::instance(),
                              m_english ? i18n::Language::English : i18n::Language::Swedish));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());
        m_laptop = m_dir.filePath(QStringLiteral("laptop.folja"));
        m_su = m_dir.filePath(QStringLiteral("su.folja"));
        {
            auto created = access::Session::createDatabase(m_laptop, QStringLiteral("admin"), kPw, fast());
            QVERIFY(created);
            io::DemoFill fill;
            fill.persons = 60;
            fill.seed = 3;
            fill.password = kPw;
            QVERIFY(io::fillWithDemoData(*created->session, *m_catalog, fill));
        }
        {
            auto created = access::Session::createDatabase(m_su, QStringLiteral("admin"), kPw, fast());
            QVERIFY(created);
            QVERIFY(access::Accounts(*created->session)
                        .add(QStringLiteral("demo1"), QStringLiteral("Demo 1"), access::Role::Handlaggare, kPw));
        }
    }

    void sendShowsProgressAndRefusesDifferentPassphrases()
    {
        auto s = signIn(m_laptop, QStringLiteral("demo1"));
        QVERIFY(s);
        SendPackageDialog dialog(*s, *m_catalog);
        dialog.setIterationsForTests(access::exchange::kTestMinIterations);
        const QString file = package(QStringLiteral("first.foljapaket"));
        dialog.setFilePath(file);
        auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("exchangePassphraseEdit"));
        auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("exchangeRepeatEdit"));
        QVERIFY(passphrase && repeat);
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        passphrase->setText(kPassphrase);
        repeat->setText(kPassphrase);
        screenshot(&dialog, QStringLiteral("utbyte-skicka.png"));
        repeat->setText(kPassphrase + QStringLiteral("x"));
        dialog.send();
        QVERIFY(!dialog.isRunning());
        QVERIFY(!m_english || dialog.statusText().contains(QLatin1String("differ")));
        QVERIFY(!QFileInfo::exists(file));

        repeat->setText(kPassphrase);
        holdBackgroundWorkForTests(true);
        dialog.findChild<QPushButton*>(QStringLiteral("exchangeSendButton"))->click();
        QVERIFY(dialog.isRunning());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exchangeSendButton"))->isEnabled());
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("exchangeProgressBar"))->isVisibleTo(&dialog));
        QVERIFY(SessionLease::isLent(*s));
        holdBackgroundWorkForTests(false);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(QFileInfo::exists(file), qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QFileInfo(file).fileName()));
        QVERIFY(passphrase->text().isEmpty()); // not kept in the form
        screenshot(&dialog, QStringLiteral("utbyte-skickat.png"));
    }

    void receiveRefusesAWrongPassphraseAndChangesNothing()
    {
        const QByteArray before = sha256(m_su);
        {
            auto s = signIn(m_su, QStringLiteral("admin"));
            QVERIFY(s);
            ReceivePackageDialog dialog(*s, *m_catalog);
            dialog.setFilePath(package(QStringLiteral("first.foljapaket")));
            dialog.setPassphrase(QStringLiteral("inte den rätta frasen"));
            dialog.receive();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
            QVERIFY2(!m_english || dialog.statusText().contains(QLatin1String("passphrase is wrong")),
                     qPrintable(dialog.statusText()));
            QVERIFY(!m_english || dialog.statusText().contains(QLatin1String("Nothing was changed")));
            QVERIFY(!dialog.reportDialog());
        }
        QCOMPARE(sha256(m_su), before);
    }

    void receiveShowsTheConflictReport()
    {
        // First exchange; then the same ärende changed on both sides, and a second package.
        {
            auto s = signIn(m_su, QStringLiteral("admin"));
            QVERIFY(s);
            ReceivePackageDialog dialog(*s, *m_catalog);
            dialog.setFilePath(package(QStringLiteral("first.foljapaket")));
            dialog.setPassphrase(kPassphrase);
            dialog.receive();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
            QVERIFY2(dialog.reportDialog(), qPrintable(dialog.statusText()));
            QCOMPARE(dialog.reportDialog()->table()->rowCount(), 0);
            QVERIFY(!m_english || dialog.reportDialog()->summaryText().contains(u"No ärende was changed on both"));
        }
        auto s = signIn(m_su, QStringLiteral("admin"));
        QVERIFY(s);
        auto list = access::ArendeService(*s).list();
        QVERIFY(list && !list->isEmpty());
        const QString externalId = list->first().externalId;
        s.reset();
        touch(m_su, QStringLiteral("admin"), externalId, QStringLiteral("ändrad på SU"));
        touch(m_laptop, QStringLiteral("demo1"), externalId, QStringLiteral("ändrad på laptopen"));
        const QString second = package(QStringLiteral("second.foljapaket"));
        QVERIFY(send(second));

        s = signIn(m_su, QStringLiteral("admin"));
        QVERIFY(s);
        ReceivePackageDialog dialog(*s, *m_catalog);
        dialog.setFilePath(second);
        dialog.setPassphrase(kPassphrase);
        screenshot(&dialog, QStringLiteral("utbyte-ta-emot.png"));
        bool received = false;
        connect(&dialog, &ReceivePackageDialog::received, this, [&received] { received = true; });
        dialog.findChild<QPushButton*>(QStringLiteral("exchangeReceiveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY(received);
        ConflictReportDialog* report = dialog.reportDialog();
        QVERIFY2(report, qPrintable(dialog.statusText()));
        QTRY_VERIFY(report->isVisible());
        QCOMPARE(report->table()->rowCount(), 1);
        QCOMPARE(report->table()->item(0, 1)->text(), externalId);
        QVERIFY(!report->table()->item(0, 4)->text().isEmpty());
        QVERIFY(!m_english || dialog.statusText().contains(QLatin1String("1 conflict.")));
        screenshot(report, QStringLiteral("utbyte-konfliktrapport.png"));
    }

    void menuFollowsTheRoles()
    {
        MainWindow window;
        auto* menu = window.findChild<ExchangeMenu*>();
        QVERIFY(menu);
        QVERIFY(!menu->sendAction()->isVisible());
        QVERIFY(window.signIn(m_laptop, QStringLiteral("demo1"), kPw));
        QVERIFY(menu->sendAction()->isVisible());
        window.signOut();
        QVERIFY(!menu->sendAction()->isVisible());
        QVERIFY(window.signIn(m_su, QStringLiteral("admin"), kPw));
        QVERIFY(!menu->sendAction()->isVisible());
        QVERIFY(menu->receiveAction()->isVisible());
        window.signOut();
    }
};

QTEST_MAIN(TestExchangeGui)
#include "tst_exchange_gui.moc"
