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
#include "analysis/crosstab.h"
#include "analysis/snapshot.h"
#include "arenden/arendefilterproxy.h"
#include "arenden/arendelistmodel.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

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
        const auto table = [&](const QStringList& dimensions) {
            analysis::Query q;
            q.dimensions = dimensions;
            q.period = {QDate(2023, 1, 1), QDate(2026, 10, 31)};
            // One måluppfyllelse scale (BBIC): a 3-D table may not pool BBIC and IBIC.
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
