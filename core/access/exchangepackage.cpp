#include "access/exchangepackage.h"

#include "identity/personid.h"
#include "store/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtEndian>

#include <cstring>

namespace folja::access {

namespace crypto = store::crypto;
using store::SecureBytes;

namespace exchange {

quint32 minimumIterations()
{
#ifdef FOLJA_ALLOW_WEAK_KDF
    return kTestMinIterations;
#else
    return kProductionIterations;
#endif
}

} // namespace exchange

namespace {

// Header layout (big-endian), docs/exchange-format.md:
//   0  magic "FOLJAXCH"          8
//   8  format version (u16)      2
//  10  KDF (u8, 1 = PBKDF2-HMAC-SHA512)
//  11  reserved (u8, 0)
//  12  iterations (u32)          4
//  16  salt                     16
//  32  nonce                    12
//  44  ciphertext length (u64)   8   excluding the 16-byte tag
//  52  compression (u8, 1 = zlib as qCompress)
//  53  payload encoding (u8, 1 = JSON lines)
//  54  reserved (u16, 0)
constexpr int kOffVersion = 8;
constexpr int kOffKdf = 10;
constexpr int kOffIterations = 12;
constexpr int kOffSalt = 16;
constexpr int kOffNonce = 32;
constexpr int kOffLength = 44;
constexpr int kOffCompression = 52;
constexpr int kOffEncoding = 53;
constexpr quint8 kCompressionZlib = 1;
constexpr quint8 kEncodingJsonLines = 1;
static_assert(kOffNonce + crypto::kNonceSize == kOffLength);
static_assert(kOffSalt + crypto::kSaltSize == kOffNonce);
static_assert(kOffEncoding + 3 == exchange::kHeaderSize);

const auto kFormatName = QStringLiteral("folja-exchange");

template <typename T>
void put(QByteArray& out, int offset, T value)
{
    qToBigEndian(value, out.data() + offset);
}

template <typename T>
T get(const QByteArray& in, int offset)
{
    return qFromBigEndian<T>(in.constData() + offset);
}

Error refused(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error corrupt(const QString& what)
{
    return makeError(ErrorCode::Corrupt,
                     ExchangePackage::tr("The exchange package's content is invalid (%1).").arg(what));
}

// --- the payload --------------------------------------------------------------------------------

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject comments(const domain::Comments& value)
{
    QJsonObject out;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString idTypeCode(domain::PersonIdType type)
{
    switch (type) {
    case domain::PersonIdType::Personnummer:
        return QStringLiteral("personnummer");
    case domain::PersonIdType::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case domain::PersonIdType::Reservnummer:
        return QStringLiteral("reservnummer");
    }
    return {};
}

QJsonObject toJson(const domain::Uppfoljning& u)
{
    return QJsonObject{
        {QStringLiteral("datum"), date(u.datum)},
        {QStringLiteral("sip"), u.sip},
        {QStringLiteral("maluppfyllelse"), u.maluppfyllelse},
        {QStringLiteral("samverkan"), QJsonArray::fromStringList(u.samverkan)},
        {QStringLiteral("parallella_insatser"), u.parallellaInsatser},
        {QStringLiteral("genomforande"), u.genomforande},
        {QStringLiteral("b1a"), u.b1a},
        {QStringLiteral("b1b"), u.b1b},
        {QStringLiteral("b2"), u.b2},
        {QStringLiteral("b3"), u.b3},
        {QStringLiteral("b4"), u.b4},
        {QStringLiteral("b5"), u.b5},
        {QStringLiteral("comments"), comments(u.comments)},
    };
}

QJsonObject toJson(const domain::Insats& i)
{
    QJsonArray upp;
    for (const domain::Uppfoljning& u : i.uppfoljningar)
        upp.append(toJson(u));
    return QJsonObject{
        {QStringLiteral("ksi"), i.ksi},
        {QStringLiteral("catalog_version"), i.catalogVersion},
        {QStringLiteral("beslut_datum"), date(i.beslutDatum)},
        {QStringLiteral("verkstallande_datum"), date(i.verkstallandeDatum)},
        {QStringLiteral("avslut_datum"), date(i.avslutDatum)},
        {QStringLiteral("avslutsorsak"), QJsonArray::fromStringList(i.avslutsorsak)},
        {QStringLiteral("uppfoljningar"), upp},
        {QStringLiteral("comments"), comments(i.comments)},
    };
}

// What is compared and carried of an ärende, without the owner (added by the caller for transport).
QJsonObject toJson(const domain::Arende& a)
{
    QJsonArray insatser;
    for (const domain::Insats& i : a.insatser)
        insatser.append(toJson(i));
    return QJsonObject{
        {QStringLiteral("external_id"), a.externalId.isEmpty() ? QJsonValue() : QJsonValue(a.externalId)},
        {QStringLiteral("malgrupp"), a.malgrupp},
        {QStringLiteral("enhet"), a.enhet},
        {QStringLiteral("aktualisering_datum"), date(a.aktualiseringDatum)},
        {QStringLiteral("aktualiseringstyp"), a.aktualiseringstyp},
        {QStringLiteral("aktualiseringsorsak"), QJsonArray::fromStringList(a.aktualiseringsorsak)},
        {QStringLiteral("tidigare_kontakt"), a.tidigareKontakt},
        {QStringLiteral("hushallstyp"), a.hushallstyp},
        {QStringLiteral("problematik"), QJsonArray::fromStringList(a.problematik)},
        {QStringLiteral("beslut_datum"), date(a.beslutDatum)},
        {QStringLiteral("ursprung"), a.ursprung},
        {QStringLiteral("skyddad"), a.skyddad},
        {QStringLiteral("insatser"), insatser},
        {QStringLiteral("comments"), comments(a.comments)},
    };
}

QJsonObject toJson(const domain::Person& p)
{
    return QJsonObject{
        {QStringLiteral("person_id"), p.personId},
        {QStringLiteral("id_type"), idTypeCode(p.idType)},
        {QStringLiteral("kon"), p.kon},
        {QStringLiteral("birth_date"), date(p.birthDate)},
        {QStringLiteral("kon_entered"), p.konEntered},
        {QStringLiteral("alder_entered"), p.alderEntered >= 0 ? QJsonValue(p.alderEntered) : QJsonValue()},
        {QStringLiteral("alder_entered_on"), date(p.alderEnteredOn)},
    };
}

// Strict reading: every member must be present with the right type; `where` names it in errors.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {}
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void fail(const QString& member)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1, %2").arg(m_where, member);
    }

    QString text(const QJsonObject& o, const QString& key, int maxLength = 200)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().size() > maxLength) {
            fail(key);
            return {};
        }
        return v.toString();
    }
    QString optionalText(const QJsonObject& o, const QString& key, int maxLength = 200)
    {
        if (o.value(key).isNull())
            return {};
        return text(o, key, maxLength);
    }
    bool flag(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    QDate date(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull())
            return {};
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid() || v.toString().size() != 10)
            fail(key);
        return d;
    }
    QStringList list(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (!v.isArray() || v.toArray().size() > 100) {
            fail(key);
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 200) {
                fail(key);
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }
    QJsonArray array(const QJsonObject& o, const QString& key, int maxSize)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().size() > maxSize) {
            fail(key);
            return {};
        }
        return v.toArray();
    }
    QJsonObject object(const QJsonValue& v, const QString& what)
    {
        if (!v.isObject()) {
            fail(what);
            return {};
        }
        return v.toObject();
    }
    domain::Comments comments(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        domain::Comments out;
        if (!v.isObject() || v.toObject().size() > 100) {
            fail(key);
            return out;
        }
        const QJsonObject c = v.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key().isEmpty() || it.key().size() > 100 || !it.value().isString() ||
                it.value().toString().size() > 10000) {
                fail(key);
                return {};
            }
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

