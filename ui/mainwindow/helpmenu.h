#pragma once

// The Help menu: the user manual (docs/anvandarhandbok.md as installed, shown in Följa's own
// viewer, no browser needed) and "Om Följa" (version, licence, catalogue version).

#include <QCoreApplication>
#include <QString>

class QMainWindow;

namespace folja::catalog {
class Catalog;
}

namespace folja::ui {

class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(folja::ui::HelpMenu)

public:
    // Adds the menu to the window's menu bar; `catalog` must outlive the window.
    static void install(QMainWindow* window, const catalog::Catalog* catalog);
    // The installed manual: <prefix>/share/doc/folja/anvandarhandbok.md next to the program, or in
    // the system's data folders. Empty when it is not installed (a build folder).
    static QString manualPath();
    static QString aboutText(const QString& catalogueVersion);
};

} // namespace folja::ui
