// The same lead times everywhere: `folja-cli leadtimes --format json` and the analysis
// workspace's lead-time table (ui/analys) for the same query on the same demo database show the
// same groups, the same published n (".." exactly where the JSON has null) and the same
// statistics, under suppression and under the Cell Key Method.

#include "access/session.h"
#include "access/settings.h"
#include "analys/analysworkspace.h"
#include "analys/leadtimesview.h"
#include "analys/variablechoices.h"
#include "analysis/leadtimes.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "io/demodatabase.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace folja;

namespace {

const QString kPassword = QStringLiteral("test-losen-123");

} // namespace

class TestLeadTimesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<catalog::Catalog> m_catalog;

    std::unique_ptr<access::Session> signIn(const QString& user)
    {
        auto s = access::Session::signIn(m_path, user, kPassword);
        if (!s)
            return nullptr;
        return std::move(s).value();
    }

    QByteArray cliJson(const QStringList& flags, int& exitCode, QString& err)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FOLJA_PASSWORD"), kPassword);
        e.insert(QStringLiteral("FOLJA_LANG"), QStringLiteral("sv"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FOLJA_BINARY_DIR "/bin/folja-cli"),
                QStringList{QStringLiteral("leadtimes"), QStringLiteral("--db"), m_path, QStringLiteral("--user"),
                            QStringLiteral("analys"), QStringLiteral("--format"), QStringLiteral("json")} +
                    flags);
        if (!p.waitForFinished(120000)) {
            exitCode = -1;
            return {};
        }
        exitCode = p.exitCode();
        err = QString::fromUtf8(p.readAllStandardError());
        return p.readAllStandardOutput();
    }

    void setProtection(analysis::ProtectionMethod method)
    {
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(access::Settings(*admin).setProtectionMethod(method));
    }

    static void choose(QComboBox* combo, const QString& name)
    {
        QVERIFY(combo);
        QVERIFY2(ui::VariableChoices::select(*combo, name), qPrintable(name));
    }

    // The CLI's JSON against the workspace's lead-time model, row by row.
    void compare(analysis::LeadTimeKind kind, const QStringList& cliFlags, bool arendeUnit)
    {
        int exitCode = 0;
        QString err;
        const QByteArray json = cliJson(cliFlags, exitCode, err);
        QVERIFY2(exitCode == 0, qPrintable(err));
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();

        auto session = signIn(QStringLiteral("analys"));
        QVERIFY(session);
        ui::AnalysWorkspace w(*session, *m_catalog);
        choose(w.findChild<QComboBox*>(QStringLiteral("rowsCombo")), QStringLiteral("kon"));
        choose(w.findChild<QComboBox*>(QStringLiteral("columnsCombo")), QStringLiteral("malgrupp"));
        auto* unit = w.findChild<QComboBox*>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(arendeUnit ? QStringLiteral("arende") : QStringLiteral("insats")));
        auto* from = w.findChild<ui::DateField*>(QStringLiteral("periodFrom"));
        auto* to = w.findChild<ui::DateField*>(QStringLiteral("periodTo"));
        QVERIFY(from && to);
        from->clear();
        QTest::keyClicks(from, QStringLiteral("2024-01-01"));
        to->clear();
        QTest::keyClicks(to, QStringLiteral("2025-12-31"));
        auto* kindCombo = w.findChild<QComboBox*>(QStringLiteral("leadTimeKindCombo"));
        QVERIFY(kindCombo);
        kindCombo->setCurrentIndex(kindCombo->findData(static_cast<int>(kind)));
        w.recomputeNow();
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(w.leadTimesView());
        QTRY_VERIFY(w.leadTimesView()->table().has_value());
        const analysis::LeadTimeTable& t = *w.leadTimesView()->table();
        const QStandardItemModel* model = w.leadTimesView()->model();

        QCOMPARE(o.value(QStringLiteral("interval")).toString(), analysis::leadTimeKindCode(kind));
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), analysis::unitCode(t.unit));
        QCOMPARE(o.value(QStringLiteral("min_cell")).toInt(), t.minCell);
        QCOMPARE(o.value(QStringLiteral("protection")).toString(), analysis::protectionMethodCode(t.protection));
        QCOMPARE(o.value(QStringLiteral("dimensions")).toArray(),
                 (QJsonArray{QStringLiteral("kon"), QStringLiteral("malgrupp")}));
        QCOMPARE(t.dimensions.size(), 2);
        QCOMPARE(model->rowCount(), groups.size());
        QVERIFY(groups.size() > 3);
        const QString hidden = QStringLiteral("..");
        int shown = 0;
        int suppressed = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject g = groups.at(row).toObject();
            const std::vector<int> c = t.layout.coordinates(row);
            for (int d = 0; d < 2; ++d) {
                const analysis::TableDimension& dim = t.dimensions.at(d);
                const int i = c[static_cast<std::size_t>(d)];
                const QString key = dim.variable;
                if (i == dim.categories.size()) { // the total along this dimension
                    QVERIFY(!g.contains(key));
                } else {
                    QCOMPARE(g.value(key).toString(), dim.categories.at(i).sourceLabel);
                    QCOMPARE(model->item(row, d)->text(), dim.categories.at(i).label);
                }
            }
            const QString nText = model->item(row, 2)->text();
            if (g.value(QStringLiteral("n")).isNull()) {
                QCOMPARE(nText, hidden);
            } else {
                QCOMPARE(nText, QLocale().toString(static_cast<qint64>(g.value(QStringLiteral("n")).toDouble())));
            }
            const bool isSuppressed = g.value(QStringLiteral("suppressed")).toBool();
            suppressed += isSuppressed ? 1 : 0;
            const char* keys[] = {"median", "q1", "q3", "mean"};
            for (int s = 0; s < 4; ++s) {
                const QString text = model->item(row, 3 + s)->text();
                const QJsonValue v = g.value(QLatin1String(keys[s]));
                if (isSuppressed) {
                    QCOMPARE(text, hidden);
                    QVERIFY(v.isNull());
                } else if (v.isNull()) {
                    QCOMPARE(text, QStringLiteral("–")); // an empty group
                } else {
                    bool ok = false;
                    const double onScreen = QLocale().toDouble(text, &ok);
                    QVERIFY2(ok, qPrintable(text));
                    QVERIFY2(std::abs(onScreen - v.toDouble()) <= 0.05 + 1e-9,
                             qPrintable(QStringLiteral("row %1 %2: %3 on screen, %4 in JSON")
                                            .arg(row)
                                            .arg(QLatin1String(keys[s]), text)
                                            .arg(v.toDouble())));
                    ++shown;
                }
            }
        }
        QVERIFY(shown > 0);      // the comparison compared statistics
        QVERIFY(suppressed > 0); // and suppressed groups
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::install(*QCoreApplication::instance(), i18n::Language::Swedish));
        m_path = m_dir.filePath(QStringLiteral("demo.folja"));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
        io::DemoDatabase demo;
        demo.password = kPassword;
        demo.fill.persons = 400;
        demo.fill.seed = 5;
        demo.kdf = access::KdfParams::fastForTests();
        auto created = io::createDemoDatabase(m_path, *m_catalog, demo);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void sameAsTheWorkspaceWithSuppression()
    {
        setProtection(analysis::ProtectionMethod::Suppression);
        const QStringList period{QStringLiteral("--rows"),   QStringLiteral("kon"),       QStringLiteral("--cols"),
                                 QStringLiteral("malgrupp"), QStringLiteral("--from"),    QStringLiteral("2024-01-01"),
                                 QStringLiteral("--to"),     QStringLiteral("2025-12-31")};
        compare(analysis::LeadTimeKind::BeslutVerkstallande,
                period + QStringList{QStringLiteral("--interval"), QStringLiteral("beslut-verkstallande"),
                                     QStringLiteral("--unit"), QStringLiteral("insats")},
                false);
        compare(analysis::LeadTimeKind::AktualiseringBeslut,
                period + QStringList{QStringLiteral("--interval"), QStringLiteral("aktualisering-beslut"),
                                     QStringLiteral("--unit"), QStringLiteral("arende")},
                true);
    }

    void sameAsTheWorkspaceWithTheCellKeyMethod()
    {
        setProtection(analysis::ProtectionMethod::CellKey);
        compare(analysis::LeadTimeKind::VerkstallandeAvslut,
                {QStringLiteral("--rows"), QStringLiteral("kon"), QStringLiteral("--cols"), QStringLiteral("malgrupp"),
                 QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                 QStringLiteral("2025-12-31"), QStringLiteral("--interval"), QStringLiteral("verkstallande-avslut")},
                false);
    }
};

QTEST_MAIN(TestLeadTimesCli)
#include "tst_leadtimes_cli.moc"
