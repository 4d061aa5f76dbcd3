#pragma once

// The exchange package (INTERCHANGE §1, `folja-cli exchange export|import`; issue 13): the pure
// file format, without any database. docs/exchange-format.md describes it byte by byte.
//
//   header (56 bytes, authenticated as AAD)  ‖  AES-256-GCM(ciphertext)  ‖  GCM tag (16 bytes)
//
// The header holds only what is needed to open the file (magic, format version, KDF and its
// parameters, salt, nonce, lengths): no user name, no count, no date. The key is derived from the
// transfer passphrase with PBKDF2-HMAC-SHA512 under a fresh random salt per package. The plaintext
// is the payload (versioned JSON lines, see ExchangePayload) compressed with zlib (qCompress).
//
// Reading checks, in this order and before any expensive work where it can: the magic (a foreign
// file), the format version (a newer Följa), the KDF parameters (a weakened or absurd header), the
// lengths (a truncated or extended file); then derives the key and authenticates header and
// ciphertext together (a wrong passphrase, a flipped bit anywhere, a swapped header); then the
// decompressed size and the payload's structure. Every refusal is an Error with a translated
// message that says what is wrong and never echoes content.
//
// This lives in core/access because the cryptography is the store's (store/crypto.h), which only
// core/access may reach; it holds no rules about who may export or import (access/exchange.h).

#include "common/result.h"
#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace folja::access {

namespace exchange {

constexpr char kMagic[8] = {'F', 'O', 'L', 'J', 'A', 'X', 'C', 'H'};
constexpr quint16 kFormatVersion = 1;
constexpr quint8 kKdfPbkdf2Sha512 = 1;
constexpr int kHeaderSize = 56;
constexpr int kPayloadVersion = 1;

// PBKDF2-HMAC-SHA512 iterations: what a package is written with, and the least a reader accepts
// (a header asking for less is refused, so a forged header cannot make the key cheap to guess).
// Test builds (FOLJA_ALLOW_WEAK_KDF) accept kTestMinIterations, so that tests run fast.
constexpr quint32 kProductionIterations = 600000;
constexpr quint32 kTestMinIterations = 1000;
constexpr quint32 kMaxIterations = 4 * kProductionIterations; // bounds the work a header can ask for
// The largest payload a reader inflates (a header cannot make it allocate more).
constexpr qint64 kMaxPayloadBytes = qint64(1) << 30;

// The least iteration count this build accepts on reading.
quint32 minimumIterations();

} // namespace exchange

// One ärende as it travels. The person carries the Person-ID in clear *inside* the encrypted
// payload (the store's field encryption is undone on export and the whole payload is encrypted
// for transport); ids that are local to one database (ärende, person, insats, uppföljning ids,
// record keys) are not carried.
struct ExchangeRecord {
    QString stableId;  // 32 lower-case hex digits: the ärende's id in every database
    QString updatedAt; // ISO 8601 UTC of the last edit (arenden.updated_at)
    QString createdAt;
    domain::Person person; // personId normalised; id unset; ursprung/skyddad are the ärende's
    domain::Arende arende; // ids unset; owner = the exporting handläggare
};

struct ExchangePayload {
    QString handlaggare; // the exporting account
    QString createdAt;   // ISO 8601 UTC
    QDate since;         // null: all of the handläggare's ärenden
    QString packageId;   // 32 hex digits, random per package
    QList<ExchangeRecord> records;
};

class ExchangePackage
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::ExchangePackage)

public:
    // JSON lines: a header object, then one object per ärende (docs/exchange-format.md).
    static QByteArray encodePayload(const ExchangePayload& payload);
    // Strict: every field typed and bounded, unknown "format" or "version" refused, dates real.
    static Result<ExchangePayload> decodePayload(const QByteArray& jsonLines);

    // compress → encrypt under a key derived from `passphrase` with `iterations`.
    static Result<QByteArray> seal(const QByteArray& payload, const QString& passphrase,
                                   quint32 iterations = exchange::kProductionIterations);
    // The decompressed payload, or a refusal (see the top of this file).
    static Result<QByteArray> open(const QByteArray& file, const QString& passphrase);

    // SHA-256 over a canonical form of what an exchange carries of one ärende (its answers,
    // insatser, uppföljningar, comments and the person's Person-ID and entered values; not the
    // owner, not local ids, not timestamps): equal hashes mean the same content.
    static QByteArray contentHash(const domain::Person& person, const domain::Arende& arende);

    static QString newStableId(); // 32 random hex digits
};

} // namespace folja::access
