#pragma once

// The key slots of a database, kept in the sidecar file "<database>.keys" beside it.
//
// The database is encrypted by SQLCipher with one random 256-bit key. That key is never written
// unwrapped: each user (and optionally a printed recovery code) has a slot in which the key is
// wrapped with AES-256-GCM under a key-encryption key derived from the password with
// PBKDF2-HMAC-SHA512. The sidecar must be readable before unlocking, so it holds only what an
// attacker may see: format version, a random file salt, per-slot KDF parameters, salts, nonces and
// wrapped keys. Slots are found by HMAC-SHA256(file salt, lowercased user name) so that user names
// do not appear in plain text.

#include "common/result.h"
#include "store/crypto.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::store {

// Production PBKDF2-HMAC-SHA512 iterations, tuned to about 0.3 s of CPU on the development VM
// (measured in process CPU time: 256k ≈ 0.21–0.24 s, 400k ≈ 0.40–0.42 s, 600k ≈ 0.59–0.64 s; see
// benchmarks/store). Stored per slot, so it can be raised later without breaking old slots; a
// password change re-derives with the current value.
constexpr int kProductionKdfIterations = 300000;

struct KdfParams {
    int iterations = kProductionKdfIterations;
    // Tests only: fast, and still the same code path.
    static KdfParams fastForTests() { return KdfParams{1000}; }
};

struct KeySlot {
    QByteArray id; // HMAC-SHA256(file salt, lowercased user name); 32 bytes
    QString kdf;   // "pbkdf2-sha512"
    int iterations = 0;
    QByteArray salt;       // 16 bytes
    QByteArray nonce;      // 12 bytes
    QByteArray wrappedKey; // AES-256-GCM(KEK, database key) ‖ tag
};

class KeyFile
{
public:
    static QString pathFor(const QString& databasePath);

    // A new key file with a random file salt and no slots.
    static Result<KeyFile> createNew();
    // Missing file → NotADatabase (keyFileMissing); not a Följa key file → NotADatabase;
    // a Följa key file with broken fields → Corrupt (keyFileDamaged). Never modifies the file.
    static Result<KeyFile> load(const QString& path);
    // Atomic (QSaveFile: write a temporary, fsync, rename) and the directory is fsynced after.
    Result<void> save(const QString& path) const;

    // Unwraps the database key. Always runs one full KDF, also for an unknown user, so that
    // timing does not reveal whether a user name exists.
    Result<SecureBytes> unlock(const QString& user, const QString& password) const;
    Result<SecureBytes> unlockWithRecoveryCode(const QString& code) const;

    bool hasSlot(const QString& user) const;
    int slotCount() const { return static_cast<int>(m_slots.size()); }
    bool hasRecovery() const { return m_recovery.has_value(); }

    Result<void> addSlot(const QString& user, const QString& password, const SecureBytes& databaseKey,
                         const KdfParams& kdf);
    // Replaces an existing slot (password change/reset); the database key is not changed.
    Result<void> replaceSlot(const QString& user, const QString& password, const SecureBytes& databaseKey,
                             const KdfParams& kdf);
    Result<void> removeSlot(const QString& user);
    // Removes every user slot that belongs to none of `users` (the recovery slot stays) and
    // returns how many went. Never removes the last slot: with none left, nothing opens the file.
    int retainSlotsOf(const QStringList& users);
    // Returns the new recovery code, formatted for printing; replaces any earlier one.
    Result<QString> setRecovery(const SecureBytes& databaseKey, const KdfParams& kdf);
    void removeRecovery() { m_recovery.reset(); }

    // The first 16 bytes of the encrypted database file (SQLCipher's per-file salt): binds this
    // key file to its database so that a mismatch reads as "not this database", not as damage.
    QByteArray databaseSalt() const { return m_databaseSalt; }
    void setDatabaseSalt(const QByteArray& salt) { m_databaseSalt = salt; }

    QByteArray slotIdFor(const QString& user) const;

    // Crockford base32, 32 characters (160 bits) in 8 groups of 4.
    static QString generateRecoveryCode(const QByteArray& random20);
    // Upper-cases, drops separators, maps O→0 and I/L→1; empty if not a well-formed code.
    static QString normaliseRecoveryCode(const QString& code);

private:
    Result<KeySlot> wrap(const QByteArray& id, const SecureBytes& secret, const SecureBytes& databaseKey,
                         const KdfParams& kdf, const QByteArray& aad) const;
    bool unwrap(const KeySlot& slot, const SecureBytes& secret, const QByteArray& aad, SecureBytes* key) const;
    QByteArray slotAad(const QByteArray& id) const;
    QByteArray recoveryAad() const;
    int dummyIterations() const;

    QByteArray m_fileSalt;
    QByteArray m_databaseSalt;
    QList<KeySlot> m_slots;
    std::optional<KeySlot> m_recovery;
};

// fsyncs a directory so that a rename or unlink in it survives power loss (no-op where the
// platform or file system cannot do it). False if the directory could not be opened or synced.
[[nodiscard]] bool syncDirectory(const QString& directoryPath);

// True when the file system holding the directory has (almost) no space left: tells a full disk
// apart from other I/O failures where the API only reports "could not write".
bool isDiskFull(const QString& directoryPath);

} // namespace folja::store