private:
    QString m_where;
    QString m_error;
};

domain::Uppfoljning uppfoljningFrom(const QJsonObject& o, Reader& r)
{
    domain::Uppfoljning u;
    u.datum = r.date(o, QStringLiteral("datum"));
    u.sip = r.text(o, QStringLiteral("sip"));
    u.maluppfyllelse = r.text(o, QStringLiteral("maluppfyllelse"));
    u.samverkan = r.list(o, QStringLiteral("samverkan"));
    u.parallellaInsatser = r.text(o, QStringLiteral("parallella_insatser"));
    u.genomforande = r.text(o, QStringLiteral("genomforande"));
    u.b1a = r.text(o, QStringLiteral("b1a"));
    u.b1b = r.text(o, QStringLiteral("b1b"));
    u.b2 = r.text(o, QStringLiteral("b2"));
    u.b3 = r.text(o, QStringLiteral("b3"));
    u.b4 = r.text(o, QStringLiteral("b4"));
    u.b5 = r.text(o, QStringLiteral("b5"));
    u.comments = r.comments(o, QStringLiteral("comments"));
    return u;
}

domain::Insats insatsFrom(const QJsonObject& o, Reader& r)
{
    domain::Insats i;
    i.ksi = r.text(o, QStringLiteral("ksi"));
    i.catalogVersion = r.text(o, QStringLiteral("catalog_version"));
    i.beslutDatum = r.date(o, QStringLiteral("beslut_datum"));
    i.verkstallandeDatum = r.date(o, QStringLiteral("verkstallande_datum"));
    i.avslutDatum = r.date(o, QStringLiteral("avslut_datum"));
    i.avslutsorsak = r.list(o, QStringLiteral("avslutsorsak"));
    for (const QJsonValue& v : r.array(o, QStringLiteral("uppfoljningar"), 1000))
        i.uppfoljningar.append(uppfoljningFrom(r.object(v, QStringLiteral("uppfoljningar")), r));
    i.comments = r.comments(o, QStringLiteral("comments"));
    return i;
}

