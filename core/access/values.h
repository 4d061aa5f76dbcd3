#pragma once

// The plain values the access layer hands to its callers (ui/, app/, io/). They belong to access,
// not to the store: nothing outside core/access sees a store type, so the store can only be
// reached through access (a linkage test guards it).

#include "domain/records.h"

#include <QDate>
#include <QString>

namespace folja::access {

// Key-slot strength for slots created or changed: Argon2id, 128 MiB, 3 passes, 1 lane (the store's
// production parameters, store/keyfile.h). PBKDF2-HMAC-SHA512 remains for older slots, which a
// sign-in with upgradeKeySlot re-wraps, and for tests that ask for it.
constexpr int kProductionKdfIterations = 300000;

struct KdfParams {
    enum class Algorithm { Pbkdf2Sha512, Argon2id };
    Algorithm algorithm = Algorithm::Argon2id;
    int iterations = kProductionKdfIterations; // Pbkdf2Sha512
    quint32 timeCost = 3;                      // Argon2id passes
    quint32 memoryKiB = 128 * 1024;            // Argon2id memory
    quint32 lanes = 1;                         // Argon2id parallelism
    // Tests only: fast, and still the same code path (Argon2id over 64 KiB). A release build
    // refuses to open such a slot.
    static KdfParams fastForTests()
    {
        KdfParams p;
        p.timeCost = 1;
        p.memoryKiB = 64;
        return p;
    }
    static KdfParams pbkdf2(int iterations)
    {
        KdfParams p;
        p.algorithm = Algorithm::Pbkdf2Sha512;
        p.iterations = iterations;
        return p;
    }
};

// One row of an ärende list (ArendeService::list): what a list shows, no personnummer.
struct ArendeSummary {
    domain::Id id = domain::kNoId;
    QString externalId;
    domain::Id personRef = domain::kNoId;
    bool skyddad = false; // the person has skyddade personuppgifter: mask in lists
    QString malgrupp;
    QString enhet;
    QString owner; // account name
    QDate aktualiseringDatum;
    QDate beslutDatum;
    int insatsCount = 0;
    domain::ArendeStatus status = domain::ArendeStatus::Aktualiserat;
    QString updatedAt; // ISO 8601 UTC
};

} // namespace folja::access
