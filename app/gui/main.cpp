// folja: the desktop program. Wiring only: translations, command line, the host window.
//
//   folja                 sign in to a database chosen in the window
//   folja --demo FILE     use (and on first start create) a demo database at FILE
//   folja --db FILE       preselect a database
//   folja --screenshot PNG --screenshot-delay MS   grab the window to a PNG (documentation)
//   folja --smoke-test    show the sign-in screen, then quit with 0 (installation check)

#include "arenden/arendeworkspace.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "io/demodatabase.h"
#include "mainwindow/mainwindow.h"
#include "signin/signinwidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

// The demo database is synthetic; its password is public and shown in the window.
const QString kDemoPassword = QStringLiteral("demo-losen");

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Folja"));
    QApplication::setApplicationDisplayName(QStringLiteral("Följa"));
    QApplication::setOrganizationName(QStringLiteral("Folja"));
    QApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    // The installed desktop entry (installer/linux/): lets the desktop match windows to menu and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.folja.folja"));
    folja::i18n::install(app, folja::i18n::chooseLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Följa – systematic follow-up in social services"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Use a demo database, created on first start."),
        QStringLiteral("file"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Preselect a database."), QStringLiteral("file"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         QCoreApplication::translate("main", "Wait before the picture (ms)."),
                                         QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Sign in as this user with the password in FOLJA_PASSWORD."),
        QStringLiteral("name"));
    const QCommandLineOption openOption(
        QStringLiteral("open-case"),
        QCoreApplication::translate("main", "After signing in, open the case with this number."),
        QStringLiteral("number"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QCoreApplication::translate("main", "Show the sign-in screen, then quit (installation check)."));
    parser.addOptions({demoOption, dbOption, shotOption, delayOption, userOption, openOption, smokeOption});
    parser.process(app);

    folja::ui::MainWindow window;
    if (parser.isSet(demoOption)) {
        const QString path = QFileInfo(parser.value(demoOption)).absoluteFilePath();
        if (!QFileInfo::exists(path)) {
            auto catalog = folja::catalog::Catalog::loadBuiltin();
            folja::io::DemoDatabase demo;
            demo.password = kDemoPassword;
            demo.fill.persons = 1500;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto created = catalog ? folja::io::createDemoDatabase(path, catalog.value(), demo)
                                   : folja::Result<folja::io::DemoCreated>(catalog.error());
            QApplication::restoreOverrideCursor();
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Följa"),
                                      QCoreApplication::translate("main", "The demo database could not be created: %1")
                                          .arg(created.error().message));
                return 1;
            }
        }
        window.signInWidget()->setDatabasePath(path);
        window.signInWidget()->setUserName(QStringLiteral("demo1"));
        window.signInWidget()->setHint(
            QCoreApplication::translate("main",
                                        "Demo database with synthetic data only. Users: demo1, demo2, … (handläggare), "
                                        "analys (analytiker), admin (administratör). Password for all: %1")
                .arg(kDemoPassword));
    } else if (parser.isSet(dbOption)) {
        window.signInWidget()->setDatabasePath(QFileInfo(parser.value(dbOption)).absoluteFilePath());
    }
    // Only the window's geometry is remembered (QSettings), never anything about the data; not for
    // pictures and checks, which must look the same everywhere.
    const bool remember = !parser.isSet(shotOption) && !parser.isSet(smokeOption);
    const QString geometryKey = QStringLiteral("mainWindow/geometry");
    if (remember)
        window.restoreGeometry(QSettings().value(geometryKey).toByteArray());
    window.show();
    if (parser.isSet(userOption)) {
        // For scripted use (screenshots, kiosk set-ups): the password never comes from argv.
        const QString password = qEnvironmentVariable("FOLJA_PASSWORD");
        const QString path = window.signInWidget()->databasePath();
        window.signInWidget()->setUserName(parser.value(userOption));
        if (!password.isEmpty() && !path.isEmpty() && window.signIn(path, parser.value(userOption), password) &&
            parser.isSet(openOption)) {
            const QString number = parser.value(openOption);
            QTimer::singleShot(0, &window, [&window, number] {
                auto* workspace = window.findChild<folja::ui::ArendeWorkspace*>();
                if (!workspace || !workspace->openArendeByNumber(number)) {
                    // Scripts (docs/screenshots.sh) must notice: no number leaves argv or the log.
                    QTextStream(stderr) << "folja: --open-case: no such case in this account's list\n";
                    QCoreApplication::exit(1);
                }
            });
        }
    }

    if (parser.isSet(shotOption)) {
        const QString png = parser.value(shotOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, png] {
            QWidget* shown = QApplication::activeModalWidget();
            const bool saved = (shown ? shown : static_cast<QWidget*>(&window))->grab().save(png);
            QCoreApplication::exit(saved ? 0 : 1);
            if (shown)
                shown->close();
        });
    }
    if (parser.isSet(smokeOption)) {
        // Once the event loop runs: the window and its sign-in screen must be on screen.
        QTimer::singleShot(0, &window, [&window] {
            const bool shown = window.isVisible() && window.signInWidget()->isVisible();
            QTextStream(stdout) << (shown ? "folja: sign-in screen shown\n" : "folja: sign-in screen NOT shown\n");
            QCoreApplication::exit(shown ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    if (remember)
        QSettings().setValue(geometryKey, window.saveGeometry());
    return code;
}
