// Every item model Följa defines in ui/ under QAbstractItemModelTester, through the changes the
// screens make to it: resets, row insertions and removals, data changes, checkable rows, layers and
// display modes, and the ärende list behind its filter proxy. The tester checks the model's
// invariants (row/column counts, parents, indexes, signals announcing what really changed) after
// every step and fails the test on the first violation.

#include "access/accounts.h"
#include "access/values.h"
#include "admin/accountsmodel.h"
#include "admin/catalogmodels.h"
#include "admin/movearendenmodel.h"
#include "analys/crosstabmodel.h"
#include "analys/crosstabview.h"
#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "arenden/arendefilterproxy.h"
#include "arenden/arendelistmodel.h"
#include "catalog/catalog.h"
#include "demo/demo.h"
#include "domain/records.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTest>

#include <optional>

using namespace folja;
using namespace folja::ui;

namespace {

// Reads every cell, header and role a view would ask for, so that data() and headerData() run on
// every index (the tester only samples them).
void readEverything(const QAbstractItemModel& model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        model.headerData(r, Qt::Vertical, Qt::DisplayRole);
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QVERIFY(index.isValid());
            model.flags(index);
            for (int role = 0; role <= Qt::UserRole + 8; ++role)
                model.data(index, role);
        }
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole)})
            model.headerData(c, Qt::Horizontal, role);
    }
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

    std::optional<catalog::Catalog> m_catalog;
    demo::DemoData m_data;
    QList<access::ArendeSummary> m_summaries;

    QList<access::ArendeSummary> summaries(int from, int count) const { return m_summaries.mid(from, count); }

