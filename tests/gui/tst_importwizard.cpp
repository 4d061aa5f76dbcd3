// The import wizard (issue 14) driven through its real widgets: a Treserva-like extract
// (Windows-1252, ',' separator, own column names, labels in other case and spacing, SKL 2019 value
// names, DD/MM/YYYY dates) is mapped — the columns suggested, the 1:n 2019 values chosen in their
// dropdowns — previewed and imported; the cross-tab målgrupp × insats then equals the table counted
// by hand from the file. The mapping is saved and offered next time with its choices, and a
// cancelled import leaves the database byte-identical. With FOLJA_IMPORTWIZARD_SCREENSHOTS=DIR the
// test also saves a picture of each page (docs/screenshots.sh).

#include "access/accounts.h"
#include "access/analysisread.h"
#include "access/importmappings.h"
#include "access/session.h"
#include "admin/accountswidget.h"
#include "analysis/crosstab.h"
#include "common/i18n.h"
#include "importwizard/importpages.h"
#include "importwizard/importwizard.h"
#include "widgets/background.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace folja;
using namespace folja::ui;

namespace {

const QString kPassword = QStringLiteral("test-losen-123");

access::SessionOptions fast()
{
    access::SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

QString fixture()
{
    return QStringLiteral(FOLJA_TEST_DATA_DIR "/import/treserva-uttag.csv");
}

QByteArray fileHash(const QString& path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    catalog::Catalog m_catalog;
    QString m_shots;

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_db, user, kPassword, fast());
        if (!s)
            qWarning() << s.error().message;
        return s ? std::move(s).value() : nullptr;
    }

