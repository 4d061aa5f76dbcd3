// Issue 17 and 15 through the GUI: repeated wrong passwords make the next sign-in wait — on the
// worker, the window keeps drawing and says why; an administratör signing in is shown the failed
// sign-ins once; "Forgot the password? Use the recovery code" sets a new password, signs in and
// shows the replacement code once (not selectable). FOLJA_SCREENSHOT_DIR=dir saves screenshots of
// the sign-in screen and the recovery dialog (run under xvfb-run for real fonts).

#include "access/accounts.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "access/signinthrottle.h"
#include "common/i18n.h"
#include "mainwindow/mainwindow.h"
#include "signin/recoverydialog.h"
#include "signin/signinwidget.h"
#include "widgets/background.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>

using namespace folja;
using namespace std::chrono_literals;

namespace {

const QString kAdminPw = QStringLiteral("admin-losen-123");
const QString kUserPw = QStringLiteral("kalle-losen-123");

void setText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool waitIdle(ui::MainWindow& w, int ms = 30000)
{
    return QTest::qWaitFor([&w] { return !w.isBusy(); }, ms);
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FOLJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestSignInGuardGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_code;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        m_path = m_dir.filePath(QStringLiteral("guard.folja"));
        access::SessionOptions fast;
        fast.kdf = access::KdfParams::fastForTests();
        auto created = access::Session::createDatabase(m_path, QStringLiteral("admin"), kAdminPw, fast);
        QVERIFY(created);
        m_code = created->recoveryCode;
        QVERIFY(access::Accounts(*created->session)
                    .add(QStringLiteral("kalle.handl"), QStringLiteral("Kalle"), access::Role::Handlaggare, kUserPw));
    }

    void cleanup()
    {
        access::SignInThrottle::instance().setSleeperForTests({});
        access::SignInThrottle::instance().resetForTests();
    }

    void repeatedWrongPasswordsWaitWithoutFreezingTheWindow()
    {
        // The delay is slept on the worker; shortened here (the schedule itself is tested in core).
        std::atomic<int> sleeps{0};
        access::SignInThrottle::instance().setSleeperForTests([&sleeps](std::chrono::milliseconds) {
            ++sleeps;
            QThread::msleep(600);
        });
        ui::MainWindow w;
        w.show();
        auto* error = w.findChild<QLabel*>(QStringLiteral("errorLabel"));
        auto* status = w.findChild<QLabel*>(QStringLiteral("signInStatusLabel"));
        QVERIFY(error && status);
        for (int i = 0; i < 4; ++i) {
            w.beginSignIn(m_path, QStringLiteral("kalle.handl"), QStringLiteral("fel-%1").arg(i));
            QVERIFY(waitIdle(w));
            QVERIFY(!w.session());
        }
        QCOMPARE(sleeps.load(), 0);
        // After the 4th failure the form says that the next attempt waits.
        QVERIFY2(error->text().contains(QStringLiteral("väntar")), qPrintable(error->text()));

        // The 5th attempt waits on the worker: the GUI thread keeps running its timers meanwhile.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(20);
        QElapsedTimer timer;
        timer.start();
        w.beginSignIn(m_path, QStringLiteral("kalle.handl"), kUserPw);
        QVERIFY(w.isBusy());
        QVERIFY2(status->text().contains(QStringLiteral("Väntar")) || status->text().contains(QStringLiteral("vänta")),
                 qPrintable(status->text()));
        QVERIFY(status->isVisibleTo(&w));
        QVERIFY(waitIdle(w));
        QVERIFY(timer.elapsed() >= 550);
        QCOMPARE(sleeps.load(), 1);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QVERIFY(QTest::qWaitFor([&w] { return w.session() != nullptr; }, 10000));
        QCOMPARE(w.session()->user(), QStringLiteral("kalle.handl"));
        // A handläggare gets no notice of failed sign-ins.
        QVERIFY(!w.findChild<QWidget*>(QStringLiteral("failedSignInsNotice")));
    }

