#include "mainwindow/helpmenu.h"

#include "catalog/catalog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace folja::ui {

namespace {

const QString kManualFile = QStringLiteral("anvandarhandbok.md");

void showManual(QWidget* parent)
{
    const QString path = HelpMenu::manualPath();
    if (path.isEmpty()) {
        QMessageBox::information(parent, HelpMenu::tr("User manual"),
                                 HelpMenu::tr("The user manual is not installed on this computer. It is part of "
                                              "the Följa package (/usr/share/doc/folja/%1).")
                                     .arg(kManualFile));
        return;
    }
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("manualDialog"));
    dialog->setWindowTitle(HelpMenu::tr("User manual"));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("manualBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({QFileInfo(path).absolutePath()});
    browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    const QFontMetrics metrics(dialog->font());
    dialog->resize(metrics.averageCharWidth() * 100, metrics.height() * 40);
    dialog->show();
}

} // namespace

QString HelpMenu::manualPath()
{
    // Next to the program first (/usr/bin/folja → /usr/share/doc/folja), so another installed
    // version's manual is never shown; then the system's data folders.
    const QString besideProgram =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/folja/") + kManualFile);
    if (QFileInfo::exists(besideProgram))
        return QFileInfo(besideProgram).canonicalFilePath();
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("doc/folja/") + kManualFile);
}

QString HelpMenu::aboutText(const QString& catalogueVersion)
{
    return tr("<h3>Följa %1</h3>"
              "<p>Systematic follow-up in social services.</p>"
              "<p>Variable catalogue: %2</p>"
              "<p>Licence: GPL-3.0-or-later. Följa is free software: you may share and change it under the "
              "terms of the GNU General Public License, version 3 or later. It comes with no warranty.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), catalogueVersion.toHtmlEscaped());
}

void HelpMenu::install(QMainWindow* window, const catalog::Catalog* catalog)
{
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    QAction* manual = menu->addAction(tr("&User manual"), window, [window] { showManual(window); });
    manual->setObjectName(QStringLiteral("manualAction"));
    QAction* about = menu->addAction(tr("&About Följa"), window, [window, catalog] {
        QMessageBox::about(window, tr("About Följa"), aboutText(catalog->version()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

} // namespace folja::ui
