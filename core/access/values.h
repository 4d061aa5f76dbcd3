#pragma once

// The plain values the access layer hands to its callers (ui/, app/, io/). They belong to access,
// not to the store: nothing outside core/access sees a store type, so the store can only be
// reached through access (a linkage test guards it).

#include "domain/records.h"

#include <QDate>
#include <QString>

namespace folja::access {

// Key-slot strength: PBKDF2-HMAC-SHA512 iterations for key slots created or changed.
constexpr int kProductionKdfIterations = 300000;

struct KdfParams {
    int iterations = kProductionKdfIterations;
    // Tests only: fast, and still the same code path.
    static KdfParams fastForTests() { return KdfParams{1000}; }
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
