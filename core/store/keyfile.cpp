#include "store/keyfile.h"

#include "common/ownerfile.h"
#include "common/platform.h"
#include "store/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#include <cmath>
#include <optional>

namespace folja::store {

namespace {

constexpr auto kFormat = "folja-keys";
constexpr int kVersion = 1;
constexpr auto kPbkdf2Name = "pbkdf2-sha512";
constexpr auto kArgon2idName = "argon2id";
constexpr int kArgonSlotVersion = 2; // version 1: the PBKDF2 slots, which carry no "v"
// A key file larger than this is not ours (guards the JSON parser against huge files).
constexpr qint64 kMaxKeyFileSize = 1024 * 1024;
// Work read from a file is bounded above so that a crafted key file cannot hang the app (or ask
// for more memory than a laptop has); the lower bounds are KdfFloor's.
constexpr int kMaxIterations = 50'000'000;
constexpr quint32 kMaxArgonTime = 64;
constexpr quint32 kMaxArgonMemoryKiB = 2 * 1024 * 1024; // 2 GiB
constexpr quint32 kMaxArgonLanes = 16;

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool fromB64(const QJsonValue& value, int expectedSize, QByteArray* out)
{
    if (!value.isString())
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return false;
    *out = decoded.decoded;
    return true;
}

QJsonObject slotToJson(const KeySlot& slot, bool withId)
{
    QJsonObject o;
    if (withId)
        o.insert(QLatin1String("id"), b64(slot.id));
    if (slot.kdf.algorithm == KdfAlgorithm::Argon2id) {
        o.insert(QLatin1String("v"), kArgonSlotVersion);
        o.insert(QLatin1String("kdf"), QLatin1String(kArgon2idName));
        o.insert(QLatin1String("t"), static_cast<qint64>(slot.kdf.timeCost));
        o.insert(QLatin1String("m"), static_cast<qint64>(slot.kdf.memoryKiB));
        o.insert(QLatin1String("p"), static_cast<qint64>(slot.kdf.lanes));
    } else {
        o.insert(QLatin1String("kdf"), QLatin1String(kPbkdf2Name));
        o.insert(QLatin1String("iterations"), slot.kdf.iterations);
    }
    o.insert(QLatin1String("salt"), b64(slot.salt));
    o.insert(QLatin1String("nonce"), b64(slot.nonce));
    o.insert(QLatin1String("wrappedKey"), b64(slot.wrappedKey));
    return o;
}

bool slotFromJson(const QJsonObject& o, bool withId, const KdfFloor& floor, KeySlot* slot)
{
    if (withId && !fromB64(o.value(QLatin1String("id")), 32, &slot->id))
        return false;
    const QString kdf = o.value(QLatin1String("kdf")).toString();
    // A whole number in [min, max] or nothing.
    auto number = [&o](const char* key, double min, double max) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max || v.toDouble() != std::floor(v.toDouble()))
            return std::nullopt;
        return static_cast<qint64>(v.toDouble());
    };
    if (kdf == QLatin1String(kPbkdf2Name)) {
        const auto iterations = number("iterations", 1, kMaxIterations);
        if (!iterations)
            return false;
        slot->kdf = KdfParams::pbkdf2(static_cast<int>(*iterations));
    } else if (kdf == QLatin1String(kArgon2idName)) {
        const auto version = number("v", kArgonSlotVersion, kArgonSlotVersion);
        const auto t = number("t", 1, kMaxArgonTime);
        const auto p = number("p", 1, kMaxArgonLanes);
        const auto m = number("m", 8, kMaxArgonMemoryKiB);
        if (!version || !t || !m || !p || *m < 8 * *p)
            return false;
        slot->kdf.algorithm = KdfAlgorithm::Argon2id;
        slot->kdf.timeCost = static_cast<quint32>(*t);
        slot->kdf.memoryKiB = static_cast<quint32>(*m);
        slot->kdf.lanes = static_cast<quint32>(*p);
    } else {
        return false;
    }
    if (!floor.admits(slot->kdf))
        return false;
    return fromB64(o.value(QLatin1String("salt")), crypto::kSaltSize, &slot->salt) &&
           fromB64(o.value(QLatin1String("nonce")), crypto::kNonceSize, &slot->nonce) &&
           fromB64(o.value(QLatin1String("wrappedKey")), crypto::kKeySize + crypto::kTagSize, &slot->wrappedKey);
}

} // namespace

