#pragma once

// The cryptography of the store, wrapped around OpenSSL's EVP API in one place. Nothing here is
// invented: Argon2id (libargon2) and, for older key slots, PBKDF2-HMAC-SHA512 stretch passwords, AES-256-GCM wraps keys
// and personnummer, HMAC-SHA256 makes pseudonyms, and OpenSSL's CSPRNG makes keys and salts.

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

namespace folja::store {

// Bytes that are secret (keys, passwords, plaintext personnummer while in use). The buffer is
// fixed-size and never reallocated, and it is wiped with OPENSSL_cleanse when destroyed, so no
// stale copy is left behind in freed memory.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char* data, std::size_t size);
    // Takes the bytes and wipes the source, which must not be shared (QByteArray is implicitly
    // shared; the caller guarantees this is the only reference).
    static SecureBytes takeFrom(QByteArray& source);
    // The UTF-8 of a password, without leaving an unwiped temporary behind.
    static SecureBytes fromUtf8(const QString& text);
    ~SecureBytes();

    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    const char* constChar() const { return reinterpret_cast<const char*>(m_data.get()); }
    std::size_t size() const { return m_size; }
    int isize() const { return static_cast<int>(m_size); }
    bool isEmpty() const { return m_size == 0; }
    void clear();

    // A QByteArray copy, for APIs that need one (the caller must wipe it: see wipe()).
    QByteArray toByteArrayUnsafe() const;
    bool operator==(const SecureBytes& other) const;

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's bytes in place (if it is the only owner).
void wipe(QByteArray& bytes);

namespace crypto {

constexpr int kKeySize = 32;   // AES-256, HMAC-SHA256 keys
constexpr int kNonceSize = 12; // AES-GCM
constexpr int kTagSize = 16;   // AES-GCM
constexpr int kSaltSize = 16;

Result<QByteArray> randomBytes(int count);
Result<SecureBytes> randomSecret(int count);

Result<SecureBytes> pbkdf2Sha512(const SecureBytes& password, const QByteArray& salt, int iterations, int length);
// Argon2id (RFC 9106, version 0x13) from libargon2: timeCost passes over memoryKiB KiB in `lanes` lanes.
Result<SecureBytes> argon2id(const SecureBytes& password, const QByteArray& salt, quint32 timeCost, quint32 memoryKiB,
                             quint32 lanes, int length);

// AES-256-GCM; output and input are ciphertext ‖ tag. Authentication failure is WrongPassword for
// key unwrapping and Corrupt for stored fields: the caller picks, so this returns a plain bool.
Result<QByteArray> aesGcmEncrypt(const SecureBytes& key, const QByteArray& nonce, const char* plaintext,
                                 int plaintextSize, const QByteArray& aad);
bool aesGcmDecrypt(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertextAndTag,
                   const QByteArray& aad, SecureBytes* plaintext);

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
QByteArray sha256(const QByteArray& data);

// Constant-time comparison (for MACs and slot ids).
bool equalConstantTime(const QByteArray& a, const QByteArray& b);

// A keyed HMAC-SHA256 that keeps its OpenSSL context between calls: the pseudonym of every person
// in a 100 000-row import is computed with it, and re-creating the context each time costs more
// than the MAC itself.
class Hmac
{
public:
    explicit Hmac(const SecureBytes& key);
    ~Hmac();
    Hmac(const Hmac&) = delete;
    Hmac& operator=(const Hmac&) = delete;
    QByteArray mac(const char* data, int size) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace crypto
} // namespace folja::store
