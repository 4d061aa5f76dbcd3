#include "store/database.h"

#include "common/ownerfile.h"
#include "common/platform.h"
#include "store/messages.h"
#include "store/schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sqlcipher/sqlite3.h>

namespace folja::store {

namespace {

using sqlite::Connection;
using sqlite::NotADbMeans;

constexpr int kPageSize = 4096;
constexpr int kHeaderSaltSize = 16;
constexpr char kPlainSqliteMagic[] = "SQLite format 3"; // followed by a NUL in the file

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The first bytes of a file; an empty array for an empty file.
Result<QByteArray> readHead(const QString& path, int size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? messages::io() : messages::databaseNotFound();
    return file.read(size);
}

bool isPlainSqlite(const QByteArray& head)
{
    return head.startsWith(QByteArrayView(kPlainSqliteMagic, sizeof(kPlainSqliteMagic)));
}

[[nodiscard]] bool syncFile(const QString& path)
{
    return platform::syncFile(path);
}

// The application-level lock: a second Följa (here or on another computer sharing the folder)
// gets Locked instead of a second writer. SQLite's own locks would only make writes wait.
Result<std::unique_ptr<QLockFile>> acquireLock(const QString& databasePath)
{
    auto lock = std::make_unique<QLockFile>(Database::lockFilePath(databasePath));
    // 0 = a lock held by a live process is never stale (the default, 30 s, would let a second
    // instance steal the lock from a long-running session). A lock left by a crashed process on
    // this machine is still detected as stale by its PID and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    // A lock file without its owner's details: the owner was killed between creating the file and
    // writing its process id into it (found by tests/reliability/tst_killpoints). QLockFile cannot
    // tell that from a live lock when locks never go stale by age, so it would lock everyone out for
    // good. removeStaleLockFile() removes it only when no live process holds its native lock
    // (flock, taken right after the file is created and released when the process dies).
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        return messages::locked();
    case QLockFile::PermissionError:
        return messages::readOnly();
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    // QLockFile reports a failed write of its few bytes as UnknownError.
    return isDiskFull(QFileInfo(databasePath).absolutePath()) ? messages::diskFull() : messages::io();
}

// Everything that must be true of a keyed connection before anything else is read or written.
Result<void> keyAndVerify(Connection& conn, const SecureBytes& key)
{
    if (auto rc = conn.setRawKey(key); !rc)
        return rc.error();
    // Pinned rather than left at the library default, which differs between SQLCipher 3 and 4:
    // the page size must be the same on every open or the key appears wrong.
    if (auto rc = conn.exec("PRAGMA cipher_page_size = 4096"); !rc)
        return rc.error();
    // If the process had bound plain SQLite instead of SQLCipher, "PRAGMA key" would be silently
    // ignored and we would write plaintext. cipher_version only answers under SQLCipher. 3.4.x
    // exactly: 4.x reads our files only in compatibility mode.
    const QString version = sqlite::cipherVersion(conn);
    if (!version.startsWith(QLatin1String("3.4.")))
        return messages::noSqlCipher();
    // The first real read: forces the key into use. The key was verified by its slot already, so
    // a failure here means the file is damaged, not that the password is wrong.
    auto tables = conn.queryInt("SELECT count(*) FROM sqlite_master", NotADbMeans::Corrupt);
    if (!tables)
        return tables.error();
    auto pageSize = conn.queryInt("PRAGMA cipher_page_size");
    auto hmac = conn.queryInt("PRAGMA cipher_use_hmac");
    if (!pageSize || *pageSize != kPageSize || !hmac || *hmac != 1)
        return messages::noSqlCipher();
    return {};
}

// Connection settings, each verified by reading it back: SQLite ignores unknown or unsupported
// pragmas without an error.
Result<void> configure(Connection& conn)
{
    // Journal: rollback journal in DELETE mode, not WAL. Reasons: (1) after every commit the main
    // file alone holds all committed data, so a user who copies just the .db file (or a backup tool
    // that skips "-wal" files) never loses commits; (2) WAL needs shared memory and does not work
    // on network folders, where kommuner often keep files; (3) there is one writer, so WAL's
    // concurrency buys nothing. The journal's pages are encrypted like the database's.
    auto mode = conn.queryText("PRAGMA journal_mode = DELETE");
    if (!mode)
        return mode.error();
    if (mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return messages::internal();
    // EXTRA = FULL plus an fsync of the directory after the journal is deleted, which is the
    // commit point in DELETE mode: without it a power cut could resurrect the journal and roll a
    // reported commit back.
    if (auto rc = conn.exec("PRAGMA synchronous = EXTRA"); !rc)
        return rc.error();
    auto sync = conn.queryInt("PRAGMA synchronous");
    if (!sync || *sync != 3)
        return messages::internal();
    // Deleted rows are overwritten, so "radera ärende" leaves nothing readable even to someone
    // who later learns the key.
    if (auto rc = conn.exec("PRAGMA secure_delete = ON"); !rc)
        return rc.error();
    auto secure = conn.queryInt("PRAGMA secure_delete");
    if (!secure || *secure != 1)
        return messages::internal();
    if (auto rc = conn.exec("PRAGMA foreign_keys = ON"); !rc)
        return rc.error();
    auto fk = conn.queryInt("PRAGMA foreign_keys");
    if (!fk || *fk != 1)
        return messages::internal();
    // Temporary tables and sort spills stay in memory: a temp file would hold plaintext.
    // NEVER set this to FILE.
    if (auto rc = conn.exec("PRAGMA temp_store = MEMORY"); !rc)
        return rc.error();
    auto temp = conn.queryInt("PRAGMA temp_store");
    if (!temp || *temp != 2)
        return messages::internal();
    // 64 MiB page cache instead of SQLite's 2 MiB default: every page read from disk costs an
    // AES-CBC decryption and an HMAC check, so re-reading evicted pages dominates bulk imports and
    // the full read of the analysis snapshot. The cache holds decrypted pages in process memory
    // only, like any other data the app has loaded.
    if (auto rc = conn.exec("PRAGMA cache_size = -65536"); !rc)
        return rc.error();
    auto cache = conn.queryInt("PRAGMA cache_size");
    if (!cache || *cache != -65536)
        return messages::internal();
    // Another connection inside this process (a backup) may hold a read lock briefly.
    sqlite3_busy_timeout(conn.handle(), 5000);
    return {};
}

Result<void> checkResult(Connection& conn, const char* pragma)
{
    auto stmt = conn.prepare(pragma, NotADbMeans::Corrupt);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnText(0) != QLatin1String("ok"))
        return messages::corrupt();
    return {};
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// What a new database holds besides the schema: its own secrets and the first (admin) account.
// One transaction, so a database either has all of it or none.
Result<void> initialiseContents(Connection& conn, const QString& adminUser, const QString& displayName)
{
    auto pseudonymKey = crypto::randomSecret(crypto::kKeySize);
    auto fieldKey = crypto::randomSecret(crypto::kKeySize);
    auto databaseId = crypto::randomBytes(16);
    if (!pseudonymKey || !fieldKey || !databaseId)
        return messages::internal();
    auto tx = sqlite::Transaction::begin(conn);
    if (!tx)
        return tx.error();
    auto meta = conn.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
    if (!meta)
        return meta.error();
    // The keys are bound straight from their wiped buffers (no QByteArray copy to forget).
    const std::pair<const char*, const SecureBytes*> secrets[] = {
        {"pseudonym_key", &*pseudonymKey},
        {"field_key", &*fieldKey},
    };
    for (const auto& [key, secret] : secrets) {
        meta->bind(1, QString::fromLatin1(key)).bindSecret(2, *secret);
        if (auto rc = meta->run(); !rc)
            return rc.error();
    }
    const std::pair<const char*, QByteArray> rows[] = {
        {"database_id", *databaseId},
        {"created_at", nowUtc().toUtf8()},
    };
    for (const auto& [key, value] : rows) {
        meta->bind(1, QString::fromLatin1(key)).bind(2, value);
        if (auto rc = meta->run(); !rc)
            return rc.error();
    }
    auto account =
        conn.prepare("INSERT INTO accounts(name, display_name, roles, active, created_at) VALUES (?, ?, ?, 1, ?)");
    if (!account)
        return account.error();
    account->bind(1, adminUser).bind(2, displayName).bind(3, static_cast<qint64>(RoleAdministrator)).bind(4, nowUtc());
    if (auto rc = account->run(); !rc)
        return rc.error();
    return tx->commit();
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    m_conn.close();
    m_lock.reset();
}

QString Database::lockFilePath(const QString& databasePath)
{
    return databasePath + QLatin1String(".lock");
}

// --- create -------------------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::create(const QString& rawPath, const QString& adminUser,
                                                   const QString& password, const CreateOptions& options)
{
    if (rawPath.isEmpty() || adminUser.trimmed().isEmpty() || password.isEmpty())
        return messages::invalidArgument();
    const QString path = absolute(rawPath);
    const QString keysPath = keyFilePath(path);
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir())
        return messages::io();
    if (!dir.isWritable())
        return messages::readOnly();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    // Never overwrite: an existing file, key file or journal may be somebody's only copy.
    if (QFileInfo::exists(path) || QFileInfo::exists(keysPath) || QFileInfo::exists(path + QLatin1String("-journal")))
        return messages::alreadyExists();

