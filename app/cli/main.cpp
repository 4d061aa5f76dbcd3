#include "common/i18n.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("folja-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    folja::i18n::install(app, folja::i18n::chooseLanguage());
    QTextStream(stdout) << "folja-cli\n";
    return 0;
}
