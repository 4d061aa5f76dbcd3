#pragma once

// The key slots of a database, kept in the sidecar file "<database>.keys" beside it.
//
// The database is encrypted by SQLCipher with one random 256-bit key. That key is never written
// unwrapped: each user (and optionally a printed recovery code) has a slot in which the key is
// wrapped with AES-256-GCM under a key-encryption key derived from the password with Argon2id
// (older slots: PBKDF2-HMAC-SHA512, re-wrapped with Argon2id at the next sign-in). The sidecar must be readable before
// unlocking, so it holds only what an attacker may see: format version, a random file salt, per-slot KDF parameters,
// salts, nonces and wrapped keys. Slots are found by HMAC-SHA256(file salt, lowercased user name) so that user names do
// not appear in plain text.

#include "common/result.h"
#include "store/crypto.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace folja::store {

// Legacy PBKDF2-HMAC-SHA512 iterations: the slots of databases created before Argon2id (and the
// slots a test build makes when asked for PBKDF2). Tuned to about 0.3 s of CPU on the development VM.
constexpr int kProductionKdfIterations = 300000;

// Argon2id (RFC 9106) for new and changed slots: memory-hard, so an attacker with the database, its
// .keys file and GPUs gains far less than against PBKDF2. Chosen for a municipal laptop (8–16 GiB):
// 128 MiB and 3 passes, one lane, about 0.5 s per unlock on the development VM (benchmarks/store
// prints the figure). Stored per slot, so it can be raised later without breaking old slots.
constexpr quint32 kProductionArgonMemoryKiB = 128 * 1024;
constexpr quint32 kProductionArgonTime = 3;
constexpr quint32 kProductionArgonLanes = 1;

enum class KdfAlgorithm { Pbkdf2Sha512, Argon2id };

struct KdfParams {
    KdfAlgorithm algorithm = KdfAlgorithm::Argon2id;
    int iterations = kProductionKdfIterations;     // Pbkdf2Sha512
    quint32 timeCost = kProductionArgonTime;       // Argon2id passes
    quint32 memoryKiB = kProductionArgonMemoryKiB; // Argon2id memory
    quint32 lanes = kProductionArgonLanes;         // Argon2id parallelism
    // Tests only: fast, and still the same code path (Argon2id with 64 KiB, one pass). A release
    // build refuses to open such a slot (KdfFloor::production()).
    static KdfParams fastForTests();
    static KdfParams pbkdf2(int iterations);
    bool operator==(const KdfParams& other) const = default;
};

// The least work a slot read from a .keys file may ask for: a tampered file cannot make Följa
// derive a key cheaply (nor, with the upper bounds in keyfile.cpp, hang it).
struct KdfFloor {
    int pbkdf2Iterations = kProductionKdfIterations;
    quint32 argonMemoryKiB = 64 * 1024;
    quint32 argonTime = 2;
    static KdfFloor production() { return {}; }
    // What this build enforces: production, except in builds made with BUILD_TESTING
    // (FOLJA_ALLOW_WEAK_KDF), whose tests create slots with fastForTests().
    static KdfFloor build();
    bool admits(const KdfParams& params) const;
};

struct KeySlot {
    QByteArray id;         // HMAC-SHA256(file salt, lowercased user name); 32 bytes
    KdfParams kdf;         // "kdf": "pbkdf2-sha512" (iterations) or "argon2id" (t, m, p; slot version 2)
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
    static Result<KeyFile> load(const QString& path, const KdfFloor& floor = KdfFloor::build());
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
    // The KDF parameters of the user's slot (NotFound-like keySlotNotFound when there is none).
    Result<KdfParams> slotKdf(const QString& user) const;
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
    KdfParams dummyKdf() const;

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
