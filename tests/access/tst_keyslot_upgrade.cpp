// Issue 17, a lost laptop: key slots made before Argon2id (PBKDF2-HMAC-SHA512) are re-wrapped with
// Argon2id at the next successful sign-in, which the audit log records; a wrong password upgrades
// nothing; the upgraded slot opens with the same password and the database key is unchanged.

#include "access/auditlog.h"
#include "access/session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::access;

namespace {

const QString kPw = QStringLiteral("admin-password-1");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The KDF name of the only user slot in the key file.
QString slotKdf(const QString& keysPath)
{
    return QJsonDocument::fromJson(readAll(keysPath))
        .object()
        .value(QStringLiteral("slots"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("kdf"))
        .toString();
}

SessionOptions options(const KdfParams& kdf, bool upgrade = true)
{
    SessionOptions o;
    o.kdf = kdf;
    o.upgradeKeySlot = upgrade;
    return o;
}

} // namespace

class TestKeySlotUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void oldSlotsBecomeArgon2idAtSignIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.folja"));
        const QString keys = Session::keyFilePath(path);
        {
            auto created =
                Session::createDatabase(path, QStringLiteral("admin"), kPw, options(KdfParams::pbkdf2(1000)));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        }
        QCOMPARE(slotKdf(keys), QStringLiteral("pbkdf2-sha512"));

        // Not asked to upgrade, or asked for PBKDF2: the slot stays as it is.
        QVERIFY(Session::signIn(path, QStringLiteral("admin"), kPw, options(KdfParams::fastForTests(), false)));
        QVERIFY(Session::signIn(path, QStringLiteral("admin"), kPw, options(KdfParams::pbkdf2(1000))));
        QCOMPARE(slotKdf(keys), QStringLiteral("pbkdf2-sha512"));

        // A wrong password upgrades nothing.
        const QByteArray before = readAll(keys);
        auto wrong =
            Session::signIn(path, QStringLiteral("admin"), QStringLiteral("fel"), options(KdfParams::fastForTests()));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(readAll(keys), before);

        // The next successful sign-in re-wraps the slot with Argon2id and says so in the audit log.
        {
            auto s = Session::signIn(path, QStringLiteral("admin"), kPw, options(KdfParams::fastForTests()));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            QCOMPARE(slotKdf(keys), QStringLiteral("argon2id"));
            QVERIFY((*s)->flushPendingAudit());
            auto recent = AuditLog(**s).recent(1);
            QVERIFY(recent && !recent->isEmpty());
            QCOMPARE(recent->last().action, QStringLiteral("session.sign_in"));
            QVERIFY2(recent->last().details.contains(QLatin1String("key_slot_upgraded=argon2id")),
                     qPrintable(recent->last().details));
        }
        // The same password opens the upgraded slot (and with it the unchanged database key, which
        // SQLCipher checks on open), and a second sign-in changes nothing more.
        const QByteArray upgraded = readAll(keys);
        {
            auto again = Session::signIn(path, QStringLiteral("admin"), kPw, options(KdfParams::fastForTests()));
            QVERIFY(again);
            QVERIFY((*again)->flushPendingAudit());
        }
        QCOMPARE(readAll(keys), upgraded);
    }
};

QTEST_GUILESS_MAIN(TestKeySlotUpgrade)
#include "tst_keyslot_upgrade.moc"