    void administratorIsShownFailedSignInsOnce()
    {
        {
            ui::MainWindow w;
            w.beginSignIn(m_path, QStringLiteral("kalle.handl"), QStringLiteral("gissning-1"));
            QVERIFY(waitIdle(w));
            w.beginSignIn(m_path, QStringLiteral("losenord-i-namnfaltet"), QStringLiteral("gissning-2"));
            QVERIFY(waitIdle(w));
        }
        {
            ui::MainWindow w;
            w.show();
            w.beginSignIn(m_path, QStringLiteral("admin"), kAdminPw);
            QVERIFY(waitIdle(w));
            QWidget* notice = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] { return (notice = w.findChild<QWidget*>(QStringLiteral("failedSignInsNotice"))) != nullptr; },
                10000));
            QVERIFY(notice->isVisible());
            const QString text = notice->findChild<QLabel*>(QStringLiteral("failedSignInsText"))->text();
            QVERIFY2(text.contains(QStringLiteral("kalle.handl")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("gissning")) && !text.contains(QStringLiteral("namnfaltet")),
                     qPrintable(text));
            // Work a screen started on a worker holds the session meanwhile; the notice waits for it.
            QVERIFY(QTest::qWaitFor([&w] { return !ui::SessionLease::isLent(*w.session()); }, 30000));
            notice->findChild<QPushButton*>(QStringLiteral("failedSignInsOkButton"))->click();
        }
        // Closing it wrote them to the audit log (read here through core, once the window and its
        // workers are gone) and marked them seen.
        {
            access::SessionOptions fast;
            fast.kdf = access::KdfParams::fastForTests();
            auto admin = access::Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast);
            QVERIFY(admin);
            QVERIFY((*admin)->failedSignIns().isEmpty());
            auto entries = access::AuditLog(**admin).recent(200);
            QVERIFY(entries);
            int failed = 0;
            for (const auto& e : *entries)
                failed += e.action == QStringLiteral("session.sign_in_failed") ? 1 : 0;
            QVERIFY2(failed >= 2, qPrintable(QString::number(failed)));
        }
        {
            ui::MainWindow w;
            w.beginSignIn(m_path, QStringLiteral("admin"), kAdminPw);
            QVERIFY(waitIdle(w));
            QVERIFY(QTest::qWaitFor([&w] { return w.session() != nullptr; }, 10000));
            QTest::qWait(100);
            QVERIFY(!w.findChild<QWidget*>(QStringLiteral("failedSignInsNotice")));
        }
    }

    void recoveryCodeSetsANewPasswordThroughTheSignInScreen()
    {
        ui::MainWindow w;
        w.resize(1000, 700);
        w.show();
        ui::SignInWidget* form = w.signInWidget();
        form->setDatabasePath(m_path);
        form->setUserName(QStringLiteral("kalle.handl"));
        auto* forgot = form->findChild<QPushButton*>(QStringLiteral("forgotPasswordButton"));
        QVERIFY(forgot);
        QVERIFY(forgot->isVisibleTo(&w));
        QCOMPARE(forgot->text(), QStringLiteral("Glömt lösenordet? Använd återställningskod"));
        screenshot(&w, QStringLiteral("signin-forgot"));
        forgot->click();
        ui::RecoveryDialog* dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = w.findChild<ui::RecoveryDialog*>()) != nullptr; }, 5000));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryUserEdit"));
        auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryCodeEdit"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryPasswordEdit"));
        auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryRepeatEdit"));
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("recoverySubmitButton"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("recoveryErrorLabel"));
        QVERIFY(user && code && password && repeat && submit && error);
        QCOMPARE(user->text(), QStringLiteral("kalle.handl"));
        const QString newPw = QStringLiteral("nytt-kalle-losen-1");

        // A wrong code: said so, nothing changes, the dialog stays.
        setText(code, QStringLiteral("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD"));
        setText(password, newPw);
        setText(repeat, newPw);
        screenshot(dialog, QStringLiteral("recovery-form"));
        QVERIFY(submit->isEnabled());
        submit->click();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30000));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("återställningskod"), Qt::CaseInsensitive),
                 qPrintable(error->text()));

        // Different repetitions: refused before anything runs.
        setText(code, m_code);
        setText(repeat, newPw + QStringLiteral("x"));
        submit->click();
        QVERIFY(!dialog->isBusy());
        QVERIFY(error->isVisible());

        setText(repeat, newPw);
        submit->click();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 60000));
        auto* newCode = dialog->findChild<QLabel*>(QStringLiteral("newRecoveryCodeLabel"));
        auto* stored = dialog->findChild<QCheckBox*>(QStringLiteral("newRecoveryStoredCheck"));
        auto* cont = dialog->findChild<QPushButton*>(QStringLiteral("recoveryContinueButton"));
        QVERIFY(newCode && stored && cont);
        QVERIFY2(newCode->isVisible(), qPrintable(error->text()));
        QCOMPARE(newCode->text().size(), 39);
        QVERIFY(newCode->text() != m_code);
        QCOMPARE(newCode->textInteractionFlags(), Qt::NoTextInteraction); // never to the clipboard
        screenshot(dialog, QStringLiteral("recovery-new-code"));
        // No way out but confirming that the new code is taken care of.
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QVERIFY(!cont->isEnabled());
        stored->setChecked(true);
        QVERIFY(cont->isEnabled());
        const QString replacement = newCode->text();
        cont->click();
        QVERIFY(QTest::qWaitFor([&w] { return w.session() != nullptr && !w.isBusy(); }, 10000));
        QCOMPARE(w.session()->user(), QStringLiteral("kalle.handl"));
        w.signOut();
        m_code = replacement;

        // The new password signs in through the form; the old one no longer does.
        access::SessionOptions fast;
        fast.kdf = access::KdfParams::fastForTests();
        QVERIFY(!access::Session::signIn(m_path, QStringLiteral("kalle.handl"), kUserPw, fast));
        QVERIFY(w.signIn(m_path, QStringLiteral("kalle.handl"), newPw));
    }
};

QTEST_MAIN(TestSignInGuardGui)
#include "tst_signin_guard_gui.moc"
