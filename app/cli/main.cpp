// folja-cli entry point; the commands are in cli.h and one file per command.
//
// Every command runs under a QCoreApplication, except `report`: it draws charts and a PDF with
// QtGui/QtWidgets (QCustomPlot is a widget), so it gets a QApplication on the offscreen platform.
// No command needs a display or a platform setting.

#include "cli.h"
#include "common/i18n.h"
#include "common/platform.h"

#include <QCoreApplication>
#ifdef FOLJA_WITH_REPORT
#include <QApplication>
#endif

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // The same bytes on every system (Windows' text mode would write CRLF), and Qt's own messages
    // to stderr even without a console (a scheduled job on Windows; else the debugger output).
    folja::platform::useBinaryStandardOutput();
    if (!qEnvironmentVariableIsSet("QT_FORCE_STDERR_LOGGING"))
        qputenv("QT_FORCE_STDERR_LOGGING", "1");
    std::unique_ptr<QCoreApplication> app;
#ifdef FOLJA_WITH_REPORT
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless, also where a display is set
#ifdef Q_OS_WIN
        // On Windows the offscreen platform reads fonts only from QT_QPA_FONTDIR (FreeType), not
        // from the system: without this the PDF would have no text. The system's font folder.
        if (!qEnvironmentVariableIsSet("QT_QPA_FONTDIR") && qEnvironmentVariableIsSet("WINDIR"))
            qputenv("QT_QPA_FONTDIR", (qEnvironmentVariable("WINDIR") + QStringLiteral("\\Fonts")).toLocal8Bit());
#endif
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folja-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    folja::i18n::install(*app, folja::i18n::chooseLanguage());
    return Cli(QCoreApplication::arguments()).run();
}