    // Built under a temporary name and renamed at the end, so a half-made database never appears
    // under the real name. A leftover from a crashed create is ours (we hold the lock): remove it.
    const QString temp = path + QLatin1String(".creating");
    QFile::remove(temp);
    QFile::remove(temp + QLatin1String("-journal"));
    auto cleanup = [&temp]() {
        QFile::remove(temp);
        QFile::remove(temp + QLatin1String("-journal"));
    };

    auto key = crypto::randomSecret(crypto::kKeySize);
    if (!key)
        return messages::internal();

    {
        auto conn = Connection::open(temp, Connection::Mode::ReadWriteCreate);
        if (!conn) {
            cleanup();
            return conn.error();
        }
        auto fail = [&](const Error& error) -> Result<std::unique_ptr<Database>> {
            conn->close();
            cleanup();
            return error;
        };
        if (auto rc = keyAndVerify(*conn, *key); !rc)
            return fail(rc.error());
        if (auto rc = configure(*conn); !rc)
            return fail(rc.error());
        const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(schema::kApplicationId);
        if (auto rc = conn->exec(appId.constData()); !rc)
            return fail(rc.error());
        const int target = options.schemaVersionForTests >= 0 ? options.schemaVersionForTests : schema::kCurrentVersion;
        auto reached = schema::migrate(*conn, target);
        if (!reached)
            return fail(reached.error());
        if (target >= 1) {
            const QString display = options.adminDisplayName.isEmpty() ? adminUser.trimmed() : options.adminDisplayName;
            if (auto rc = initialiseContents(*conn, adminUser.trimmed(), display); !rc)
                return fail(rc.error());
        }
        conn->close();
    }

