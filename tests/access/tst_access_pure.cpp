#include "access/auditchain.h"
#include "access/clock.h"
#include "access/roles.h"

#include <QTest>

using namespace folja::access;

namespace {
QList<AuditEntry> makeChain(int n)
{
    QList<AuditEntry> chain;
    QString prev;
    for (int i = 1; i <= n; ++i) {
        AuditEntry e;
        e.seq = i;
        e.ts = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC).addSecs(i);
        e.actor = QStringLiteral("anna");
        e.action = QStringLiteral("arende.open");
        e.objectType = QStringLiteral("arende");
        e.objectRef = QString::number(i);
        e.prevHash = prev;
        e.hash = computeAuditHash(e);
        prev = e.hash;
        chain.append(e);
    }
    return chain;
}
} // namespace

class TestAccessPure : public QObject
{
    Q_OBJECT

private slots:
    void rolesParseAndName()
    {
        QCOMPARE(parseRole(u"handlaggare"), Role::Handlaggare);
        QCOMPARE(parseRole(u"Handläggare"), Role::Handlaggare);
        QCOMPARE(parseRole(u"ANALYTIKER"), Role::Analytiker);
        QCOMPARE(parseRole(u"administratör"), Role::Administrator);
        QVERIFY(!parseRole(u"root").has_value());
        Roles both = Role::Analytiker | Role::Administrator;
        QCOMPARE(rolesToBits(both), 6);
        QCOMPARE(rolesFromBits(6), both);
        QCOMPARE(roleNames(both), (QStringList{QStringLiteral("analytiker"), QStringLiteral("administrator")}));
    }

    void auditChainVerifies()
    {
        const auto chain = makeChain(5);
        QVERIFY(!firstBrokenAuditEntry(chain).has_value());
        QCOMPARE(chain[0].hash.size(), 64);
        QCOMPARE(chain[1].prevHash, chain[0].hash);
    }

    void auditChainDetectsEditedEntry()
    {
        auto chain = makeChain(5);
        chain[2].objectRef = QStringLiteral("999");
        QCOMPARE(firstBrokenAuditEntry(chain), std::optional<qint64>(3));
    }

    void auditChainDetectsDeletedEntry()
    {
        auto chain = makeChain(5);
        chain.removeAt(1);
        QCOMPARE(firstBrokenAuditEntry(chain), std::optional<qint64>(3));
    }

    void auditChainDetectsRehashedEntryWithoutRelinking()
    {
        // Editing an entry and recomputing its own hash still breaks the link to the next one.
        auto chain = makeChain(5);
        chain[1].details = QStringLiteral("x");
        chain[1].hash = computeAuditHash(chain[1]);
        QCOMPARE(firstBrokenAuditEntry(chain), std::optional<qint64>(3));
    }

    void canonicalFormIsUnambiguous()
    {
        AuditEntry a;
        a.actor = QStringLiteral("ab");
        a.action = QStringLiteral("c");
        AuditEntry b;
        b.actor = QStringLiteral("a");
        b.action = QStringLiteral("bc");
        QVERIFY(canonicalAuditBytes(a) != canonicalAuditBytes(b));
    }

    void idleLockWithManualClock()
    {
        ManualClock clock;
        IdleLockPolicy policy(clock);
        QCOMPARE(policy.minutes(), 10);
        QVERIFY(!policy.shouldLock());
        clock.advanceSecs(9 * 60 + 59);
        QVERIFY(!policy.shouldLock());
        QCOMPARE(policy.msUntilLock(), qint64(1000));
        policy.recordActivity();
        clock.advanceSecs(9 * 60);
        QVERIFY(!policy.shouldLock());
        clock.advanceSecs(60);
        QVERIFY(policy.shouldLock());
        policy.setMinutes(0); // clamped: the lock cannot be switched off
        QCOMPARE(policy.minutes(), IdleLockPolicy::kMinMinutes);
    }
};

QTEST_GUILESS_MAIN(TestAccessPure)
#include "tst_access_pure.moc"
