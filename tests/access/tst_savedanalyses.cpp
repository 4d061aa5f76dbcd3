// Saved analyses against a real encrypted database: per-owner lists, unique names with a clear
// error, rename/remove/update, the "next period" move, role checks, auditing, and that a refused
// change leaves the table as it was.

#include "access/accounts.h"
#include "access/auditlog.h"
#include "access/savedanalyses.h"
#include "access/session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("admin-password");
const QString kAnaPw = QStringLiteral("ana-password");
const QString kOtherPw = QStringLiteral("other-password");
const QString kHandPw = QStringLiteral("hand-password");

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = access::KdfParams::fastForTests();
    return o;
}

analysis::Query quarterQuery()
{
    analysis::Query q;
    q.unit = analysis::Unit::Insats;
    q.dimensions = {QStringLiteral("kon"), QStringLiteral("insats")};
    q.period.from = QDate(2025, 1, 1);
    q.period.to = QDate(2025, 3, 31);
    q.ageReference = QDate(2025, 1, 1);
    q.filters.append(analysis::Filter{QStringLiteral("malgrupp"), {QStringLiteral("BOU")}});
    return q;
}

} // namespace

class TestSavedAnalyses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

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
        m_path = m_dir.filePath(QStringLiteral("folja.db"));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), kPw, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Accounts accounts(*created->session);
        QVERIFY(accounts.add(QStringLiteral("ana"), QStringLiteral("Ana"), Role::Analytiker, kAnaPw));
        QVERIFY(accounts.add(QStringLiteral("other"), QStringLiteral("Other"), Role::Analytiker, kOtherPw));
        QVERIFY(accounts.add(QStringLiteral("hand"), QStringLiteral("Hand"), Role::Handlaggare, kHandPw));
    }

    void pureHelpers()
    {
        analysis::Period q1{QDate(2025, 1, 1), QDate(2025, 3, 31)};
        const analysis::Period q2 = followingPeriod(q1);
        QCOMPARE(q2.from, QDate(2025, 4, 1));
        QCOMPARE(q2.to, QDate(2025, 6, 30));
        analysis::Period year{QDate(2024, 1, 1), QDate(2024, 12, 31)};
        QCOMPARE(followingPeriod(year).to, QDate(2025, 12, 31));
        analysis::Period feb{QDate(2024, 2, 1), QDate(2024, 2, 29)};
        QCOMPARE(followingPeriod(feb).to, QDate(2024, 3, 31));
        analysis::Period days{QDate(2025, 1, 10), QDate(2025, 1, 19)}; // ten days
        QCOMPARE(followingPeriod(days).from, QDate(2025, 1, 20));
        QCOMPARE(followingPeriod(days).to, QDate(2025, 1, 29));
        analysis::Period status{QDate(2025, 3, 31), QDate(2025, 3, 31), analysis::TimeMeaning::StatusOn};
        QCOMPARE(followingPeriod(status).to, QDate(2025, 6, 30));
        QCOMPARE(followingPeriod(status).meaning, analysis::TimeMeaning::StatusOn);
        analysis::Period open{QDate(2025, 1, 1), QDate()};
        QCOMPARE(followingPeriod(open).from, QDate(2025, 1, 1));

        const analysis::Query moved = withPeriod(quarterQuery(), QDate(2025, 4, 1), QDate(2025, 6, 30));
        QCOMPARE(moved.ageReference, QDate(2025, 4, 1)); // followed the start
        analysis::Query fixedAge = quarterQuery();
        fixedAge.ageReference = QDate(2024, 12, 31);
        QCOMPARE(withPeriod(fixedAge, QDate(2025, 4, 1), QDate(2025, 6, 30)).ageReference, QDate(2024, 12, 31));

        QVERIFY(!SavedAnalyses::checkName(QStringLiteral("   ")));
        QVERIFY(!SavedAnalyses::checkName(QStringLiteral("a\nb")));
        QVERIFY(!SavedAnalyses::checkName(QString(SavedAnalyses::kMaxNameLength + 1, QLatin1Char('x'))));
        QCOMPARE(SavedAnalyses::checkName(QStringLiteral("  Kön × insats  ")).value(), QStringLiteral("Kön × insats"));
    }

    void saveLoadListPerOwner()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        SavedAnalyses saved(*ana);
        auto a = saved.save(QStringLiteral("Kön × insats, BoU"), quarterQuery(), QStringLiteral("grouped_bars"));
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY(a->id > 0);
        QCOMPARE(a->chartType, QStringLiteral("grouped_bars"));
        QCOMPARE(a->query.toJson(), quarterQuery().toJson());
        QVERIFY(a->createdAt.isValid());

        auto b = saved.save(QStringLiteral("Ålder"), quarterQuery(), QString());
        QVERIFY(b);
        QVERIFY(b->chartType.isEmpty());

        auto listed = saved.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).name, QStringLiteral("Kön × insats, BoU"));

        auto byName = saved.loadByName(QStringLiteral("  kön × INSATS, bou "));
        QVERIFY2(byName, byName ? "" : qPrintable(byName.error().message));
        QCOMPARE(byName->id, a->id);

        // Another analytiker neither sees nor touches them, and may use the same name. (One
        // session at a time: the database is opened exclusively.)
        const qint64 aId = a->id;
        ana.reset();
        auto other = signIn(QStringLiteral("other"), kOtherPw);
        QVERIFY(other);
        SavedAnalyses theirs(*other);
        QCOMPARE(theirs.list()->size(), 0);
        auto notMine = theirs.load(aId);
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code, ErrorCode::NotFound);
        QVERIFY(!theirs.rename(aId, QStringLiteral("x")));
        QVERIFY(!theirs.remove(aId));
        QVERIFY(theirs.save(QStringLiteral("Kön × insats, BoU"), quarterQuery(), {}));
        other.reset();
        ana = signIn(QStringLiteral("ana"), kAnaPw);
        QCOMPARE(SavedAnalyses(*ana).load(aId)->name, QStringLiteral("Kön × insats, BoU"));
    }

    // The list is in Swedish order whatever the system's locale (a Windows laptop in English, a
    // Linux C locale): case ignored, å before ä before ö, all three after z. Code-point order puts
    // Ä before Å and "Zeta" before "avslut"; an English collation puts Ä and Å among the a's.
    void listIsInSwedishOrder()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        QVERIFY(ana);
        SavedAnalyses saved(*ana);
        const QStringList names{QStringLiteral("Ärende"), QStringLiteral("Zeta"), QStringLiteral("Åtgärd"),
                                QStringLiteral("avslut"), QStringLiteral("Önskemål")};
        for (const QString& name : names)
            QVERIFY(saved.save(name, quarterQuery(), QString()));
        auto listed = saved.list();
        QVERIFY(listed);
        QStringList order;
        for (const auto& a : *listed) {
            if (names.contains(a.name))
                order << a.name;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("avslut"), QStringLiteral("Zeta"), QStringLiteral("Åtgärd"),
                                     QStringLiteral("Ärende"), QStringLiteral("Önskemål")}));
        for (const QString& name : names)
            QVERIFY(saved.remove(saved.loadByName(name)->id));
    }

    void uniqueNamesWithClearError()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        SavedAnalyses saved(*ana);
        const int before = int(saved.list()->size());
        auto dup = saved.save(QStringLiteral("kön × insats, bou"), quarterQuery(), {});
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QVERIFY2(dup.error().message.contains(QStringLiteral("Kön × insats, BoU")), qPrintable(dup.error().message));
        QCOMPARE(int(saved.list()->size()), before);

        const qint64 alder = saved.loadByName(QStringLiteral("Ålder"))->id;
        auto clash = saved.rename(alder, QStringLiteral("KÖN × insats, BoU"));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, ErrorCode::Conflict);
        QCOMPARE(saved.load(alder)->name, QStringLiteral("Ålder"));
        // Renaming to itself in another case is fine.
        auto same = saved.rename(alder, QStringLiteral("ålder"));
        QVERIFY2(same, same ? "" : qPrintable(same.error().message));
        QCOMPARE(same->name, QStringLiteral("ålder"));

        analysis::Query bad = quarterQuery();
        bad.dimensions.clear();
        QVERIFY(!saved.save(QStringLiteral("Tom"), bad, {}));
        QVERIFY(!saved.loadByName(QStringLiteral("Tom")));
    }

    void updatePeriodAndRemove()
    {
        auto ana = signIn(QStringLiteral("ana"), kAnaPw);
        SavedAnalyses saved(*ana);
        const qint64 id = saved.loadByName(QStringLiteral("Kön × insats, BoU"))->id;

        auto next = saved.moveToNextPeriod(id);
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        QCOMPARE(next->query.period.from, QDate(2025, 4, 1));
        QCOMPARE(next->query.period.to, QDate(2025, 6, 30));
        QCOMPARE(next->query.ageReference, QDate(2025, 4, 1));
        QCOMPARE(next->query.dimensions, quarterQuery().dimensions);
        QCOMPARE(saved.load(id)->query.period.to, QDate(2025, 6, 30)); // stored

        auto backwards = saved.setPeriod(id, QDate(2025, 5, 1), QDate(2025, 4, 1));
        QVERIFY(!backwards);
        QCOMPARE(saved.load(id)->query.period.from, QDate(2025, 4, 1));

        analysis::Query changed = quarterQuery();
        changed.dimensions = {QStringLiteral("alder_grupp")};
        auto updated = saved.update(id, changed, QStringLiteral("horizontal_bars"));
        QVERIFY(updated);
        QCOMPARE(updated->query.dimensions, QStringList{QStringLiteral("alder_grupp")});
        QCOMPARE(updated->chartType, QStringLiteral("horizontal_bars"));
        QCOMPARE(updated->name, QStringLiteral("Kön × insats, BoU"));

        QVERIFY(saved.remove(id));
        QVERIFY(!saved.load(id));
        QCOMPARE(saved.remove(id).error().code, ErrorCode::NotFound);
    }

    void rolesAndAudit()
    {
        auto hand = signIn(QStringLiteral("hand"), kHandPw);
        QVERIFY(hand);
        SavedAnalyses h(*hand);
        QCOMPARE(h.list().error().code, ErrorCode::PermissionDenied);
        QCOMPARE(h.save(QStringLiteral("x"), quarterQuery(), {}).error().code, ErrorCode::PermissionDenied);
        hand.reset();

        auto admin = signIn(QStringLiteral("admin"), kPw);
        SavedAnalyses mine(*admin);
        auto a = mine.save(QStringLiteral("Administratörens"), quarterQuery(), QStringLiteral("stacked_100"));
        QVERIFY(a);
        QVERIFY(mine.rename(a->id, QStringLiteral("Omdöpt")));
        auto entries = AuditLog(*admin).entriesFor(QStringLiteral("saved_analysis"), {QString::number(a->id)});
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry& e : *entries) {
            actions.append(e.action);
            QVERIFY(!e.details.contains(QStringLiteral("Omdöpt"))); // names stay out of the log
        }
        QVERIFY(actions.contains(QStringLiteral("analysis.save")));
        QVERIFY(actions.contains(QStringLiteral("analysis.rename")));
        QVERIFY(AuditLog(*admin).verify().value() == std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSavedAnalyses)
#include "tst_savedanalyses.moc"