    auto head = readHead(temp, kHeaderSaltSize);
    if (!head || head->size() != kHeaderSaltSize || isPlainSqlite(*head)) {
        cleanup();
        return messages::noSqlCipher();
    }
    if (!syncFile(temp)) {
        cleanup();
        return messages::io();
    }

    auto keys = KeyFile::createNew();
    if (!keys) {
        cleanup();
        return keys.error();
    }
    keys->setDatabaseSalt(*head);
    if (auto rc = keys->addSlot(adminUser, password, *key, options.kdf); !rc) {
        cleanup();
        return rc.error();
    }
    // Key file first, then the database: if we stop in between, there is no database without
    // its key under the real name.
    if (auto rc = keys->save(keysPath); !rc) {
        QFile::remove(keysPath); // may be in place with its directory entry not synced
        cleanup();
        return rc.error();
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(keysPath);
        cleanup();
        return messages::io();
    }
    // Not durable without the directory fsync: take the new database back rather than hand it out.
    if (!syncDirectory(dir.absoluteFilePath())) {
        QFile::remove(path);
        QFile::remove(keysPath);
        cleanup();
        return messages::io();
    }

    OpenOptions openOptions;
    openOptions.kdf = options.kdf;
    openOptions.quickCheck = false;
    openOptions.migrate = false;
    return openUnlocked(path, std::move(*keys), std::move(*key), std::move(*lock), openOptions, adminUser.trimmed());
}

// --- open ---------------------------------------------------------------------------------------

namespace {

// The checks that need no key, shared by both ways of opening. Reads only.
Result<KeyFile> preflight(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return messages::databaseNotFound();
    if (!info.isFile())
        return messages::notADatabase();
    auto head = readHead(path, kHeaderSaltSize);
    if (!head)
        return head.error();
    if (head->size() < kHeaderSaltSize || isPlainSqlite(*head))
        return messages::notADatabase();
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys)
        return keys.error();
    if (keys->databaseSalt() != *head)
        return messages::keyFileMismatch();
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return messages::readOnly();
    return keys;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& rawPath, const QString& user, const QString& password,
                                                 const OpenOptions& options)
{
    const QString path = absolute(rawPath);
    auto keys = preflight(path);
    if (!keys)
        return keys.error();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    auto key = keys->unlock(user, password);
    if (!key)
        return key.error();
    return openUnlocked(path, std::move(*keys), std::move(*key), std::move(*lock), options, user.trimmed());
}

Result<std::unique_ptr<Database>> Database::openWithRecoveryCode(const QString& rawPath, const QString& code,
                                                                 const OpenOptions& options)
{
    const QString path = absolute(rawPath);
    auto keys = preflight(path);
    if (!keys)
        return keys.error();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    auto key = keys->unlockWithRecoveryCode(code);
    if (!key)
        return key.error();
    return openUnlocked(path, std::move(*keys), std::move(*key), std::move(*lock), options, QString());
}

Result<std::unique_ptr<Database>> Database::openUnlocked(const QString& path, KeyFile keys, SecureBytes key,
                                                         std::unique_ptr<QLockFile> lock, const OpenOptions& options,
                                                         const QString& user)
{
    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_unlockedBy = user;
    db->m_kdf = options.kdf;
    db->m_keys = std::move(keys);
    db->m_key = std::move(key);
    db->m_lock = std::move(lock);

    auto conn = Connection::open(path, Connection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    db->m_conn = std::move(*conn);
    Connection& c = db->m_conn;
    if (auto rc = keyAndVerify(c, db->m_key); !rc)
        return rc.error();
    if (c.isReadOnly())
        return messages::readOnly();
    auto appId = c.queryInt("PRAGMA application_id");
    if (!appId)
        return appId.error();
    if (*appId != schema::kApplicationId)
        return messages::notADatabase();
    if (auto rc = configure(c); !rc)
        return rc.error();
    if (options.quickCheck) {
        if (auto rc = db->quickCheck(); !rc)
            return rc.error();
    }
    auto version = schema::userVersion(c);
    if (!version)
        return version.error();
    if (*version > schema::kCurrentVersion)
        return messages::newerVersion();
    if (*version < schema::kCurrentVersion) {
        if (!options.migrate) {
            db->m_schemaVersion = *version;
        } else {
            auto reached = schema::migrate(c);
            if (!reached)
                return reached.error();
            db->m_schemaVersion = *reached;
            // Version 0 is an empty keyed file (only ever seen half way through create): it gets
            // the same contents a new database gets, with the unlocking user as administrator.
            if (*version == 0 && !user.isEmpty()) {
                if (auto rc = initialiseContents(c, user, user); !rc)
                    return rc.error();
            }
        }
    } else {
        db->m_schemaVersion = *version;
    }
    if (db->m_schemaVersion >= 1) {
        if (auto rc = db->loadSecrets(); !rc)
            return rc.error();
    }
    // Files made by earlier versions under a 022 umask were readable by everyone on the machine:
    // once the database has opened, it and its key file become owner-only (a mode change; the
    // bytes stay as they are).
    (void)restrictToOwner(path);
    (void)restrictToOwner(keyFilePath(path));
    return db;
}

Result<void> Database::loadSecrets()
{
    auto stmt = m_conn.prepare("SELECT key, value FROM meta WHERE key IN ('pseudonym_key', 'field_key')");
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QByteArray value = stmt->columnBlob(1);
        if (value.size() != crypto::kKeySize) {
            wipe(value);
            return messages::corrupt();
        }
        if (stmt->columnText(0) == QLatin1String("pseudonym_key"))
            m_pseudonymKey = SecureBytes::takeFrom(value);
        else
            m_fieldKey = SecureBytes::takeFrom(value);
    }
    if (m_pseudonymKey.isEmpty() || m_fieldKey.isEmpty())
        return messages::corrupt();
    m_pseudonymMac = std::make_unique<crypto::Hmac>(m_pseudonymKey);
    return {};
}

// --- key slots ----------------------------------------------------------------------------------

Result<void> Database::saveKeys(const KeyFile& keys)
{
    if (auto rc = keys.save(keyFilePath(m_path)); !rc)
        return rc.error();
    m_keys = keys;
    return {};
}

Result<void> Database::addKeySlot(const QString& user, const QString& password)
{
    KeyFile keys = m_keys;
    if (auto rc = keys.addSlot(user, password, m_key, m_kdf); !rc)
        return rc.error();
    return saveKeys(keys);
}

Result<void> Database::removeKeySlot(const QString& user)
{
    KeyFile keys = m_keys;
    if (auto rc = keys.removeSlot(user); !rc)
        return rc.error();
    return saveKeys(keys);
}

Result<int> Database::removeOrphanKeySlots()
{
    auto st = m_conn.prepare("SELECT name FROM accounts WHERE active = 1");
    if (!st)
        return st.error();
    QStringList active;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        active.append(st->columnText(0));
    }
    KeyFile keys = m_keys;
    const int removed = keys.retainSlotsOf(active);
    if (removed == 0)
        return 0;
    if (auto rc = saveKeys(keys); !rc)
        return rc.error();
    return removed;
}