domain::Arende arendeFrom(const QJsonObject& o, Reader& r)
{
    domain::Arende a;
    a.externalId = r.optionalText(o, QStringLiteral("external_id"));
    a.malgrupp = r.text(o, QStringLiteral("malgrupp"));
    a.enhet = r.text(o, QStringLiteral("enhet"));
    a.aktualiseringDatum = r.date(o, QStringLiteral("aktualisering_datum"));
    a.aktualiseringstyp = r.text(o, QStringLiteral("aktualiseringstyp"));
    a.aktualiseringsorsak = r.list(o, QStringLiteral("aktualiseringsorsak"));
    a.tidigareKontakt = r.text(o, QStringLiteral("tidigare_kontakt"));
    a.hushallstyp = r.text(o, QStringLiteral("hushallstyp"));
    a.problematik = r.list(o, QStringLiteral("problematik"));
    a.beslutDatum = r.date(o, QStringLiteral("beslut_datum"));
    a.ursprung = r.text(o, QStringLiteral("ursprung"));
    a.skyddad = r.flag(o, QStringLiteral("skyddad"));
    for (const QJsonValue& v : r.array(o, QStringLiteral("insatser"), 1000))
        a.insatser.append(insatsFrom(r.object(v, QStringLiteral("insatser")), r));
    a.comments = r.comments(o, QStringLiteral("comments"));
    return a;
}

