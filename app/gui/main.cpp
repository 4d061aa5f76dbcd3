#include "common/i18n.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Folja"));
    QApplication::setApplicationDisplayName(QStringLiteral("Följa"));
    QApplication::setOrganizationName(QStringLiteral("Folja"));
    QApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    folja::i18n::install(app, folja::i18n::chooseLanguage());

    folja::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
