// access::AnalysisGate against a real encrypted database: the administratör's k is a floor (a
// weaker request is refused, a stricter one kept), intern analys only for the analytiker who
// switched it on (audited) and never exportable, the protection method comes from the gate, a
// report is planned with one strictest k and protected together, and an export is audited only
// after it succeeded. Also Session::holdAudit, which the CLI's read-only commands rely on.

#include "access/accounts.h"
#include "access/analysisgate.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "access/settings.h"
#include "analysis/reportset.h"
#include "catalog/catalog.h"
#include "demo/demo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("admin-password");
const QString kAnaPw = QStringLiteral("ana-password");
const QString kHandPw = QStringLiteral("hand-password");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

analysis::Query yearQuery(QStringList dimensions)
{
    analysis::Query q;
    q.unit = analysis::Unit::Insats;
    q.dimensions = std::move(dimensions);
    q.period = {QDate(2024, 1, 1), QDate(2025, 12, 31)};
    return q;
}

} // namespace

class TestAnalysisGate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<catalog::Catalog> m_catalog;
    analysis::Snapshot m_snapshot;

    // The audit entries with `action`, read as the administratör. One session per file at a
    // time: the caller closes its own first.
    int countActions(const QString& action)
    {
        auto admin = signIn(QStringLiteral("admin"), kPw);
        if (!admin)
            return -1;
        auto entries = AuditLog(*admin).recent(10000);
        if (!entries)
            return -1;
        int n = 0;
        for (const AuditEntry& e : *entries)
            n += e.action == action ? 1 : 0;
        return n;
    }

    bool setMinCell(int k)
    {
        auto admin = signIn(QStringLiteral("admin"), kPw);
        return admin && Settings(*admin).setMinCell(k).ok();
    }

    std::unique_ptr<Session> signIn(const QString& user, const QString& pw)
    {
        auto s = Session::signIn(m_path, user, pw, fast());
        if (!s)
            qWarning() << s.error().message;
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("gate.folja"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), kPw, fast());
        QVERIFY(created);
        Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analytiker, kAnaPw));
        QVERIFY(accounts.add(QStringLiteral("hanna"), QStringLiteral("Hanna"), Role::Handlaggare, kHandPw));
        auto catalog = catalog::Catalog::loadBuiltin();
        QVERIFY(catalog);
        m_catalog.emplace(std::move(catalog).value());
        demo::DemoOptions options;
        options.persons = 600;
        options.seed = 5;
        const demo::DemoData data = demo::generate(*m_catalog, options);
        m_snapshot = analysis::Snapshot::build(data.persons, data.arenden);
    }

    void minCellIsAFloor()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisGate gate(*ana);
        QCOMPARE(gate.minCellFloor().value(), 5); // a new database: k = 5
        QCOMPARE(gate.minCellFor({}).value(), 5);
        QCOMPARE(gate.minCellFor(7).value(), 7); // stricter: kept
        auto weaker = gate.minCellFor(3);
        QVERIFY(!weaker);
        QCOMPARE(weaker.error().code, ErrorCode::InvalidInput);
        QVERIFY2(weaker.error().message.contains(QLatin1String("5")), qPrintable(weaker.error().message));
        QVERIFY(!gate.minCellFor(11));

        // Through the engine: the weaker request computes nothing; the table carries the floor.
        const analysis::Query q = yearQuery({QStringLiteral("kon"), QStringLiteral("insats:parent")});
        QVERIFY(!gate.crossTab(m_snapshot, *m_catalog, q, 3));
        QVERIFY(!gate.leadTimes(m_snapshot, *m_catalog, q, analysis::LeadTimeKind::BeslutVerkstallande, 4));
        QVERIFY(!gate.trends(m_snapshot, *m_catalog, q, analysis::Granularity::Year, {analysis::TrendKind::Beslut}, 3));
        analysis::Query asksLittle = q;
        asksLittle.minCell = 3; // what the query itself says is not a request: the gate sets k
        auto table = gate.crossTab(m_snapshot, *m_catalog, asksLittle);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->minCell, 5);
        QCOMPARE(gate.crossTab(m_snapshot, *m_catalog, q, 8).value().minCell, 8);

        // The administratör lowers the floor: then 3 is allowed.
        ana.reset();
        QVERIFY(setMinCell(3));
        ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisGate lowered(*ana);
        QCOMPARE(lowered.crossTab(m_snapshot, *m_catalog, q, 3).value().minCell, 3);
        ana.reset();
        QVERIFY(setMinCell(5));
        ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        QVERIFY(!AnalysisGate(*ana).minCellFor(3));
    }

    void protectionComesFromTheGate()
    {
        // A new database uses the Cell Key Method; the administratör's setting decides, never the
        // caller.
        for (const auto method : {analysis::ProtectionMethod::CellKey, analysis::ProtectionMethod::Suppression}) {
            if (method == analysis::ProtectionMethod::Suppression) {
                auto admin = signIn(QStringLiteral("admin"), kPw);
                QVERIFY(admin && Settings(*admin).setProtectionMethod(method));
            }
            auto ana = signIn(QStringLiteral("ana"), kAnaPw);
            QVERIFY(ana);
            AnalysisGate gate(*ana);
            analysis::Query q = yearQuery({QStringLiteral("kon")});
            q.protection = method == analysis::ProtectionMethod::CellKey ? analysis::ProtectionMethod::Suppression
                                                                         : analysis::ProtectionMethod::CellKey;
            auto admitted = gate.admit(q);
            QVERIFY(admitted);
            QCOMPARE(admitted->protection, gate.protectionMethod().value());
            QCOMPARE(admitted->protection, method);
        }
    }

    void internAnalysIsForTheAnalytikerOnly()
    {
        const int before = countActions(QStringLiteral("analysis.mode"));
        analysis::Query q = yearQuery({QStringLiteral("kon"), QStringLiteral("insats:parent")});
        q.mode = analysis::Mode::InternAnalys;
        for (const auto& [user, pw] :
             {std::pair{QStringLiteral("admin"), kPw}, std::pair{QStringLiteral("hanna"), kHandPw}}) {
            auto s = signIn(user, pw);
            QVERIFY(s);
            AnalysisGate gate(*s);
            QVERIFY(!gate.mayUseInternAnalys());
            auto switched = gate.setInternAnalys(true);
            QVERIFY(!switched);
            QCOMPARE(switched.error().code, ErrorCode::PermissionDenied);
            auto table = gate.crossTab(m_snapshot, *m_catalog, q);
            QVERIFY(!table);
            QCOMPARE(table.error().code, ErrorCode::PermissionDenied);
            QVERIFY(
                !gate.trends(m_snapshot, *m_catalog, q, analysis::Granularity::Year, {analysis::TrendKind::Beslut}));
        }
        QCOMPARE(countActions(QStringLiteral("analysis.mode")), before); // refusals write nothing

        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisGate gate(*ana);
        QVERIFY(gate.mayUseInternAnalys());
        QVERIFY(!gate.crossTab(m_snapshot, *m_catalog, q)); // not switched on yet
        QVERIFY(gate.setInternAnalys(true));
        auto table = gate.crossTab(m_snapshot, *m_catalog, q);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->mode, analysis::Mode::InternAnalys);

        // Never exportable, whoever asks and however.
        auto refused = gate.publishable(*table);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        bool wrote = false;
        QVERIFY(ana->flushPendingAudit());
        const QByteArray before2 = fileHash(m_path);
        QVERIFY(!gate.publish(*table, QStringLiteral("csv"), QString(), [&]() -> Result<void> {
            wrote = true;
            return {};
        }));
        QVERIFY(!wrote);
        QCOMPARE(fileHash(m_path), before2); // refused: not written, not audited
        QVERIFY(!gate.interchangeJson(*table));
        QVERIFY(!gate.excelCsv(*table, {}));
        auto published = gate.admitForPublication(q);
        QVERIFY(!published);
        QCOMPARE(published.error().code, ErrorCode::PermissionDenied);

        QVERIFY(gate.setInternAnalys(false));
        QVERIFY(!gate.crossTab(m_snapshot, *m_catalog, q)); // switched off again
        ana.reset();
        QCOMPARE(countActions(QStringLiteral("analysis.mode")), before + 2); // on and off, audited
    }

    void exportIsAuditedAfterItSucceeded()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisGate gate(*ana);
        auto table = gate.crossTab(m_snapshot, *m_catalog, yearQuery({QStringLiteral("kon")}));
        QVERIFY(table);
        QVERIFY(gate.publishable(*table));
        QVERIFY(gate.interchangeJson(*table));
        QVERIFY(ana->flushPendingAudit());
        const QByteArray before = fileHash(m_path);
        auto failed = gate.publish(*table, QStringLiteral("csv"), QStringLiteral("k=5"), []() -> Result<void> {
            return makeError(ErrorCode::Io, QStringLiteral("disk full"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QCOMPARE(fileHash(m_path), before); // a failed export leaves the file as it was
        QVERIFY(
            gate.publish(*table, QStringLiteral("csv"), QStringLiteral("k=5"), []() -> Result<void> { return {}; }));
        QVERIFY(fileHash(m_path) != before); // audited once written

        // A table computed past the gate with a weaker k is not published either.
        analysis::Query weak = yearQuery({QStringLiteral("kon")});
        weak.minCell = 3;
        auto past = analysis::crossTabulate(m_snapshot, *m_catalog, weak);
        QVERIFY(past);
        QVERIFY(!gate.publishable(*past));
    }

    void reportPlanHasOneStrictestK()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisGate gate(*ana);
        ReportPlanRequest request;
        ReportTableRequest a{QStringLiteral("A"), yearQuery({QStringLiteral("kon"), QStringLiteral("insats:parent")}),
                             std::nullopt};
        a.query.mode = analysis::Mode::InternAnalys; // a report publishes anyway
        ReportTableRequest b{QStringLiteral("B"), yearQuery({QStringLiteral("insats:parent")}), 7};
        request.tables = {a, b};
        auto plan = gate.reportPlan(m_snapshot, *m_catalog, request);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->minCell, 7);
        QCOMPARE(plan->tables.size(), 2);
        for (const ReportTable& t : plan->tables) {
            QCOMPARE(t.table.minCell, 7);
            QCOMPARE(t.query.minCell, 7);
            QCOMPARE(t.table.mode, analysis::Mode::Publicering);
            QVERIFY(t.table.exportable);
        }
        QVERIFY(gate.publishable(*plan));

        // Protected together: the same cells as protectReportSet gives on the tables alone.
        QList<analysis::CrossTab> alone;
        for (const ReportTable& t : plan->tables)
            alone.append(analysis::crossTabulate(m_snapshot, *m_catalog, t.query).value());
        QVERIFY(analysis::protectReportSet(alone));
        for (qsizetype i = 0; i < alone.size(); ++i) {
            const auto& cells = plan->tables.at(i).table.cells;
            QCOMPARE(cells.size(), alone.at(i).cells.size());
            for (std::size_t c = 0; c < cells.size(); ++c)
                QCOMPARE(cells[c].suppressed(), alone.at(i).cells[c].suppressed());
        }
        QVERIFY(plan->linked.linkedCells > 0); // the two tables share the insats margin

        // A table saved with a k below today's floor is raised to it; the caller's weaker k is refused.
        request.tables = {ReportTableRequest{QStringLiteral("old"), yearQuery({QStringLiteral("kon")}), 3}};
        QCOMPARE(gate.reportMinCell(request).value(), 5);
        request.minCell = 3;
        auto refused = gate.reportPlan(m_snapshot, *m_catalog, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        request.minCell = 6;
        QCOMPARE(gate.reportPlan(m_snapshot, *m_catalog, request).value().minCell, 6);
        QVERIFY(!gate.reportPlan(m_snapshot, *m_catalog, ReportPlanRequest{}));

        // Tables with different k are not one report.
        ReportPlan mixed = *plan;
        mixed.tables[1].table.minCell = 8;
        QVERIFY(!gate.publishable(mixed));
    }

    void heldAuditWaitsForTheFlush()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        QVERIFY(ana->flushPendingAudit());
        ana->holdAudit(true);
        const QByteArray before = fileHash(m_path);
        QVERIFY(ana->audit(QStringLiteral("analysis.snapshot"), QStringLiteral("database")));
        QVERIFY(ana->audit(QStringLiteral("analysis.export"), QStringLiteral("csv")));
        QCOMPARE(fileHash(m_path), before); // nothing written yet
        QVERIFY(ana->flushPendingAudit());
        QVERIFY(fileHash(m_path) != before);
        ana.reset();
        QCOMPARE(countActions(QStringLiteral("analysis.snapshot")), 1);
        auto admin = signIn(QStringLiteral("admin"), kPw);
        QVERIFY(admin);
        QVERIFY(AuditLog(*admin).verify().value() == std::nullopt); // the chain holds
    }
};

QTEST_GUILESS_MAIN(TestAnalysisGate)
#include "tst_analysisgate.moc"