domain::Person personFrom(const QJsonObject& o, Reader& r)
{
    domain::Person p;
    p.personId = r.text(o, QStringLiteral("person_id"), 32);
    static const QRegularExpression kIdChars(QStringLiteral("^[0-9A-Z]{1,32}$"));
    if (!kIdChars.match(p.personId).hasMatch())
        r.fail(QStringLiteral("person_id"));
    const QString type = r.text(o, QStringLiteral("id_type"));
    if (type == u"personnummer")
        p.idType = domain::PersonIdType::Personnummer;
    else if (type == u"samordningsnummer")
        p.idType = domain::PersonIdType::Samordningsnummer;
    else if (type == u"reservnummer")
        p.idType = domain::PersonIdType::Reservnummer;
    else
        r.fail(QStringLiteral("id_type"));
    p.kon = r.text(o, QStringLiteral("kon"));
    p.birthDate = r.date(o, QStringLiteral("birth_date"));
    p.konEntered = r.flag(o, QStringLiteral("kon_entered"));
    const QJsonValue alder = o.value(QStringLiteral("alder_entered"));
    if (alder.isNull()) {
        p.alderEntered = -1;
    } else if (alder.isDouble() && alder.toDouble() >= 0 && alder.toDouble() <= domain::kMaxEnteredAge &&
               alder.toDouble() == double(alder.toInt())) {
        p.alderEntered = alder.toInt();
    } else {
        r.fail(QStringLiteral("alder_entered"));
    }
    p.alderEnteredOn = r.date(o, QStringLiteral("alder_entered_on"));
    // A personnummer or samordningsnummer must be one, and what it gives is derived again here,
    // never taken from the package.
    if (r.ok() && p.idType != domain::PersonIdType::Reservnummer) {
        identity::ParseOptions options;
        options.reservnummer = std::nullopt;
        options.referenceDate = QDate::currentDate().addDays(2); // the sender's clock may be ahead
        auto parsed = identity::PersonId::parse(p.personId, options);
        if (!parsed || parsed->normalized() != p.personId || parsed->type() != p.idType) {
            r.fail(QStringLiteral("person_id"));
        } else {
            const QString enteredKon = p.konEntered ? p.kon : QString();
            domain::applyPersonId(p, *parsed);
            if (p.konEntered)
                p.kon = enteredKon;
        }
    }
    return p;
}

bool isHexId(const QString& text)
{
    static const QRegularExpression kHex(QStringLiteral("^[0-9a-f]{32}$"));
    return kHex.match(text).hasMatch();
}

