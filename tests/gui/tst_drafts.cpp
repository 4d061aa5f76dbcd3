// Crash restore from encrypted drafts, end to end through the real window: edit an ärende, let
// the draft be kept (autosave or lock), "crash" (the window and session are destroyed without
// saving), sign in again and restore or discard. Also the access rules of the drafts themselves.

#include "access/arendeservice.h"
#include "access/drafts.h"
#include "access/session.h"
#include "arenden/arendedialog.h"
#include "arenden/arendelistmodel.h"
#include "arenden/arendeworkspace.h"
#include "arenden/minaarendenwidget.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "form/arendeform.h"
#include "identity/personid.h"
#include "io/demodatabase.h"
#include "mainwindow/mainwindow.h"
#include "widgets/datefield.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace folja;

namespace {

const QString kPassword = QStringLiteral("test-losen-123");

// Answers the next message box with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button); // not shown yet: try again on the next turn
            return;
        }
        box->button(button)->click();
    });
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<ui::MainWindow> signIn(const QString& user)
    {
        auto w = std::make_unique<ui::MainWindow>();
        w->show();
        if (!w->signIn(m_path, user, kPassword))
            return nullptr;
        if (auto* workspace = w->findChild<ui::ArendeWorkspace*>())
            workspace->setDraftDelay(20);
        return w;
    }
    static ui::ArendeWorkspace* workspace(ui::MainWindow& w) { return w.findChild<ui::ArendeWorkspace*>(); }
    // The open ärende dialog, once it is the active window (keyboard shortcuts need that).
    static ui::ArendeDialog* activeDialog(ui::ArendeWorkspace* ws)
    {
        ui::ArendeDialog* dialog = ws->currentDialog();
        if (dialog) {
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog))
                qWarning("dialog not active");
        }
        return dialog;
    }
    // An ärende of the list that has an aktualiseringsdatum (each målgrupp has one).
    static domain::Id firstArende(ui::MainWindow& w)
    {
        const auto* model = workspace(w)->list()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->arende(r)->aktualiseringDatum.isValid())
                return model->arende(r)->id;
        }
        return domain::kNoId;
    }
    static void typeDate(ui::ArendeForm* form, const QString& name, const QString& text)
    {
        auto* date = form->findChild<ui::DateField*>(name);
        QVERIFY(date);
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, text);
    }
    static std::optional<access::DraftData> draftOf(ui::MainWindow& w, const QString& key)
    {
        access::Drafts drafts(*w.session());
        auto loaded = drafts.load(key);
        return loaded ? loaded.value() : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        m_path = m_dir.filePath(QStringLiteral("drafts.folja"));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.fill.persons = 120;
        demo.kdf = access::KdfParams::fastForTests();
        auto created = io::createDemoDatabase(m_path, catalog.value(), demo);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void crashThenRestore()
    {
        domain::Id id = domain::kNoId;
        QDate original;
        {
            auto w = signIn(QStringLiteral("demo1"));
            QVERIFY(w);
            QCOMPARE(workspace(*w)->keptDrafts(), 0);
            id = firstArende(*w);
            QVERIFY(id != domain::kNoId);
            QVERIFY(workspace(*w)->openArende(id));
            ui::ArendeDialog* dialog = workspace(*w)->currentDialog();
            QVERIFY(dialog);
            QVERIFY(!dialog->hasPendingDraft());
            ui::ArendeForm* form = dialog->form();
            original = form->arende().aktualiseringDatum;
            typeDate(form, QStringLiteral("field_aktualisering_datum"), QStringLiteral("2020-02-03"));
            QTRY_COMPARE(form->arende().aktualiseringDatum, QDate(2020, 2, 3));
            // Autosaved a moment after the change, inside the database.
            QTRY_VERIFY(draftOf(*w, access::Drafts::keyFor(id)).has_value());
            QVERIFY(!QFile::exists(m_path + QStringLiteral("-journal")));
            // The crash: everything is destroyed, nothing is saved.
        }
        {
            auto w = signIn(QStringLiteral("demo1"));
            QVERIFY(w);
            // Announced above the list and marked on the row.
            ui::ArendeWorkspace* ws = workspace(*w);
            QCOMPARE(ws->keptDrafts(), 1);
            auto* banner = ws->findChild<QWidget*>(QStringLiteral("keptDraftsBanner"));
            QVERIFY(banner && banner->isVisible());
            const auto* model = ws->list()->model();
            QVERIFY(model->index(model->rowOf(id), 0).data(ui::ArendeListModel::DraftRole).toBool());

            QTest::mouseClick(ws->findChild<QPushButton*>(QStringLiteral("openKeptDraftButton")), Qt::LeftButton);
            ui::ArendeDialog* dialog = activeDialog(ws);
            QVERIFY(dialog);
            QVERIFY(dialog->hasPendingDraft());
            ui::ArendeForm* form = dialog->form();
            // Nothing can be edited before the choice; the saved state is shown meanwhile.
            QVERIFY(!form->isEnabled());
            QCOMPARE(form->arende().aktualiseringDatum, original);
            auto* text = dialog->findChild<QLabel*>(QStringLiteral("draftText"));
            QVERIFY(text->isVisible());
            QVERIFY2(text->text().contains(QStringLiteral("sparades inte")), qPrintable(text->text()));

            QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreDraftButton")), Qt::Key_Space);
            QVERIFY(form->isEnabled());
            QCOMPARE(form->arende().aktualiseringDatum, QDate(2020, 2, 3));
            QVERIFY(form->isModified());

            // Saving (Ctrl+S) stores the restored edit and removes the draft.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!ws->currentDialog());
            QVERIFY(!draftOf(*w, access::Drafts::keyFor(id)).has_value());
            QCOMPARE(ws->keptDrafts(), 0);
            access::ArendeService service(*w->session());
            auto saved = service.get(id);
            QVERIFY(saved.ok());
            QCOMPARE(saved->aktualiseringDatum, QDate(2020, 2, 3));
        }
    }

    void lockKeepsTheDraftAndDiscardRemovesIt()
    {
        domain::Id id = domain::kNoId;
        {
            auto w = signIn(QStringLiteral("demo1"));
            QVERIFY(w);
            workspace(*w)->setDraftDelay(60 * 60 * 1000); // only the lock can write it now
            id = firstArende(*w);
            QVERIFY(workspace(*w)->openArende(id));
            ui::ArendeForm* form = workspace(*w)->currentDialog()->form();
            typeDate(form, QStringLiteral("field_aktualisering_datum"), QStringLiteral("2019-09-09"));
            QVERIFY(form->isModified());
            QVERIFY(!draftOf(*w, access::Drafts::keyFor(id)).has_value());
            w->lockNow();
            QTRY_VERIFY(!w->isBusy()); // the lock runs on a worker
            QVERIFY(w->session()->isLocked());
        }
        auto w = signIn(QStringLiteral("demo1"));
        QVERIFY(w);
        QVERIFY(draftOf(*w, access::Drafts::keyFor(id)).has_value());
        // Another handläggare never sees it.
        {
            auto other = access::Session::signIn(m_path, QStringLiteral("demo2"), kPassword);
            QVERIFY(!other.ok()); // the file is open in this window (locked for others)
        }

        ui::ArendeWorkspace* ws = workspace(*w);
        QVERIFY(ws->openArende(id));
        ui::ArendeDialog* dialog = activeDialog(ws);
        QVERIFY(dialog->hasPendingDraft());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("discardDraftButton")), Qt::LeftButton);
        QVERIFY(!draftOf(*w, access::Drafts::keyFor(id)).has_value());
        QVERIFY(!dialog->form()->isModified());
        QCOMPARE(dialog->form()->arende().aktualiseringDatum, QDate(2020, 2, 3)); // as saved above
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!ws->currentDialog());
        QCOMPARE(ws->keptDrafts(), 0);
    }

    void unsavedChangesPromptOnEscape()
    {
        auto w = signIn(QStringLiteral("demo1"));
        QVERIFY(w);
        ui::ArendeWorkspace* ws = workspace(*w);
        const domain::Id id = firstArende(*w);
        QVERIFY(ws->openArende(id));
        ui::ArendeForm* form = activeDialog(ws)->form();
        typeDate(form, QStringLiteral("field_aktualisering_datum"), QStringLiteral("2018-08-08"));
        QTRY_VERIFY(draftOf(*w, access::Drafts::keyFor(id)).has_value());
        auto* date = form->findChild<QWidget*>(QStringLiteral("field_aktualisering_datum"));

        // Esc asks; Cancel keeps the form open with the edit.
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(date, Qt::Key_Escape);
        QVERIFY(ws->currentDialog());
        QCOMPARE(form->arende().aktualiseringDatum, QDate(2018, 8, 8));

        // Esc and Discard closes it and removes the kept draft; the ärende is unchanged.
        answerNextMessageBox(QMessageBox::Discard);
        QTest::keyClick(date, Qt::Key_Escape);
        QTRY_VERIFY(!ws->currentDialog());
        QVERIFY(!draftOf(*w, access::Drafts::keyFor(id)).has_value());
        access::ArendeService service(*w->session());
        QCOMPARE(service.get(id)->aktualiseringDatum, QDate(2020, 2, 3));
    }

    void newArendeDraftSurvivesACrash()
    {
        const QString personId = identity::PersonId::compose(QDate(1990, 6, 15), 246);
        {
            auto w = signIn(QStringLiteral("demo2"));
            QVERIFY(w);
            ui::ArendeWorkspace* ws = workspace(*w);
            // The shortcut for a new ärende (Ctrl+N) from the list.
            w->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(w.get()));
            ws->list()->view()->setFocus();
            QTest::keyClick(ws->list()->view(), Qt::Key_N, Qt::ControlModifier);
            QTRY_VERIFY(ws->currentDialog());
            ui::ArendeForm* form = ws->currentDialog()->form();
            auto* id = form->findChild<QLineEdit*>(QStringLiteral("personIdField"));
            QVERIFY(id);
            id->setFocus();
            QTest::keyClicks(id, personId);
            QTRY_VERIFY(draftOf(*w, access::Drafts::keyFor(domain::kNoId)).has_value());
        }
        {
            // demo1 has no such draft: drafts belong to their account.
            auto w = signIn(QStringLiteral("demo1"));
            QVERIFY(w);
            QCOMPARE(workspace(*w)->keptDrafts(), 0);
            access::Drafts drafts(*w->session());
            QVERIFY(drafts.list()->isEmpty());
        }
        auto w = signIn(QStringLiteral("demo2"));
        QVERIFY(w);
        ui::ArendeWorkspace* ws = workspace(*w);
        QCOMPARE(ws->keptDrafts(), 1);
        QTest::mouseClick(ws->findChild<QPushButton*>(QStringLiteral("openKeptDraftButton")), Qt::LeftButton);
        QVERIFY(ws->currentDialog());
        QTest::mouseClick(ws->currentDialog()->findChild<QPushButton*>(QStringLiteral("restoreDraftButton")),
                          Qt::LeftButton);
        QCOMPARE(ws->currentDialog()->form()->person().personId, personId);
    }

    void draftsNeedIndividualAccess()
    {
        auto analys = access::Session::signIn(m_path, QStringLiteral("analys"), kPassword);
        QVERIFY(analys.ok());
        access::Drafts drafts(*analys.value());
        QCOMPARE(drafts.save(QStringLiteral("new"), "x").error().code, ErrorCode::PermissionDenied);
        QCOMPARE(drafts.list().error().code, ErrorCode::PermissionDenied);
        analys.value().reset();

        auto admin = access::Session::signIn(m_path, QStringLiteral("admin"), kPassword);
        QVERIFY(admin.ok());
        access::Drafts adminDrafts(*admin.value());
        QCOMPARE(adminDrafts.save(QStringLiteral("../x"), "x").error().code, ErrorCode::InvalidInput);
        QVERIFY(adminDrafts.save(access::Drafts::keyFor(7), "payload").ok());
        QCOMPARE(adminDrafts.load(access::Drafts::keyFor(7))->value().payload, QByteArray("payload"));
        QVERIFY(adminDrafts.remove(access::Drafts::keyFor(7)).ok());
        QVERIFY(!adminDrafts.load(access::Drafts::keyFor(7))->has_value());
        QCOMPARE(access::Drafts::arendeIdOf(access::Drafts::keyFor(42)), 42);
        QCOMPARE(access::Drafts::arendeIdOf(QStringLiteral("new")), domain::kNoId);
    }
};

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