KdfParams KdfParams::fastForTests()
{
    KdfParams p;
    p.timeCost = 1;
    p.memoryKiB = 64;
    return p;
}

KdfParams KdfParams::pbkdf2(int iterations)
{
    KdfParams p;
    p.algorithm = KdfAlgorithm::Pbkdf2Sha512;
    p.iterations = iterations;
    return p;
}

KdfFloor KdfFloor::build()
{
#ifdef FOLJA_ALLOW_WEAK_KDF
    // Test builds: their tests make slots with fastForTests() and FOLJA_KDF_ITERATIONS=1000.
    return KdfFloor{1000, 8, 1};
#else
    return production();
#endif
}

bool KdfFloor::admits(const KdfParams& params) const
{
    if (params.algorithm == KdfAlgorithm::Pbkdf2Sha512)
        return params.iterations >= pbkdf2Iterations;
    return params.memoryKiB >= argonMemoryKiB && params.timeCost >= argonTime;
}

namespace {

Result<SecureBytes> deriveKek(const KdfParams& kdf, const SecureBytes& secret, const QByteArray& salt)
{
    if (kdf.algorithm == KdfAlgorithm::Argon2id)
        return crypto::argon2id(secret, salt, kdf.timeCost, kdf.memoryKiB, kdf.lanes, crypto::kKeySize);
    return crypto::pbkdf2Sha512(secret, salt, kdf.iterations, crypto::kKeySize);
}

bool validParams(const KdfParams& kdf)
{
    if (kdf.algorithm == KdfAlgorithm::Pbkdf2Sha512)
        return kdf.iterations >= 1 && kdf.iterations <= kMaxIterations;
    return kdf.timeCost >= 1 && kdf.timeCost <= kMaxArgonTime && kdf.lanes >= 1 && kdf.lanes <= kMaxArgonLanes &&
           kdf.memoryKiB >= 8 * kdf.lanes && kdf.memoryKiB <= kMaxArgonMemoryKiB;
}

} // namespace

QString KeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".keys");
}

Result<KeyFile> KeyFile::createNew()
{
    auto salt = crypto::randomBytes(crypto::kSaltSize);
    if (!salt)
        return salt.error();
    KeyFile file;
    file.m_fileSalt = *salt;
    return file;
}

Result<KeyFile> KeyFile::load(const QString& path, const KdfFloor& floor)
{
    QFile file(path);
    if (!file.exists())
        return messages::keyFileMissing();
    if (!file.open(QIODevice::ReadOnly))
        return messages::io();
    if (file.size() > kMaxKeyFileSize)
        return messages::notADatabase();
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return messages::notADatabase();
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return messages::notADatabase();
    // From here on the file says it is ours: anything broken is damage, not a foreign file.
    if (root.value(QLatin1String("version")).toInt(-1) != kVersion)
        return messages::keyFileDamaged();
    KeyFile result;
    if (!fromB64(root.value(QLatin1String("fileSalt")), crypto::kSaltSize, &result.m_fileSalt) ||
        !fromB64(root.value(QLatin1String("databaseSalt")), 16, &result.m_databaseSalt))
        return messages::keyFileDamaged();
    const QJsonValue slotList = root.value(QLatin1String("slots"));
    if (!slotList.isArray())
        return messages::keyFileDamaged();
    for (const QJsonValue& value : slotList.toArray()) {
        KeySlot slot;
        if (!value.isObject() || !slotFromJson(value.toObject(), true, floor, &slot))
            return messages::keyFileDamaged();
        result.m_slots.append(slot);
    }
    const QJsonValue recovery = root.value(QLatin1String("recovery"));
    if (!recovery.isUndefined() && !recovery.isNull()) {
        KeySlot slot;
        if (!recovery.isObject() || !slotFromJson(recovery.toObject(), false, floor, &slot))
            return messages::keyFileDamaged();
        result.m_recovery = slot;
    }
    if (result.m_slots.isEmpty() && !result.m_recovery)
        return messages::keyFileDamaged();
    return result;
}

