// folja-cli entry point; the commands are in cli.h and one file per command.

#include "cli.h"
#include "common/i18n.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folja-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    folja::i18n::install(app, folja::i18n::chooseLanguage());
    return Cli(QCoreApplication::arguments()).run();
}
