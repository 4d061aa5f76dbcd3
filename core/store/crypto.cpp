#include "store/crypto.h"

#include "store/messages.h"

#include <argon2.h>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace folja::store {

// --- SecureBytes --------------------------------------------------------------------------------

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? new unsigned char[size]() : nullptr)
    , m_size(size)
{}

SecureBytes::SecureBytes(const char* data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes result(source.constData(), static_cast<std::size_t>(source.size()));
    wipe(source);
    source.clear();
    return result;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(const SecureBytes& other)
    : SecureBytes(other.constChar(), other.m_size)
{}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

QByteArray SecureBytes::toByteArrayUnsafe() const
{
    return QByteArray(constChar(), static_cast<qsizetype>(m_size));
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        return; // shared: writing would detach and wipe a private copy only
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

namespace crypto {

namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const auto* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

Result<QByteArray> randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return messages::internal();
    return out;
}

Result<SecureBytes> randomSecret(int count)
{
    SecureBytes out(static_cast<std::size_t>(count));
    if (RAND_bytes(out.data(), count) != 1)
        return messages::internal();
    return out;
}

Result<SecureBytes> pbkdf2Sha512(const SecureBytes& password, const QByteArray& salt, int iterations, int length)
{
    if (iterations < 1 || length < 1)
        return messages::internal();
    SecureBytes out(static_cast<std::size_t>(length));
    const int ok = PKCS5_PBKDF2_HMAC(password.constChar(), password.isize(), bytes(salt), static_cast<int>(salt.size()),
                                     iterations, EVP_sha512(), length, out.data());
    if (ok != 1)
        return messages::internal();
    return out;
}

Result<SecureBytes> argon2id(const SecureBytes& password, const QByteArray& salt, quint32 timeCost, quint32 memoryKiB,
                             quint32 lanes, int length)
{
    if (timeCost < 1 || lanes < 1 || memoryKiB < 8 * lanes || length < 1)
        return messages::internal();
    SecureBytes out(static_cast<std::size_t>(length));
    // The reference implementation (Debian's libargon2, version 0x13) clears its working memory.
    const int rc = argon2id_hash_raw(timeCost, memoryKiB, lanes, password.constChar(), password.size(), bytes(salt),
                                     static_cast<std::size_t>(salt.size()), out.data(), out.size());
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return makeError(ErrorCode::Internal, QStringLiteral("Argon2id: not enough memory for the key derivation"));
    if (rc != ARGON2_OK)
        return messages::internal();
    return out;
}

Result<QByteArray> aesGcmEncrypt(const SecureBytes& key, const QByteArray& nonce, const char* plaintext,
                                 int plaintextSize, const QByteArray& aad)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize)
        return messages::internal();
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return messages::internal();
    int len = 0;
    QByteArray out(plaintextSize + kTagSize, Qt::Uninitialized);
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) == 1;
    int written = 0;
    if (ok && plaintextSize > 0) {
        ok = EVP_EncryptUpdate(ctx.get(), outBytes, &len, reinterpret_cast<const unsigned char*>(plaintext),
                               plaintextSize) == 1;
        written = len;
    }
    if (ok) {
        ok = EVP_EncryptFinal_ex(ctx.get(), outBytes + written, &len) == 1;
        written += len;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, outBytes + written) == 1;
    if (!ok || written != plaintextSize)
        return messages::internal();
    return out;
}

bool aesGcmDecrypt(const SecureBytes& key, const QByteArray& nonce, const QByteArray& ciphertextAndTag,
                   const QByteArray& aad, SecureBytes* plaintext)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize || ciphertextAndTag.size() < kTagSize)
        return false;
    const int ctSize = static_cast<int>(ciphertextAndTag.size()) - kTagSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return false;
    SecureBytes out(static_cast<std::size_t>(ctSize));
    int len = 0;
    int written = 0;
    QByteArray tag = ciphertextAndTag.right(kTagSize);
    bool ok = EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) == 1;
    if (ok && ctSize > 0) {
        ok = EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(ciphertextAndTag), ctSize) == 1;
        written = len;
    }
    if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1;
    // The tag check happens here; on failure the partial plaintext in `out` is wiped with it.
    if (ok)
        ok = EVP_DecryptFinal_ex(ctx.get(), out.data() + written, &len) == 1;
    if (!ok)
        return false;
    *plaintext = std::move(out);
    return true;
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    Hmac mac(key);
    return mac.mac(data.constData(), static_cast<int>(data.size()));
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    return hmacSha256(SecureBytes(key.constData(), static_cast<std::size_t>(key.size())), data);
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), static_cast<std::size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr) != 1 ||
        len != 32)
        return QByteArray();
    return out;
}

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

// --- Hmac ---------------------------------------------------------------------------------------

struct Hmac::Private {
    EVP_MAC* mac = nullptr;
    EVP_MAC_CTX* keyed = nullptr; // initialised with the key; duplicated for each message
};

Hmac::Hmac(const SecureBytes& key)
    : d(std::make_unique<Private>())
{
    d->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!d->mac)
        return;
    d->keyed = EVP_MAC_CTX_new(d->mac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (d->keyed && EVP_MAC_init(d->keyed, key.data(), key.size(), params) != 1) {
        EVP_MAC_CTX_free(d->keyed);
        d->keyed = nullptr;
    }
}

Hmac::~Hmac()
{
    EVP_MAC_CTX_free(d->keyed);
    EVP_MAC_free(d->mac);
}

QByteArray Hmac::mac(const char* data, int size) const
{
    if (!d->keyed)
        return QByteArray();
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(d->keyed);
    if (!ctx)
        return QByteArray();
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 0;
    const bool ok =
        EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data), static_cast<std::size_t>(size)) == 1 &&
        EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, 32) == 1 && len == 32;
    EVP_MAC_CTX_free(ctx);
    return ok ? out : QByteArray();
}

} // namespace crypto
} // namespace folja::store
