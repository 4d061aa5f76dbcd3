#pragma once

// One Följa database: an SQLCipher-encrypted file plus its key file "<file>.keys" and, while open,
// a lock file "<file>.lock".
//
// Promises:
// * A lost laptop reveals nothing: the file is encrypted with a random key that is stored only
//   wrapped by the users' passwords (see keyfile.h); personnummer are additionally encrypted
//   field by field and matched through keyed pseudonyms.
// * No user action loses committed data: every write is a transaction on a rollback journal with
//   synchronous=EXTRA; every failure to open (wrong password, foreign or damaged file, locked,
//   read-only, full disk) returns a distinct error and leaves the file's bytes untouched.
//
// The store has no access rules: core/access wraps it and is the only door for ui/, io/, analysis/.

#include "common/result.h"
#include "store/crypto.h"
#include "store/keyfile.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QLockFile;

namespace folja::store {

// Role bits of accounts.roles.
enum Role : int { RoleHandlaggare = 1, RoleAnalytiker = 2, RoleAdministrator = 4 };

struct CreateOptions {
    KdfParams kdf;
    QString adminDisplayName; // defaults to the user name
    // Tests only: stop the schema at this version (to exercise migrations). -1 = current.
    int schemaVersionForTests = -1;
};

struct OpenOptions {
    // Key-slot changes made in this session use these parameters (tests pass fastForTests()).
    KdfParams kdf;
    // PRAGMA quick_check on open: catches damage early, before anything is written.
    bool quickCheck = true;
    // Bring an older schema up to date (each step atomic). When false, an old file is refused.
    bool migrate = true;
};

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates the encrypted database, its key file with one slot for adminUser, the schema, the
    // per-database secrets and the admin account (roles = administratör). Refuses (Conflict) if
    // the database or its key file already exists. Nothing is left behind on failure.
    static Result<std::unique_ptr<Database>> create(const QString& path, const QString& adminUser,
                                                    const QString& password, const CreateOptions& options = {});
    // Errors: NotFound, NotADatabase, WrongPassword (also for unknown users, after the same KDF
    // work), Corrupt, Locked, ReadOnly, DiskFull, Io, Conflict (newer schema). None of them modify
    // the file.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& user, const QString& password,
                                                  const OpenOptions& options = {});
    static Result<std::unique_ptr<Database>> openWithRecoveryCode(const QString& path, const QString& code,
                                                                  const OpenOptions& options = {});

    // Replaces targetPath (database and key file) with the backup at backupPath. Refuses (Locked)
    // if the target is open anywhere. The replaced files are kept as "<target>.replaced-<time>"
    // (and .keys) — restoring must not destroy the newer data without a way back.
    static Result<void> restore(const QString& backupPath, const QString& targetPath);

    static QString keyFilePath(const QString& databasePath) { return KeyFile::pathFor(databasePath); }
    static QString lockFilePath(const QString& databasePath);

    QString path() const { return m_path; }
    // The user name whose slot unlocked the database; empty when opened with the recovery code.
    QString unlockedBy() const { return m_unlockedBy; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection for repositories and the access layer. Single-threaded use.
    sqlite::Connection& connection() { return m_conn; }

    // --- key slots (the caller checks who may do this) -----------------------------------------
    bool hasKeySlot(const QString& user) const { return m_keys.hasSlot(user); }
    int keySlotCount() const { return m_keys.slotCount(); }
    bool hasRecoveryCode() const { return m_keys.hasRecovery(); }
    Result<void> addKeySlot(const QString& user, const QString& password);
    Result<void> removeKeySlot(const QString& user);
    // Removes key slots whose account is missing or inactive (left by a process killed between
    // writing a slot and committing its account, or between deactivating an account and removing
    // its slot); returns how many. The key file is rewritten only when there is one.
    Result<int> removeOrphanKeySlots();
    // Verifies the old password (WrongPassword otherwise), then re-wraps the same database key:
    // the data is never re-encrypted.
    Result<void> changePassword(const QString& user, const QString& oldPassword, const QString& newPassword);
    // Re-wraps the user's key slot with this session's KDF parameters when the slot is an old
    // PBKDF2 one and the session's are Argon2id: the automatic upgrade at sign-in. The password must be the one just
    // used; true when the slot was upgraded. The key file is replaced atomically; the database key does not change.
    Result<bool> upgradeKeySlot(const QString& user, const QString& password);
    // For an unlocked admin session: sets a new password for user (creates the slot if missing).
    Result<void> resetPassword(const QString& user, const QString& newPassword);
    // After opening with the recovery code: sets a new password for `user` (creates the slot if
    // missing) AND replaces the recovery code, in one atomic rewrite of the key file. Returns the
    // new code (show it once): a code that has been used — typed, perhaps read aloud over the phone
    // to IT — no longer opens the database. Refused unless the database was opened with the code.
    Result<QString> recoverAccount(const QString& user, const QString& newPassword);
    // The key-slot id of `user` (HMAC of the name under the key file's salt; see keyfile.h), for
    // matching the failed sign-in record (signinlog.h) to account names.
    QByteArray keySlotId(const QString& user) const { return m_keys.slotIdFor(user); }
    // Makes a new recovery code (replacing any earlier one) and returns it: show it once.
    Result<QString> createRecoveryCode();
    Result<void> removeRecoveryCode();

    // --- safety ---------------------------------------------------------------------------------
    // An online, consistent, still encrypted copy (same key, same slots) at a path that must not
    // exist yet; verified by reading it back before it is given its final name.
    Result<void> backupTo(const QString& path);
    Result<void> quickCheck();
    Result<void> integrityCheck(); // full PRAGMA integrity_check: slow on big files

    // --- per-database secrets ---------------------------------------------------------------------
    // HMAC-SHA256 under the database's pseudonym key: the same person gets the same pseudonym in
    // this database and an unlinkable one in any other.
    QByteArray pseudonym(const QString& normalisedPersonId) const;
    // AES-256-GCM under the database's field key; output nonce ‖ ciphertext ‖ tag.
    Result<QByteArray> encryptPersonId(const QString& normalisedPersonId) const;
    Result<QString> decryptPersonId(const QByteArray& encrypted) const;

private:
    Database();
    static Result<std::unique_ptr<Database>> openUnlocked(const QString& path, KeyFile keys, SecureBytes key,
                                                          std::unique_ptr<QLockFile> lock, const OpenOptions& options,
                                                          const QString& user);
    Result<void> saveKeys(const KeyFile& keys);
    Result<void> loadSecrets();

    QString m_path;
    QString m_unlockedBy;
    int m_schemaVersion = 0;
    KdfParams m_kdf;
    KeyFile m_keys;
    SecureBytes m_key;
    SecureBytes m_pseudonymKey;
    SecureBytes m_fieldKey;
    std::unique_ptr<crypto::Hmac> m_pseudonymMac;
    std::unique_ptr<QLockFile> m_lock; // declared before the connection: released after it closes
    sqlite::Connection m_conn;
};

} // namespace folja::store
