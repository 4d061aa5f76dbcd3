// Issue 17, wrong passwords: an increasing delay after repeated failures for the same account in
// this process (core/access/signinthrottle.h, obeyed by Session::signIn, unlock and the recovery
// sign-in), and failed sign-ins recorded beside the database without the attempted password
// (store/signinlog.h) so that the next administratör to sign in sees them, once, and they reach
// the audit log. Issue 15: the sign-in with the recovery code sets a new password and replaces
// the code, audited.

#include "access/accounts.h"
#include "access/auditlog.h"
#include "access/session.h"
#include "access/signinthrottle.h"
#include "store/database.h"
#include "store/signinlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <vector>

using namespace folja;
using namespace folja::access;
using namespace std::chrono_literals;

namespace {

const QString kAdminPw = QStringLiteral("admin-password-1");
const QString kUserPw = QStringLiteral("handlaggare-pw-1");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SessionOptions fast()
{
    SessionOptions o;
    o.kdf = KdfParams::fastForTests();
    return o;
}

// Records the waits instead of sleeping them, so the schedule is tested without waiting.
struct RecordedWaits {
    std::vector<std::chrono::milliseconds> waits;
    RecordedWaits()
    {
        SignInThrottle::instance().resetForTests();
        SignInThrottle::instance().setSleeperForTests([this](std::chrono::milliseconds ms) { waits.push_back(ms); });
    }
    ~RecordedWaits()
    {
        SignInThrottle::instance().setSleeperForTests({});
        SignInThrottle::instance().resetForTests();
    }
};

QList<AuditEntry> auditEntries(Session& s, const QString& action)
{
    QList<AuditEntry> out;
    auto recent = AuditLog(s).recent(1000);
    if (recent) {
        for (const AuditEntry& e : *recent)
            if (e.action == action)
                out.append(e);
    }
    return out;
}

} // namespace

class TestSignInGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryCode;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("guard-%1.folja").arg(QLatin1String(QTest::currentTestFunction())));
        auto created = Session::createDatabase(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_recoveryCode = created->recoveryCode;
        QVERIFY(Accounts(*created->session)
                    .add(QStringLiteral("kalle.handl"), QStringLiteral("Kalle"), Role::Handlaggare, kUserPw));
    }

    void scheduleDoublesAfterThreeFreeAttempts()
    {
        QCOMPARE(SignInThrottle::delayAfter(0), 0ms);
        QCOMPARE(SignInThrottle::delayAfter(3), 0ms);
        QCOMPARE(SignInThrottle::delayAfter(4), 1000ms);
        QCOMPARE(SignInThrottle::delayAfter(5), 2000ms);
        QCOMPARE(SignInThrottle::delayAfter(6), 4000ms);
        QCOMPARE(SignInThrottle::delayAfter(8), 16000ms);
        QCOMPARE(SignInThrottle::delayAfter(9), 30000ms);
        QCOMPARE(SignInThrottle::delayAfter(1000), 30000ms);
    }

    void wrongPasswordsDelayTheNextAttemptOfThatAccount()
    {
        RecordedWaits recorded;
        const QString user = QStringLiteral("kalle.handl");
        for (int i = 0; i < 6; ++i) {
            auto wrong = Session::signIn(m_path, user, QStringLiteral("wrong-%1").arg(i), fast());
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        }
        // Attempts 1-4 went at once; the 5th waited ~1 s (after 4 failures), the 6th ~2 s.
        QCOMPARE(recorded.waits.size(), size_t(2));
        QVERIFY(recorded.waits[0] > 900ms && recorded.waits[0] <= 1000ms);
        QVERIFY(recorded.waits[1] > 1900ms && recorded.waits[1] <= 2000ms);
        const QString key = SignInThrottle::key(m_path, user);
        QCOMPARE(SignInThrottle::instance().failures(key), 6);
        // Same account, other spelling of the name: the same count.
        QCOMPARE(SignInThrottle::instance().failures(SignInThrottle::key(m_path, QStringLiteral(" KALLE.handl"))), 6);

        // Another account is not slowed down.
        recorded.waits.clear();
        QVERIFY(Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast()));
        QVERIFY(recorded.waits.empty());

        // The right password waits too (the answer must not come sooner for a right guess), then
        // the count starts over.
        auto right = Session::signIn(m_path, user, kUserPw, fast());
        QVERIFY2(right, right ? "" : qPrintable(right.error().message));
        QCOMPARE(recorded.waits.size(), size_t(1));
        QVERIFY(recorded.waits[0] > 3000ms);
        QCOMPARE(SignInThrottle::instance().failures(key), 0);
    }

    void realDelayIsWaited()
    {
        SignInThrottle::instance().resetForTests();
        const QString key = SignInThrottle::key(m_path, QStringLiteral("admin"));
        for (int i = 0; i < 4; ++i)
            SignInThrottle::instance().recordFailure(key);
        QVERIFY(SignInThrottle::instance().remaining(key) > 900ms);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast()));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(SignInThrottle::instance().remaining(key), 0ms);
    }

    void unlockIsThrottledToo()
    {
        RecordedWaits recorded;
        auto s = Session::signIn(m_path, QStringLiteral("kalle.handl"), kUserPw, fast());
        QVERIFY(s);
        (*s)->lock();
        for (int i = 0; i < 5; ++i)
            QCOMPARE((*s)->unlock(QStringLiteral("nope-%1").arg(i)).error().code, ErrorCode::WrongPassword);
        QCOMPARE(recorded.waits.size(), size_t(1));
        QVERIFY((*s)->unlock(kUserPw));
        QCOMPARE(recorded.waits.size(), size_t(2));
        QCOMPARE(SignInThrottle::instance().failures(SignInThrottle::key(m_path, QStringLiteral("kalle.handl"))), 0);
    }

    void failedSignInsAreRecordedWithoutSecretsAndTheFilesStayUntouched()
    {
        RecordedWaits recorded;
        const QByteArray db = readAll(m_path);
        const QByteArray keys = readAll(Session::keyFilePath(m_path));
        const QString secret = QStringLiteral("Hemligt-Forsok-42");
        QVERIFY(!Session::signIn(m_path, QStringLiteral("kalle.handl"), secret, fast()));
        // A password typed into the name field: recorded as "unknown account", never the text.
        QVERIFY(!Session::signIn(m_path, QStringLiteral("Losenord-I-Namnfaltet"), secret, fast()));
        QCOMPARE(readAll(m_path), db);
        QCOMPARE(readAll(Session::keyFilePath(m_path)), keys);

        const QString logPath = store::SignInLog::pathFor(m_path);
        const QByteArray log = readAll(logPath);
        QVERIFY(!log.isEmpty());
        for (const QByteArray& needle :
             {QByteArray("kalle"), QByteArray("Hemligt"), QByteArray("Losenord"), QByteArray("Namnfaltet")}) {
            QVERIFY2(!log.contains(needle), needle.constData());
            QVERIFY2(!log.toLower().contains(needle.toLower()), needle.constData());
        }
#ifdef Q_OS_UNIX
        // Owner-only (0600; Windows: an owner-only DACL, checked in tst_store_platform).
        const auto perms = QFile::permissions(logPath);
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
#endif
        const auto contents = store::SignInLog::read(m_path);
        QCOMPARE(contents.records.size(), 2);
        QVERIFY(!contents.records[0].slotId.isEmpty()); // a known account: its slot id (public in .keys)
        QVERIFY(contents.records[1].slotId.isEmpty());  // an unknown name: nothing of it
        QVERIFY(keys.contains(contents.records[0].slotId.toBase64()));
    }

    void administratorSeesFailedSignInsOnceAndTheyReachTheAuditLog()
    {
        RecordedWaits recorded;
        QVERIFY(!Session::signIn(m_path, QStringLiteral("kalle.handl"), QStringLiteral("fel-1"), fast()));
        QVERIFY(!Session::signIn(m_path, QStringLiteral("kalle.handl"), QStringLiteral("fel-2"), fast()));
        QVERIFY(!Session::signIn(m_path, QStringLiteral("ingen-sadan"), QStringLiteral("fel-3"), fast()));
        QVERIFY(!Session::signInWithRecoveryCode(m_path, QStringLiteral("admin"),
                                                 QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"),
                                                 QStringLiteral("nytt-losenord-1"), fast()));

        // A handläggare is not shown them, and signing in does not mark them seen.
        {
            auto user = Session::signIn(m_path, QStringLiteral("kalle.handl"), kUserPw, fast());
            QVERIFY(user);
            QVERIFY((*user)->failedSignIns().isEmpty());
            QVERIFY((*user)->audit(QStringLiteral("test.touch")));
        }
        {
            auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
            QVERIFY(admin);
            const auto failed = (*admin)->failedSignIns();
            QCOMPARE(failed.size(), 4);
            QCOMPARE(failed[0].account, QStringLiteral("kalle.handl"));
            QCOMPARE(failed[1].account, QStringLiteral("kalle.handl"));
            QVERIFY(failed[2].account.isEmpty());
            QVERIFY(!failed[2].recoveryCode);
            QVERIFY(failed[3].recoveryCode);
            QVERIFY(failed[0].at.isValid());
            QVERIFY(qAbs(failed[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            QVERIFY((*admin)->flushPendingAudit());
            const auto entries = auditEntries(**admin, QStringLiteral("session.sign_in_failed"));
            QCOMPARE(entries.size(), 4);
            QCOMPARE(entries.count(), 4);
            int kalle = 0;
            for (const AuditEntry& e : entries) {
                QVERIFY(!e.details.contains(QStringLiteral("fel-")));
                kalle += e.objectRef == QStringLiteral("kalle.handl") ? 1 : 0;
            }
            QCOMPARE(kalle, 2);
            QVERIFY(AuditLog(**admin).verify());
        }
        // Seen: the next administratör sign-in gets only what is new.
        QVERIFY(!Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("fel-4"), fast()));
        {
            auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
            QVERIFY(admin);
            QCOMPARE((*admin)->failedSignIns().size(), 1);
            QCOMPARE((*admin)->failedSignIns()[0].account, QStringLiteral("admin"));
            // Not flushed (the session did nothing): still unseen next time.
        }
        {
            auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
            QVERIFY(admin);
            QCOMPARE((*admin)->failedSignIns().size(), 1);
        }
        // A deleted record file starts over with a new file id.
        QVERIFY(QFile::remove(store::SignInLog::pathFor(m_path)));
        QVERIFY(!Session::signIn(m_path, QStringLiteral("kalle.handl"), QStringLiteral("fel-5"), fast()));
        {
            auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
            QVERIFY(admin);
            QCOMPARE((*admin)->failedSignIns().size(), 1);
            QCOMPARE((*admin)->failedSignIns()[0].account, QStringLiteral("kalle.handl"));
        }
    }

    void recordIsBounded()
    {
        for (int i = 0; i < store::SignInLog::kMaxRecords + 5; ++i)
            QVERIFY(store::SignInLog::recordFailure(m_path, QStringLiteral("kalle.handl"),
                                                    store::FailedSignIn::Kind::Password,
                                                    QDateTime::currentDateTimeUtc()));
        const auto contents = store::SignInLog::read(m_path);
        QCOMPARE(contents.records.size(), store::SignInLog::kMaxRecords);
        QCOMPARE(contents.dropped, qint64(5));
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY(admin);
        QCOMPARE((*admin)->failedSignIns().size(), store::SignInLog::kMaxRecords);
        QCOMPARE((*admin)->failedSignInsDropped(), qint64(5));
    }

    void damagedRecordDoesNotStopASignIn()
    {
        QFile f(store::SignInLog::pathFor(m_path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY(admin);
        QVERIFY((*admin)->failedSignIns().isEmpty());
        admin->reset();
        // The next failure starts a fresh record.
        QVERIFY(!Session::signIn(m_path, QStringLiteral("admin"), QStringLiteral("x"), fast()));
        bool damaged = true;
        QCOMPARE(store::SignInLog::read(m_path, &damaged).records.size(), 1);
        QVERIFY(!damaged);
    }

    // --- recovery code (issue 15) -------------------------------------------------------------

    void recoveryCodeSetsANewPasswordAndIsReplaced()
    {
        RecordedWaits recorded;
        const QString newPw = QStringLiteral("glomt-och-nytt-1");
        auto recovered = Session::signInWithRecoveryCode(m_path, QStringLiteral("kalle.handl"),
                                                         m_recoveryCode.toLower(), newPw, fast());
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
        QCOMPARE(recovered->session->user(), QStringLiteral("kalle.handl"));
        QVERIFY(recovered->session->hasRole(Role::Handlaggare));
        const QString newCode = recovered->recoveryCode;
        QVERIFY(!newCode.isEmpty());
        QVERIFY(newCode != m_recoveryCode);
        recovered->session.reset();

        // The new password opens, the old one does not; the used code no longer opens, the new one does.
        QVERIFY(Session::signIn(m_path, QStringLiteral("kalle.handl"), newPw, fast()));
        QCOMPARE(Session::signIn(m_path, QStringLiteral("kalle.handl"), kUserPw, fast()).error().code,
                 ErrorCode::WrongPassword);
        QCOMPARE(store::Database::openWithRecoveryCode(m_path, m_recoveryCode).error().code, ErrorCode::WrongPassword);
        QVERIFY(store::Database::openWithRecoveryCode(m_path, newCode));
        // Other accounts keep their passwords.
        auto admin = Session::signIn(m_path, QStringLiteral("admin"), kAdminPw, fast());
        QVERIFY(admin);
        const auto entries = auditEntries(**admin, QStringLiteral("session.recovery_sign_in"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actor, QStringLiteral("kalle.handl"));
        QCOMPARE(entries[0].objectRef, QStringLiteral("kalle.handl"));

        // Both new slots are Argon2id.
        const QJsonObject root = QJsonDocument::fromJson(readAll(Session::keyFilePath(m_path))).object();
        QCOMPARE(root.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("kdf")).toString(),
                 QStringLiteral("argon2id"));
        for (const QJsonValue& slot : root.value(QStringLiteral("slots")).toArray())
            QCOMPARE(slot.toObject().value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id"));
    }

    void recoveryRefusalsChangeNothing()
    {
        RecordedWaits recorded;
        const QByteArray db = readAll(m_path);
        const QByteArray keys = readAll(Session::keyFilePath(m_path));
        const QString newPw = QStringLiteral("glomt-och-nytt-1");
        auto wrong = Session::signInWithRecoveryCode(
            m_path, QStringLiteral("admin"), QStringLiteral("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD"), newPw, fast());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        auto noAccount =
            Session::signInWithRecoveryCode(m_path, QStringLiteral("finns-inte"), m_recoveryCode, newPw, fast());
        QVERIFY(!noAccount);
        QCOMPARE(noAccount.error().code, ErrorCode::NotFound);
        auto shortPw = Session::signInWithRecoveryCode(m_path, QStringLiteral("admin"), m_recoveryCode,
                                                       QStringLiteral("kort"), fast());
        QVERIFY(!shortPw);
        QCOMPARE(shortPw.error().code, ErrorCode::InvalidInput);
        QCOMPARE(readAll(m_path), db);
        QCOMPARE(readAll(Session::keyFilePath(m_path)), keys);
        // Wrong codes are throttled like passwords.
        for (int i = 0; i < 4; ++i)
            QVERIFY(!Session::signInWithRecoveryCode(m_path, QStringLiteral("admin"),
                                                     QStringLiteral("ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABC%1").arg(i),
                                                     newPw, fast()));
        QCOMPARE(recorded.waits.size(), size_t(1));
        // The original code still works.
        QVERIFY(Session::signInWithRecoveryCode(m_path, QStringLiteral("admin"), m_recoveryCode, newPw, fast()));
    }
};

QTEST_GUILESS_MAIN(TestSignInGuard)
#include "tst_signin_guard.moc"
