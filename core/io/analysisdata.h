#pragma once

// The analysis snapshot of a signed-in session: every analysis (folja-cli crosstab, the GUI's
// analysis screens, reports) starts here, so the privacy rules for aggregates live here once.
//
// * administratör and analytiker: all ärenden of the database. An analytiker never gets
//   individual rows: the snapshot holds only catalogue codes, dates and the organisational unit,
//   and only aggregates with disclosure control leave the analysis engine.
// * handläggare (without one of those roles): only the ärenden they own, and only the persons of
//   those ärenden.
// * A Scope (målgrupper / enheter) narrows the snapshot further. The caller passes it; the
//   default is no limit. The engine applies the same Scope again through Query::scope.
//
// Loading is audited once as "analysis.snapshot" with counts only (no personal data).

#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "common/result.h"

#include <QCoreApplication>

namespace folja::access {
class Session;
}
namespace folja::catalog {
class Catalog;
}

namespace folja::io {

enum class SnapshotVisibility {
    None, // no role that may analyse (an account without roles)
    Own,  // handläggare: own ärenden only
    All,  // analytiker or administratör
};

// What the session's roles let it analyse.
SnapshotVisibility snapshotVisibility(const access::Session& session);

struct SnapshotInfo {
    SnapshotVisibility visibility = SnapshotVisibility::None;
    std::size_t arenden = 0; // ärenden in the snapshot
};

class AnalysisData
{
    Q_DECLARE_TR_FUNCTIONS(folja::io::AnalysisData)

public:
    // Reads persons and ärenden through the session's repository into an analysis::Snapshot with
    // the rules above. Fails with PermissionDenied for an account without a role that may
    // analyse, InvalidInput for an unknown målgrupp code in `scope`, Locked when the session is
    // locked. `info`, when given, says what the snapshot covers.
    static Result<analysis::Snapshot> load(access::Session& session, const catalog::Catalog& catalog,
                                           const analysis::Scope& scope = {}, SnapshotInfo* info = nullptr);
};

// The same as AnalysisData::load.
Result<analysis::Snapshot> loadSnapshot(access::Session& session, const catalog::Catalog& catalog,
                                        const analysis::Scope& scope = {}, SnapshotInfo* info = nullptr);

} // namespace folja::io