Result<void> Database::changePassword(const QString& user, const QString& oldPassword, const QString& newPassword)
{
    auto key = m_keys.unlock(user, oldPassword);
    if (!key)
        return key.error();
    if (!(*key == m_key))
        return messages::keyFileMismatch();
    KeyFile keys = m_keys;
    if (auto rc = keys.replaceSlot(user, newPassword, m_key, m_kdf); !rc)
        return rc.error();
    return saveKeys(keys);
}

Result<bool> Database::upgradeKeySlot(const QString& user, const QString& password)
{
    auto current = m_keys.slotKdf(user);
    if (!current)
        return current.error();
    // Old PBKDF2 slots become Argon2id. (Argon2id slots keep their parameters until the password
    // changes, which re-derives with the current ones.)
    if (current->algorithm != KdfAlgorithm::Pbkdf2Sha512 || m_kdf.algorithm != KdfAlgorithm::Argon2id)
        return false;
    KeyFile keys = m_keys;
    if (auto rc = keys.replaceSlot(user, password, m_key, m_kdf); !rc)
        return rc.error();
    // The new slot must open with the password before it replaces the old one on disk.
    auto check = keys.unlock(user, password);
    if (!check || !(*check == m_key))
        return messages::internal();
    if (auto rc = saveKeys(keys); !rc)
        return rc.error();
    return true;
}

