#pragma once

// The analysis read: the one place that decides who may analyse which ärenden and reads them from
// the store into an analysis::Snapshot. io::AnalysisData and io::LiveSnapshot (and through them
// every analysis, report and cross-tab of the GUI and the CLI) call it; nothing else reads the
// store for analysis.
//
// * administratör and analytiker: all ärenden of the database. Only catalogue codes, dates and
//   the organisational unit are read: no individual rows leave core.
// * handläggare (without one of those roles): only the ärenden they own, and only the persons of
//   those ärenden.
// * A Scope (målgrupper / enheter) narrows the snapshot further; the caller has already narrowed
//   it to what the account may analyse (io::effectiveScope).
//
// A read is audited once as "analysis.snapshot" with counts only (no personal data); patches and
// cache refreshes are not (nothing individual leaves, and the read that gave access was).

#include "analysis/query.h"
#include "analysis/snapshot.h"
#include "common/result.h"

#include <QCoreApplication>

#include <cstddef>

namespace folja::access {

class Session;
struct ArendeChange;

enum class AnalysisVisibility {
    None, // no role that may analyse (an account without roles)
    Own,  // handläggare: own ärenden only
    All,  // analytiker or administratör
};

// What the session's roles let it analyse.
AnalysisVisibility analysisVisibility(const Session& session);

// How a read uses the persisted snapshot cache (visibility All only; see store/analysiscache.h).
// The defaults are what every caller wants; tests and the benchmark switch it off to compare with
// a build from the tables.
struct AnalysisCachePolicy {
    bool read = true;  // start from the cache when it is present, current in format and not too stale
    bool write = true; // write it after a build from the tables (or when many changes were applied)
};

struct AnalysisReadInfo {
    AnalysisVisibility visibility = AnalysisVisibility::None;
    std::size_t arenden = 0; // ärenden in the snapshot
    // Visibility All only: the change-log revision the data include, and whether they came from
    // the persisted cache; -1 and false otherwise.
    qint64 cacheRevision = -1;
    bool fromCache = false;
    std::size_t cacheChangesApplied = 0; // ärenden reloaded on top of the cache
};

class AnalysisReader
{
    Q_DECLARE_TR_FUNCTIONS(folja::access::AnalysisReader)

public:
    explicit AnalysisReader(Session& session)
        : m_session(session)
    {}

    // The snapshot the session may analyse, narrowed to `scope`. PermissionDenied without a role
    // that may analyse, Locked when the session is locked. Audited (see above).
    //
    // Visibility All starts from the persisted snapshot cache when there is one (then reloads the
    // ärenden written since, and applies the Scope); otherwise it builds from the tables and
    // writes the cache for the next time. The tables are exactly those of a build from the tables.
    Result<analysis::Snapshot> read(const analysis::Scope& scope, const AnalysisCachePolicy& cache = {},
                                    AnalysisReadInfo* info = nullptr);

    // Brings the persisted cache up to date with `snapshot` — the unrestricted All snapshot,
    // current as of `revision` (AnalysisReadInfo::cacheRevision) — by reloading the ärenden logged
    // since, and writes it if anything was logged after the cache's base. Does nothing when there
    // is no cache (it was erased: the next read rebuilds). `snapshot` is compacted and patched.
    Result<void> refreshCache(analysis::Snapshot& snapshot, qint64 revision);

    // Applies a committed change to `snapshot`, read earlier with `visibility` and `scope`: removed
    // ärenden go, changed ones are reloaded (or go when no longer visible: moved to another
    // handläggare, out of scope), changed persons are reloaded. Returns the change in the number
    // of ärenden. On an error the snapshot may be half patched: read it again.
    Result<qint64> patch(analysis::Snapshot& snapshot, AnalysisVisibility visibility, const analysis::Scope& scope,
                         const ArendeChange& change);

private:
    Session& m_session;
};

} // namespace folja::access