private slots:
    void initTestCase()
    {
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());
        demo::DemoOptions options;
        options.persons = 600;
        options.seed = 11;
        m_data = demo::generate(*m_catalog, options);
        QVERIFY(m_data.arenden.size() > 100);
        for (qsizetype i = 0; i < m_data.arenden.size(); ++i) {
            const domain::Arende& a = m_data.arenden.at(i);
            access::ArendeSummary s;
            s.id = i + 1;
            s.externalId = a.externalId.isEmpty() ? QStringLiteral("A-%1").arg(i + 1) : a.externalId;
            s.personRef = a.personRef;
            s.skyddad = i % 17 == 0;
            s.malgrupp = a.malgrupp;
            s.enhet = a.enhet;
            s.owner = a.owner;
            s.aktualiseringDatum = a.aktualiseringDatum;
            s.beslutDatum = a.beslutDatum;
            s.insatsCount = static_cast<int>(a.insatser.size());
            s.status = domain::statusOf(a);
            s.updatedAt = QStringLiteral("2026-01-01T00:00:00Z");
            m_summaries.append(s);
        }
    }

    void crossTabModel()
    {
        const analysis::Snapshot snapshot = analysis::Snapshot::build(m_data.persons, m_data.arenden);
        const auto table = [&](const QStringList& dimensions, bool oneScale = true) {
            analysis::Query q;
            q.dimensions = dimensions;
            q.period = {QDate(2023, 1, 1), QDate(2026, 10, 31)};
            // One måluppfyllelse scale (BBIC), or both (a block per scale).
            if (oneScale)
                q.filters = {analysis::Filter{QStringLiteral("malgrupp"),
                                              {QStringLiteral("BOU"), QStringLiteral("VUX"), QStringLiteral("EKB")}}};
            return analysis::crossTabulate(snapshot, *m_catalog, q);
        };
        const auto three =
            table({QStringLiteral("kon"), QStringLiteral("insats:parent"), QStringLiteral("maluppfyllelse")});
        QVERIFY2(three, three ? "" : qPrintable(three.error().message));
        const auto two = table({QStringLiteral("alder_grupp"), QStringLiteral("kon")});
        QVERIFY2(two, two ? "" : qPrintable(two.error().message));
        const auto one = table({QStringLiteral("insats")});
        QVERIFY2(one, one ? "" : qPrintable(one.error().message));

        CrossTabModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        readEverything(model); // empty
        model.setTable(*three);
        QVERIFY(model.rowCount() > 1 && model.columnCount() > 1);
        QVERIFY(model.layerCount() > 1);
        readEverything(model);
        for (int layer = 0; layer < model.layerCount(); ++layer) {
            model.setLayer(layer);
            readEverything(model);
        }
        for (CellShow show : {CellShow::RowPercent, CellShow::ColumnPercent, CellShow::TotalPercent, CellShow::Count}) {
            model.setShow(show);
            model.setIntervals(!model.intervals());
            readEverything(model);
        }
        const auto mixed =
            table({QStringLiteral("maluppfyllelse"), QStringLiteral("insats:parent"), QStringLiteral("maluppfyllelse")},
                  false);
        QVERIFY(!mixed); // a variable once per table
        const auto both =
            table({QStringLiteral("insats:parent"), QStringLiteral("maluppfyllelse"), QStringLiteral("kon")}, false);
        QVERIFY2(both, both ? "" : qPrintable(both.error().message));
        QVERIFY(both->dimensions[1].isSplit());
        model.setTable(*both);
        readEverything(model);
        model.setShow(CellShow::RowPercent);
        for (int layer = 0; layer < model.layerCount(); ++layer) {
            model.setLayer(layer);
            readEverything(model);
        }
        model.setTable(*two); // fewer layers: the layer falls back
        readEverything(model);
        model.setTable(*one);
        readEverything(model);
        model.setTable(*three);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        readEverything(model);
        if (QTest::currentTestFailed())
            return;

        // Behind a sorting proxy, as a view might put it.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(*three);
        proxy.sort(1, Qt::DescendingOrder);
        model.setLayer(1);
        model.setShow(CellShow::RowPercent);
        readEverything(proxy);
    }

    // The headline table over both måluppfyllelse scales (INTERCHANGE §3) reads as two blocks, each
    // scale's categories followed by its own total, with no total of both. A register counted by
    // hand (one insats per ärende and person, each followed up once, unit insats):
    //   BOU   YAC.45.ZZ  F POSITIV_UPPFYLLT 4 · F INGEN_FORANDRING 2 · M POSITIV_UPPFYLLT 3 · M missing 1
    //   ALDRE YAA.05.15  F JA 6 · M DELVIS 3 · M missing 2
    // BBIC: F 6, M 4 (10); IBIC: F 6, M 5 (11).
    void crossTabModelShowsBothScales()
    {
        QList<domain::Person> persons;
        QList<domain::Arende> arenden;
        domain::Id id = 0;
        auto add = [&](const QString& malgrupp, const QString& ksi, const QString& kon, int n, const QString& mal) {
            for (int i = 0; i < n; ++i) {
                ++id;
                domain::Person p;
                p.id = id;
                p.kon = kon;
                p.birthDate = QDate(1950, 1, 1);
                persons.append(p);
                domain::Uppfoljning u;
                u.datum = QDate(2024, 6, 1);
                u.maluppfyllelse = mal;
                domain::Insats in;
                in.ksi = ksi;
                in.beslutDatum = QDate(2024, 2, 1);
                in.uppfoljningar = {u};
                domain::Arende a;
                a.id = id;
                a.externalId = QStringLiteral("H%1").arg(id);
                a.personRef = id;
                a.malgrupp = malgrupp;
                a.enhet = QStringLiteral("E1");
                a.aktualiseringDatum = QDate(2024, 1, 10);
                a.insatser = {in};
                arenden.append(a);
            }
        };
        const QString f = QStringLiteral("KON.FLICKA_KVINNA");
        const QString m = QStringLiteral("KON.POJKE_MAN");
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), f, 4, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"));
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), f, 2, QStringLiteral("MAL.BBIC.INGEN_FORANDRING"));
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), m, 3, QStringLiteral("MAL.BBIC.POSITIV_UPPFYLLT"));
        add(QStringLiteral("BOU"), QStringLiteral("YAC.45.ZZ"), m, 1, QString());
        add(QStringLiteral("ALDRE"), QStringLiteral("YAA.05.15"), f, 6, QStringLiteral("MAL.IBIC.JA"));
        add(QStringLiteral("ALDRE"), QStringLiteral("YAA.05.15"), m, 3, QStringLiteral("MAL.IBIC.DELVIS"));
        add(QStringLiteral("ALDRE"), QStringLiteral("YAA.05.15"), m, 2, QString());
        const analysis::Snapshot snapshot = analysis::Snapshot::build(persons, arenden);
        auto table = [&](const QStringList& dimensions) {
            analysis::Query q;
            q.dimensions = dimensions;
            q.mode = analysis::Mode::InternAnalys; // the true counts, to compare with the hand count
            return analysis::crossTabulate(snapshot, *m_catalog, q);
        };

        // Måluppfyllelse down, kön across.
        const auto rows = table({QStringLiteral("maluppfyllelse"), QStringLiteral("kon")});
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        CrossTabModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(*rows);
        QStringList headers;
        QStringList scales;
        QList<bool> margins;
        for (int r = 0; r < model.rowCount(); ++r) {
            headers.append(model.headerData(r, Qt::Vertical).toString());
            scales.append(model.index(r, 0).data(CrossTabModel::ScaleRole).toString());
            margins.append(model.index(r, 0).data(CrossTabModel::MarginRole).toBool());
        }
        QCOMPARE(headers, (QStringList{QStringLiteral("Positiv förändring och målet uppfyllt"),
                                       QStringLiteral("Ingen förändring"), QStringLiteral("(missing) BBIC"),
                                       QStringLiteral("Total BBIC"), QStringLiteral("Ja (måluppfyllelse uppnådd)"),
                                       QStringLiteral("Delvis (måluppfyllelse delvis uppnådd)"),
                                       QStringLiteral("(missing) IBIC"), QStringLiteral("Total IBIC")}));
        QCOMPARE(scales, (QStringList{QStringLiteral("BBIC"), QStringLiteral("BBIC"), QStringLiteral("BBIC"),
                                      QStringLiteral("BBIC"), QStringLiteral("IBIC"), QStringLiteral("IBIC"),
                                      QStringLiteral("IBIC"), QStringLiteral("IBIC")}));
        QCOMPARE(margins, (QList<bool>{false, false, false, true, false, false, false, true}));
        QVERIFY(model.index(2, 0).data(CrossTabModel::MissingRole).toBool());
        QVERIFY(model.index(6, 0).data(CrossTabModel::MissingRole).toBool());
        // Counts: F, M, total; each scale's total row is that scale's alone.
        auto countsOf = [&](int r) {
            QList<qint64> out;
            for (int c = 0; c < model.columnCount(); ++c)
                out.append(model.index(r, c).data(CrossTabModel::CountRole).toLongLong());
            return out;
        };
        QCOMPARE(countsOf(0), (QList<qint64>{4, 3, 7}));
        QCOMPARE(countsOf(3), (QList<qint64>{6, 4, 10}));
        QCOMPARE(countsOf(4), (QList<qint64>{6, 0, 6}));
        QCOMPARE(countsOf(6), (QList<qint64>{0, 2, 2}));
        QCOMPARE(countsOf(7), (QList<qint64>{6, 5, 11}));
        // Column percentages within a scale: F POSITIV 4 of F's 6 BBIC answers; M DELVIS 3 of 3.
        model.setShow(CellShow::ColumnPercent);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("66.7 %"));
        QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("100.0 %"));
        readEverything(model);
        // The workspace's bortfall line gives each scale's bortfall of its own records:
        // BBIC 1 of 10, IBIC 2 of 11.
        const QString summary = CrossTabView::bortfallSummary(*rows);
        QVERIFY2(summary.contains(QStringLiteral("(BBIC): value missing 1 (10.0 %)")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("(IBIC): value missing 2 (18.2 %)")), qPrintable(summary));

        // The headline table: måluppfyllelse as layers, a total layer per scale.
        const auto three = table({QStringLiteral("kon"), QStringLiteral("insats"), QStringLiteral("maluppfyllelse")});
        QVERIFY2(three, three ? "" : qPrintable(three.error().message));
        model.setShow(CellShow::Count);
        model.setTable(*three);
        QCOMPARE(model.layerCount(), 8);
        QCOMPARE(model.layerLabel(3), QStringLiteral("Total BBIC"));
        QCOMPARE(model.layerLabel(7), QStringLiteral("Total IBIC"));
        model.setLayer(3);
        // Rows F, M, total; columns YAA.05.15, YAC.45.ZZ, total: BBIC holds no Äldre insats.
        QCOMPARE(model.index(0, 0).data(CrossTabModel::CountRole).toLongLong(), qint64(0));
        QCOMPARE(model.index(0, 1).data(CrossTabModel::CountRole).toLongLong(), qint64(6));
        QCOMPARE(model.index(2, 2).data(CrossTabModel::CountRole).toLongLong(), qint64(10));
        QCOMPARE(model.index(2, 2).data(CrossTabModel::ScaleRole).toString(), QStringLiteral("BBIC"));
        model.setLayer(7);
        QCOMPARE(model.index(1, 0).data(CrossTabModel::CountRole).toLongLong(), qint64(5));
        QCOMPARE(model.index(2, 2).data(CrossTabModel::CountRole).toLongLong(), qint64(11));
        for (int layer = 0; layer < model.layerCount(); ++layer) {
            model.setLayer(layer);
            readEverything(model);
        }
    }

    void arendeListModelAndFilter()
    {
        ArendeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArendeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setCatalog(&*m_catalog);
        QHash<domain::Id, int> missing;
        QHash<domain::Id, QString> konAlder;
        const QList<access::ArendeSummary> rows = summaries(0, 80);
        for (const access::ArendeSummary& s : rows) {
            missing.insert(s.id, int(s.id % 4));
            konAlder.insert(s.id, QStringLiteral("K, %1 år").arg(s.id % 90));
        }
        model.setArenden(rows, missing, konAlder);
        QCOMPARE(model.rowCount(), 80);
        readEverything(model);
        model.setDrafts({rows.at(3).id, rows.at(7).id});
        readEverything(model);

        // A new row, a changed row, a removed row: what a save or a delete does.
        access::ArendeSummary added = m_summaries.at(100);
        model.upsert(added, 2, QStringLiteral("M, 40 år"));
        QCOMPARE(model.rowCount(), 81);
        access::ArendeSummary changed = rows.at(10);
        changed.insatsCount += 1;
        changed.status = domain::ArendeStatus::Avslutat;
        model.upsert(changed, 0);
        QCOMPARE(model.rowCount(), 81);
        model.remove(rows.at(0).id);
        model.remove(rows.at(40).id);
        model.remove(999999); // not there: nothing happens
        QCOMPARE(model.rowCount(), 79);
        readEverything(model);

        // The filters of Mina ärenden, one after the other and together.
        proxy.setMalgrupp(QStringLiteral("BOU"));
        readEverything(proxy);
        proxy.setStatus(int(domain::ArendeStatus::Avslutat));
        proxy.setOnlyMissing(true);
        proxy.setText(QStringLiteral("1"));
        readEverything(proxy);
        proxy.sort(ArendeListModel::Aktualiserad, Qt::AscendingOrder);
        model.upsert(m_summaries.at(101), 1);
        model.remove(rows.at(20).id);
        readEverything(proxy);
        proxy.setText(QString());
        proxy.setOnlyMissing(false);
        proxy.setStatus(-1);
        proxy.setMalgrupp(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        readEverything(proxy);

        model.setArenden(summaries(200, 30));
        QCOMPARE(model.rowCount(), 30);
        model.setArenden({});
        QCOMPARE(model.rowCount(), 0);
        readEverything(proxy);
    }

    void moveArendenModel()
    {
        MoveArendenModel model(*m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArenden(summaries(0, 40));
        QCOMPARE(model.rowCount(), 40);
        readEverything(model);
        // Ticking rows as the user does: setData with Qt::CheckStateRole on the first column.
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(5, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds().size(), 2);
        QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds().size(), 1);
        model.setAllChecked(true);
        QCOMPARE(model.checkedIds().size(), 40);
        model.setAllChecked(false);
        QCOMPARE(model.checkByNumber(model.numbers().mid(0, 3)), 3);
        readEverything(model);
        model.setArenden(summaries(50, 10));
        QCOMPARE(model.rowCount(), 10);
        model.setArenden({});
        readEverything(model);
    }

    void accountsModel()
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<access::Account> accounts;
        for (int i = 0; i < 6; ++i) {
            access::Account a;
            a.id = i + 1;
            a.name = QStringLiteral("user%1").arg(i);
            a.displayName = QStringLiteral("User %1").arg(i);
            a.roles.setFlag(i % 3 == 0 ? access::Role::Administrator
                                       : (i % 3 == 1 ? access::Role::Handlaggare : access::Role::Analytiker));
            a.active = i != 4;
            accounts.append(a);
        }
        model.setAccounts(accounts);
        QCOMPARE(model.rowCount(), 6);
        readEverything(model);
        QCOMPARE(model.rowOf(QStringLiteral("user3")), 3);
        accounts.removeAt(1);
        accounts[0].active = false;
        model.setAccounts(accounts);
        readEverything(model);
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void catalogModels()
    {
        VariableVisibilityModel variables(*m_catalog);
        QAbstractItemModelTester variablesTester(&variables, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ValueVisibilityModel values(*m_catalog);
        QAbstractItemModelTester valuesTester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int requested = 0;
        connect(&variables, &VariableVisibilityModel::visibilityRequested, this, [&requested] { ++requested; });
        connect(&values, &ValueVisibilityModel::visibilityRequested, this, [&requested] { ++requested; });
        for (catalog::Malgrupp m : catalog::kAllMalgrupper) {
            variables.reset(m);
            QVERIFY(variables.rowCount() > 0);
            readEverything(variables);
            for (const QString& variable : {QStringLiteral("insats"), QStringLiteral("aktualiseringsorsak"),
                                            QStringLiteral("maluppfyllelse"), QStringLiteral("kon")}) {
                values.reset(variable, m);
                readEverything(values);
            }
        }
        // Ticking "Shown" only asks; the page decides (and resets the model).
        const QModelIndex shown = variables.index(0, VariableVisibilityModel::Shown);
        if (variables.flags(shown) & Qt::ItemIsUserCheckable)
            variables.setData(shown, Qt::Unchecked, Qt::CheckStateRole);
        values.reset(QStringLiteral("insats"), catalog::Malgrupp::Vux);
        const QModelIndex valueShown = values.index(0, ValueVisibilityModel::Shown);
        if (values.flags(valueShown) & Qt::ItemIsUserCheckable)
            values.setData(valueShown, Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(requested >= 1);
        readEverything(variables);
        readEverything(values);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