Result<void> KeyFile::save(const QString& path) const
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(kFormat));
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("fileSalt"), b64(m_fileSalt));
    root.insert(QLatin1String("databaseSalt"), b64(m_databaseSalt));
    QJsonArray slotList;
    for (const KeySlot& slot : m_slots)
        slotList.append(slotToJson(slot, true));
    root.insert(QLatin1String("slots"), slotList);
    if (m_recovery)
        root.insert(QLatin1String("recovery"), slotToJson(*m_recovery, false));

    const QString dir = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (!QFileInfo(dir).isWritable())
            return messages::readOnly();
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    }
    // QSaveFile gives a new file the umask's mode (0644); the key slots are nobody else's business.
    if (!restrictToOwner(file)) {
        file.cancelWriting();
        return messages::io();
    }
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    }
    // QSaveFile::commit() flushes and fsyncs the temporary file before renaming it over the old one,
    // so the old key file stays intact until the new one is complete.
    if (!file.commit())
        return isDiskFull(dir) ? messages::diskFull() : messages::io();
    // The new file is in place, but without the directory fsync the rename may not survive a power
    // loss: report it, so that the caller does not take the change as saved.
    if (!syncDirectory(dir))
        return messages::io();
    return {};
}

QByteArray KeyFile::slotIdFor(const QString& user) const
{
    return crypto::hmacSha256(m_fileSalt, user.trimmed().toLower().toUtf8());
}

QByteArray KeyFile::slotAad(const QByteArray& id) const
{
    // Binding the wrapped key to this file and this slot stops a slot from being moved to another
    // user or another key file and still unwrapping.
    return QByteArrayLiteral("folja-keyslot-v1") + m_fileSalt + id;
}

QByteArray KeyFile::recoveryAad() const
{
    return QByteArrayLiteral("folja-recovery-v1") + m_fileSalt;
}

KdfParams KeyFile::dummyKdf() const
{
    return m_slots.isEmpty() ? KdfParams() : m_slots.first().kdf;
}

Result<KeySlot> KeyFile::wrap(const QByteArray& id, const SecureBytes& secret, const SecureBytes& databaseKey,
                              const KdfParams& kdf, const QByteArray& aad) const
{
    if (!validParams(kdf) || databaseKey.size() != crypto::kKeySize)
        return messages::invalidArgument();
    KeySlot slot;
    slot.id = id;
    slot.kdf = kdf;
    auto salt = crypto::randomBytes(crypto::kSaltSize);
    auto nonce = crypto::randomBytes(crypto::kNonceSize);
    if (!salt || !nonce)
        return messages::internal();
    slot.salt = *salt;
    slot.nonce = *nonce;
    auto kek = deriveKek(slot.kdf, secret, slot.salt);
    if (!kek)
        return kek.error();
    auto wrapped = crypto::aesGcmEncrypt(*kek, slot.nonce, databaseKey.constChar(), databaseKey.isize(), aad);
    if (!wrapped)
        return wrapped.error();
    slot.wrappedKey = *wrapped;
    return slot;
}

bool KeyFile::unwrap(const KeySlot& slot, const SecureBytes& secret, const QByteArray& aad, SecureBytes* key) const
{
    auto kek = deriveKek(slot.kdf, secret, slot.salt);
    if (!kek)
        return false;
    SecureBytes plain;
    if (!crypto::aesGcmDecrypt(*kek, slot.nonce, slot.wrappedKey, aad, &plain) || plain.size() != crypto::kKeySize)
        return false;
    *key = std::move(plain);
    return true;
}

Result<SecureBytes> KeyFile::unlock(const QString& user, const QString& password) const
{
    const QByteArray id = slotIdFor(user);
    const SecureBytes secret = SecureBytes::fromUtf8(password);
    for (const KeySlot& slot : m_slots) {
        if (crypto::equalConstantTime(slot.id, id)) {
            SecureBytes key;
            if (unwrap(slot, secret, slotAad(id), &key))
                return key;
            return messages::wrongPassword();
        }
    }
    // Unknown user: spend the same KDF work as a real attempt before answering, so that the
    // answer time does not tell which user names exist.
    KeySlot dummy;
    dummy.salt = QByteArray(crypto::kSaltSize, '\0');
    dummy.nonce = QByteArray(crypto::kNonceSize, '\0');
    dummy.wrappedKey = QByteArray(crypto::kKeySize + crypto::kTagSize, '\0');
    dummy.kdf = dummyKdf();
    SecureBytes ignored;
    (void)unwrap(dummy, secret, slotAad(id), &ignored);
    return messages::wrongPassword();
}

