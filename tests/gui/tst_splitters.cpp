// Issue 15, everyday comfort: a splitter is back where the user left it the next time the screen
// is built (QSettings, only the splitter's state), for a plain splitter and for the ärende form.

#include "catalog/catalog.h"
#include "form/arendeform.h"
#include "widgets/splittermemory.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace folja;

namespace {

// Drags the first handle of the splitter `dx` pixels to the right, as a user would.
void dragHandle(QSplitter* splitter, int dx)
{
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint start = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(dx, 0)),
                     handle->mapToGlobal(QPointF(start + QPoint(dx, 0))), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, start + QPoint(dx, 0));
}

std::unique_ptr<QSplitter> makeSplitter(int widgets)
{
    auto splitter = std::make_unique<QSplitter>(Qt::Horizontal);
    for (int i = 0; i < widgets; ++i)
        splitter->addWidget(new QLabel(QStringLiteral("part %1").arg(i)));
    splitter->resize(600, 200);
    return splitter;
}

} // namespace

class TestSplitters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        // Never the user's own settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("FoljaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_splitters"));
        QSettings().clear();
    }

    void aMovedSplitterComesBack()
    {
        QList<int> moved;
        {
            auto splitter = makeSplitter(2);
            ui::rememberSplitter(splitter.get(), QStringLiteral("test"));
            splitter->show();
            QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
            const QList<int> before = splitter->sizes();
            dragHandle(splitter.get(), 120);
            moved = splitter->sizes();
            QVERIFY2(moved.at(0) > before.at(0) + 60,
                     qPrintable(QStringLiteral("%1 -> %2").arg(before.at(0)).arg(moved.at(0))));
            QVERIFY(QSettings().contains(ui::splitterSettingsKey(QStringLiteral("test"))));
        }
        {
            auto splitter = makeSplitter(2);
            ui::rememberSplitter(splitter.get(), QStringLiteral("test"));
            splitter->show();
            QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
            QCOMPARE(splitter->sizes(), moved);
        }
        {
            // Another key is untouched; a state of two parts does not squeeze a splitter of three.
            auto other = makeSplitter(2);
            ui::rememberSplitter(other.get(), QStringLiteral("other"));
            other->show();
            QVERIFY(QTest::qWaitForWindowExposed(other.get()));
            QVERIFY(other->sizes() != moved);
            auto three = makeSplitter(3);
            ui::rememberSplitter(three.get(), QStringLiteral("test"));
            three->show();
            QVERIFY(QTest::qWaitForWindowExposed(three.get()));
            const QList<int> sizes = three->sizes();
            QCOMPARE(sizes.size(), 3);
            for (int s : sizes)
                QVERIFY(s > 0);
        }
    }

    void theArendeFormRemembersItsSplitter()
    {
        auto loaded = catalog::Catalog::loadBuiltin();
        QVERIFY(loaded.ok());
        const catalog::Catalog catalog = std::move(loaded.value());
        QList<int> moved;
        {
            ui::ArendeForm form;
            form.setCatalog(&catalog);
            form.resize(1100, 700);
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            auto* splitter = form.findChild<QSplitter*>();
            QVERIFY(splitter);
            const QList<int> before = splitter->sizes();
            dragHandle(splitter, -150);
            moved = splitter->sizes();
            QVERIFY(moved.at(0) < before.at(0) - 75);
        }
        ui::ArendeForm form;
        form.setCatalog(&catalog);
        form.resize(1100, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(form.findChild<QSplitter*>()->sizes(), moved);
        // Only the splitters' states are kept: nothing else went into the settings.
        for (const QString& key : QSettings().allKeys())
            QVERIFY2(key.startsWith(QStringLiteral("splitters/")), qPrintable(key));
    }
};

QTEST_MAIN(TestSplitters)
#include "tst_splitters.moc"