bool isTimestamp(const QString& text)
{
    return text.size() <= 40 && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace

QByteArray ExchangePackage::encodePayload(const ExchangePayload& payload)
{
    QByteArray out;
    const QJsonObject head{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), exchange::kPayloadVersion},
        {QStringLiteral("package_id"), payload.packageId},
        {QStringLiteral("handlaggare"), payload.handlaggare},
        {QStringLiteral("created_at"), payload.createdAt},
        {QStringLiteral("since"), date(payload.since)},
        {QStringLiteral("arenden"), payload.records.size()},
    };
    out += QJsonDocument(head).toJson(QJsonDocument::Compact);
    out += '\n';
    for (const ExchangeRecord& rec : payload.records) {
        const QJsonObject line{
            {QStringLiteral("stable_id"), rec.stableId},    {QStringLiteral("updated_at"), rec.updatedAt},
            {QStringLiteral("created_at"), rec.createdAt},  {QStringLiteral("owner"), rec.arende.owner},
            {QStringLiteral("person"), toJson(rec.person)}, {QStringLiteral("arende"), toJson(rec.arende)},
        };
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

Result<ExchangePayload> ExchangePackage::decodePayload(const QByteArray& jsonLines)
{
    ExchangePayload payload;
    qsizetype pos = 0;
    int lineNo = 0;
    qint64 expected = -1;
    QSet<QString> seen;
    while (pos < jsonLines.size()) {
        qsizetype end = jsonLines.indexOf('\n', pos);
        if (end < 0)
            return corrupt(tr("line %1 does not end").arg(lineNo + 1));
        const QByteArray line = jsonLines.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return corrupt(tr("line %1 is not a JSON object").arg(lineNo));
        const QJsonObject o = doc.object();
        Reader r(tr("line %1").arg(lineNo));
        if (lineNo == 1) {
            if (o.value(QStringLiteral("format")).toString() != kFormatName)
                return corrupt(tr("not an exchange payload"));
            if (o.value(QStringLiteral("version")).toInt(-1) != exchange::kPayloadVersion) {
                return makeError(ErrorCode::Conflict,
                                 tr("The exchange package was made by a newer version of Följa (payload version "
                                    "%1); update Följa to import it.")
                                     .arg(o.value(QStringLiteral("version")).toVariant().toString()));
            }
            payload.packageId = r.text(o, QStringLiteral("package_id"), 32);
            payload.handlaggare = r.text(o, QStringLiteral("handlaggare"), 64);
            payload.createdAt = r.text(o, QStringLiteral("created_at"), 40);
            payload.since = r.date(o, QStringLiteral("since"));
            const QJsonValue count = o.value(QStringLiteral("arenden"));
            if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() > 10000000 ||
                count.toDouble() != double(count.toInteger()))
                r.fail(QStringLiteral("arenden"));
            expected = count.toInteger();
            if (r.ok() &&
                (!isHexId(payload.packageId) || payload.handlaggare.isEmpty() || !isTimestamp(payload.createdAt)))
                r.fail(QStringLiteral("header"));
            if (!r.ok())
                return corrupt(r.error());
            continue;
        }
        ExchangeRecord rec;
        rec.stableId = r.text(o, QStringLiteral("stable_id"), 32);
        rec.updatedAt = r.text(o, QStringLiteral("updated_at"), 40);
        rec.createdAt = r.text(o, QStringLiteral("created_at"), 40);
        rec.arende = arendeFrom(r.object(o.value(QStringLiteral("arende")), QStringLiteral("arende")), r);
        rec.arende.owner = r.text(o, QStringLiteral("owner"), 64);
        rec.person = personFrom(r.object(o.value(QStringLiteral("person")), QStringLiteral("person")), r);
        if (r.ok() && !isHexId(rec.stableId))
            r.fail(QStringLiteral("stable_id"));
        if (r.ok() && (!isTimestamp(rec.updatedAt) || !isTimestamp(rec.createdAt)))
            r.fail(QStringLiteral("updated_at"));
        if (r.ok() && rec.arende.owner.compare(payload.handlaggare, Qt::CaseInsensitive) != 0)
            r.fail(QStringLiteral("owner"));
        if (!r.ok())
            return corrupt(r.error());
        if (seen.contains(rec.stableId))
            return corrupt(tr("line %1, stable_id appears twice").arg(lineNo));
        seen.insert(rec.stableId);
        payload.records.append(std::move(rec));
    }
    if (lineNo == 0)
        return corrupt(tr("empty"));
    if (expected != payload.records.size())
        return corrupt(tr("%1 ärenden announced, %2 found").arg(expected).arg(payload.records.size()));
    return payload;
}

Result<QByteArray> ExchangePackage::seal(const QByteArray& payload, const QString& passphrase, quint32 iterations)
{
    if (passphrase.isEmpty())
        return refused(tr("The transfer passphrase is empty."));
    if (iterations < exchange::minimumIterations() || iterations > exchange::kMaxIterations)
        return makeError(ErrorCode::Internal, QStringLiteral("exchange package: iteration count out of range"));
    auto salt = crypto::randomBytes(crypto::kSaltSize);
    auto nonce = crypto::randomBytes(crypto::kNonceSize);
    if (!salt)
        return salt.error();
    if (!nonce)
        return nonce.error();
    QByteArray compressed = qCompress(payload, 6);
    QByteArray header(exchange::kHeaderSize, '\0');
    std::memcpy(header.data(), exchange::kMagic, sizeof exchange::kMagic);
    put<quint16>(header, kOffVersion, exchange::kFormatVersion);
    header[kOffKdf] = char(exchange::kKdfPbkdf2Sha512);
    put<quint32>(header, kOffIterations, iterations);
    std::memcpy(header.data() + kOffSalt, salt->constData(), crypto::kSaltSize);
    std::memcpy(header.data() + kOffNonce, nonce->constData(), crypto::kNonceSize);
    put<quint64>(header, kOffLength, quint64(compressed.size()));
    header[kOffCompression] = char(kCompressionZlib);
    header[kOffEncoding] = char(kEncodingJsonLines);

    auto key = crypto::pbkdf2Sha512(SecureBytes::fromUtf8(passphrase), *salt, int(iterations), crypto::kKeySize);
    if (!key)
        return key.error();
    auto sealed = crypto::aesGcmEncrypt(*key, *nonce, compressed.constData(), int(compressed.size()), header);
    store::wipe(compressed);
    if (!sealed)
        return sealed.error();
    return QByteArray(header + *sealed);
}