Result<SecureBytes> KeyFile::unlockWithRecoveryCode(const QString& code) const
{
    const QString normalised = normaliseRecoveryCode(code);
    if (!m_recovery || normalised.isEmpty())
        return messages::wrongRecoveryCode();
    SecureBytes key;
    if (!unwrap(*m_recovery, SecureBytes::fromUtf8(normalised), recoveryAad(), &key))
        return messages::wrongRecoveryCode();
    return key;
}

bool KeyFile::hasSlot(const QString& user) const
{
    const QByteArray id = slotIdFor(user);
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [&id](const KeySlot& s) { return s.id == id; });
}

Result<void> KeyFile::addSlot(const QString& user, const QString& password, const SecureBytes& databaseKey,
                              const KdfParams& kdf)
{
    if (user.trimmed().isEmpty() || password.isEmpty())
        return messages::invalidArgument();
    if (hasSlot(user))
        return messages::keySlotExists();
    const QByteArray id = slotIdFor(user);
    auto slot = wrap(id, SecureBytes::fromUtf8(password), databaseKey, kdf, slotAad(id));
    if (!slot)
        return slot.error();
    m_slots.append(*slot);
    return {};
}

Result<void> KeyFile::replaceSlot(const QString& user, const QString& password, const SecureBytes& databaseKey,
                                  const KdfParams& kdf)
{
    if (password.isEmpty())
        return messages::invalidArgument();
    const QByteArray id = slotIdFor(user);
    for (KeySlot& existing : m_slots) {
        if (existing.id == id) {
            auto slot = wrap(id, SecureBytes::fromUtf8(password), databaseKey, kdf, slotAad(id));
            if (!slot)
                return slot.error();
            existing = *slot;
            return {};
        }
    }
    return messages::keySlotNotFound();
}

Result<KdfParams> KeyFile::slotKdf(const QString& user) const
{
    const QByteArray id = slotIdFor(user);
    for (const KeySlot& slot : m_slots) {
        if (slot.id == id)
            return slot.kdf;
    }
    return messages::keySlotNotFound();
}

Result<void> KeyFile::removeSlot(const QString& user)
{
    const QByteArray id = slotIdFor(user);
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&id](const KeySlot& s) { return s.id == id; });
    if (it == m_slots.end())
        return messages::keySlotNotFound();
    // Without a user slot only the recovery code could open the database; keep at least one.
    if (m_slots.size() == 1)
        return messages::lastKeySlot();
    m_slots.erase(it);
    return {};
}

int KeyFile::retainSlotsOf(const QStringList& users)
{
    QSet<QByteArray> keep;
    for (const QString& user : users)
        keep.insert(slotIdFor(user));
    int removed = 0;
    for (qsizetype i = m_slots.size() - 1; i >= 0 && m_slots.size() > 1; --i) {
        if (!keep.contains(m_slots.at(i).id)) {
            m_slots.removeAt(i);
            ++removed;
        }
    }
    return removed;
}

Result<QString> KeyFile::setRecovery(const SecureBytes& databaseKey, const KdfParams& kdf)
{
    auto random = crypto::randomBytes(20);
    if (!random)
        return random.error();
    const QString code = generateRecoveryCode(*random);
    wipe(*random);
    auto slot = wrap(QByteArray(), SecureBytes::fromUtf8(normaliseRecoveryCode(code)), databaseKey, kdf, recoveryAad());
    if (!slot)
        return slot.error();
    m_recovery = *slot;
    return code;
}

QString KeyFile::generateRecoveryCode(const QByteArray& random20)
{
    // 20 bytes = 160 bits = 32 base32 digits, read 5 bits at a time.
    QString code;
    code.reserve(39);
    quint32 buffer = 0;
    int bits = 0;
    int digits = 0;
    for (const char byte : random20) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (digits > 0 && digits % 4 == 0)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kCrockford[(buffer >> bits) & 0x1f]));
            ++digits;
        }
    }
    return code;
}

QString KeyFile::normaliseRecoveryCode(const QString& code)
{
    QString out;
    out.reserve(32);
    for (QChar c : code) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kCrockford, static_cast<char>(c.unicode())) || c.unicode() == 0)
            return QString();
        out.append(c);
    }
    return out.size() == 32 ? out : QString();
}

bool isDiskFull(const QString& directoryPath)
{
    const QStorageInfo storage(directoryPath);
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

bool syncDirectory(const QString& directoryPath)
{
    return platform::syncDirectory(directoryPath);
}

} // namespace folja::store
