#include "mainwindow/mainwindow.h"

#include <QLabel>

namespace folja::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Följa"));
    setCentralWidget(new QLabel(tr("Welcome to Följa"), this));
    resize(1024, 700);
}

} // namespace folja::ui
