#include "store/database.h"
#include "store/keyfile.h"
#include "store/repository.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "storetestutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace folja;
using namespace folja::store;
using storetest::fastCreate;
using storetest::fastOpen;
using storetest::snapshot;

namespace {

QString outcome(const Error* error)
{
    return error ? errorCodeName(error->code) : QStringLiteral("ok");
}

// What a read-only location does to open and create, one line per attempt ("open=read-only",
// "create=read-only new=absent"). kind "dir": the database's folder is read-only; kind "file": only
// the database file is. Runs in this process (permissions, for a non-root user) or in a child in a
// private mount namespace with read-only bind mounts (for root, whom permissions do not stop).
QStringList readOnlyProbe(const QString& kind, const QString& file)
{
    QStringList out;
    {
        auto db = Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        out << QStringLiteral("open=") + outcome(db ? nullptr : &db.error());
    }
    if (kind == QLatin1String("dir")) {
        const QString fresh = QFileInfo(file).absolutePath() + QStringLiteral("/new.folja");
        auto db = Database::create(fresh, QStringLiteral("a"), QStringLiteral("p"), fastCreate());
        const bool leftovers = QFileInfo::exists(fresh) || QFileInfo::exists(Database::keyFilePath(fresh)) ||
                               QFileInfo::exists(fresh + QStringLiteral(".creating"));
        out << QStringLiteral("create=") + outcome(db ? nullptr : &db.error()) +
                   (leftovers ? QStringLiteral(" new=present") : QStringLiteral(" new=absent"));
    }
    return out;
}

} // namespace

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A database with one ärende, closed again; returns its path.
    QString makeDatabase(const QString& name)
    {
        auto db = Database::create(path(name), QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastCreate());
        if (!db)
            return QString();
        ArendeRepository repo(**db);
        domain::Person person = storetest::makePerson(QStringLiteral("198706051234"));
        if (!repo.upsertPerson(person))
            return QString();
        domain::Arende arende = storetest::makeArende(QStringLiteral("EXT-1"), person.id, QStringLiteral("admin"));
        if (!repo.save(arende))
            return QString();
        return path(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createAndOpen()
    {
        const QString file = path(QStringLiteral("basic.folja"));
        {
            auto db = Database::create(file, QStringLiteral("Admin"), QStringLiteral("pw1"), fastCreate());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
            QCOMPARE((*db)->unlockedBy(), QStringLiteral("Admin"));
            QVERIFY(QFileInfo::exists(Database::lockFilePath(file)));
            auto accounts = (*db)->connection().queryInt("SELECT roles FROM accounts WHERE name = 'admin'");
            QVERIFY(accounts);
            QCOMPARE(*accounts, qint64(RoleAdministrator));
        }
        QVERIFY(!QFileInfo::exists(Database::lockFilePath(file)));
        QVERIFY(QFileInfo::exists(Database::keyFilePath(file)));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".creating")));
        const QByteArray raw = storetest::readAll(file);
        QVERIFY(!raw.startsWith("SQLite format 3"));
        QCOMPARE(raw.size() % 4096, 0);

        // Case-insensitive user name, as the slot id is derived from the lowercased name.
        auto db = Database::open(file, QStringLiteral("ADMIN"), QStringLiteral("pw1"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
    }

    void connectionSettingsVerified()
    {
        auto db = Database::create(path(QStringLiteral("settings.folja")), QStringLiteral("a"), QStringLiteral("p"),
                                   fastCreate());
        QVERIFY(db);
        sqlite::Connection& c = (*db)->connection();
        QVERIFY(sqlite::cipherVersion(c).startsWith(QLatin1String("3.4.")));
        QCOMPARE(*c.queryInt("PRAGMA cipher_page_size"), qint64(4096));
        QCOMPARE(*c.queryInt("PRAGMA secure_delete"), qint64(1));
        QCOMPARE(*c.queryInt("PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(*c.queryInt("PRAGMA synchronous"), qint64(3));
        QCOMPARE(*c.queryInt("PRAGMA temp_store"), qint64(2));
        QCOMPARE(*c.queryText("PRAGMA journal_mode"), QStringLiteral("delete"));
        QCOMPARE(*c.queryInt("PRAGMA application_id"), schema::kApplicationId);
        QCOMPARE(*c.queryInt("PRAGMA user_version"), qint64(schema::kCurrentVersion));
    }

    void createRefusesExistingFiles()
    {
        const QString file = path(QStringLiteral("exists.folja"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("important data");
        }
        const QStringList before = snapshot(file);
        auto db = Database::create(file, QStringLiteral("a"), QStringLiteral("p"), fastCreate());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Conflict);
        QCOMPARE(snapshot(file), before);

        // A lone key file may be the only key to a database that was moved: never overwrite it.
        const QString orphan = path(QStringLiteral("orphan.folja"));
        {
            QFile f(Database::keyFilePath(orphan));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        auto db2 = Database::create(orphan, QStringLiteral("a"), QStringLiteral("p"), fastCreate());
        QVERIFY(!db2);
        QCOMPARE(db2.error().code, ErrorCode::Conflict);
        QVERIFY(!QFileInfo::exists(orphan));
    }

    void wrongPasswordAndUnknownUser()
    {
        const QString file = makeDatabase(QStringLiteral("wrongpw.folja"));
        QVERIFY(!file.isEmpty());
        const QStringList before = snapshot(file);
        auto wrong = Database::open(file, QStringLiteral("admin"), QStringLiteral("fel"), fastOpen());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        auto unknown = Database::open(file, QStringLiteral("nobody"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
        // Same message: nothing tells an attacker which user names exist.
        QCOMPARE(unknown.error().message, wrong.error().message);
        auto empty = Database::open(file, QString(), QString(), fastOpen());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::WrongPassword);
        QCOMPARE(snapshot(file), before);
        QVERIFY(!QFileInfo::exists(Database::lockFilePath(file)));
        QVERIFY(Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen()));
    }

    void missingFile()
    {
        auto db = Database::open(path(QStringLiteral("nope.folja")), QStringLiteral("a"), QStringLiteral("p"));
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nope.folja"))));
    }

    void textFileIsNotADatabase()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write("Det här är en vanlig textfil, inte en databas.\n");
        }
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);

        // Even with a (foreign) key file beside it.
        const QString real = makeDatabase(QStringLiteral("donor.folja"));
        QVERIFY(QFile::copy(Database::keyFilePath(real), Database::keyFilePath(file)));
        const QStringList withKeys = snapshot(file);
        auto db2 = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!db2);
        QCOMPARE(db2.error().code, ErrorCode::NotADatabase);
        QCOMPARE(snapshot(file), withKeys);
        QVERIFY(QFile::remove(Database::keyFilePath(file)));
        QCOMPARE(snapshot(file), before);

        // An empty file would be a valid empty SQLite database to SQLite itself.
        const QString empty = path(QStringLiteral("empty.folja"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto db3 = Database::open(empty, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        QVERIFY(!db3);
        QCOMPARE(db3.error().code, ErrorCode::NotADatabase);
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }

    void plainSqliteIsNotADatabase()
    {
        const QString file = path(QStringLiteral("plain.sqlite"));
        {
            // SQLCipher without a key writes an ordinary SQLite file.
            auto conn = sqlite::Connection::open(file, sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(conn);
            QVERIFY(conn->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        }
        QVERIFY(storetest::readAll(file).startsWith("SQLite format 3"));
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QCOMPARE(snapshot(file), before);
    }

    void foreignEncryptedDatabaseIsNotADatabase()
    {
        // An SQLCipher database of some other program: no key file.
        const QString file = path(QStringLiteral("foreign.db"));
        const QByteArray keyBytes(32, 'k');
        const SecureBytes key(keyBytes.constData(), 32);
        {
            auto conn = sqlite::Connection::open(file, sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(conn);
            QVERIFY(conn->setRawKey(key));
            QVERIFY(conn->exec("PRAGMA cipher_page_size = 4096; CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        }
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);

        // Even with a valid key file for it, it lacks our application_id.
        auto keys = KeyFile::createNew();
        QVERIFY(keys);
        keys->setDatabaseSalt(storetest::readAll(file).left(16));
        QVERIFY(keys->addSlot(QStringLiteral("a"), QStringLiteral("p"), key, KdfParams::fastForTests()));
        QVERIFY(keys->save(KeyFile::pathFor(file)));
        const QStringList withKeys = snapshot(file);
        auto db2 = Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen());
        QVERIFY(!db2);
        QCOMPARE(db2.error().code, ErrorCode::NotADatabase);
        QCOMPARE(snapshot(file), withKeys);
        QVERIFY(QFile::remove(KeyFile::pathFor(file)));
        QCOMPARE(snapshot(file), before);
    }

    void missingKeyFile()
    {
        const QString file = makeDatabase(QStringLiteral("nokeys.folja"));
        QVERIFY(QFile::rename(Database::keyFilePath(file), path(QStringLiteral("moved.keys"))));
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QVERIFY(db.error().message.contains(QLatin1String(".keys")));
        QCOMPARE(snapshot(file), before);
    }

    void damagedFileIsCorrupt_data()
    {
        QTest::addColumn<int>("where"); // 0: middle of the file, 1: page 1 after the salt
        QTest::newRow("middle") << 0;
        QTest::newRow("page1") << 1;
    }

    void damagedFileIsCorrupt()
    {
        QFETCH(int, where);
        const QString file = makeDatabase(QStringLiteral("damaged%1.folja").arg(where));
        QVERIFY(!file.isEmpty());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 offset = where == 0 ? (f.size() / 4096 / 2) * 4096 + 2000 : 200;
            QVERIFY(f.seek(offset));
            QByteArray bytes = f.read(8);
            for (char& c : bytes)
                c = static_cast<char>(~c);
            QVERIFY(f.seek(offset));
            f.write(bytes);
        }
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QCOMPARE(snapshot(file), before);
    }

    void damagedKeyFileIsCorrupt()
    {
        const QString file = makeDatabase(QStringLiteral("badkeys.folja"));
        QJsonObject root = QJsonDocument::fromJson(storetest::readAll(Database::keyFilePath(file))).object();
        root.insert(QStringLiteral("fileSalt"), QStringLiteral("@@@"));
        {
            QFile f(Database::keyFilePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(root).toJson());
        }
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QCOMPARE(snapshot(file), before);
    }

    void secondInstanceIsLocked()
    {
        const QString file = makeDatabase(QStringLiteral("locked.folja"));
        auto first = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(first);
        const QStringList before = snapshot(file);
        auto second = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Locked);
        QCOMPARE(snapshot(file), before);
        // Restoring over an open database is refused as well, and changes nothing.
        const QString backup = makeDatabase(QStringLiteral("locked-backup.folja"));
        QVERIFY(!backup.isEmpty());
        auto restore = Database::restore(backup, file);
        QVERIFY(!restore);
        QCOMPARE(restore.error().code, ErrorCode::Locked);
        QCOMPARE(snapshot(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".restoring")));
        (*first).reset();
        QVERIFY(Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen()));
    }

    void readOnlyLocation()
    {
        const QString sub = path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(sub));
        const QString file = sub + QStringLiteral("/ro.folja");
        {
            auto db = Database::create(file, QStringLiteral("a"), QStringLiteral("p"), fastCreate());
            QVERIFY(db);
        }
        const QStringList before = snapshot(file);
        QStringList dirProbe;
        QStringList fileProbe;
#ifndef Q_OS_UNIX
        QSKIP("a read-only folder is made with permissions or a bind mount, which only POSIX has here");
#else
        if (::geteuid() != 0) {
            // Permissions stop a normal user.
            QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
            dirProbe = readOnlyProbe(QStringLiteral("dir"), file);
            QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
            fileProbe = readOnlyProbe(QStringLiteral("file"), file);
            QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        } else {
            // Root ignores permissions: a read-only bind mount of the folder, then of the file alone,
            // in a private mount namespace (nothing outside this test sees them).
            const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
            if (unshare.isEmpty())
                QSKIP("running as root without unshare(1): a read-only location cannot be made");
            QProcess probe;
            probe.start(unshare, {QStringLiteral("-m"), QStringLiteral("true")});
            if (!probe.waitForFinished() || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                QSKIP("running as root but no private mount namespace here (container without CAP_SYS_ADMIN): a "
                      "read-only location cannot be made");
            const QString script =
                QStringLiteral("set -e; mount --bind \"$1\" \"$1\"; mount -o remount,bind,ro \"$1\"; "
                               "\"$3\" --readonly-probe dir \"$2\"; umount \"$1\"; "
                               "mount --bind \"$2\" \"$2\"; mount -o remount,bind,ro \"$2\"; "
                               "\"$3\" --readonly-probe file \"$2\"");
            QProcess child;
            child.start(unshare, {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                                  QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), sub, file,
                                  QCoreApplication::applicationFilePath()});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForFinished(120000));
            const QString err = QString::fromLocal8Bit(child.readAllStandardError());
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(err));
            for (const QString& line : QString::fromLocal8Bit(child.readAllStandardOutput()).split(u'\n')) {
                if (line.startsWith(QLatin1String("dir ")))
                    dirProbe << line.mid(4);
                else if (line.startsWith(QLatin1String("file ")))
                    fileProbe << line.mid(5);
            }
        }
        // A read-only folder: open and create are refused as ReadOnly and nothing is written.
        QCOMPARE(dirProbe,
                 (QStringList{QStringLiteral("open=read-only"), QStringLiteral("create=read-only new=absent")}));
        // A read-only database file in a writable folder.
        QCOMPARE(fileProbe, QStringList{QStringLiteral("open=read-only")});
        QCOMPARE(snapshot(file), before);
        QVERIFY(!QFileInfo::exists(sub + QStringLiteral("/new.folja")));
        // And the same database opens once the location is writable again.
        QVERIFY(Database::open(file, QStringLiteral("a"), QStringLiteral("p"), fastOpen()));
#endif
    }

    void diskFullLeavesFileUnchanged()
    {
        // SQLITE_FULL simulated with max_page_count: the same error path as a full disk, without
        // needing root to mount a tiny file system.
        const QString file = makeDatabase(QStringLiteral("full.folja"));
        const QStringList before = snapshot(file);
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            sqlite::Connection& c = (*db)->connection();
            const qint64 pages = *c.queryInt("PRAGMA page_count");
            const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages);
            QVERIFY(c.exec(limit.constData()));
            ArendeRepository repo(**db);
            QList<ImportRow> rows;
            for (int i = 0; i < 300; ++i) {
                ImportRow row;
                row.person = storetest::makePerson(QStringLiteral("19900101%1").arg(1000 + i));
                row.arende = storetest::makeArende(QStringLiteral("FULL-%1").arg(i), 0, QStringLiteral("admin"));
                rows.append(row);
            }
            auto rc = repo.insertAll(rows);
            QVERIFY(!rc);
            QCOMPARE(rc.error().code, ErrorCode::DiskFull);
            // Single save with a savepoint inside an explicit transaction: same error, nothing kept.
            domain::Person p = storetest::makePerson(QStringLiteral("199001019999"));
            auto single = [&]() -> Result<void> {
                auto tx = sqlite::Transaction::begin(c);
                if (!tx)
                    return tx.error();
                for (int i = 0; i < 300; ++i) {
                    auto id = repo.upsertPerson(p);
                    if (!id)
                        return id.error();
                    domain::Arende a =
                        storetest::makeArende(QStringLiteral("ONE-%1").arg(i), *id, QStringLiteral("admin"));
                    if (auto s = repo.save(a); !s)
                        return s.error();
                }
                return tx->commit();
            }();
            QVERIFY(!single);
            QCOMPARE(single.error().code, ErrorCode::DiskFull);
            QVERIFY(!c.inTransaction());
            QCOMPARE(*repo.count(), qint64(1));
        }
        QCOMPARE(snapshot(file), before);
    }

    void noPlaintextOnDisk()
    {
        const QString file = path(QStringLiteral("plaintext.folja"));
        const QString pnr = QStringLiteral("198706051234");
        const QString secretText = QStringLiteral("Hemlig fritext om ärendet");
        const QString owner = QStringLiteral("handlaggare_kalle");
        {
            auto db = Database::create(file, owner, QStringLiteral("pw"), fastCreate());
            QVERIFY(db);
            ArendeRepository repo(**db);
            domain::Person person = storetest::makePerson(pnr);
            QVERIFY(repo.upsertPerson(person));
            domain::Arende a = storetest::makeArende(QStringLiteral("EXTERN-4711"), person.id, owner);
            QVERIFY(repo.save(a));
            QVERIFY(writeSetting((*db)->connection(), QStringLiteral("enheter"), QStringLiteral("Enhet Norr")));

            // Mid-transaction: the rollback journal holds old pages, encrypted too.
            auto tx = sqlite::Transaction::begin((*db)->connection());
            QVERIFY(tx);
            domain::Arende b = storetest::makeArende(QStringLiteral("EXTERN-4712"), person.id, owner);
            QVERIFY(repo.save(b));
            QVERIFY(repo.remove(a.id));
            const QString journal = file + QStringLiteral("-journal");
            QVERIFY(QFileInfo::exists(journal));
            const QString inJournal = storetest::findPlaintext(storetest::readAll(journal),
                                                               {pnr, secretText, owner, QStringLiteral("EXTERN-4711")});
            QVERIFY2(inJournal.isEmpty(), qPrintable(inJournal));
            QVERIFY(tx->commit());
        }
        const QList<QString> needles = {pnr,
                                        secretText,
                                        owner,
                                        QStringLiteral("EXTERN-4711"),
                                        QStringLiteral("EXTERN-4712"),
                                        QStringLiteral("Enhet Norr"),
                                        QStringLiteral("YAC.25.ZZ"),
                                        QStringLiteral("CREATE TABLE")};
        const QString inFile = storetest::findPlaintext(storetest::readAll(file), needles);
        QVERIFY2(inFile.isEmpty(), qPrintable(inFile));
        const QString inKeys = storetest::findPlaintext(storetest::readAll(Database::keyFilePath(file)), needles);
        QVERIFY2(inKeys.isEmpty(), qPrintable(inKeys));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));

        // The key file holds only what it must.
        const QJsonObject keys = QJsonDocument::fromJson(storetest::readAll(Database::keyFilePath(file))).object();
        QStringList fields = keys.keys();
        fields.sort();
        QCOMPARE(fields, QStringList({QStringLiteral("databaseSalt"), QStringLiteral("fileSalt"),
                                      QStringLiteral("format"), QStringLiteral("slots"), QStringLiteral("version")}));
    }

    void passwordChangeKeepsData()
    {
        const QString file = makeDatabase(QStringLiteral("pwchange.folja"));
        const QByteArray dbHash = storetest::fileHash(file);
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            auto bad = (*db)->changePassword(QStringLiteral("admin"), QStringLiteral("fel"), QStringLiteral("nytt"));
            QVERIFY(!bad);
            QCOMPARE(bad.error().code, ErrorCode::WrongPassword);
            QVERIFY((*db)->changePassword(QStringLiteral("admin"), QStringLiteral("hemligt lösen"),
                                          QStringLiteral("nytt lösen")));
        }
        // Only the key slot changed: the encrypted data is byte for byte the same.
        QCOMPARE(storetest::fileHash(file), dbHash);
        auto old = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongPassword);
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("nytt lösen"), fastOpen());
        QVERIFY(db);
        ArendeRepository repo(**db);
        auto a = repo.loadByExternalId(QStringLiteral("EXT-1"));
        QVERIFY(a);
        QCOMPARE(a->insatser.size(), 2);
    }

    void keySlotsAddRemoveReset()
    {
        const QString file = makeDatabase(QStringLiteral("slots.folja"));
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            QVERIFY((*db)->addKeySlot(QStringLiteral("kalle"), QStringLiteral("kalles lösen")));
            auto dup = (*db)->addKeySlot(QStringLiteral("Kalle"), QStringLiteral("x"));
            QVERIFY(!dup);
            QCOMPARE(dup.error().code, ErrorCode::Conflict);
            QCOMPARE((*db)->keySlotCount(), 2);
        }
        {
            auto db = Database::open(file, QStringLiteral("kalle"), QStringLiteral("kalles lösen"), fastOpen());
            QVERIFY(db);
            QCOMPARE((*db)->unlockedBy(), QStringLiteral("kalle"));
            // Reset by an unlocked (admin) session: no old password needed.
            QVERIFY((*db)->resetPassword(QStringLiteral("admin"), QStringLiteral("återställt")));
        }
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("återställt"), fastOpen());
            QVERIFY(db);
            QVERIFY((*db)->removeKeySlot(QStringLiteral("kalle")));
            auto last = (*db)->removeKeySlot(QStringLiteral("admin"));
            QVERIFY(!last);
            QCOMPARE(last.error().code, ErrorCode::Conflict);
            auto missing = (*db)->removeKeySlot(QStringLiteral("kalle"));
            QVERIFY(!missing);
            QCOMPARE(missing.error().code, ErrorCode::NotFound);
        }
        auto gone = Database::open(file, QStringLiteral("kalle"), QStringLiteral("kalles lösen"), fastOpen());
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::WrongPassword);
        // Slot ids do not reveal user names.
        const QByteArray keys = storetest::readAll(Database::keyFilePath(file));
        QVERIFY(!keys.contains("admin"));
        QVERIFY(!keys.contains("kalle"));
    }

    void recoveryCodeOpens()
    {
        const QString file = makeDatabase(QStringLiteral("recovery.folja"));
        QString code;
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            QVERIFY(!(*db)->hasRecoveryCode());
            auto created = (*db)->createRecoveryCode();
            QVERIFY(created);
            code = *created;
            QVERIFY((*db)->hasRecoveryCode());
        }
        static const QRegularExpression format(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        QVERIFY(!storetest::readAll(Database::keyFilePath(file)).contains(code.toLatin1()));
        QVERIFY(!storetest::readAll(Database::keyFilePath(file))
                     .contains(QString(code).remove(QLatin1Char('-')).toLatin1()));

        auto wrong =
            Database::openWithRecoveryCode(file, QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"), fastOpen());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        {
            // Typed sloppily: lower case, spaces instead of dashes.
            const QString typed = code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
            auto db = Database::openWithRecoveryCode(file, typed, fastOpen());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY((*db)->unlockedBy().isEmpty());
            // The usual use: set a new admin password.
            QVERIFY((*db)->resetPassword(QStringLiteral("admin"), QStringLiteral("ny start")));
        }
        QVERIFY(Database::open(file, QStringLiteral("admin"), QStringLiteral("ny start"), fastOpen()));
    }

    void backupAndRestore()
    {
        const QString file = makeDatabase(QStringLiteral("live.folja"));
        const QString backup = path(QStringLiteral("backup-1.folja"));
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            QVERIFY((*db)->addKeySlot(QStringLiteral("kalle"), QStringLiteral("k")));
            auto rc = (*db)->backupTo(backup);
            QVERIFY2(rc, qPrintable(rc ? QString() : rc.error().message));
            auto again = (*db)->backupTo(backup);
            QVERIFY(!again);
            QCOMPARE(again.error().code, ErrorCode::Conflict);
            // Change the live database after the backup.
            ArendeRepository repo(**db);
            domain::Person p = storetest::makePerson(QStringLiteral("200001011234"));
            QVERIFY(repo.upsertPerson(p));
            domain::Arende a = storetest::makeArende(QStringLiteral("EXT-2"), p.id, QStringLiteral("admin"));
            QVERIFY(repo.save(a));
            // Restore over the open database is refused.
            const QStringList before = snapshot(file);
            auto locked = Database::restore(backup, file);
            QVERIFY(!locked);
            QCOMPARE(locked.error().code, ErrorCode::Locked);
            QCOMPARE(snapshot(file), before);
        }
        QVERIFY(!storetest::readAll(backup).startsWith("SQLite format 3"));
        QVERIFY(!storetest::readAll(backup).contains("EXT-1"));
        // Same slots (the same users can open it).
        const auto liveSlots = QJsonDocument::fromJson(storetest::readAll(Database::keyFilePath(file)))
                                   .object()
                                   .value(QStringLiteral("slots"));
        const auto backupSlots = QJsonDocument::fromJson(storetest::readAll(Database::keyFilePath(backup)))
                                     .object()
                                     .value(QStringLiteral("slots"));
        QCOMPARE(backupSlots, liveSlots);
        {
            auto b = Database::open(backup, QStringLiteral("kalle"), QStringLiteral("k"), fastOpen());
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
            QVERIFY((*b)->integrityCheck());
            ArendeRepository repo(**b);
            QCOMPARE(*repo.count(), qint64(1));
        }
        const QByteArray backupHash = storetest::fileHash(backup);
        auto rc = Database::restore(backup, file);
        QVERIFY2(rc, qPrintable(rc ? QString() : rc.error().message));
        QCOMPARE(storetest::fileHash(file), backupHash);
        // The replaced database is kept aside, not deleted.
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("live.folja.replaced-*")}, QDir::Files);
        QCOMPARE(aside.size(), 2);
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            ArendeRepository repo(**db);
            QCOMPARE(*repo.count(), qint64(1));
            QVERIFY(repo.loadByExternalId(QStringLiteral("EXT-1")));
            QVERIFY(!repo.loadByExternalId(QStringLiteral("EXT-2")));
        }
        // A lone database file without its key file is not a backup.
        const QString lone = path(QStringLiteral("lone.folja"));
        QVERIFY(QFile::copy(backup, lone));
        auto bad = Database::restore(lone, path(QStringLiteral("target.folja")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::NotADatabase);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("target.folja"))));
    }

    void migrationsFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < schema::kCurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migrationsFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString file = path(QStringLiteral("migrate%1.folja").arg(from));
        {
            CreateOptions options = fastCreate();
            options.schemaVersionForTests = from;
            auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QCOMPARE((*db)->schemaVersion(), from);
            if (from >= 1) // plain SQL: the repository writes the current schema only
                QVERIFY(storetest::insertPreV4((*db)->connection(), QStringLiteral("OLD"), 0));
        }
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), fastOpen());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(*(*db)->connection().queryInt("PRAGMA user_version"), qint64(schema::kCurrentVersion));
        QCOMPARE(*(*db)->connection().queryText("SELECT value FROM meta WHERE key = 'schema_version'"),
                 QString::number(schema::kCurrentVersion));
        QVERIFY((*db)->integrityCheck());
        QCOMPARE(*(*db)->connection().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'arenden_enhet'"),
                 qint64(1));
        ArendeRepository repo(**db);
        if (from >= 1) {
            auto a = repo.loadByExternalId(QStringLiteral("OLD"));
            QVERIFY(a);
            QCOMPARE(a->insatser.size(), 2);
        }
        QVERIFY(!(*db)->pseudonym(QStringLiteral("198706051234")).isEmpty());
    }

    void failedMigrationLeavesFileUnchanged()
    {
        const QString file = path(QStringLiteral("failmig.folja"));
        {
            CreateOptions options = fastCreate();
            options.schemaVersionForTests = 1;
            auto db = Database::create(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
        }
        const QStringList before = snapshot(file);
        {
            OpenOptions options = fastOpen();
            options.migrate = false;
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("pw"), options);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 1);
            QList<schema::Migration> steps = schema::builtinMigrations();
            // A step that changes a lot and then fails half way.
            steps[1].apply = [](sqlite::Connection& conn) -> Result<void> {
                if (auto rc = conn.exec("CREATE INDEX arenden_enhet ON arenden(enhet);"
                                        "CREATE TABLE filler(x); INSERT INTO filler VALUES (randomblob(100000));");
                    !rc)
                    return rc;
                return conn.exec("THIS IS NOT SQL");
            };
            auto rc = schema::migrate((*db)->connection(), schema::kCurrentVersion, steps);
            QVERIFY(!rc);
            QCOMPARE(*schema::userVersion((*db)->connection()), 1);
            QCOMPARE(*(*db)->connection().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'filler'"),
                     qint64(0));
        }
        QCOMPARE(snapshot(file), before);
    }

    void newerSchemaIsRefused()
    {
        const QString file = makeDatabase(QStringLiteral("newer.folja"));
        {
            auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
            QVERIFY(db);
            QVERIFY((*db)->connection().exec("PRAGMA user_version = 99"));
        }
        const QStringList before = snapshot(file);
        auto db = Database::open(file, QStringLiteral("admin"), QStringLiteral("hemligt lösen"), fastOpen());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Conflict);
        QCOMPARE(snapshot(file), before);
    }

    void perDatabaseSecrets()
    {
        auto a =
            Database::create(path(QStringLiteral("sa.folja")), QStringLiteral("a"), QStringLiteral("p"), fastCreate());
        auto b =
            Database::create(path(QStringLiteral("sb.folja")), QStringLiteral("a"), QStringLiteral("p"), fastCreate());
        QVERIFY(a && b);
        const QString pnr = QStringLiteral("198706051234");
        QCOMPARE((*a)->pseudonym(pnr).size(), 32);
        QCOMPARE((*a)->pseudonym(pnr), (*a)->pseudonym(pnr));
        QVERIFY((*a)->pseudonym(pnr) != (*a)->pseudonym(QStringLiteral("198706051242")));
        QVERIFY((*a)->pseudonym(pnr) != (*b)->pseudonym(pnr));
        auto enc1 = (*a)->encryptPersonId(pnr);
        auto enc2 = (*a)->encryptPersonId(pnr);
        QVERIFY(enc1 && enc2);
        QVERIFY(*enc1 != *enc2); // random nonce: equal numbers do not give equal ciphertexts
        QVERIFY(!enc1->contains(pnr.toLatin1()));
        QCOMPARE(*(*a)->decryptPersonId(*enc1), pnr);
        auto foreign = (*b)->decryptPersonId(*enc1);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::Corrupt);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Child mode of readOnlyLocation (run as root inside a private mount namespace).
    if (argc == 4 && std::strcmp(argv[1], "--readonly-probe") == 0) {
        const QString kind = QString::fromLocal8Bit(argv[2]);
        for (const QString& line : readOnlyProbe(kind, QString::fromLocal8Bit(argv[3])))
            std::printf("%s %s\n", qPrintable(kind), qPrintable(line));
        return 0;
    }
    TestStoreDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_store_database.moc"