Result<void> Database::resetPassword(const QString& user, const QString& newPassword)
{
    KeyFile keys = m_keys;
    auto rc = keys.hasSlot(user) ? keys.replaceSlot(user, newPassword, m_key, m_kdf)
                                 : keys.addSlot(user, newPassword, m_key, m_kdf);
    if (!rc)
        return rc.error();
    return saveKeys(keys);
}

Result<QString> Database::recoverAccount(const QString& user, const QString& newPassword)
{
    if (!m_unlockedBy.isEmpty())
        return messages::invalidArgument();
    KeyFile keys = m_keys;
    auto rc = keys.hasSlot(user) ? keys.replaceSlot(user, newPassword, m_key, m_kdf)
                                 : keys.addSlot(user, newPassword, m_key, m_kdf);
    if (!rc)
        return rc.error();
    auto code = keys.setRecovery(m_key, m_kdf);
    if (!code)
        return code.error();
    // Both must open before they replace the old slots on disk.
    auto byPassword = keys.unlock(user, newPassword);
    auto byCode = keys.unlockWithRecoveryCode(*code);
    if (!byPassword || !(*byPassword == m_key) || !byCode || !(*byCode == m_key))
        return messages::internal();
    if (auto saved = saveKeys(keys); !saved)
        return saved.error();
    return code;
}

Result<QString> Database::createRecoveryCode()
{
    KeyFile keys = m_keys;
    auto code = keys.setRecovery(m_key, m_kdf);
    if (!code)
        return code.error();
    if (auto rc = saveKeys(keys); !rc)
        return rc.error();
    return code;
}

Result<void> Database::removeRecoveryCode()
{
    KeyFile keys = m_keys;
    keys.removeRecovery();
    if (keys.slotCount() == 0)
        return messages::lastKeySlot();
    return saveKeys(keys);
}

// --- checks -------------------------------------------------------------------------------------

Result<void> Database::quickCheck()
{
    return checkResult(m_conn, "PRAGMA quick_check(1)");
}

