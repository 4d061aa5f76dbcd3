// The analytiker's scope set by an administratör: validated, normalised, audited, readable only by
// the administratör and the account itself, and never limiting an administratör.

#include "access/accounts.h"
#include "access/analysisscope.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kAdminPw = QStringLiteral("admin-password");
const QString kAnaPw = QStringLiteral("ana-password");
const QString kBoPw = QStringLiteral("bo-password");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

} // namespace

class TestAnalysisScope : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<Session> signIn(const QString& user, const QString& pw)
    {
        auto s = Session::signIn(m_path, user, pw, fast());
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("folja.db"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analytiker, kAnaPw));
        QVERIFY(accounts.add(QStringLiteral("bo"), QStringLiteral("Bo"), Role::Analytiker, kBoPw));
    }

    void intersectNarrows()
    {
        const AnalysisScope all;
        const AnalysisScope bou{{QStringLiteral("BOU")}, {}};
        const AnalysisScope bouVux{{QStringLiteral("BOU"), QStringLiteral("VUX")}, {QStringLiteral("Norr")}};
        QCOMPARE(AnalysisScope::intersect(all, bou), bou);
        QCOMPARE(AnalysisScope::intersect(bouVux, bou).malgrupper, QStringList{QStringLiteral("BOU")});
        QCOMPARE(AnalysisScope::intersect(bouVux, bou).enheter, QStringList{QStringLiteral("Norr")});
        bool nothing = false;
        AnalysisScope::intersect(bou, AnalysisScope{{QStringLiteral("VUX")}, {}}, &nothing);
        QVERIFY(nothing);
        AnalysisScope::intersect(bou, bouVux, &nothing);
        QVERIFY(!nothing);
    }

    void adminSetsNormalisedAndAudited()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        QVERIFY(admin);
        AnalysisScopes scopes(*admin);
        QCOMPARE(scopes.of(QStringLiteral("ana")).value(), AnalysisScope{});
        QVERIFY(
            scopes.set(QStringLiteral("ana"), {{QStringLiteral(" vux"), QStringLiteral("BOU"), QStringLiteral("VUX")},
                                               {QStringLiteral("Enhet Norr ")}}));
        const AnalysisScope stored = scopes.of(QStringLiteral("ana")).value();
        QCOMPARE(stored.malgrupper, (QStringList{QStringLiteral("BOU"), QStringLiteral("VUX")}));
        QCOMPARE(stored.enheter, QStringList{QStringLiteral("Enhet Norr")});

        auto recent = AuditLog(*admin).recent(5);
        QVERIFY(recent);
        QCOMPARE(recent->last().action, QStringLiteral("analysis_scope.change"));
        QVERIFY(recent->last().details.contains(QStringLiteral("\"BOU\",\"VUX\"")));
        QVERIFY(AuditLog(*admin).verify().value() == std::nullopt);
    }

    void invalidInputChangesNothing()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        QVERIFY(admin);
        AnalysisScopes scopes(*admin);
        const AnalysisScope before = scopes.of(QStringLiteral("ana")).value();
        const qint64 entriesBefore = AuditLog(*admin).recent(1000)->size();

        auto bad = scopes.set(QStringLiteral("ana"), {{QStringLiteral("BARN")}, {}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QVERIFY(bad.error().message.contains(QStringLiteral("BARN")));
        bad = scopes.set(QStringLiteral("ana"), {{}, {QStringLiteral("   ")}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        bad = scopes.set(QStringLiteral("nobody"), {{QStringLiteral("BOU")}, {}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::NotFound);

        QCOMPARE(scopes.of(QStringLiteral("ana")).value(), before);
        QCOMPARE(AuditLog(*admin).recent(1000)->size(), entriesBefore);
    }

    void onlyAdminOrSelfMayRead()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        AnalysisScopes scopes(*ana);
        QCOMPARE(scopes.effective().value().malgrupper, (QStringList{QStringLiteral("BOU"), QStringLiteral("VUX")}));
        auto other = scopes.of(QStringLiteral("bo"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::PermissionDenied);
        auto set = scopes.set(QStringLiteral("ana"), {});
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::PermissionDenied);
        ana.reset(); // one session per database file at a time
        // Bo has no stored scope: unlimited.
        auto bo = signIn(QStringLiteral("bo"), kBoPw);
        QVERIFY(bo);
        QVERIFY(AnalysisScopes(*bo).effective().value().isUnlimited());
    }

    void administratorIsNeverLimited()
    {
        auto admin = signIn(QStringLiteral("admin"), kAdminPw);
        QVERIFY(admin);
        QVERIFY(AnalysisScopes(*admin).set(QStringLiteral("admin"), {{QStringLiteral("EKB")}, {}}));
        QVERIFY(AnalysisScopes(*admin).effective().value().isUnlimited());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisScope)
#include "tst_analysisscope.moc"