    void shot(ImportWizard& wizard, int page)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        wizard.grab().save(QDir(m_shots).filePath(QStringLiteral("importguide-%1.png").arg(page)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        QVERIFY(m_dir.isValid());
        m_shots = qEnvironmentVariable("FOLJA_IMPORTWIZARD_SCREENSHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog = std::move(catalog).value();
        m_db = m_dir.filePath(QStringLiteral("kommun.folja"));
        auto created = access::Session::createDatabase(m_db, QStringLiteral("admin"), kPassword, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        access::Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("anna"), QStringLiteral("Anna"), access::Role::Handlaggare, kPassword));
        QVERIFY(accounts.add(QStringLiteral("analys"), QStringLiteral("Analys"), access::Role::Analytiker, kPassword));
    }

    void importsTheExtractThroughTheWidgets()
    {
        auto session = signIn(QStringLiteral("admin"));
        QVERIFY(session);
        {
            ImportWizard wizard(*session, m_catalog);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));

            // 1. The file: encoding and separator detected and shown.
            QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(wizard.filePage()->openFile(fixture()));
            QVERIFY2(wizard.filePage()->formatLabel()->text().contains(QStringLiteral("Windows-1252")),
                     qPrintable(wizard.filePage()->formatLabel()->text()));
            QVERIFY(wizard.filePage()->formatLabel()->text().contains(QStringLiteral("komma")));
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            shot(wizard, 1);

            // 2. The columns, suggested from names and values; the free-text column ignored.
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
            ImportColumnsPage* columns = wizard.columnsPage();
            QCOMPARE(columns->targetOf(QStringLiteral("Ärendenr")), QStringLiteral("arende_id"));
            QCOMPARE(columns->targetOf(QStringLiteral("Verksamhet")), QStringLiteral("malgrupp"));
            QCOMPARE(columns->targetOf(QStringLiteral("Insatstyp")), QStringLiteral("insats"));
            QCOMPARE(columns->targetOf(QStringLiteral("Inkom datum")), QStringLiteral("aktualisering_datum"));
            QCOMPARE(columns->targetOf(QStringLiteral("Anteckning")), QString());
            // Unmapping a required column blocks the page and says which.
            columns->setTarget(QStringLiteral("Ärendenr"), QString());
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(columns->findChild<QLabel*>(QStringLiteral("importColumnsStatus"))
                        ->text()
                        .contains(QStringLiteral("arende_id")));
            columns->setTarget(QStringLiteral("Ärendenr"), QStringLiteral("arende_id"));
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            shot(wizard, 2);

            // 3. The values: counts, the målgrupp-dependent 2019 values asked.
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::ValuesPage));
            ImportValuesPage* values = wizard.valuesPage();
            QCOMPARE(values->undecided(), 4);
            const int bou = values->rowOf(QStringLiteral("malgrupp"), {}, QStringLiteral("barn och unga"));
            QVERIFY(bou >= 0);
            QCOMPARE(values->table()->item(bou, 3)->text(), QStringLiteral("5"));
            QCOMPARE(values->choiceAt(bou)->currentData().toString(), QStringLiteral("BOU"));
            const int familjehemVux =
                values->rowOf(QStringLiteral("insats"), QStringLiteral("VUX"), QStringLiteral("Familjehem"));
            QVERIFY(familjehemVux >= 0);
            QCOMPARE(values->choiceAt(familjehemVux)->currentIndex(), -1); // asked, not guessed
            // Only Vuxna's insatser are offered for a Vuxna row.
            QVERIFY(values->choiceAt(familjehemVux)->findData(QStringLiteral("YAC.25.ZZ")) < 0);
            shot(wizard, 3);
            choose(values->choiceAt(familjehemVux), QStringLiteral("YAD.30.15"));
            choose(values->choiceAt(values->rowOf(QStringLiteral("aktualiseringsorsak"), QStringLiteral("BOU"),
                                                  QStringLiteral("Psykisk ohälsa"))),
                   QStringLiteral("ORSAK.EGEN_PSYKISK_OHALSA"));
            choose(values->choiceAt(
                       values->rowOf(QStringLiteral("aktualiseringsorsak"), QStringLiteral("VUX"),
                                     QStringLiteral("Riskbruk/missbruk/beroende (alkohol, droger, spel etc.)"))),
                   QStringLiteral("ORSAK.EGET_SKADLIGT_BRUK"));
            choose(values->choiceAt(values->rowOf(QStringLiteral("aktualiseringsorsak"), QStringLiteral("VUX"),
                                                  QStringLiteral("Kriminalitet"))),
                   QStringLiteral("ORSAK.EGEN_KRIMINALITET"));
            QCOMPARE(values->undecided(), 0);

            // 4. The dates: DD/MM/YYYY detected.
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::DatesPage));
            QTableWidget* dates = wizard.datesPage()->table();
            QCOMPARE(dates->rowCount(), 4); // inkom, beslut, verkställighet, avslut
            for (int row = 0; row < dates->rowCount(); ++row) {
                auto* combo = qobject_cast<QComboBox*>(dates->cellWidget(row, 2));
                QCOMPARE(combo->currentData().toString(), QStringLiteral("dmy"));
            }
            shot(wizard, 4);

            // 5. The preview: the whole file checked as a dry run, no errors, the 2019 warning.
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
            ImportPreviewPage* preview = wizard.previewPage();
            QTRY_VERIFY_WITH_TIMEOUT(!preview->isChecking(), 30000);
            QVERIFY2(preview->result().import.ok(), qPrintable(preview->summary()->text()));
            QCOMPARE(preview->rows()->rowCount(), 8);
            bool warned2019 = false;
            for (const io::ProblemGroup& g : preview->result().problems)
                warned2019 = warned2019 || g.kind == QLatin1String("from_2019");
            QVERIFY(warned2019);
            QVERIFY(preview->problems()->rowCount() >= 1);
            const QString problems = m_dir.filePath(QStringLiteral("problem.csv"));
            QVERIFY(preview->exportProblems(problems));
            QFile csv(problems);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QVERIFY(csv.readAll().contains("from_2019"));
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            shot(wizard, 5);

            // 6. The import, and the mapping saved under a name.
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
            ImportRunPage* run = wizard.runPage();
            run->nameEdit()->setText(QStringLiteral("Treserva-uttag"));
            QTest::mouseClick(run->importButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
            QVERIFY2(wizard.state().imported, qPrintable(run->resultLabel()->text()));
            QCOMPARE(run->progress()->value(), 100);
            QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
            shot(wizard, 6);
        }
        auto saved = access::ImportMappings(*session).loadByName(QStringLiteral("treserva-uttag"));
        QVERIFY(saved);
        session.reset();

        // The cross-tab målgrupp × insats (intern analys: exact counts) equals the table counted by
        // hand from the file: BOU Kontaktperson 2 (T-1001, T-1002), Familjehem 2 (T-1002, T-1004),
        // Stödboende 1 (T-1003); VUX Frivillig familjehemsvård 1 (T-2001, chosen), Akut/tillfälligt
        // boende 1, Långsiktigt boende 1.
        auto analys = signIn(QStringLiteral("analys"));
        QVERIFY(analys);
        auto snapshot = access::AnalysisReader(*analys).read({});
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        analysis::Query q;
        q.unit = analysis::Unit::Insats;
        q.dimensions = {QStringLiteral("malgrupp"), QStringLiteral("insats")};
        q.mode = analysis::Mode::InternAnalys;
        auto table = analysis::crossTabulate(*snapshot, m_catalog, q);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QMap<QString, qint64> counted;
        const auto& rows = table->dimensions[0].categories;
        const auto& cols = table->dimensions[1].categories;
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < cols.size(); ++c) {
                const qint64 n = table->cell({r, c}).n;
                if (n > 0)
                    counted.insert(rows[r].code + QLatin1Char(' ') + cols[c].code, n);
            }
        }
        const QMap<QString, qint64> byHand{{QStringLiteral("BOU YAC.80.ZZ"), 2}, {QStringLiteral("BOU YAC.25.ZZ"), 2},
                                           {QStringLiteral("BOU YAC.40.ZZ"), 1}, {QStringLiteral("VUX YAD.30.15"), 1},
                                           {QStringLiteral("VUX YAD.20.15"), 1}, {QStringLiteral("VUX YAD.20.35"), 1}};
        QCOMPARE(counted, byHand);
        QCOMPARE(table->total.n, qint64(8));
    }

    void savedMappingIsOfferedAndCancelLeavesDatabaseUnchanged()
    {
        auto session = signIn(QStringLiteral("admin"));
        QVERIFY(session);
        ImportWizard wizard(*session, m_catalog);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Offered next time: the saved mapping is preselected, with its choices.
        QCOMPARE(wizard.filePage()->mappingCombo()->currentData().toString(), QStringLiteral("Treserva-uttag"));
        QVERIFY(wizard.filePage()->openFile(fixture()));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValuesPage));
        QCOMPARE(wizard.valuesPage()->undecided(), 0);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isChecking(), 30000);
        QVERIFY(wizard.previewPage()->result().import.ok());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        ImportRunPage* run = wizard.runPage();
        QCOMPARE(run->nameEdit()->text(), QStringLiteral("Treserva-uttag"));

        // Cancel while the import is "still running" (held before it starts reading).
        const QByteArray before = fileHash(m_db);
        holdBackgroundWorkForTests(true);
        QTest::mouseClick(run->importButton(), Qt::LeftButton);
        QVERIFY(run->isRunning());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
        holdBackgroundWorkForTests(false);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
        QVERIFY(!wizard.state().imported);
        QVERIFY2(run->resultLabel()->text().contains(QStringLiteral("avbröts")) ||
                     run->resultLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(run->resultLabel()->text()));
        QCOMPARE(fileHash(m_db), before);
        QVERIFY(run->importButton()->isEnabled()); // may be started again
    }

    void handlaggareWithoutLeaveIsRefused()
    {
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        QVERIFY(!access::ImportMappings(*anna).mayImport());
        auto table = io::openTable(fixture());
        QVERIFY(table);
        io::MappingEngine engine(m_catalog, io::suggestMapping(**table, m_catalog));
        auto refused = engine.run(*anna, **table, QStringLiteral("x.csv"), true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void administratorGrantsTheImportRight()
    {
        {
            auto admin = signIn(QStringLiteral("admin"));
            QVERIFY(admin);
            AccountsWidget accounts(*admin, m_catalog);
            accounts.show();
            auto* button = accounts.findChild<QPushButton*>(QStringLiteral("importRightButton"));
            QVERIFY(button);
            QVERIFY(accounts.selectAccount(QStringLiteral("analys")));
            QVERIFY(!button->isEnabled()); // not a handläggare
            QVERIFY(accounts.selectAccount(QStringLiteral("anna")));
            QVERIFY(button->isEnabled());
            // Confirm the question the button asks.
            auto* timer = new QTimer(&accounts);
            timer->setInterval(10);
            connect(timer, &QTimer::timeout, timer, [timer] {
                if (QWidget* modal = QApplication::activeModalWidget()) {
                    if (auto* ok = modal->findChild<QPushButton*>(QStringLiteral("confirmButton"))) {
                        timer->stop();
                        ok->click();
                    }
                }
            });
            timer->start();
            button->click();
            QCOMPARE(*access::ImportMappings(*admin).allowedAccounts(), QStringList{QStringLiteral("anna")});
        }
        auto anna = signIn(QStringLiteral("anna"));
        QVERIFY(anna);
        QVERIFY(access::ImportMappings(*anna).mayImport());
        auto saved = access::ImportMappings(*anna).loadByName(QStringLiteral("Treserva-uttag"));
        QVERIFY(saved);
        auto mapping = io::Mapping::fromJson(saved->json);
        QVERIFY(mapping);
        auto table = io::openTable(fixture());
        QVERIFY(table);
        io::MappingEngine engine(m_catalog, *mapping, {QStringLiteral("anna")});
        auto checked = engine.run(*anna, **table, QStringLiteral("x.csv"), true);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QVERIFY(checked->import.ok()); // her own ärenden
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
