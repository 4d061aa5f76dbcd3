// The Help menu: the installed manual opens in Följa's own viewer (rendered Markdown, pictures
// found), a missing manual says where it belongs, and "Om Följa" names the version, the licence
// and the catalogue version.

#include "catalog/catalog.h"
#include "common/i18n.h"
#include "mainwindow/helpmenu.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace folja;

class TestHelpMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Closes the next modal box and returns its text (through `text`).
    static void closeNextMessageBox(QString* text)
    {
        QTimer::singleShot(0, [text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                *text = box->text();
                box->accept();
            }
        });
    }

    static QAction* action(ui::MainWindow& w, const QString& name)
    {
        auto* menu = w.menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        return menu ? menu->findChild<QAction*>(name) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        QCoreApplication::setApplicationVersion(QStringLiteral(FOLJA_VERSION));
    }

    void aboutNamesVersionLicenceAndCatalogue()
    {
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        QVERIFY(!catalog->version().isEmpty());
        ui::MainWindow w;
        w.show();
        QAction* about = action(w, QStringLiteral("aboutAction"));
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("&Om Följa"));
        QString text;
        closeNextMessageBox(&text);
        about->trigger();
        QVERIFY2(text.contains(QStringLiteral("Följa ") + QStringLiteral(FOLJA_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(catalog->version()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Variabelkatalog")), qPrintable(text));
    }

    void missingManualSaysWhereItBelongs()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.filePath(QStringLiteral("empty-home"))));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_data.filePath(QStringLiteral("empty"))));
        QVERIFY(ui::HelpMenu::manualPath().isEmpty());
        ui::MainWindow w;
        w.show();
        QString text;
        closeNextMessageBox(&text);
        action(w, QStringLiteral("manualAction"))->trigger();
        QVERIFY2(text.contains(QStringLiteral("/usr/share/doc/folja/anvandarhandbok.md")), qPrintable(text));
    }

    void installedManualOpensRendered()
    {
        // The manual and one picture, laid out as the package installs them.
        const QString doc = m_data.filePath(QStringLiteral("share/doc/folja"));
        QVERIFY(QDir().mkpath(doc + QStringLiteral("/screenshots")));
        QVERIFY(QFile::copy(QStringLiteral(FOLJA_SOURCE_DIR "/docs/anvandarhandbok.md"),
                            doc + QStringLiteral("/anvandarhandbok.md")));
        QVERIFY(QFile::copy(QStringLiteral(FOLJA_SOURCE_DIR "/docs/screenshots/inloggning.png"),
                            doc + QStringLiteral("/screenshots/inloggning.png")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.filePath(QStringLiteral("empty-home"))));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_data.filePath(QStringLiteral("share"))));
        QCOMPARE(ui::HelpMenu::manualPath(), QFileInfo(doc + QStringLiteral("/anvandarhandbok.md")).filePath());

        ui::MainWindow w;
        w.show();
        QAction* manual = action(w, QStringLiteral("manualAction"));
        QVERIFY(manual);
        QCOMPARE(manual->text(), QStringLiteral("&Användarhandbok"));
        manual->trigger();
        auto* dialog = w.findChild<QDialog*>(QStringLiteral("manualDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("manualBrowser"));
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        // Rendered, not shown as source: the heading without its '#', a link without its target.
        QVERIFY2(text.startsWith(QStringLiteral("Användarhandbok för Följa")), qPrintable(text.left(80)));
        QVERIFY(!text.contains(QStringLiteral("## ")));
        QVERIFY(!text.contains(QStringLiteral("](#")));
        QVERIFY(text.contains(QStringLiteral("Om du blir utelåst")));
        // The picture is found relative to the manual.
        const QVariant image =
            browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/inloggning.png")));
        QVERIFY(image.isValid());
        QVERIFY(image.toByteArray().startsWith("\x89PNG"));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