Result<void> Database::integrityCheck()
{
    if (auto rc = checkResult(m_conn, "PRAGMA integrity_check(1)"); !rc)
        return rc;
    auto fk = m_conn.prepare("PRAGMA foreign_key_check");
    if (!fk)
        return fk.error();
    auto row = fk->step();
    if (!row)
        return row.error();
    return *row ? Result<void>(messages::corrupt()) : Result<void>();
}

// --- backup / restore ---------------------------------------------------------------------------

Result<void> Database::backupTo(const QString& rawTarget)
{
    const QString target = absolute(rawTarget);
    const QString targetKeys = keyFilePath(target);
    if (target == m_path)
        return messages::alreadyExists();
    const QFileInfo dir(QFileInfo(target).absolutePath());
    if (!dir.isDir())
        return messages::io();
    if (!dir.isWritable())
        return messages::readOnly();
    if (QFileInfo::exists(target) || QFileInfo::exists(targetKeys))
        return messages::alreadyExists();
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QLatin1String("-journal"));
    auto cleanup = [&partial]() {
        QFile::remove(partial);
        QFile::remove(partial + QLatin1String("-journal"));
    };

    qint64 sourceArenden = 0;
    int sourceVersion = 0;
    {
        auto count = m_conn.queryInt("SELECT count(*) FROM arenden");
        auto version = schema::userVersion(m_conn);
        if (!count || !version)
            return count ? version.error() : count.error();
        sourceArenden = *count;
        sourceVersion = *version;
    }

    {
        auto dest = Connection::open(partial, Connection::Mode::ReadWriteCreate);
        if (!dest)
            return dest.error();
        auto fail = [&](const Error& error) -> Result<void> {
            dest->close();
            cleanup();
            return error;
        };
        // Same raw key and page size: the backup API copies decrypted pages from the source's
        // pager into the destination's, which encrypts them again with its own codec — the copy is
        // never plaintext on disk.
        if (auto rc = keyAndVerify(*dest, m_key); !rc)
            return fail(rc.error());
        if (auto rc = dest->exec("PRAGMA synchronous = FULL"); !rc)
            return fail(rc.error());
        sqlite3_backup* backup = sqlite3_backup_init(dest->handle(), "main", m_conn.handle(), "main");
        if (!backup)
            return fail(dest->lastError(sqlite3_errcode(dest->handle())));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, -1);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        const int finish = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return fail(sqlite::errorFromCode(rc));
        if (finish != SQLITE_OK)
            return fail(dest->lastError(finish));
        // Read the copy back before trusting it.
        if (auto check = checkResult(*dest, "PRAGMA integrity_check(1)"); !check)
            return fail(check.error());
        auto appId = dest->queryInt("PRAGMA application_id");
        auto version = schema::userVersion(*dest);
        auto count = dest->queryInt("SELECT count(*) FROM arenden");
        if (!appId || *appId != schema::kApplicationId || !version || *version != sourceVersion || !count ||
            *count != sourceArenden)
            return fail(messages::io());
        dest->close();
    }

    auto head = readHead(partial, kHeaderSaltSize);
    if (!head || head->size() != kHeaderSaltSize || isPlainSqlite(*head)) {
        cleanup();
        return messages::noSqlCipher();
    }
    if (!syncFile(partial)) {
        cleanup();
        return messages::io();
    }
    KeyFile keys = m_keys;
    keys.setDatabaseSalt(*head);
    if (auto rc = keys.save(targetKeys); !rc) {
        QFile::remove(targetKeys); // may be in place with its directory entry not synced
        cleanup();
        return rc.error();
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(targetKeys);
        cleanup();
        return messages::io();
    }
    // A backup that may not survive a power loss is no backup: remove it and say so.
    if (!syncDirectory(dir.absoluteFilePath())) {
        QFile::remove(target);
        QFile::remove(targetKeys);
        return messages::io();
    }
    return {};
}