Result<QByteArray> ExchangePackage::open(const QByteArray& file, const QString& passphrase)
{
    if (file.size() < qsizetype(sizeof exchange::kMagic) ||
        std::memcmp(file.constData(), exchange::kMagic, sizeof exchange::kMagic) != 0)
        return refused(tr("The file is not a Följa exchange package."));
    if (file.size() < exchange::kHeaderSize + crypto::kTagSize)
        return refused(tr("The exchange package is incomplete (the file is truncated)."));
    const QByteArray header = file.left(exchange::kHeaderSize);
    const quint16 version = get<quint16>(header, kOffVersion);
    if (version != exchange::kFormatVersion) {
        if (version > exchange::kFormatVersion)
            return makeError(ErrorCode::Conflict, tr("The exchange package was made by a newer version of Följa "
                                                     "(format %1); update Följa to import it.")
                                                      .arg(version));
        return refused(tr("The exchange package has an unknown format version (%1).").arg(version));
    }
    const quint32 iterations = get<quint32>(header, kOffIterations);
    if (quint8(header[kOffKdf]) != exchange::kKdfPbkdf2Sha512 || header[11] != 0 ||
        iterations < exchange::minimumIterations() || iterations > exchange::kMaxIterations ||
        quint8(header[kOffCompression]) != kCompressionZlib || quint8(header[kOffEncoding]) != kEncodingJsonLines ||
        header[54] != 0 || header[55] != 0)
        return refused(tr("The exchange package's header is damaged or has been altered."));
    const quint64 length = get<quint64>(header, kOffLength);
    const quint64 rest = quint64(file.size() - exchange::kHeaderSize - crypto::kTagSize);
    if (length > rest)
        return refused(tr("The exchange package is incomplete (the file is truncated)."));
    if (length < rest)
        return refused(tr("The exchange package has unexpected bytes after its end; it has been altered."));
    if (passphrase.isEmpty())
        return refused(tr("The transfer passphrase is empty."));

    auto key = crypto::pbkdf2Sha512(SecureBytes::fromUtf8(passphrase), header.mid(kOffSalt, crypto::kSaltSize),
                                    int(iterations), crypto::kKeySize);
    if (!key)
        return key.error();
    SecureBytes compressed;
    if (!crypto::aesGcmDecrypt(*key, header.mid(kOffNonce, crypto::kNonceSize), file.mid(exchange::kHeaderSize), header,
                               &compressed)) {
        return makeError(ErrorCode::WrongPassword,
                         tr("The exchange package cannot be opened: the transfer passphrase is wrong, or the package "
                            "is damaged or has been altered."));
    }
    // qCompress's first four bytes are the inflated size: checked before inflating, so that a
    // package cannot make the reader allocate without bound (it is authenticated, but the
    // passphrase is shared).
    if (compressed.size() < 4)
        return corrupt(tr("too short"));
    const quint32 inflated = qFromBigEndian<quint32>(compressed.constChar());
    if (qint64(inflated) > exchange::kMaxPayloadBytes)
        return corrupt(tr("too large"));
    QByteArray plain = qUncompress(compressed.data(), qsizetype(compressed.size()));
    if (plain.isEmpty() || plain.size() != qsizetype(inflated))
        return corrupt(tr("cannot be decompressed"));
    return plain;
}

QByteArray ExchangePackage::contentHash(const domain::Person& person, const domain::Arende& arende)
{
    domain::Arende copy = arende;
    copy.owner.clear();
    const QJsonObject o{{QStringLiteral("person"), toJson(person)}, {QStringLiteral("arende"), toJson(copy)}};
    return crypto::sha256(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ExchangePackage::newStableId()
{
    auto bytes = crypto::randomBytes(16);
    return bytes ? QString::fromLatin1(bytes->toHex()) : QString();
}

} // namespace folja::access
