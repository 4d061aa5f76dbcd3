#pragma once

// What "Gallra nu" would remove, without removing anything: the count an administratör confirms
// before ArendeService::gallra(). The rule is the same: ärenden closed more than gallring_years
// before `today` (every insats ended, the latest avslut_datum before the cut-off; or no insats and
// a beslut om ej insats before it). Ärenden still open are never counted.

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace folja::access {

class Session;

struct GallringPreview {
    int years = 0;   // the gallring_years setting
    QDate cutoff;    // closed before this date
    int arenden = 0; // how many ärenden gallra(today) would remove
};

// Administratör. Reads only ids and dates; nothing individual is returned or audited.
Result<GallringPreview> previewGallring(Session& session, QDate today);

} // namespace folja::access