Result<void> Database::restore(const QString& rawBackup, const QString& rawTarget)
{
    const QString backup = absolute(rawBackup);
    const QString target = absolute(rawTarget);
    if (backup == target)
        return messages::invalidArgument();
    if (!QFileInfo(backup).isFile() || !QFileInfo::exists(keyFilePath(backup)))
        return messages::restoreSourceInvalid();
    auto head = readHead(backup, kHeaderSaltSize);
    if (!head)
        return head.error();
    if (head->size() < kHeaderSaltSize || isPlainSqlite(*head))
        return messages::notADatabase();
    auto keys = KeyFile::load(keyFilePath(backup));
    if (!keys)
        return keys.error();
    if (keys->databaseSalt() != *head)
        return messages::keyFileMismatch();

    const QFileInfo dir(QFileInfo(target).absolutePath());
    if (!dir.isDir())
        return messages::io();
    if (!dir.isWritable())
        return messages::readOnly();
    // Held until the end: nobody may open the target while it is being replaced, and a target
    // that is open anywhere is refused.
    auto lock = acquireLock(target);
    if (!lock)
        return lock.error();

    const QString staged = target + QLatin1String(".restoring");
    const QString stagedKeys = keyFilePath(staged);
    QFile::remove(staged);
    QFile::remove(stagedKeys);
    auto cleanup = [&]() {
        QFile::remove(staged);
        QFile::remove(stagedKeys);
    };
    if (!QFile::copy(backup, staged) || !QFile::copy(keyFilePath(backup), stagedKeys)) {
        cleanup();
        return messages::io();
    }
    auto stagedHead = readHead(staged, kHeaderSaltSize);
    if (!stagedHead || *stagedHead != *head || QFileInfo(staged).size() != QFileInfo(backup).size()) {
        cleanup();
        return messages::io();
    }
    if (!syncFile(staged) || !syncFile(stagedKeys)) {
        cleanup();
        return messages::io();
    }

    // Keep what is replaced: the current database (with its key file and any hot journal, which
    // must stay next to the file it belongs to) is renamed aside, never deleted.
    if (QFileInfo::exists(target) || QFileInfo::exists(keyFilePath(target))) {
        const QString aside = target + QLatin1String(".replaced-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        const std::pair<QString, QString> moves[] = {
            {target, aside},
            {keyFilePath(target), keyFilePath(aside)},
            {target + QLatin1String("-journal"), aside + QLatin1String("-journal")},
        };
        for (const auto& [from, to] : moves) {
            if (QFileInfo::exists(from) && !QFile::rename(from, to)) {
                cleanup();
                return messages::io();
            }
        }
    }
    if (!QFile::rename(stagedKeys, keyFilePath(target)) || !QFile::rename(staged, target)) {
        cleanup();
        return messages::io();
    }
    // The restored files are in place (and the replaced ones kept aside), but the renames may not
    // survive a power loss: report it rather than call the restore done.
    if (!syncDirectory(dir.absoluteFilePath()))
        return messages::io();
    return {};
}

// --- per-database secrets -----------------------------------------------------------------------

QByteArray Database::pseudonym(const QString& normalisedPersonId) const
{
    if (!m_pseudonymMac)
        return QByteArray();
    QByteArray utf8 = normalisedPersonId.toUtf8();
    const QByteArray mac = m_pseudonymMac->mac(utf8.constData(), static_cast<int>(utf8.size()));
    wipe(utf8);
    return mac;
}

namespace {
const QByteArray& personIdAad()
{
    static const QByteArray aad = QByteArrayLiteral("folja-pnr-v1");
    return aad;
}
} // namespace

Result<QByteArray> Database::encryptPersonId(const QString& normalisedPersonId) const
{
    if (m_fieldKey.isEmpty())
        return messages::internal();
    auto nonce = crypto::randomBytes(crypto::kNonceSize);
    if (!nonce)
        return nonce.error();
    QByteArray utf8 = normalisedPersonId.toUtf8();
    auto sealed =
        crypto::aesGcmEncrypt(m_fieldKey, *nonce, utf8.constData(), static_cast<int>(utf8.size()), personIdAad());
    wipe(utf8);
    if (!sealed)
        return sealed.error();
    return QByteArray(*nonce + *sealed);
}

Result<QString> Database::decryptPersonId(const QByteArray& encrypted) const
{
    if (m_fieldKey.isEmpty() || encrypted.size() < crypto::kNonceSize + crypto::kTagSize)
        return messages::corrupt();
    SecureBytes plain;
    if (!crypto::aesGcmDecrypt(m_fieldKey, encrypted.left(crypto::kNonceSize), encrypted.mid(crypto::kNonceSize),
                               personIdAad(), &plain))
        return messages::corrupt();
    return QString::fromUtf8(plain.constChar(), plain.isize());
}

} // namespace folja::store
