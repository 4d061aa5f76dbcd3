#include "store/crypto.h"
#include "store/keyfile.h"
#include "store/sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace folja;
using namespace folja::store;

class TestStoreCrypto : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers()
    {
        // RFC 6070-style vector for PBKDF2-HMAC-SHA512 (P="password", S="salt", c=1, dkLen=64).
        auto dk = crypto::pbkdf2Sha512(SecureBytes::fromUtf8(QStringLiteral("password")), QByteArray("salt"), 1, 64);
        QVERIFY(dk);
        QCOMPARE(dk->toByteArrayUnsafe().toHex(),
                 QByteArray("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bf"
                            "e943c08f050235d7d68b1da55e63f73b60a57fce"));
        // RFC 4231 test case 2.
        QCOMPARE(crypto::hmacSha256(QByteArray("Jefe"), QByteArray("what do ya want for nothing?")).toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(crypto::sha256(QByteArray("abc")).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void gcmRoundTripAndTamper()
    {
        auto key = crypto::randomSecret(32);
        auto nonce = crypto::randomBytes(12);
        QVERIFY(key && nonce);
        const QByteArray plain("198706051234");
        const QByteArray aad("context");
        auto sealed = crypto::aesGcmEncrypt(*key, *nonce, plain.constData(), static_cast<int>(plain.size()), aad);
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), plain.size() + crypto::kTagSize);
        QVERIFY(!sealed->contains(plain));
        SecureBytes out;
        QVERIFY(crypto::aesGcmDecrypt(*key, *nonce, *sealed, aad, &out));
        QCOMPARE(out.toByteArrayUnsafe(), plain);

        QByteArray tampered = *sealed;
        tampered[3] = static_cast<char>(tampered[3] ^ 1);
        SecureBytes none;
        QVERIFY(!crypto::aesGcmDecrypt(*key, *nonce, tampered, aad, &none));
        QVERIFY(none.isEmpty());
        QVERIFY(!crypto::aesGcmDecrypt(*key, *nonce, *sealed, QByteArray("other"), &none));
        auto otherKey = crypto::randomSecret(32);
        QVERIFY(!crypto::aesGcmDecrypt(*otherKey, *nonce, *sealed, aad, &none));
    }

    void secureBytes()
    {
        QByteArray source("secret");
        source.detach();
        SecureBytes s = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(s.size(), std::size_t(6));
        SecureBytes copy = s;
        QVERIFY(copy == s);
        SecureBytes moved = std::move(copy);
        QVERIFY(copy.isEmpty());
        QVERIFY(moved == s);
        moved.clear();
        QVERIFY(moved.isEmpty());
        QVERIFY(!(moved == s));
    }

    void randomIsRandom()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(*crypto::randomBytes(16));
        QCOMPARE(seen.size(), 100);
    }

    void recoveryCodeFormat()
    {
        const QString code = KeyFile::generateRecoveryCode(QByteArray(20, '\xff'));
        QCOMPARE(code, QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"));
        QCOMPARE(KeyFile::generateRecoveryCode(QByteArray(20, '\0')),
                 QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"));
        // Sloppy typing is forgiven, but not a wrong length or a character outside the alphabet.
        QCOMPARE(KeyFile::normaliseRecoveryCode(QStringLiteral("oooo iiii llll zzzz-0000 1111 abcd efgh")),
                 QStringLiteral("000011111111ZZZZ00001111ABCDEFGH"));
        QVERIFY(KeyFile::normaliseRecoveryCode(QStringLiteral("ZZZZ-ZZZZ")).isEmpty());
        QVERIFY(KeyFile::normaliseRecoveryCode(QStringLiteral("UUUU-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).isEmpty());
    }

    void keyFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("db.keys"));
        auto key = crypto::randomSecret(32);
        auto file = KeyFile::createNew();
        QVERIFY(key && file);
        file->setDatabaseSalt(QByteArray(16, 's'));
        QVERIFY(file->addSlot(QStringLiteral("Anna"), QStringLiteral("lösen"), *key, KdfParams::fastForTests()));
        QVERIFY(file->addSlot(QStringLiteral("bertil"), QStringLiteral("annat"), *key, KdfParams::fastForTests()));
        auto code = file->setRecovery(*key, KdfParams::fastForTests());
        QVERIFY(code);
        QVERIFY(file->save(path));

        auto loaded = KeyFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->slotCount(), 2);
        QVERIFY(loaded->hasSlot(QStringLiteral("anna")));
        QVERIFY(loaded->hasRecovery());
        QCOMPARE(loaded->databaseSalt(), QByteArray(16, 's'));
        auto unlocked = loaded->unlock(QStringLiteral("ANNA"), QStringLiteral("lösen"));
        QVERIFY(unlocked);
        QVERIFY(*unlocked == *key);
        QVERIFY(*loaded->unlockWithRecoveryCode(*code) == *key);
        QCOMPARE(loaded->unlock(QStringLiteral("anna"), QStringLiteral("annat")).error().code,
                 ErrorCode::WrongPassword);
        QCOMPARE(loaded->unlock(QStringLiteral("cecilia"), QStringLiteral("lösen")).error().code,
                 ErrorCode::WrongPassword);

        // The KDF and its parameters are stored per slot (version 2: Argon2id) and used from there.
        const QJsonObject json = QJsonDocument::fromJson([&] {
                                     QFile f(path);
                                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                                 }())
                                     .object();
        const QJsonObject slot0 = json.value(QStringLiteral("slots")).toArray().at(0).toObject();
        QCOMPARE(slot0.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id"));
        QCOMPARE(slot0.value(QStringLiteral("v")).toInt(), 2);
        QCOMPARE(slot0.value(QStringLiteral("m")).toInt(), int(KdfParams::fastForTests().memoryKiB));
        QCOMPARE(slot0.value(QStringLiteral("t")).toInt(), int(KdfParams::fastForTests().timeCost));
        QCOMPARE(slot0.value(QStringLiteral("p")).toInt(), 1);

        // A slot moved to another user no longer unwraps (the slot id is bound into the tag).
        QJsonObject moved = json;
        QJsonArray slotArray = moved.value(QStringLiteral("slots")).toArray();
        QJsonObject first = slotArray.at(0).toObject();
        QJsonObject second = slotArray.at(1).toObject();
        first.insert(QStringLiteral("id"), second.value(QStringLiteral("id")));
        slotArray = QJsonArray{first};
        moved.insert(QStringLiteral("slots"), slotArray);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(moved).toJson());
        }
        auto swapped = KeyFile::load(path);
        QVERIFY(swapped);
        QCOMPARE(swapped->unlock(QStringLiteral("bertil"), QStringLiteral("lösen")).error().code,
                 ErrorCode::WrongPassword);
    }

    void keyFileDefaultsToProductionCost()
    {
        const KdfParams production;
        QCOMPARE(production.algorithm, KdfAlgorithm::Argon2id);
        QVERIFY(production.memoryKiB >= 64 * 1024);
        QVERIFY(KdfFloor::production().admits(production));
        QVERIFY(!KdfFloor::production().admits(KdfParams::fastForTests()));
        QVERIFY(KdfFloor::production().admits(KdfParams::pbkdf2(kProductionKdfIterations)));
        QVERIFY(!KdfFloor::production().admits(KdfParams::pbkdf2(1000)));
    }

    // Argon2id derives deterministically from password, salt and parameters, and each of them
    // changes the key.
    void argon2idDerivation()
    {
        const SecureBytes pw = SecureBytes::fromUtf8(QStringLiteral("lösenord"));
        const QByteArray salt(16, 'a');
        auto a = crypto::argon2id(pw, salt, 1, 64, 1, 32);
        auto b = crypto::argon2id(pw, salt, 1, 64, 1, 32);
        QVERIFY(a && b);
        QCOMPARE(a->size(), std::size_t(32));
        QVERIFY(*a == *b);
        QVERIFY(!(*a == *crypto::argon2id(pw, QByteArray(16, 'b'), 1, 64, 1, 32)));
        QVERIFY(!(*a == *crypto::argon2id(pw, salt, 2, 64, 1, 32)));
        QVERIFY(!(*a == *crypto::argon2id(pw, salt, 1, 128, 1, 32)));
        QVERIFY(!(*a == *crypto::argon2id(SecureBytes::fromUtf8(QStringLiteral("lösenorD")), salt, 1, 64, 1, 32)));
        QVERIFY(!crypto::argon2id(pw, salt, 0, 64, 1, 32)); // no passes: refused
        QVERIFY(!crypto::argon2id(pw, salt, 1, 4, 1, 32));  // below Argon2's 8 KiB per lane
    }

    // Old PBKDF2 slots still open; a slot whose parameters are below the floor is refused when the
    // key file is read (a tampered .keys cannot make Följa derive cheaply), and the production
    // floor, which release builds enforce, refuses what tests use.
    void legacySlotsAndTheFloor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("db.keys"));
        auto key = crypto::randomSecret(32);
        auto file = KeyFile::createNew();
        QVERIFY(key && file);
        file->setDatabaseSalt(QByteArray(16, 's'));
        QVERIFY(file->addSlot(QStringLiteral("old"), QStringLiteral("gammalt"), *key, KdfParams::pbkdf2(1000)));
        QVERIFY(file->addSlot(QStringLiteral("new"), QStringLiteral("nytt"), *key, KdfParams::fastForTests()));
        QVERIFY(file->save(path));
        auto loaded = KeyFile::load(path);
        QVERIFY(loaded);
        QVERIFY(*loaded->unlock(QStringLiteral("old"), QStringLiteral("gammalt")) == *key);
        QVERIFY(*loaded->unlock(QStringLiteral("new"), QStringLiteral("nytt")) == *key);
        QCOMPARE(loaded->slotKdf(QStringLiteral("old"))->algorithm, KdfAlgorithm::Pbkdf2Sha512);
        QCOMPARE(loaded->slotKdf(QStringLiteral("new"))->algorithm, KdfAlgorithm::Argon2id);

        // The production floor: neither test slot is acceptable.
        auto strict = KeyFile::load(path, KdfFloor::production());
        QVERIFY(!strict);
        QCOMPARE(strict.error().code, ErrorCode::Corrupt);

        // Tampering: lowering a slot's memory below the floor is refused on reading.
        QJsonObject json = QJsonDocument::fromJson([&] {
                               QFile f(path);
                               return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                           }())
                               .object();
        QJsonArray slotArray = json.value(QStringLiteral("slots")).toArray();
        QJsonObject argon = slotArray.at(1).toObject();
        argon.insert(QStringLiteral("m"), 8);
        slotArray.replace(1, argon);
        json.insert(QStringLiteral("slots"), slotArray);
        auto writeJson = [&](const QJsonObject& o) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
        };
        QVERIFY(writeJson(json));
        KdfFloor floor = KdfFloor::build();
        floor.argonMemoryKiB = 64;
        auto tampered = KeyFile::load(path, floor);
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().code, ErrorCode::Corrupt);
        // Absurd work (a file that would hang Följa or exhaust memory) is refused as well.
        argon.insert(QStringLiteral("m"), 64 * 1024 * 1024);
        slotArray.replace(1, argon);
        json.insert(QStringLiteral("slots"), slotArray);
        QVERIFY(writeJson(json));
        QVERIFY(!KeyFile::load(path));
    }

    void sqliteWrapper()
    {
        auto conn = sqlite::Connection::open(QStringLiteral(":memory:"), sqlite::Connection::Mode::ReadWriteCreate);
        QVERIFY(conn);
        QVERIFY(conn->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, s TEXT, b BLOB, d TEXT, "
                           "u TEXT UNIQUE)"));
        auto ins = conn->prepare("INSERT INTO t(i, s, b, d, u) VALUES (:i, :s, :b, :d, :u)");
        QVERIFY(ins);
        ins->bind(":i", qint64(1) << 40)
            .bind(":s", QStringLiteral("åäö"))
            .bind(":b", QByteArray("\0\1\2", 3))
            .bind(":d", QDate(2024, 2, 29))
            .bind(":u", QStringLiteral("x"));
        QVERIFY(ins->run());
        QCOMPARE(conn->lastInsertRowId(), qint64(1));
        ins->bind(1, 7).bind(2, QString()).bind(3, QByteArray()).bind(4, QDate()).bindOptional(5, QString());
        QVERIFY(ins->run());
        ins->bind(5, QStringLiteral("x"));
        auto dup = ins->run();
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::Conflict);

        auto sel = conn->prepare("SELECT i, s, b, d, u FROM t ORDER BY id");
        QVERIFY(sel);
        QVERIFY(*sel->step());
        QCOMPARE(sel->columnInt64(0), qint64(1) << 40);
        QCOMPARE(sel->columnText(1), QStringLiteral("åäö"));
        QCOMPARE(sel->columnBlob(2), QByteArray("\0\1\2", 3));
        QCOMPARE(sel->columnDate(3), QDate(2024, 2, 29));
        QVERIFY(*sel->step());
        QVERIFY(sel->isNull(1) && sel->isNull(2) && sel->isNull(3) && sel->isNull(4));
        QVERIFY(sel->columnText(1).isNull());
        QVERIFY(!sel->columnDate(3).isValid());
        QVERIFY(!*sel->step());

        // A transaction that is not committed is rolled back when it goes out of scope.
        {
            auto tx = sqlite::Transaction::begin(*conn);
            QVERIFY(tx);
            QVERIFY(conn->exec("DELETE FROM t"));
        }
        QCOMPARE(*conn->queryInt("SELECT count(*) FROM t"), qint64(2));
        {
            auto tx = sqlite::Transaction::begin(*conn);
            QVERIFY(tx);
            {
                auto sp = sqlite::Savepoint::begin(*conn);
                QVERIFY(sp);
                QVERIFY(conn->exec("DELETE FROM t WHERE id = 1"));
            } // savepoint rolled back, transaction continues
            QVERIFY(conn->exec("DELETE FROM t WHERE id = 2"));
            QVERIFY(tx->commit());
        }
        QCOMPARE(*conn->queryInt("SELECT count(*) FROM t"), qint64(1));
        QCOMPARE(*conn->queryInt("SELECT id FROM t"), qint64(1));

        auto bad = conn->prepare("SELEKT 1");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Internal);
        QVERIFY(!bad.error().message.contains(QLatin1String("SELEKT")));
    }

    void errorMapping()
    {
        QCOMPARE(sqlite::errorFromCode(26, sqlite::NotADbMeans::WrongPassword).code, ErrorCode::WrongPassword);
        QCOMPARE(sqlite::errorFromCode(26, sqlite::NotADbMeans::NotADatabase).code, ErrorCode::NotADatabase);
        QCOMPARE(sqlite::errorFromCode(26).code, ErrorCode::Corrupt);
        QCOMPARE(sqlite::errorFromCode(11).code, ErrorCode::Corrupt);       // SQLITE_CORRUPT
        QCOMPARE(sqlite::errorFromCode(5).code, ErrorCode::Locked);         // SQLITE_BUSY
        QCOMPARE(sqlite::errorFromCode(6).code, ErrorCode::Locked);         // SQLITE_LOCKED
        QCOMPARE(sqlite::errorFromCode(8).code, ErrorCode::ReadOnly);       // SQLITE_READONLY
        QCOMPARE(sqlite::errorFromCode(13).code, ErrorCode::DiskFull);      // SQLITE_FULL
        QCOMPARE(sqlite::errorFromCode(10).code, ErrorCode::Io);            // SQLITE_IOERR
        QCOMPARE(sqlite::errorFromCode(10 | (4 << 8)).code, ErrorCode::Io); // SQLITE_IOERR_SHORT_READ
        QCOMPARE(sqlite::errorFromCode(19).code, ErrorCode::Conflict);      // SQLITE_CONSTRAINT
    }
};

QTEST_GUILESS_MAIN(TestStoreCrypto)
#include "tst_store_crypto.moc"
